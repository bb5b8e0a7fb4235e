"""Builds 04_caizheng_1_10yue.pdf byte by byte: a PDF whose text layer is set in the non-embedded Adobe
font STSong-Light (UniGB-UCS2-H), about 45 lines a page, the body wrapped at about 36 characters as a
typeset page's lines are (so sentences run on across lines and across the page break), a page number at
each page's foot, and the county table as lines of text with full-width bars between the cells.

Follows the byte-by-byte writer of tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_caizheng_1_10yue.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    "永州市2025年1—10月财政预算执行情况",
    "永州市财政局　2025年11月12日",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，全市财政部门一手抓收入组织、一手抓支出保障，财政运行总体平稳、略有向好。"
        "现将1—10月全市财政预算执行情况报告如下。",
    ),
    ("h", "一、收入情况"),
    (
        "p",
        "1—10月，全市实现一般公共预算收入158.36亿元，已完成年初预算的84.7%，比时序进度快1.4个"
        "百分点；同比增长3.4%、增收5.21亿元，高于全省平均1.2个百分点，增幅居全省第5位。其中，税收收入完成101.27亿元，"
        "增幅2.6%，低于全省平均0.4个百分点；非税收入57.09亿元，增长4.9%，非税收入占一般公共预算"
        "收入的比重为36.1%，较上年同期上升0.5个百分点。10月当月入库12.84亿元，同比增长6.2%。",
    ),
    (
        "p",
        "分税种看，增值税入库41.52亿元，增长5.3%；企业所得税11.36亿元，下降2.8%；个人所得税3.94亿元，"
        "增长7.1%；契税6.27亿元，下降12.6%，降幅比上半年收窄3.4个百分点。",
    ),
    (
        "p",
        "分级次看，市本级完成32.65亿元，增长2.1%；县市区合计完成125.71亿元，增长3.7%。县市区中，"
        "祁阳市、江华县、道县收入增幅居前，分别增长8.6%、7.9%和7.2%；冷水滩区、零陵区分别增长4.3%、"
        "3.8%；东安县、江永县、新田县依次下降1.6%、2.3%和3.1%。县市区中有8个收入实现正增长，"
        "税收占比在60%以上的有8个。",
    ),
    ("h", "二、支出情况"),
    (
        "p",
        "前10个月，全市一般公共预算支出468.93亿元，比上年同期多支出21.48亿元，增长4.8%，完成预算的79.2%。民生支出378.26亿元，"
        "占比达到80.7%，比去年同期多0.9个百分点。其中，教育、社会保障和就业、卫生健康"
        "支出分别为92.48亿元、85.17亿元和47.63亿元，增幅依次为6.1%、8.4%和3.7%；农林水支出61.35亿元，"
        "下降1.9%。“三保”支出足额保障，累计支出291.6亿元。",
    ),
    ("h", "三、政府性基金预算"),
    (
        "p",
        "全市政府性基金预算收入36.42亿元，同比下降9.8%。其中国有土地使用权出让收入29.87亿元，"
        "下降13.5%，占基金收入的82.0%。政府性基金预算支出71.26亿元，增长2.3%。",
    ),
    ("h", "四、各县市区收入完成情况"),
]
TABLE_TITLE = "表　1—10月各县市区一般公共预算收入（单位：亿元、%）"
TABLE = [
    ["县市区", "收入", "增幅", "税收占比"],
    ["冷水滩区", "15.62", "4.3", "66.8"],
    ["零陵区", "12.18", "3.8", "63.5"],
    ["祁阳市", "19.45", "8.6", "68.2"],
    ["东安县", "9.37", "-1.6", "63.0"],
    ["双牌县", "5.06", "2.9", "55.7"],
    ["道县", "13.21", "7.2", "61.9"],
    ["江永县", "5.84", "-2.3", "52.6"],
    ["宁远县", "14.63", "5.1", "62.7"],
    ["蓝山县", "8.72", "3.3", "60.8"],
    ["新田县", "6.15", "-3.1", "54.8"],
    ["江华县", "15.48", "7.9", "64.4"],
]

TAIL: list[tuple[str, str]] = [
    ("h", "五、存在的问题和下步工作"),
    (
        "p",
        "当前收支矛盾依然突出：土地出让收入持续下滑，刚性支出有增无减；双牌县、江永县、新田县非税收入"
        "占比均超过四成，收入质量有待提高。按年初预算187亿元测算，11—12月全市还需完成收入28.64亿元。"
        "下一步，市财政局将加强收入调度，确保全年一般公共预算收入增幅不低于3%，税收占比力争回升到"
        "65%左右；严控一般性支出，民生支出占比保持在80%以上。受土地市场影响，预计全年政府性基金"
        "收入下降10%左右。",
    ),
]
FOOT = "（联系电话：0746-8223465）"

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")
NO_LINE_END = set("“（")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line and
    an opening mark never ends one."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
            cut -= 1
        while cut > 1 and text[cut - 1] in NO_LINE_END:
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
    out += [TABLE_TITLE] + ["｜".join(r) for r in TABLE] + [""]
    for kind, text in TAIL:
        out += [text] if kind == "h" else wrap(text)
    out += ["", FOOT]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    n = len(chunks)
    return [[*chunk, "", f"第{k}页　共{n}页"] for k, chunk in enumerate(chunks, start=1)]


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
