"""Builds 01_tongjiju_yuebao.pdf byte by byte: the city statistics bureau's monthly bulletin for 1—10月 as a
two-page PDF whose text layer is set in the non-embedded Adobe font STSong-Light (UniGB-UCS2-H). The short
prose overview is wrapped at about 36 characters as a typeset page's lines are (sentences run on across
lines and across the page break); the indicator tables are lines of text with cells parted by " | ", one
row a line; a page number stands at each page's foot.

Adapted from the multi-page writer of unseen34. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_yuebao.pdf"
WIDTH = 36
PER_PAGE = 48
INDENT = "\u3000\u3000"

HEAD = [
    "连云港统计月报",
    "2025年·第10期·总第418期",
    "市统计局综合处编　二〇二五年十一月十九日",
]

OVERVIEW: list[tuple[str, str]] = [
    ("h", "一、1—10月全市经济运行综述"),
    (
        "p",
        "1—10月，在外需偏弱、价格走低的情况下，全市主要指标总体处在合理区间，工业和外贸两头拉动突出。",
    ),
    (
        "p",
        "工业生产快于预期。规上工业增加值增速为8.6%，比1—9月份快0.3个百分点，高出全省2.1个百分点，"
        "增幅列全省第2位；单看10月，当月增速达到9.4%。四大主导产业中，石化产业累计产值首次越过3000亿元"
        "关口，增长21.6%，对规上工业产值增长的贡献率为65.2%。",
    ),
    (
        "p",
        "投资结构继续改善。固定资产投资增长4.2%，增速较1—9月加快0.6个百分点，高于全国5.9个百分点。"
        "分产业看，一产投资下降8.3%，二产投资增长11.5%，三产投资下降1.6%；工业投资增长11.7%，"
        "占全部投资的46.8%。房地产开发投资下降12.5%，比1—9月份少降1.1个百分点。",
    ),
    (
        "p",
        "消费市场：回暖但力度偏弱。社会消费品零售总额1198.4亿元，增长4.9%，落后全省0.3个百分点。"
        "限上单位里，新能源汽车卖得较旺，零售额增长28.4%，但汽车类整体仍下降3.2%。外贸进出口总额862.5亿元，增长6.8%，"
        "出口、进口分别增长10.4%和4.4%。",
    ),
    (
        "p",
        "财政金融：收支平稳。全市一般公共预算收入234.7亿元，同口径增长3.6%；其中税收收入171.8亿元，"
        "税占比73.2%，较上年同期回落0.5个百分点。全社会用电量418.75亿千瓦时，增长7.4%，工业用电量"
        "增长8.9%。月末存贷方面，10月末本外币存款余额6215.3亿元，比年初"
        "增加548.6亿元；各项贷款余额6872.9亿元，增幅10.8%。",
    ),
    (
        "p",
        "总体看，房地产和汽车消费仍在低位徘徊，海州区、灌南县投资尚未转正。"
        "综合测算，全年规上工业增加值有望增长8.5%左右，地区生产总值预计增长6%以上。",
    ),
    ("h", "二、主要统计指标"),
]

TABLES: list[list[str]] = [
    [
        "表1　工业生产（单位：亿元）",
        "指标名称 | 10月 | 1—10月累计 | 累计增速(%)",
        "规上工业增加值 | — | — | 8.6",
        "规上工业总产值 | 1012.6 | 9873.4 | 9.2",
        "  #石化产业 | 318.5 | 3052.7 | 21.6",
        "  #新医药产业 | 96.3 | 948.1 | 5.4",
        "  #新材料产业 | 121.7 | 1187.3 | 7.9",
        "  #高端装备产业 | 88.4 | 865.2 | 3.7",
        "规上工业企业利润总额 | — | 412.6 | -4.8",
    ],
    [
        "表2　固定资产投资",
        "指标 | 1—10月增速(%) | 比1—9月增减(百分点)",
        "固定资产投资 | 4.2 | 0.6",
        "  第一产业投资 | -8.3 | -1.2",
        "  第二产业投资 | 11.5 | 0.9",
        "    #工业投资 | 11.7 | 0.8",
        "  第三产业投资 | -1.6 | 0.4",
        "    #基础设施投资 | 3.9 | -0.7",
        "    #房地产开发投资 | -12.5 | 1.1",
    ],
    [
        "表3　消费和外贸（单位：亿元）",
        "指标名称 | 10月 | 1—10月累计 | 累计增速(%)",
        "社会消费品零售总额 | 124.3 | 1198.4 | 4.9",
        "  #汽车类 | 9.4 | 88.7 | -3.2",
        "  #新能源汽车 | 4.1 | 37.9 | 28.4",
        "进出口总额 | 88.7 | 862.5 | 6.8",
        "  出口 | 37.2 | 358.9 | 10.4",
        "  进口 | 51.5 | 503.6 | 4.4",
    ],
    [
        "表4　财政和用电",
        "指标名称 | 10月 | 1—10月累计 | 累计增速(%)",
        "一般公共预算收入(亿元) | 19.8 | 234.7 | 3.6",
        "  #税收收入(亿元) | 14.1 | 171.8 | 2.9",
        "全社会用电量(亿千瓦时) | 42.36 | 418.75 | 7.4",
        "  #工业用电量 | 31.08 | 306.52 | 8.9",
        "  #城乡居民生活用电量 | 5.27 | 54.36 | 3.1",
    ],
    [
        "表5　县区和功能板块主要指标增速（%）",
        "县区 | 规上工业增加值 | 固定资产投资 | 社零",
        "连云区 | 10.2 | 6.8 | 4.5",
        "海州区 | 6.4 | -2.1 | 4.2",
        "赣榆区 | 9.7 | 7.3 | 5.6",
        "东海县 | 8.1 | 5.5 | 5.2",
        "灌云县 | 11.3 | 3.6 | 5.0",
        "灌南县 | 7.5 | -4.9 | 4.8",
        "经开区 | 9.0 | 8.7 | —",
        "徐圩新区 | 22.6 | 12.4 | —",
        "高新区 | 5.8 | 1.9 | —",
    ],
]

NOTES = [
    "说明：1.年主营业务收入不足2000万元的工业企业不纳入规上统计；",
    "2.投资统计口径为计划总投资不低于500万元的项目；3.功能板块不重复计入所在县区；",
    "4.“#”表示其中项，数据均为快报数。编辑：综合处　电话：0518-85513762",
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
    for kind, text in OVERVIEW:
        out += [text] if kind == "h" else wrap(text)
    for table in TABLES:
        out += ["", *table]
    out += ["", *NOTES]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 11 Tf", "16 TL", "56 800 Td"]
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
