"""Builds 02_tongji_gongbao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters as a
typeset page's lines are (so sentences run on across lines and across the page break), a page number
at each page's foot, and the product table as lines of text with full-width bars between the cells.

The machinery follows tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "02_tongji_gongbao.pdf"
WIDTH = 36
PER_PAGE = 40
INDENT = "\u3000\u3000"

HEAD = [
    "2024年泸州市国民经济和社会发展统计公报",
    "泸州市统计局　国家统计局泸州调查队",
    "（2025年2月26日）",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "2024年，全市上下克服白酒行业周期调整等不利因素，稳工业、扩投资、强农业，"
        "经济总体保持平稳增长，发展质量稳步提升。",
    ),
    ("h", "一、综合"),
    (
        "p",
        "初步核算，全年全市地区生产总值2786.54亿元，按可比价格计算，比上年增长6.1%。分产业看，"
        "第一产业增加值284.23亿元，增长3.8%；第二产业增加值1354.26亿元，增长7.4%；第三产业增加值"
        "1148.05亿元，增长5.2%。三次产业结构为10.2∶48.6∶41.2，第二产业比重比上年提高0.7个百分点。"
        "一、二、三产业对经济增长的贡献率分别为6.3%、58.7%和35.0%。全年人均地区生产总值66327元，"
        "增长6.4%。",
    ),
    (
        "p",
        "年末全市常住人口419.6万人，比上年末减少0.8万人；常住人口城镇化率55.8%，比上年末提高"
        "1.1个百分点。全年居民消费价格比上年上涨0.4%，涨幅比全国高0.2个百分点，其中食品烟酒类"
        "价格下降1.3%。",
    ),
    ("h", "二、农业"),
    (
        "p",
        "全年农林牧渔业总产值512.6亿元，按可比价格计算增长4.0%。粮食作物播种面积518.4万亩，"
        "比上年增加3.1万亩；粮食总产量193.6万吨，增长1.2%。其中，酿酒专用高粱产量45.8万吨，"
        "增长5.3%，占全市粮食产量的23.7%。油料产量14.2万吨，增长2.9%。全年生猪出栏412.7万头，"
        "下降2.6%；年末生猪存栏268.3万头。肉类总产量38.9万吨，增长0.8%。",
    ),
    ("h", "三、工业"),
    (
        "p",
        "全年规模以上工业增加值比上年增长8.3%。分经济类型看，国有控股企业增长6.2%，股份制企业"
        "增长8.7%，外商及港澳台商投资企业下降4.5%。分门类看，采矿业增长3.4%，制造业增长8.9%，"
        "电力、热力、燃气及水生产和供应业增长5.1%。工业行业大类中，有22个行业增加值实现增长，"
        "增长面为71.0%。重点行业中，酒、饮料和精制茶制造业增长7.6%，电子设备制造业增长"
        "18.4%，医药制造业增长10.9%。高技术制造业增加值增长16.2%，占规模以上工业增加值的比重为9.8%。",
    ),
    (
        "p",
        "年末规模以上工业企业1126家，比上年末净增52家。全年规模以上工业企业实现营业收入3526.6亿元，"
        "增长8.9%；利润总额512.4亿元，增长10.3%；营业收入利润率为14.5%。",
    ),
    ("h", "四、投资"),
    (
        "p",
        "全年固定资产投资（不含农户）比上年增长5.6%。分产业看，第一产业投资下降8.4%，第二产业"
        "投资增长18.2%，第三产业投资增长0.9%。工业投资增长18.7%，其中技术改造投资增长24.5%。"
        "民间投资下降3.1%，占全部投资的比重为38.4%，比上年下降2.3个百分点。基础设施投资增长6.8%。"
        "计划总投资亿元以上的施工项目812个，比上年增加36个。房地产开发投资下降14.6%；商品房销售"
        "面积386.2万平方米，下降9.7%。",
    ),
]
TABLE_TITLE = "表1　2024年主要工业产品产量"
TABLE = [
    ["产品名称", "单位", "产量", "比上年增长（%）"],
    ["白酒（折65度）", "万千升", "48.6", "-3.2"],
    ["发电量", "亿千瓦时", "126.4", "5.8"],
    ["水泥", "万吨", "802.5", "-6.1"],
    ["化肥（折纯）", "万吨", "41.3", "2.7"],
    ["中成药", "吨", "3862", "12.4"],
]
NOTES = [
    "注：1.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。",
    "2.部分数据因四舍五入，分项合计与总计略有出入。",
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”∶")


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
    out += ["", TABLE_TITLE] + ["｜".join(row) for row in TABLE] + NOTES
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
