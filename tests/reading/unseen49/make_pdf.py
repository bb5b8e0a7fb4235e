"""Builds 01_tongjiju_yuebao.pdf byte by byte: the October issue of 日照统计月报 as a two-page PDF whose
text layer is set in the non-embedded Adobe font STSong-Light (UniGB-UCS2-H). Page 1 is the 综述 in prose,
wrapped at a fixed width as a typeset page is (sentences run on across lines, and a unit such as 个百分点
may be cut at a line's end; digits are never split); page 2 is the indicator table as column-aligned
lines of text with a note. Each page has its number at the foot. The same bytes every time:

    python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_yuebao.pdf"
WIDTH = 37
INDENT = "\u3000\u3000"

HEAD = [
    "日照统计月报",
    "第10期　2025年10月号（总第358期）",
    "主办：日照市统计局　　出版日期：2025年11月17日",
    "",
    "1—10月全市经济运行综述",
]

BODY = [
    "今年以来，全市经济延续平稳回升走势，工业回升较为明显，投资结构继续优化，消费和外贸保持增长。",
    "工业回升有力。全市1—10月规模以上工业增加值增速为6.8%，增速较1—9月再提升0.3个百分点，高出全省平均"
    "水平0.9个百分点，在全省16市中居第4位。从单月看，10月规上工业增速达到8.2%，为年内单月最高。"
    "全市41个工业大类行业中，增加值同比增长的有27个，增长面65.9%。钢铁、汽车零部件、浆纸三大主导产业增加值"
    "分别增长5.1%、14.7%和6.3%；高技术制造业增势较好，增加值增长18.4%，在规上工业中占比9.6%。",
    "投资稳中有升。全市固定资产投资增长3.5%，增幅与1—9月相比回落0.4个百分点。三次产业投资分别增长"
    "12.6%、9.1%和下降1.8%，其中工业投资增长9.3%，对全部投资增长的贡献率为96.2%。房地产开发"
    "投资降幅呈逐月收窄态势，1—10月同比下降8.7%，比1—9月收窄2.4个百分点；商品房销售面积下降5.2%。",
    "消费市场平稳。全市实现社会消费品零售总额1079.6亿元，同比增长5.2%，增速高于全国1.1个百分点，居全省"
    "第6位。其中，限额以上单位零售额412.7亿元，增长6.9%；限上汽车类零售额118.3亿元，增长11.3%，"
    "新能源汽车零售额增长近五成。",
    "物价温和上涨。10月份，全市居民消费价格较上年同月上涨0.3%，涨幅比9月份扩大0.2个百分点；1—10月"
    "累计比上年同期下降0.2%。",
    "外贸规模扩大。货物进出口总额1152.8亿元，增长6.4%，占全省进出口的4.1%，总量居全省第7位。"
    "其中出口418.5亿元，增长12.7%；进口734.3亿元，增长3.1%。铁矿砂、原油、粮食等大宗商品进口"
    "额合计占进口总额的七成左右。",
    "财政收入增长。一般公共预算收入201.36亿元，增长4.1%，税收收入142.58亿元，同比增长5.6%，"
    "税收收入比重70.8%，较上年同期提高1.0个百分点。",
    "用电量较快增长。全社会用电量198.7亿千瓦时，增长7.6%，其中工业用电量153.2亿千瓦时，增长"
    "6.9%，占全社会用电量的77.1%。",
    "综合重点企业订单和新投产项目情况判断，预计11月份全市规上工业增加值增速在7%左右，全年有望"
    "实现增长6.5%以上；固定资产投资全年增速预计保持在3%以上。",
]

TABLE_TITLE = "主要统计指标速览（截至2025年10月）"
TABLE_HEAD = ["指标名称", "10月", "1—10月", "比上年同期增长（%）"]
TABLE = [
    ["一、工业", "", "", ""],
    ["规上工业增加值", "—", "—", "6.8"],
    ["规上工业营业收入（亿元）", "312.4", "3026.8", "4.7"],
    ["粗钢产量（万吨）", "151.3", "1463.9", "2.6"],
    ["机制纸及纸板产量（万吨）", "22.8", "218.5", "5.4"],
    ["二、投资", "", "", ""],
    ["固定资产投资", "—", "—", "3.5"],
    ["　第一产业", "—", "—", "12.6"],
    ["　第二产业", "—", "—", "9.1"],
    ["　　其中：工业", "—", "—", "9.3"],
    ["　第三产业", "—", "—", "-1.8"],
    ["房地产开发投资", "—", "—", "-8.7"],
    ["三、国内贸易", "", "", ""],
    ["社会消费品零售总额（亿元）", "118.6", "1079.6", "5.2"],
    ["　其中：限上单位", "45.3", "412.7", "6.9"],
    ["　　　　其中：汽车类", "12.9", "118.3", "11.3"],
    ["四、对外贸易", "", "", ""],
    ["货物进出口总额（亿元）", "121.5", "1152.8", "6.4"],
    ["　出口", "44.2", "418.5", "12.7"],
    ["　进口", "77.3", "734.3", "3.1"],
    ["五、财政收入", "", "", ""],
    ["一般公共预算收入（亿元）", "17.82", "201.36", "4.1"],
    ["　其中：税收收入", "12.95", "142.58", "5.6"],
    ["六、电力消费", "", "", ""],
    ["全社会用电量合计（亿千瓦时）", "20.4", "198.7", "7.6"],
    ["　其中：工业用电量", "15.9", "153.2", "6.9"],
]
TABLE_NOTE = [
    "注：1.“10月”一栏填当月数，“1—10月”一栏填累计数，计量单位标在指标名称后的括号内。",
    "2.增长栏一律按1—10月累计数与上年1—10月相比计算，单位为%。",
    "3.规上工业增加值及固定资产投资只发布增速，总量两栏以“—”代替。",
    "4.表内均为快报数，如有出入以年度统计年报为准。",
]

DIGIT = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str) -> list[str]:
    """Lines of WIDTH characters; a number's digits are never split, closing punctuation never starts one."""
    text = INDENT + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and DIGIT.match(text[cut]) and DIGIT.match(text[cut - 1]):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def cells(row: list[str]) -> str:
    widths = [16, 8, 9, 8]
    out = ""
    for cell, width in zip(row, widths, strict=True):
        out += cell + " " * max(1, width - len(cell))
    return out.rstrip()


def page_lines() -> list[list[str]]:
    first = list(HEAD)
    for para in BODY:
        first += wrap(para)
    second = ["", TABLE_TITLE, "", cells(TABLE_HEAD)]
    second += [cells(r) if r[1] else r[0] for r in TABLE]
    second += ["", *TABLE_NOTE]
    return [[*first, "", "— 1 —"], [*second, "", "— 2 —"]]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 11 Tf", "16.5 TL", "52 800 Td"]
    for line in lines:
        content.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
    content.append("ET")
    return "\n".join(content).encode("ascii")


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A PDF of several pages, one content stream each, all sharing one font; the same bytes every time."""
    n = len(pages)
    font, desc = 3, 4
    first_page = 5  # page k is object first_page + 2k, its content first_page + 2k + 1
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode("ascii"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [%d 0 R] >>" % (first_page + 2 * n),
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    for k, lines in enumerate(pages):
        body = stream(lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, first_page + 2 * k + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    objects.append(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor %d 0 R >>"
        % desc
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    pl = page_lines()
    (HERE / NAME).write_bytes(pdf_bytes(pl))
    print(f"wrote {NAME}: {len(pl)} pages, {sum(len(p) for p in pl)} lines")
