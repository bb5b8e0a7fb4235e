"""Builds 04_hongheibang.pdf byte by byte: a two-page PDF whose text layer is set in the non-embedded
Adobe font STSong-Light (UniGB-UCS2-H), at most 44 lines a page, the body wrapped at about 34 characters
as a typeset page's lines are (so sentences run on across lines and across the page break), a page number
at each page's foot, and the banners' table as lines of text with full-width bars between the cells.

Follows the layout of tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_hongheibang.pdf"
WIDTH = 34
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    "鄂尔多斯市重点项目建设推进办公室",
    "鄂项目办发〔2025〕7号",
    "关于2025年一季度全市重点项目建设“红黑榜”的通报",
    "",
    "各旗区人民政府，鄂尔多斯高新区、各开发区管委会，市直有关部门：",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "依据《鄂尔多斯市重点项目建设考核评价办法》，市重点项目办对一季度各旗区重点项目推进情况"
        "开展了综合评价，现将结果通报如下。",
    ),
    ("h", "一、总体进展"),
    (
        "p",
        "2025年，全市列入市级重点项目计划的有586个，项目总投资6827.3亿元，当年计划完成投资1718.6亿元。一季度，"
        "已开工项目312个，开工率53.2%，比上年同期提高7.5个百分点，开工率居全区第3位；累计完成投资"
        "396.4亿元，投资完成率23.1%，较上年同期提高3.4个百分点，但低于时序进度1.9个百分点。其中，"
        "列入自治区重点项目的97个项目完成投资142.8亿元，完成率26.2%，超过时序进度1.2个百分点。"
        "新开工项目中，10亿元以上项目38个。",
    ),
    ("h", "二、旗区综合评价"),
    (
        "p",
        "评价按开工率、投资完成率、问题办结率三项指标加权计分，综合得分排名前三位的旗区列入红榜，"
        "得分低于76分的旗区列入黑榜。各旗区得分及名次见下表，“较上期”为与2024年第四季度名次相比的"
        "升降（↑为前进，↓为后退）。",
    ),
]
TABLE_TITLE = "表　一季度各旗区重点项目综合评价结果"
TABLE = [
    ["名次", "旗区", "开工率（%）", "投资完成率（%）", "得分", "较上期"],
    ["1", "伊金霍洛旗", "68.4", "31.2", "94.6", "↑2"],
    ["2", "准格尔旗", "61.7", "28.9", "92.3", "↓1"],
    ["3", "鄂托克旗", "58.2", "27.4", "89.8", "↑3"],
    ["4", "乌审旗", "55.0", "25.6", "87.1", "持平"],
    ["5", "达拉特旗", "52.6", "24.3", "84.5", "↑2"],
    ["6", "东胜区", "48.9", "22.8", "81.2", "↓4"],
    ["7", "鄂托克前旗", "45.3", "20.1", "78.6", "↑2"],
    ["8", "康巴什区", "41.7", "18.5", "75.3", "↓3"],
    ["9", "杭锦旗", "36.8", "15.2", "70.9", "↓1"],
]

TAIL: list[tuple[str, str]] = [
    (
        "p",
        "红榜：伊金霍洛旗、准格尔旗、鄂托克旗。伊金霍洛旗以94.6分排名第一，开工率和投资完成率均居全市"
        "第一，较上期前进2位；鄂托克旗较上期前进3位，是进位最多的旗区；准格尔旗虽下滑1位，但完成投资"
        "总量仍居全市首位，达到97.8亿元。",
    ),
    (
        "p",
        "黑榜：杭锦旗、康巴什区。杭锦旗开工率36.8%，低于全市16.4个百分点，投资完成率15.2%，落后时序"
        "进度9.8个百分点；康巴什区得分75.3分，较上期后退3位。东胜区名次下滑4位，"
        "是退位最多的旗区。",
    ),
    (
        "p",
        "重点园区单独评价，鄂尔多斯高新区、准格尔经济开发区、蒙苏经济开发区分别得分90.4分、88.7分、"
        "83.5分，依次排园区第一、第二、第三名；蒙苏经济开发区投资完成率21.6%，比时序进度慢3.4个百分点。",
    ),
    ("h", "三、红榜项目"),
    (
        "p",
        "（一）鄂托克旗年产60万吨煤制烯烃项目：年度计划投资32.0亿元，一季度完成13.5亿元，完成率42.2%。",
    ),
    ("p", "（二）伊金霍洛旗零碳产业园年产20GW光伏电池片项目：一季度完成投资9.8亿元，完成年度计划的38.6%。"),
    ("p", "（三）准格尔旗年产3万吨碳纤维项目：一季度完成投资6.2亿元，超时序进度11.3个百分点。"),
    ("p", "（四）乌审旗100万千瓦风电项目：3月底已完成风机吊装82台，占总数的51.3%。"),
    ("h", "四、黑榜项目"),
    (
        "p",
        "（一）杭锦旗年产15万吨生物可降解材料项目：原计划2月底开工，至今未开工，一季度仅完成投资"
        "0.4亿元，完成率2.7%。",
    ),
    ("p", "（二）康巴什区智慧物流园项目：完成投资0.6亿元，落后时序进度20.8个百分点。"),
    ("p", "（三）东胜区城市更新片区项目：完成投资1.1亿元，仅为年度计划的6.5%。"),
    ("h", "五、有关要求"),
    (
        "p",
        "黑榜旗区由分管副市长约谈，4月30日前向市重点项目办报送整改方案。"
        "二季度，各旗区要对标“双过半”目标，确保上半年市级重点项目开工率达到85%以上、投资完成率达到"
        "50%以上，全市力争上半年完成投资900亿元。",
    ),
]
FOOT = [
    "",
    "鄂尔多斯市重点项目建设推进办公室",
    "2025年4月15日",
    "（联系人：王海涛，电话：0477-8599307）",
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
    out = list(HEAD)
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += [TABLE_TITLE] + ["｜".join(row) for row in TABLE]
    for kind, text in TAIL:
        out += [text] if kind == "h" else wrap(text)
    return out + FOOT


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
