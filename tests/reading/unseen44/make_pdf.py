"""Builds 01_tongjiju_yuebao.pdf byte by byte: the 烟台统计月报 for January–October as a two-page PDF whose
text layer is set in the non-embedded Adobe font STSong-Light (UniGB-UCS2-H). A short 综述 in prose, wrapped
at about 36 characters as a typeset page's lines are, then the data pages as lines of text laid out in
columns (指标名称, 10月, 1—10月, 同比增长), a page number at each page's foot.

Adapted from tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_yuebao.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    ("c", "烟台统计月报"),
    ("c", "2025年10月号（总第322期）"),
    ("c", "烟台市统计局　综合统计科　2025年11月18日"),
]

SUMMARY: list[tuple[str, str]] = [
    ("h", "一、综述：1—10月经济运行概况"),
    (
        "p",
        "进入四季度，全市主要经济指标延续平稳增长势头，工业、外贸两大引擎的拉动作用进一步显现，"
        "消费和投资总体稳定。",
    ),
    (
        "p",
        "工业保持较快增势。全市规上工业增加值增速达到9.1%，增幅较1—9月收窄0.2个百分点，高出全省"
        "2.5个百分点，增速在全省16市中列第2位；单看10月，当月增长8.6%。规上工业实现营业收入"
        "9876.2亿元、利润总额571.3亿元，分别增长8.7%和11.2%。高技术制造业增势更强，增加值增长15.4%，"
        "快于规上工业6.3个百分点。",
    ),
    (
        "p",
        "投资结构继续改善。全市固定资产投资增长6.8%，比全省高3.1个百分点。按三次产业划分，一产、二产、"
        "三产投资分别增长12.5%、14.2%和1.3%；工业投资增长14.6%，对全部投资增长的贡献率超过八成。"
        "房地产开发投资仍下降7.9%，但降幅较1—9月份收窄1.1个百分点。",
    ),
    (
        "p",
        "市场消费延续回暖。全市社零总额3727.5亿元，增长6.1%，较全国平均水平高1.8个百分点，总量居全省第3位；"
        "乡村市场好于城镇，乡村消费品零售额增速快于城镇1.3个百分点。限上新能源汽车零售额增长31.5%，"
        "汽车类整体则下降2.3%。从价格看，10月份居民消费价格比上年同月涨0.3%，涨幅比9月扩大0.2个百分点。",
    ),
    (
        "p",
        "外贸、财政和能耗运行平稳。进出口总额3968.7亿元，增长5.2%，占全省的14.6%，总量稳居全省"
        "第2位，其中出口增长8.7%；对共建“一带一路”各国贸易额增长9.6%，"
        "占全市外贸的比重提高到45.1%。一般公共预算收入572.4亿元，同口径增长3.6%；税收收入占比为71.7%。"
        "用电方面，全社会用电量同比增长7.4%，其中工业用电增长8.1%，与工业生产走势基本吻合。",
    ),
    (
        "p",
        "综合研判，全年规上工业增加值增速预计在9%左右，进出口总额有望突破4700亿元，主要指标能够完成"
        "年初确定的目标任务。",
    ),
]

TABLE_HEAD = ["指标名称", "10月", "1—10月", "同比增长（%）"]
SECTIONS: list[tuple[str, list[list[str]]]] = [
    (
        "（一）工业",
        [
            ["规上工业增加值增速（%）", "8.6", "9.1", "—"],
            ["高技术制造业增加值增速（%）", "14.8", "15.4", "—"],
            ["规上工业营业收入（亿元）", "1043.6", "9876.2", "8.7"],
            ["规上工业利润总额（亿元）", "62.4", "571.3", "11.2"],
            ["规上工业发电量（亿千瓦时）", "48.7", "452.6", "6.3"],
        ],
    ),
    (
        "（二）固定资产投资",
        [
            ["固定资产投资", "—", "—", "6.8"],
            ["　第一产业", "—", "—", "12.5"],
            ["　第二产业", "—", "—", "14.2"],
            ["　　#工业", "—", "—", "14.6"],
            ["　第三产业", "—", "—", "1.3"],
            ["民间投资", "—", "—", "3.4"],
            ["房地产开发投资", "—", "—", "-7.9"],
            ["商品房销售面积（万平方米）", "52.3", "486.1", "-5.6"],
        ],
    ),
    (
        "（三）国内贸易",
        [
            ["社零总额（亿元）", "398.2", "3727.5", "6.1"],
            ["　城镇", "338.9", "3172.4", "5.9"],
            ["　乡村", "59.3", "555.1", "7.2"],
            ["限上单位商品零售额（亿元）", "152.6", "1392.8", "9.4"],
            ["　#汽车类", "28.7", "276.4", "-2.3"],
            ["　　新能源汽车", "13.9", "118.6", "31.5"],
        ],
    ),
    (
        "（四）对外贸易",
        [
            ["进出口总额（亿元）", "412.3", "3968.7", "5.2"],
            ["　出口", "254.6", "2431.5", "8.7"],
            ["　进口", "157.7", "1537.2", "0.1"],
            ["对“一带一路”共建国家", "186.2", "1789.4", "9.6"],
        ],
    ),
    (
        "（五）财政",
        [
            ["一般公共预算收入（亿元）", "48.6", "572.4", "3.6"],
            ["　#税收收入", "34.1", "410.3", "2.9"],
            ["一般公共预算支出（亿元）", "61.8", "689.5", "4.3"],
        ],
    ),
    (
        "（六）电力消费",
        [
            ["全社会用电量（亿千瓦时）", "41.2", "432.8", "7.4"],
            ["　#工业用电量", "30.7", "322.6", "8.1"],
            ["　城乡居民生活用电量", "4.6", "52.9", "5.0"],
        ],
    ),
]
NOTES = [
    "注：1.“同比增长”栏为1—10月累计数比上年同期增长；增加值两行所列为当月及累计增速。",
    "　　2.“#”为其中项；固定资产投资只发布增速。",
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def cells(row: list[str]) -> str:
    widths = [15, 8, 9, 6]
    return "  ".join(c + " " * max(0, w - len(c)) for c, w in zip(row, widths, strict=False)).rstrip()


def all_lines() -> list[str]:
    out = [t for _, t in HEAD] + [""]
    for kind, text in SUMMARY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", "二、主要统计指标", cells(TABLE_HEAD)]
    for title, rows in SECTIONS:
        out += [title] + [cells(r) for r in rows]
    return out + NOTES


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 11 Tf", "16.5 TL", "56 790 Td"]
    for line in lines:
        content.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
    content.append("ET")
    return "\n".join(content).encode("ascii")


def pdf_bytes(page_lines: list[list[str]]) -> bytes:
    """A PDF of several pages, one content stream each, all sharing one font; the same bytes every time."""
    n = len(page_lines)
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
    for k, lines in enumerate(page_lines):
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
    pl = pages(all_lines())
    (HERE / NAME).write_bytes(pdf_bytes(pl))
    print(f"wrote {NAME}: {len(pl)} pages, {sum(len(p) for p in pl)} lines")
