"""Builds 03_zhaoshang_qianyue.pdf byte by byte: a PDF whose text layer is set in the non-embedded Adobe font
STSong-Light (UniGB-UCS2-H), about 45 lines a page, the body wrapped at about 36 characters as a typeset
page's lines are (so sentences run on across lines and across the page break), a page number at each page's
foot, and the project table as lines of text with full-width bars between the columns.

Written after the pattern of tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "03_zhaoshang_qianyue.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    "蚌埠市投资促进中心文件",
    "蚌投促〔2025〕31号",
    "全市招商签约项目通报（2025年第三季度）",
    "各县、区政府，蚌埠高新区、蚌埠经开区管委会，市直各相关单位：",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "第三季度，各地各部门围绕硅基和生物基新材料、新能源、汽车零部件等主导产业开展精准招商，"
        "签约项目数量和质量同步提升。现通报如下。",
    ),
    ("h", "一、签约基本情况"),
    (
        "p",
        "7—9月，全市共新签约招商引资项目127个，协议总投资612.8亿元，较第二季度分别增加19个、"
        "86.4亿元。其中，亿元以上项目96个，协议投资581.3亿元，占全部签约额的94.9%；10亿元以上"
        "项目17个，协议投资298.6亿元；单体投资超过50亿元的项目2个。",
    ),
    (
        "p",
        "分产业看，新材料、新能源、生物医药和大健康、高端装备项目分别签约31个、24个、12个、28个，"
        "四类合计占签约项目总数的74.8%。按资金来源看，来自长三角地区的项目68个，占53.5%；来自"
        "粤港澳大湾区的项目21个；外资项目6个，合同外资2.14亿美元。从投资主体看，民营企业项目"
        "占比超过七成，央企和地方国企项目9个。",
    ),
    (
        "p",
        "前三季度累计签约项目341个，协议总投资1586.4亿元，增幅14.7%，完成年度目标任务的"
        "81.4%，超时序进度6.4个百分点。",
    ),
    ("h", "二、履约和落地情况"),
    (
        "p",
        "截至9月底，今年签约的亿元以上项目履约率为87.6%，比上半年提高3.1个百分点，比上年同期高"
        "2.2个百分点；已开工项目182个，开工率为62.8%；已竣工投产项目47个。前三季度，全市招商引资"
        "实际到位资金664.7亿元，同比增长8.9%，其中省外资金到位472.3亿元，占71.1%。实际使用外资"
        "2.63亿美元，增长5.8%，居全省第7位。",
    ),
    ("h", "三、各县区（园区）签约情况"),
    (
        "p",
        "分县区看，怀远县、五河县、固镇县第三季度分别签约项目23个、18个、16个，协议投资分别为"
        "98.2亿元、71.6亿元、64.3亿元。蚌埠高新区签约额居全市第一，达到146.7亿元；蚌埠经开区"
        "签约项目21个，签约额112.5亿元。禹会区、淮上区签约额均超过50亿元，龙子湖区、蚌山区签约"
        "项目均不足10个。本季度部分10亿元以上签约项目见下表。",
    ),
]
TABLE_TITLE = "表　第三季度部分10亿元以上签约项目"
TABLE = [
    ["项目名称", "投资额（亿元）", "所在区县", "进度"],
    ["年产20万吨生物基聚乳酸及制品项目", "42.0", "怀远县", "已供地"],
    ["年产5GW高效光伏组件项目", "35.6", "蚌埠高新区", "已开工"],
    ["新能源汽车热管理系统生产基地项目", "28.0", "蚌埠经开区", "已开工"],
    ["年产3万吨高纯石英砂项目", "15.8", "五河县", "办理前期手续"],
    ["硅基新材料中试基地项目", "12.5", "蚌埠高新区", "已签约"],
    ["智能农机装备产业园项目", "11.2", "固镇县", "已供地"],
    ["高端医疗器械产业园项目", "10.6", "禹会区", "已开工"],
]

TAIL: list[tuple[str, str]] = [
    ("h", "四、存在的问题"),
    (
        "p",
        "一是部分项目签约后推进缓慢。截至9月末，已签约满半年但尚未开工的项目共29个，涉及协议投资"
        "163.2亿元，其中蚌山区、淮上区占了11个。二是重大项目储备偏少，在谈10亿元以上项目仅14个，"
        "比上半年减少3个。三是外资招引偏弱，合同外资同比下降8.3%。",
    ),
    ("h", "五、下步工作要求"),
    (
        "p",
        "四季度，各县区、园区要对标全年任务，倒排工期，力争新签约亿元以上项目不少于100个，确保全年协议总投资"
        "突破1950亿元，亿元以上项目履约率稳定在90%以上，开工率力争达到70%。对签约超过半年未开工的"
        "项目，实行“一项目一专班”跟踪，11月底前逐个提出推进方案。市投资促进中心将按月通报各地进展，"
        "年终结果纳入招商引资考核。",
    ),
]
FOOT = [
    "",
    "联系人：韩晓雯　　联系电话：0552-3108672",
    "",
    "蚌埠市投资促进中心",
    "2025年10月15日",
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
    out = list(HEAD)
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE] + [row(r) for r in TABLE] + [""]
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
