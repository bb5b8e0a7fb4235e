"""Builds 04_tongji_yuebao_11yue.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), at most 42 lines a page, the body wrapped at about
36 characters as a typeset page's lines are (so sentences run on across lines and across the page break),
a page number at each page's foot, and the table of main indicators as lines of text whose columns are
split by full-width bars under a two-level header.

The page machinery follows tests/reading/unseen34/make_pdf.py. The same bytes every time:

    /work/main/.venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_tongji_yuebao_11yue.pdf"
WIDTH = 36
PER_PAGE = 42
INDENT = "\u3000\u3000"

HEAD = [
    "周口统计月报",
    "2025年第11期（总第239期）",
    "周口市统计局　　　　2025年12月16日",
]

BODY: list[tuple[str, str]] = [
    ("h", "1—11月全市经济运行简况"),
    (
        "p",
        "1—11月，全市经济运行总体平稳，工业和外贸增长较快，投资、消费稳步回升。",
    ),
    ("h", "一、工业生产"),
    (
        "p",
        "1—11月，全市规模以上工业增加值同比增长7.6%，增速比1—10月加快0.2个百分点，比全省"
        "高1.2个百分点，居全省第5位。11月当月增长8.3%，比10月加快0.9个百分点。在全市"
        "工业行业大类中，有29个行业增加值"
        "实现增长，增长面为76.3%。食品、纺织服装、生物医药三大主导产业增加值分别增长6.9%、8.1%和"
        "12.7%；高技术制造业增加值增长15.4%，占规上工业的比重为9.8%，比上年同期提高1.1个百分点。"
        "11月末，全市规上工业企业达到2137家，比年初净增146家。",
    ),
    ("h", "二、固定资产投资"),
    (
        "p",
        "1—11月，全市固定资产投资增长6.8%，比1—10月回落0.3个百分点，高于全省3.1个百分点，居全省"
        "第4位。其中，工业投资增长18.2%，占全部投资的比重为38.6%；基础设施投资增长9.5%；民间投资增长"
        "3.1%；房地产开发投资下降11.4%，降幅比1—10月收窄1.6个百分点。全市亿元以上在建项目1263个，"
        "比上年同期增加87个。",
    ),
    ("h", "三、消费品市场"),
    (
        "p",
        "1—11月，全市社会消费品零售总额1912.37亿元，增长5.9%，增速居全省第7位。11月当月实现零售额"
        "188.64亿元，增长6.4%，受“双十一”促销带动，比10月加快1.3个百分点。分城乡看，"
        "城镇消费品零售额1462.85亿元，增长5.6%；乡村消费品零售额449.52亿元，增长6.8%。限额以上单位中，"
        "粮油食品类零售额增长9.7%，家电类增长21.6%，汽车类下降4.3%。",
    ),
    ("h", "四、财政金融"),
    (
        "p",
        "1—11月，全市一般公共预算收入186.45亿元，增长6.1%，其中税收收入118.72亿元，增长5.4%，税收"
        "占比为63.7%。一般公共预算支出768.90亿元，增长3.5%。11月末，全市金融"
        "机构各项存款余额6127.40亿元，同比增长9.3%，比年初增加498.60亿元；各项贷款余额3582.90亿元，"
        "增长11.2%，比年初增加336.80亿元；存贷比为58.5%。",
    ),
    ("h", "五、外贸、能源和价格"),
    (
        "p",
        "1—11月，全市进出口总额163.80亿元，增长24.6%，增速居全省第3位，其中出口128.50亿元，增长27.3%，"
        "进口35.30亿元，增长15.6%；11月当月进出口17.26亿元，增长31.5%。全社会用电量203.50亿千瓦时，"
        "增长6.7%，其中工业用电量86.20亿千瓦时，增长8.4%。"
        "居民消费价格同比下降0.1%，其中食品价格下降1.2%；11月份居民消费价格上涨0.3%。",
    ),
]

TABLE_TITLE = "附表　全市主要经济指标"
TABLE_HEAD = [
    "指标｜11月｜｜1—11月｜",
    "｜绝对数｜增长%｜绝对数｜增长%",
]
TABLE = [
    ["规模以上工业增加值", "—", "8.3", "—", "7.6"],
    ["固定资产投资", "—", "—", "—", "6.8"],
    ["　其中：工业投资", "—", "—", "—", "18.2"],
    ["社会消费品零售总额（亿元）", "188.64", "6.4", "1912.37", "5.9"],
    ["一般公共预算收入（亿元）", "14.83", "4.2", "186.45", "6.1"],
    ["　其中：税收收入（亿元）", "9.27", "2.8", "118.72", "5.4"],
    ["一般公共预算支出（亿元）", "62.41", "1.9", "768.90", "3.5"],
    ["进出口总额（亿元）", "17.26", "31.5", "163.80", "24.6"],
    ["　其中：出口（亿元）", "13.94", "35.2", "128.50", "27.3"],
    ["全社会用电量（亿千瓦时）", "19.84", "7.3", "203.50", "6.7"],
    ["金融机构存款余额（亿元）", "6127.40", "9.3", "—", "—"],
    ["金融机构贷款余额（亿元）", "3582.90", "11.2", "—", "—"],
    ["居民消费价格涨跌（%）", "—", "0.3", "—", "-0.1"],
]
TAIL = [
    "注：存贷款余额为11月末数，增长为比上年同月末。",
    "编辑：市统计局综合科　　电话：0394-8236517",
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


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE, *TABLE_HEAD]
    out += ["｜".join(row) for row in TABLE]
    out += [*wrap(TAIL[0], first=""), TAIL[1]]
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
