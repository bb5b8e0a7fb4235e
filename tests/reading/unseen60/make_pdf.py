"""Builds 02_tongji_1_9yue.pdf byte by byte: a two-page PDF whose text layer is set in the Adobe CJK font
STSong-Light (UniGB-UCS2-H, not embedded; the machine's Noto CJK fonts are .ttc collections, which a
hand-written PDF cannot embed without a font library, and the venv has none). The body is wrapped at
about 38 characters a line, as a typeset page is, so sentences run on across lines; the indicator table
is set as lines of text with spaces between the cells. The same bytes every time:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "02_tongji_1_9yue.pdf"
WIDTH = 38
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    "2025年1—9月玉林市主要经济指标",
    "玉林市统计局　　2025-10-24发布",
]

BODY = [
    ("p", "前三季度，我市经济延续平稳运行，多数指标好于上半年。现将主要数据公布如下。"),
    ("h", "一、经济总量"),
    (
        "p",
        "据自治区统一核算，1—9月我市地区生产总值1688.42亿元，按可比价计算，增速为5.7%，"
        "较1—6月提升0.2个百分点，高出全区0.4个百分点，增速在全区排第5位。"
        "三次产业中，一产312.56亿元、增长4.1%，二产498.37亿元、增长7.2%，三产877.49亿元、增长5.3%。",
    ),
    ("h", "二、农业"),
    (
        "p",
        "农林牧渔业总产值528.64亿元，增长4.5%。生猪出栏463.2万头，增长2.8%；9月末生猪存栏402.7万头，"
        "同比下降1.6%。家禽出栏1.86亿羽，增长3.3%。园林水果产量152.3万吨，增长6.9%，其中荔枝、"
        "龙眼两项合计58.4万吨。",
    ),
    ("h", "三、工业"),
    (
        "p",
        "全市规上工业增加值增速为7.9%，其中9月当月增长9.3%。分县（市、区）看，北流市、容县、"
        "陆川县分别增长12.1%、9.6%、8.8%，博白县、兴业县增速均在6%以下。分行业看，机械制造业增长"
        "10.4%，新材料产业增长16.8%，服装皮革业下降4.7%。规上工业产品产销率为96.2%。到9月末，"
        "全市共有规上工业企业1086家，比上年末增加47家，其中产值亿元以上的企业有398家。",
    ),
    ("h", "四、投资"),
    (
        "p",
        "全市固定资产投资比上年同期增长3.2%，增幅较1—8月回落0.6个百分点。工业投资增势较好，"
        "增速14.5%，占比达到38.6%；基建投资增长2.1%。房地产市场仍在筑底，开发投资下降11.3%，"
        "新建商品房销售面积下降8.9%。全市亿元以上在建项目836个，比上年同期多42个，完成投资占全部投资的61.7%。",
    ),
    ("h", "五、消费品市场"),
    (
        "p",
        "社会消费品零售总额892.15亿元，增长4.9%。商品零售额794.62亿元、餐饮收入97.53亿元，"
        "分别增长4.6%和7.3%。从限上单位看，新能源汽车零售额增幅为31.5%，金银珠宝类下降9.4%；"
        "限上单位网上商品零售额增长23.8%。",
    ),
    ("h", "六、对外贸易"),
    (
        "p",
        "货物进出口总额248.36亿元，增长13.7%。其中，出口163.05亿元，增长18.2%；进口85.31亿元，"
        "增长6.1%。对东盟贸易额121.74亿元，增长15.2%，占全市外贸的49.0%。",
    ),
    ("h", "七、财政和金融"),
    (
        "p",
        "一般公共预算收入84.27亿元，同比增长2.6%；一般公共预算支出402.18亿元，增长1.9%。9月末"
        "本外币存款余额4105.6亿元，比年初增加263.8亿元；贷款余额3126.9亿元，同比增长8.4%。",
    ),
    ("h", "八、居民收入和消费价格"),
    (
        "p",
        "全体居民人均可支配收入25417元，增长5.4%。城镇居民和农村居民分别达到33206元和15128元，"
        "分别增长4.3%和6.5%。CPI同比上涨0.3%，食品烟酒价格下降1.2%。",
    ),
]

TABLE_TITLE = "附表　1—9月主要指标及在全区的位次"
TABLE_HEAD = ["主要指标", "总量（亿元）", "增速（%）", "全区位次"]
TABLE = [
    ["地区生产总值", "1688.42", "5.7", "5"],
    ["规上工业增加值", "/", "7.9", "3"],
    ["固定资产投资", "/", "3.2", "8"],
    ["社会消费品零售总额", "892.15", "4.9", "4"],
    ["货物进出口总额", "248.36", "13.7", "6"],
    ["一般公共预算收入", "84.27", "2.6", "7"],
    ["居民人均可支配收入（元）", "25417", "5.4", "9"],
]
TABLE_NOTE = "说明：全区位次按同比增速由高到低排列；地区生产总值增速按不变价格计算。"
TAIL = ["（本数据为初步统计数，如有变动以年报为准）", "编辑：市统计局综合科　　电话：0775-2836415"]

NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = INDENT + text
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
    return "  ".join(cells)


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE, row(TABLE_HEAD), *[row(r) for r in TABLE], TABLE_NOTE, "", *TAIL]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    n = PER_PAGE - 2
    chunks = [lines[i : i + n] for i in range(0, len(lines), n)]
    return [[*chunk, "", f"第{k}页"] for k, chunk in enumerate(chunks, start=1)]


def content(lines: list[str]) -> bytes:
    ops = ["BT", "/F1 11 Tf", "16.5 TL", "54 792 Td"]
    ops += [f"<{line.encode('utf-16-be').hex().upper()}> Tj T*" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def pdf(page_lines: list[list[str]]) -> bytes:
    n = len(page_lines)
    first = 5  # page k is object first + 2k, its content object first + 2k + 1
    kids = " ".join(f"{first + 2 * k} 0 R" for k in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode("ascii"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [%d 0 R] >>" % (first + 2 * n),
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    for k, lines in enumerate(page_lines):
        body = content(lines)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first + 2 * k + 1)
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    objs.append(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 4 0 R >>"
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    pl = pages(all_lines())
    (HERE / NAME).write_bytes(pdf(pl))
    print(f"wrote {NAME}: {len(pl)} pages, {sum(len(p) for p in pl)} lines")
