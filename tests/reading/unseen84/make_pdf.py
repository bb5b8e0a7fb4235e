"""Builds 04_gongxinju_gongye_10yue.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters a line (so
sentences run on across lines and across the page break), a page number at each page's foot, and the
county table as lines of text with full-width bars between the cells.

The PDF machinery follows make_pdf.py of tests/reading/unseen34. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_gongxinju_gongye_10yue.pdf"
WIDTH = 36
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    "三明市工业经济运行月报",
    "2026年第10期（总第118期）",
    "三明市工业和信息化局　　　　2026年11月16日",
]

BODY: list[tuple[str, str]] = [
    ("h", "一、总体运行"),
    (
        "p",
        "1—10月，全市规模以上工业增加值同比增长7.6%，高于全省1.4个百分点，增速居全省第2位，比1—9月"
        "前移1位。规上工业总产值3286.52亿元，增长8.1%；销售产值3171.49亿元，增长7.8%；产销率为96.5%，"
        "比上年同期提高0.6个百分点。出口交货值142.7亿元，增长10.9%。10月当月，规上工业增加值增长8.3%，"
        "比9月加快0.9个百分点；完成产值356.2亿元，增长8.9%。",
    ),
    (
        "p",
        "效益方面，1—9月规上工业企业实现营业收入3012.6亿元，增长7.2%；利润总额158.4亿元，增长12.5%；"
        "营业收入利润率5.26%。亏损企业246家，亏损面14.2%，比上半年收窄1.3个百分点。10月份新增规上工业"
        "企业14家，1—10月累计新增87家，完成全年目标的87.0%，目前全市规上工业企业达1743家。",
    ),
    ("h", "二、重点产业"),
    (
        "p",
        "新材料产业产值986.4亿元，增长13.8%，其中氟新材料产值326.7亿元，增长18.9%，高于新材料产业"
        "5.1个百分点；石墨和石墨烯产值48.3亿元，增长26.4%。冶金及压延产业产值742.3亿元，下降2.7%，"
        "主要受钢材价格走低拖累，10月螺纹钢出厂均价每吨3180元，同比下降6.4%。机械装备产业产值468.9亿元，"
        "增长9.6%；林产加工产业产值398.5亿元，增长6.2%。四大主导产业合计产值2596.1亿元，占全市规上"
        "工业总产值的79.0%。高技术制造业增加值增长14.6%，占规上工业增加值的12.3%，比上年同期提高1.1个"
        "百分点。",
    ),
    (
        "p",
        "主要产品中，钢材产量612.4万吨，下降3.5%；水泥1186.2万吨，下降6.8%；人造板287.5万立方米，"
        "增长4.6%。全市工业用电量132.6亿千瓦时，增长6.4%，其中10月用电13.9亿千瓦时，增长7.1%。",
    ),
    ("h", "三、分县（市、区）情况"),
    (
        "p",
        "各县（市、区）规上工业增加值均实现正增长，有5个增速高于全市。永安市增速居全市首位，沙县区、"
        "尤溪县分列第2、第3位；增速低于6%的有3个，清流县、建宁县分别仅增长4.2%、3.9%。园区方面，"
        "三明高新区实现规上工业产值405.8亿元，增长11.2%；永安经济开发区产值318.6亿元，增长12.7%。",
    ),
]
TABLE_TITLE = "表　1—10月各县（市、区）规上工业运行情况"
TABLE = [
    ["县（市、区）", "产值（亿元）", "增速%", "位次"],
    ["三元区", "524.61", "8.2", "4"],
    ["沙县区", "436.18", "9.1", "2"],
    ["永安市", "612.35", "9.8", "1"],
    ["明溪县", "142.93", "6.1", "8"],
    ["清流县", "178.62", "4.2", "10"],
    ["宁化县", "198.56", "6.8", "7"],
    ["大田县", "311.47", "7.9", "5"],
    ["尤溪县", "398.72", "8.7", "3"],
    ["将乐县", "226.34", "7.4", "6"],
    ["泰宁县", "96.27", "5.3", "9"],
    ["建宁县", "160.47", "3.9", "11"],
    ["全市", "3286.52", "7.6", "—"],
]
TABLE_NOTE = "注：产值为规上工业总产值，增速为规上工业增加值增速，位次按增速排列。"

TAIL: list[tuple[str, str]] = [
    ("h", "四、后两个月走势和目标"),
    (
        "p",
        "据对全市120家重点监测企业的调查，11月在手订单总体平稳，预计11月规上工业增加值增长7.8%左右，"
        "当月产值360亿元左右。下一步，市工信局将紧盯重点企业和新投产项目，力争全年规上工业增加值增长7.5%"
        "以上，规上工业总产值突破4000亿元，确保全年新增规上工业企业100家。",
    ),
    (
        "p",
        "联系人：邓子涵　　电话：0598-8223506",
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


def row(cells: list[str]) -> str:
    return "｜".join(cells)


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE] + [row(r) for r in TABLE] + [TABLE_NOTE, ""]
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
