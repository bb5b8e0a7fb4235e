"""Builds 04_tongjiju_gongye_9yue.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters as a typeset
page's lines are (sentences run on across lines and across the page break), a page number at each page's
foot, and the industry table as lines of text with full-width bars between the cells.

Follows the byte-exact writer of unseen34's make_pdf.py. The same bytes every time:

    /work/main/.venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_tongjiju_gongye_9yue.pdf"
WIDTH = 36
PER_PAGE = 39
INDENT = "\u3000\u3000"

HEAD = [
    "泰州市统计局",
    "2025年9月全市工业经济运行简况",
    "（统计信息2025年第27期　2025年10月20日）",
]

BODY: list[tuple[str, str]] = [
    ("p", "9月份，全市工业生产延续较快增长，主导行业支撑有力，企业效益持续改善。"),
    ("h", "一、工业生产"),
    (
        "p",
        "9月当月，全市规上工业增加值同比增长8.7%，增幅比8月份提高0.9个百分点。1—9月，规上工业增加值"
        "增长8.1%，比1—8月加快0.1个百分点，领先全省1.6个百分点，增速居全省第2位。全市规上工业总产值"
        "11741.6亿元，增长7.7%。9月末纳统规上工业企业4126家，有27个行业大类增加值实现增长，增长面为75.0%。",
    ),
    (
        "p",
        "分经济类型看，国有控股企业增加值增长4.2%，股份制企业增长8.6%，外资和港澳台资企业增长7.1%；"
        "民营企业增长9.3%，对全市规上工业增长的贡献率达到68.4%。",
    ),
    ("h", "二、重点行业和产品"),
    (
        "p",
        "医药制造业9月份增长13.9%，1—9月增长12.4%，高于规上工业4.3个百分点。铁路、船舶、航空航天和其他"
        "运输设备制造业1—9月增长21.3%，增速居各行业首位；电气机械和器材制造业增长16.8%。黑色金属冶炼和"
        "压延加工业下降1.6%，降幅比上半年收窄0.9个百分点。附表所列行业合计占全市规上工业的65.0%。",
    ),
    (
        "p",
        "9月份，锂离子电池产量增长46.3%，太阳能电池产量下降12.5%。1—9月，民用钢质船舶完工236.8万载重吨，"
        "增长24.6%；化学药品原药产量1.86万吨，增长5.2%。高技术制造业增加值增长12.7%，高于规上工业"
        "4.6个百分点，占规上工业增加值的49.8%，比上年同期提高1.3个百分点。",
    ),
    ("h", "三、分地区"),
    (
        "p",
        "1—9月，靖江市、泰兴市、兴化市规上工业增加值分别增长9.8%、9.1%和7.6%，位列全市前三；姜堰区、"
        "高港区分别增长7.2%和6.4%；海陵区增长5.9%，低于全市2.2个百分点。园区中，中国医药城规上工业产值"
        "增长14.3%，泰州港经济开发区、靖江经济技术开发区分别增长10.4%和11.2%。",
    ),
    ("h", "四、企业效益"),
    (
        "p",
        "1—8月，全市规上工业企业实现营业收入10386.2亿元，增长6.9%；利润总额612.4亿元，增长9.8%；"
        "营业收入利润率为5.90%，比上年同期提高0.16个百分点。亏损企业683家，亏损面为16.6%。",
    ),
    ("h", "五、先行指标和走势"),
    (
        "p",
        "9月份，全市工业用电量31.46亿千瓦时，同比增长7.2%，比上月加快1.5个百分点；规上工业产品销售率"
        "为98.6%，比上月提高0.4个百分点。预计四季度全市工业生产保持平稳，全年规上工业增加值增长8%左右。",
    ),
]

TABLE_TITLE = "附表　2025年9月主要行业增加值增速及比重"
TABLE = [
    ["行业", "9月增速%", "1—9月增速%", "占规上比重%"],
    ["规上工业合计", "8.7", "8.1", "100.0"],
    ["医药制造业", "13.9", "12.4", "9.6"],
    ["化学原料和化学制品制造业", "6.8", "5.9", "12.7"],
    ["电气机械和器材制造业", "15.2", "16.8", "11.4"],
    ["通用设备制造业", "7.4", "6.3", "6.2"],
    ["专用设备制造业", "9.1", "8.5", "4.8"],
    ["铁路、船舶、航空航天和其他运输设备制造业", "18.6", "21.3", "8.9"],
    ["金属制品业", "3.2", "4.7", "5.3"],
    ["黑色金属冶炼和压延加工业", "-2.4", "-1.6", "6.1"],
]
TAIL = [
    "说明：规上工业指年主营收入达到2000万元的工业企业；增速按可比价计算；",
    "“占规上比重”为1—9月行业增加值占全市规上工业增加值的比重。",
    "分送：市委办、市府办，各市（区）统计局　　编辑：姚静　电话：0523-86393275",
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


def row(cells: list[str]) -> str:
    return "｜".join(cells)


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE] + [row(r) for r in TABLE] + ["", *TAIL]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 11 Tf", "18 TL", "56 790 Td"]
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
