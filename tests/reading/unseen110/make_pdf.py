"""Builds 04_gaoxinqu_yuebao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters as a
typeset page's lines are (so sentences run on across lines and across the page break), a page number
at each page's foot, and the indicator table as lines of text with full-width bars between the cells.

The machinery follows tests/reading/unseen85/make_pdf.py (itself after unseen34); the text is this set's.
The same bytes every time:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_gaoxinqu_yuebao.pdf"
WIDTH = 36
PER_PAGE = 40
INDENT = "\u3000\u3000"

HEAD = [
    "自贡高新区经济运行月报",
    "2024年第8期（总第116期）",
    "自贡高新区管委会经济发展局　　　　2024年9月12日",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "8月，全区上下围绕年度目标任务，抓运行、抓项目、抓招商，主要经济指标保持较快增长，"
        "增速继续高于全市平均水平。现将1—8月全区经济运行情况报告如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "1—8月，园区企业实现营业总收入862.4亿元，同比增长9.8%，完成年度目标1300亿元的66.3%，"
        "略低于时序进度0.4个百分点；8月当月实现营业总收入118.6亿元，增长11.5%，增速比7月加快"
        "2.3个百分点。全区实现税收收入23.86亿元，增长6.2%，其中工业企业税收14.52亿元，占60.9%；"
        "8月当月税收收入2.87亿元。",
    ),
    ("h", "二、工业经济"),
    (
        "p",
        "1—8月，全区规上工业企业完成工业总产值468.3亿元，增长10.6%；规上工业增加值增长9.9%，"
        "高于全市2.5个百分点，增速在全省国家级高新区中居第3位。8月当月完成规上工业总产值"
        "64.2亿元，增长12.7%。全区工业用电量11.27亿千瓦时，增长12.4%，其中8月当月1.52亿千瓦时，增长14.1%。",
    ),
    (
        "p",
        "分产业看，节能环保装备、新材料、航空与燃机三大主导产业分别实现产值196.4亿元、158.7亿元和"
        "42.6亿元，分别增长8.3%、14.9%和26.1%，合计产值在全区规上工业中占比84.9%。8月末全区规上"
        "工业企业173家，比年初净增8家，其中8月新增入规企业3家；有5户规上企业产值同比下降超过20%，"
        "主要是传统锅炉配套和阀门企业。重点企业中，自贡华岳锅炉股份有限公司1—8月产值30.65亿元，"
        "增长12.8%；四川蓝泽氟硅新材料有限公司产值25.94亿元，增长18.4%，两户企业合计产值占全区规上"
        "工业的12.1%。",
    ),
    ("h", "三、项目投资"),
    (
        "p",
        "1—8月，全区固定资产投资增长8.7%，高于全市4.5个百分点；工业投资增速达到21.3%，在全区"
        "投资中的比重升至52.6%。全区纳入调度的重点项目32个，年度计划投资86.5亿元，累计完成投资"
        "61.27亿元，完成率70.8%，超过时序进度4.1个百分点。川南氟硅新材料产业园二期项目完成投资"
        "13.88亿元；年产5万吨高性能氟橡胶项目设备安装已完成约八成，预计11月投料试车。8月全区新开工"
        "项目3个，总投资16.4亿元，另有2个项目竣工。",
    ),
    ("h", "四、招商引资"),
    (
        "p",
        "1—8月，全区签约项目27个，协议总投资213.6亿元，同比增长17.4%；其中10亿元以上项目6个，"
        "协议投资128.5亿元，占60.2%。8月当月签约项目4个、协议投资28.5亿元。招商引资到位资金71.3亿元，"
        "完成年度目标105亿元的67.9%。今年以来新开工招商项目11个，新投产项目7个。8月签约的项目中，"
        "总投资12亿元的氢能装备产业园项目和年产3000套燃气轮机热端部件项目均为产业链补链项目。",
    ),
    ("h", "五、市场主体和创新"),
    (
        "p",
        "8月末，全区市场主体达到18642户，比年初增加1126户，其中企业4286家；8月当月新登记市场主体153户。有效期内高新技术企业"
        "148家，比上年末增加17家；国家专精特新“小巨人”企业9家；今年评价入库科技型中小企业326家，"
        "完成年度目标的108.7%。1—8月，全区规上工业企业研发费用14.8亿元，增长19.6%；新增发明专利授权"
        "213件，比上年同期多46件。",
    ),
    ("h", "六、存在问题和下步打算"),
    (
        "p",
        "当前，一是部分传统装备企业订单下滑，营业总收入进度略慢于时序；二是园区标准化厂房空置约"
        "12万平方米，盘活利用压力较大；三是基础设施类项目资金到位偏慢，完成率仅为58.4%，落后时序进度"
        "8.3个百分点。"
        "下步，力争9月营业总收入增长10%以上；确保1—9月招商引资到位资金80亿元以上；全年营业总收入"
        "力争突破1300亿元、税收收入达到35亿元左右；四季度计划新签约项目10个以上，9月赴长三角、"
        "粤港澳大湾区开展专题招商活动2次，年内盘活闲置厂房不少于3万平方米。",
    ),
]
TABLE_TITLE = "表1　2024年8月自贡高新区主要经济指标"
TABLE = [
    ["指标", "8月", "1—8月", "1—8月同比增长（%）"],
    ["营业总收入（亿元）", "118.6", "862.4", "9.8"],
    ["规上工业总产值（亿元）", "64.2", "468.3", "10.6"],
    ["税收收入（亿元）", "2.87", "23.86", "6.2"],
    ["固定资产投资（亿元）", "12.35", "94.60", "8.7"],
    ["新签约项目协议投资（亿元）", "28.5", "213.6", "17.4"],
]
NOTES = [
    "注：营业总收入为园区全部企业口径，规上工业口径为年营业收入2000万元（含）以上的工业企业。",
    "报：管委会主要领导　　送：市发展改革委、市经信局、市统计局",
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
