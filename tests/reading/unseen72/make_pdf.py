"""Builds 01_shuangguoban_tongbao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), at most 45 lines a page, the body wrapped at about
36 characters as a typeset page's lines are (so sentences run on across lines and across the page
break), a page number at each page's foot, and the county table as lines of text whose cells are split
by ASCII bars. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_shuangguoban_tongbao.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    "重点项目建设简报",
    "2025年第7期（总第163期）",
    "邵阳市重点建设项目事务中心编　　2025年7月14日",
]

BODY: list[tuple[str, str]] = [
    ("h", "上半年全市重点项目建设实现“双过半”"),
    (
        "p",
        "今年以来，各地抢抓施工黄金期，项目推进快于预期。据项目管理平台6月末填报的数据简报如下。",
    ),
    ("h", "一、总体进展"),
    (
        "p",
        "今年市级以上重点建设项目共安排326个，总投资2184.6亿元，年度计划投资512.8亿元。"
        "省重点建设项目41个，年度计划投资138.5亿元；市重点建设项目285个，年度计划投资374.3亿元。"
        "1—6月，全部项目累计完成投资274.9亿元，完成年度计划的53.6%，超出时序进度3.6个百分点，"
        "完成率较上年同期提高2.9个百分点；完成额比上年同期多21.8亿元，同比增长8.6%。6月份单月完成投资"
        "56.4亿元。",
    ),
    (
        "p",
        "省重点建设项目完成投资79.6亿元，完成率57.5%，高于全省平均4.2个百分点，完成率居全省"
        "第5位，较一季度前移2位。市重点建设项目完成投资195.3亿元，完成率52.2%。",
    ),
    ("h", "二、开工与竣工"),
    (
        "p",
        "年内计划新开工项目118个，截至6月底已开工97个，开工率82.2%，比上年同期高5.6个百分点；208个"
        "续建项目全部复工。计划年内竣工项目64个，已竣工或部分竣工投产23个。5月20日第二批集中开工的"
        "28个项目总投资156.2亿元。",
    ),
    ("h", "三、分类推进"),
    (
        "p",
        "分类看，产业项目、基础设施项目、社会民生项目分别完成投资146.2亿元、82.5亿元、46.2亿元，"
        "完成率依次为55.8%、52.4%和49.7%。产业项目完成投资占全部重点项目的"
        "53.2%，其中制造业项目完成投资98.7亿元，同比增长15.3%，邵阳经开区年产20万吨特种玻璃项目、"
        "邵东市智能五金装备产业园项目完成率均超过70%。",
    ),
    ("h", "四、县市区进展"),
    (
        "p",
        "从各地看，邵东市、武冈市、邵阳经开区完成率分别为61.8%、59.4%、58.7%，依次居全市第一、"
        "第二、第三位；双清区、隆回县完成率均为55.1%，并列第四。全市有10个县市区（含邵阳经开区）"
        "完成率超过时序进度。新宁县、城步苗族自治县、北塔区完成率依次为44.6%、42.3%、40.8%，分别"
        "落后时序进度5.4、7.7、9.2个百分点。",
    ),
]

TABLE_TITLE = "表　上半年各县市区重点项目投资完成情况"
TABLE_HEAD = ["县市区", "项目数", "年度计划投资(亿元)", "1—6月完成", "完成率(%)", "排名"]
TABLE = [
    ["邵东市", "40", "58.6", "36.22", "61.8", "1"],
    ["武冈市", "27", "36.4", "21.62", "59.4", "2"],
    ["邵阳经开区", "31", "52.3", "30.70", "58.7", "3"],
    ["双清区", "19", "28.5", "15.70", "55.1", "4"],
    ["隆回县", "24", "33.8", "18.62", "55.1", "4"],
    ["大祥区", "21", "31.2", "16.75", "53.7", "6"],
    ["洞口县", "22", "30.6", "16.07", "52.5", "7"],
    ["新邵县", "20", "27.9", "14.46", "51.8", "8"],
    ["邵阳县", "18", "25.4", "13.03", "51.3", "9"],
    ["绥宁县", "15", "21.7", "10.98", "50.6", "10"],
    ["新宁县", "16", "22.2", "9.90", "44.6", "11"],
    ["城步苗族自治县", "12", "17.5", "7.40", "42.3", "12"],
    ["北塔区", "14", "19.6", "8.00", "40.8", "13"],
    ["合计", "326", "512.8", "274.90", "53.6", "—"],
]
TABLE_NOTE = "注：金额单位为亿元；合计含市直项目47个。"

TAIL: list[tuple[str, str]] = [
    ("h", "五、滞后项目"),
    (
        "p",
        "截至6月底，全市仍有37个项目完成率低于30%，主要卡在用地林地报批、资金落实"
        "和施工许可等环节。进度偏慢的有：北塔区城西物流园二期项目完成率12.6%，新宁县崀山旅游集散中心"
        "项目18.3%，城步苗族自治县南山牧场供水工程21.5%，邵阳县年产3万吨竹木复合材料项目未开工。",
    ),
    ("h", "六、下步工作"),
    (
        "p",
        "下半年工作：确保三季度末累计完成年度计划的75%以上，力争全年完成投资530亿元、"
        "完成率达到103%以上；剩余21个计划新开工项目确保9月底前全部开工，年内竣工项目不少于60个。"
        "对连续两个月完成率排名后三位的县市区，由事务中心约谈。",
    ),
    ("f", "联系人：曾晓岚　电话：0739-5362817"),
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
    return " | ".join(cells)


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += wrap(text) if kind == "p" else [text]
    out += ["", TABLE_TITLE, row(TABLE_HEAD)] + [row(r) for r in TABLE] + [TABLE_NOTE, ""]
    for kind, text in TAIL:
        out += wrap(text) if kind == "p" else [text]
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
