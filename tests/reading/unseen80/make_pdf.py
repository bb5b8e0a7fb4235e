"""Builds 04_zhihuibu_hongludeng_tongbao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), at most 45 lines a page, the prose wrapped at about
36 characters as a typeset page's lines are (so sentences run on across lines and across the page break),
a page number at each page's foot, and the two tables as lines of cells joined by full-width bars.

Follows the byte layout of tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_zhihuibu_hongludeng_tongbao.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    "黄冈市重点项目建设指挥部办公室",
    "关于2025年三季度全市重点项目“红黄绿灯”管理情况的通报",
    "黄重项指办〔2025〕14号",
    "",
    "各县（市、区）重点项目建设指挥部，黄冈高新区、黄冈临空经济区、",
    "龙感湖管理区管委会，市直有关单位：",
]

# ("p", prose to wrap), ("h", a heading line), ("t", table lines as they are)
PARTS: list[tuple[str, str | list[str]]] = [
    (
        "p",
        "按照《黄冈市重点项目“红黄绿灯”管理办法》，三季度以各项目年度计划投资为基数评定亮灯等次："
        "完成率不低于时序进度的亮绿灯，落后时序进度10个百分点以内的亮黄灯，落后10个百分点以上的亮红灯。"
        "现将有关情况通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "今年全市共安排市级重点项目426个，年度计划投资1286.5亿元。1—9月累计完成投资1032.7亿元，"
        "年度计划完成率80.3%，超时序进度5.3个百分点，比上年同期提高2.1个百分点；投资完成进度在全省"
        "17个市州中排第6位。",
    ),
    (
        "p",
        "三季度评定绿灯项目318个、黄灯项目71个、红灯项目37个，绿灯率74.6%。与二季度相比，绿灯项目"
        "增加23个，黄灯、红灯项目分别减少8个、15个。计划新开工项目158个，已开工149个，开工率94.3%；"
        "已竣工或部分投产项目62个。",
    ),
    ("h", "二、红灯项目情况"),
    (
        "p",
        "37个红灯项目年度计划投资186.4亿元，1—9月仅完成72.9亿元，完成率39.1%，低于全市平均41.2个"
        "百分点。从原因看，用地报批和征迁滞后、资金不到位、前期手续未办结及其他原因的分别有16个、11个、"
        "7个、3个；按类型分，产业项目22个，占近六成。连续两个季度亮红灯的项目有9个，均已列入市级督办。"
        "年度计划投资3亿元以上的红灯项目见表1。",
    ),
    (
        "t",
        [
            "表1　年度计划3亿元以上的红灯项目",
            "序号｜项目名称｜年度计划（亿元）｜1—9月完成（亿元）｜完成率（%）｜责任单位",
            "1｜黄冈临空经济区航空物流园（一期）项目｜9.2｜3.9｜42.4｜黄冈临空经济区管委会",
            "2｜红安县年产3万吨高性能碳纤维原丝项目｜8.5｜3.2｜37.6｜红安县人民政府",
            "3｜团风县钢构装配式建筑产业园项目｜6.8｜2.1｜30.9｜团风县人民政府",
            "4｜英山县大别山康养旅游综合体项目｜5.6｜1.5｜26.8｜英山县人民政府",
            "5｜浠水县城区排水防涝提升工程｜4.3｜1.8｜41.9｜浠水县人民政府",
            "6｜麻城市石材产业园绿色化改造项目｜3.9｜1.6｜41.0｜麻城市人民政府",
        ],
    ),
    ("h", "三、各地完成情况"),
    (
        "p",
        "按年度计划完成率排序，蕲春县、武穴市、黄梅县完成率分别为89.6%、87.2%、86.5%，依次位列全市"
        "第一、第二、第三，蕲春县较上季度上升2位；罗田县上升4位，进步最大。黄冈临空经济区、龙感湖管理区、"
        "团风县、英山县等4个地区完成率低于时序进度，其中团风县、英山县分别落后时序进度6.7个、9.3个百分点，"
        "英山县连续两个季度排名末位。各地排名见表2。",
    ),
    (
        "t",
        [
            "表2　各县（市、区）及功能区年度计划完成率排名",
            "排名｜地区｜完成率（%）｜较上季度",
            "1｜蕲春县｜89.6｜上升2位",
            "2｜武穴市｜87.2｜下降1位",
            "3｜黄梅县｜86.5｜下降1位",
            "4｜麻城市｜84.1｜持平",
            "5｜罗田县｜83.7｜上升4位",
            "6｜黄州区｜82.4｜下降1位",
            "7｜浠水县｜80.9｜下降1位",
            "8｜黄冈高新区｜79.8｜上升2位",
            "9｜红安县｜77.5｜下降2位",
            "10｜黄冈临空经济区｜74.2｜下降2位",
            "11｜龙感湖管理区｜72.6｜上升1位",
            "12｜团风县｜68.3｜下降1位",
            "13｜英山县｜65.7｜持平",
        ],
    ),
    ("h", "四、下步要求"),
    (
        "p",
        "各地要对照亮灯结果逐个项目排查问题，红灯项目实行“周调度、月督办”，确保年底前红灯项目压减到"
        "20个以内。全年重点项目完成投资力争达到1350亿元以上，年度计划完成率达到105%；四季度新开工项目"
        "不少于30个。对连续三个季度亮红灯的项目，由市指挥部约谈责任单位主要负责人。",
    ),
]

TAIL = [
    "",
    "联系人：市重点项目建设指挥部办公室　吴思远　电话：0713-8663152",
    "",
    "黄冈市重点项目建设指挥部办公室",
    "2025年10月16日",
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
    for kind, part in PARTS:
        if kind == "p":
            assert isinstance(part, str)
            out += wrap(part)
        elif kind == "h":
            assert isinstance(part, str)
            out.append(part)
        else:
            assert isinstance(part, list)
            out += part
    return out + TAIL


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 10.5 Tf", "16.5 TL", "52 792 Td"]
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
