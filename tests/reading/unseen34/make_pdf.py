"""Builds 01_tongji_q3_tongbao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), about 45 lines a page, the body wrapped at about
36 characters as a typeset page's lines are (so sentences run on across lines and across the page
break), a page number at each page's foot, and the county table as lines of text.

Extends ``pdf_bytes`` of tests/reading/corpus/make_corpus.py to several pages. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongji_q3_tongbao.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    ("c", "宝鸡市前三季度全市经济运行情况通报"),
    ("c", "（市政府第四十二次常务会议材料之三）"),
    ("c", "宝鸡市统计局　宝鸡市人民政府办公室联合印发　2025年10月27日"),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，全市上下锚定年度目标，着力稳工业、抓项目、促消费，经济运行延续恢复向好态势。"
        "现将前三季度有关情况通报如下。",
    ),
    ("h", "一、总体运行：稳中向好"),
    (
        "p",
        "经初步核算，全市前三季度实现地区生产总值1968.74亿元。按可比价格计算，增速为5.4%，比"
        "上半年快0.3个百分点，高出全省0.6个百分点，居全省第3位。其中，一产142.36亿元，增长3.9%；"
        "二产1003.58亿元，增长6.7%；三产822.80亿元，增长4.2%。",
    ),
    ("h", "二、分领域运行情况"),
    (
        "p",
        "（一）工业：增势较好。1—9月，规上工业增加值增速达到7.1%，高于全省2.3个百分点，居全省"
        "第2位。汽车及零部件、钛及钛合金、机床工具三大优势行业分别增长12.6%、9.8%和6.3%。9月份，"
        "规上工业增加值当月增长8.0%，较8月份回落0.5个百分点。截至9月末，规上工业企业总数为1126家，"
        "比年初净增47家。",
    ),
    (
        "p",
        "（二）投资：降幅收窄。前三季度固定资产投资下降2.6%，降幅比上半年收窄1.8个百分点，低于全省"
        "3.1个百分点，列全省第8位。其中，工业投资增长9.4%，占全部投资的比重为41.5%，较上年同期提高"
        "5.2个百分点；民间投资下降6.8%。全市312个省市重点项目累计完成投资561.3亿元，完成年度计划的"
        "81.6%。",
    ),
    (
        "p",
        "（三）消费：稳中有升。社会消费品零售总额763.52亿元，增长4.6%，增速居全省第5位。限额以上"
        "单位中，汽车类零售额增长3.2%，石油及制品类下降5.1%，新能源汽车零售额增长近四成。",
    ),
    (
        "p",
        "（四）外贸、财政和金融：总体平稳。外贸进出口总额128.6亿元，同比增长15.3%，其中出口97.2亿元，"
        "增长21.4%。地方一般公共预算收入83.47亿元，同口径增长3.8%，其中税收收入59.26亿元，占比71.0%。"
        "9月末，金融机构存款余额4235.8亿元，较年初增加286.1亿元；贷款余额为2876.4亿元，增速为6.2%。",
    ),
    (
        "p",
        "（五）居民收入：稳步增加。全体居民人均可支配收入25863元，增长5.5%；城镇居民收入35214元、"
        "农村居民收入16027元，分别增长4.5%、6.8%。",
    ),
    ("h", "三、县区运行情况"),
    (
        "p",
        "县区层面，有7个县区规上工业增速跑赢全市，凤翔区、眉县增速均超过10%；固定资产投资实现正增长的"
        "仅5个，渭滨区、金台区等7个县区仍为负增长。高新区、蔡家坡经开区规上工业增加值分别增长11.8%、"
        "9.2%，固定资产投资分别增长4.5%、下降3.9%。各县区主要指标见下表。",
    ),
]
TABLE_TITLE = "表　前三季度各县区主要指标增速及位次（单位：%）"
TABLE_HEAD = ["县区", "规上工业增加值增速", "固定资产投资增速", "社零增速", "位次"]
TABLE = [
    ["渭滨区", "7.3", "-4.3", "4.1", "7"],
    ["金台区", "7.9", "-6.1", "4.8", "5"],
    ["陈仓区", "9.1", "3.2", "5.3", "3"],
    ["凤翔区", "12.4", "5.7", "5.0", "1"],
    ["岐山县", "8.5", "2.4", "4.4", "4"],
    ["扶风县", "7.6", "-1.8", "4.9", "6"],
    ["眉县", "10.6", "6.9", "5.6", "2"],
    ["陇县", "5.4", "-9.5", "3.8", "9"],
    ["千阳县", "6.2", "1.3", "4.2", "8"],
    ["麟游县", "3.1", "-12.6", "3.5", "11"],
    ["凤县", "4.8", "-3.7", "6.1", "10"],
    ["太白县", "-2.5", "-7.4", "5.2", "12"],
]
TABLE_NOTE = "注：位次按规上工业增加值增速由高到低排列。"

TAIL: list[tuple[str, str]] = [
    ("h", "四、需要关注的问题"),
    (
        "p",
        "一是投资仍在负区间运行，1—9月新开工亿元以上项目87个，比上年同期减少14个。二是有色、建材等"
        "行业持续承压，有色和建材产值分别下降6.2%和11.5%，规上工业亏损企业达到263家，亏损面23.4%。",
    ),
    ("h", "五、四季度工作建议"),
    (
        "p",
        "建议对标年度任务，全力冲刺全年：规上工业增加值力争增长7%以上，地区生产总值增长5.5%上下，"
        "社零总额增长5%，固定资产投资力争由负转正；四季度再新开工亿元以上项目30个以上，12月底前重点项目"
        "完成投资突破690亿元，年度计划完成率达到100%以上。对进度排名后3位的县区，由市政府分管领导"
        "约谈督导。",
    ),
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
    widths = [4, 10, 9, 5, 3]
    return "  ".join(c + " " * max(0, w - len(c)) for c, w in zip(row, widths, strict=False)).rstrip()


def all_lines() -> list[str]:
    out = [t for _, t in HEAD] + [""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE, cells(TABLE_HEAD)] + [cells(r) for r in TABLE] + [TABLE_NOTE, ""]
    for kind, text in TAIL:
        out += [text] if kind == "h" else wrap(text)
    return out


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
