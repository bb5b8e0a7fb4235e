"""Builds 04_zhengxian_chuangyou_tongbao.pdf byte by byte: a two-page PDF whose text is set in the Adobe
font STSong-Light (UniGB-UCS2-H, not embedded), 45 lines a page, the body wrapped at about 36 characters as
a typeset page is (sentences run on across lines and over the page break), a page number at each foot,
and the ranking table as lines of text whose cells are split by full-width bars.

Follows the page writer of tests/reading/unseen34/make_pdf.py. The same bytes every time:

    /work/main/.venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_zhengxian_chuangyou_tongbao.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    "娄底市争先创优活动领导小组办公室",
    "关于2025年上半年全市争先创优考评结果的通报",
    "娄争创办〔2025〕7号",
]

BODY: list[tuple[str, str]] = [
    ("l", "各县市区（园区）党（工）委、政府（管委会），市直各单位："),
    (
        "p",
        "按照《娄底市2025年度争先创优考评办法》，市争先创优办会同市统计局、市发改委等部门，"
        "对各县市区（园区）和42个市直单位上半年工作进行了考评。考评实行百分制，其中经济指标60分、"
        "重点工作30分、群众评价10分，另设加减分项目。现将考评结果通报如下。",
    ),
    ("h", "一、县市区（园区）考评结果"),
    (
        "p",
        "上半年，冷水江市以93.62分居县市区（园区）第一，比一季度前进2位，得分较一季度提高2.31分；"
        "娄底经开区、双峰县分别以92.85分和91.47分位列第二、第三。县市区（园区）平均得分90.54分，"
        "比一季度提高1.12分；得分超过90分的有4个，比一季度增加1个。与一季度相比，共有2个单位实现进位，"
        "冷水江市、娄底高新区名次前移，双峰县、涟源市名次后退，其余三个单位名次不变。具体排名如下：",
    ),
]

TABLE_TITLE = "表　2025年上半年县市区（园区）争先创优考评排名"
TABLE = [
    ["单位", "得分", "排名", "较一季度"],
    ["冷水江市", "93.62", "1", "↑2"],
    ["娄底经开区", "92.85", "2", "持平"],
    ["双峰县", "91.47", "3", "↓2"],
    ["娄星区", "90.36", "4", "持平"],
    ["娄底高新区", "89.74", "5", "↑1"],
    ["涟源市", "88.19", "6", "↓1"],
    ["新化县", "87.53", "7", "持平"],
]

TAIL: list[tuple[str, str]] = [
    (
        "p",
        "从得分构成看，娄底经开区经济指标得分57.26分，在县市区（园区）中最高；冷水江市重点工作得分28.45分，"
        "居第一；新化县虽然总分靠后，但群众评价得分9.12分，排在第二位。",
    ),
    ("h", "二、市直单位考评结果"),
    (
        "p",
        "市直单位按经济发展、社会事业、综合服务三组分别排名。经济发展组中，市发改委、市商务局、"
        "市工信局得分分别为95.18分、94.76分、94.03分，分列组内第一、第二、第三位；社会事业组第一名为"
        "市教育局（94.42分），市卫生健康委以94.21分排第二；综合服务组市财政局得分93.87分，排名第一。"
        "市直单位中，得分在94分以上的有5个。市自然资源和规划局较一季度前进5位，是进位最多的单位。",
    ),
    ("h", "三、红黑榜"),
    (
        "p",
        "红榜：冷水江市规模以上工业增加值增长8.6%，增速居全市第一；双峰县新增“四上”企业47家，"
        "数量居全市第一；娄底经开区实际到位内资86.4亿元，增长15.2%，增速在全省省级及以上园区中排第6位；"
        "市发改委争取中央预算内投资和超长期特别国债资金19.6亿元，同比增长22.4%；娄星区社会消费品零售总额"
        "增长6.8%，增速居全市第一。",
    ),
    (
        "p",
        "黑榜：新化县市重点项目投资完成率53.3%，比全市低4.7个百分点，在县市区（园区）中排末位；"
        "涟源市规模以上工业增加值仅增长4.2%，低于全市2.9个百分点；市住房城乡建设局牵头的城镇老旧小区改造"
        "开工率为68.5%，落后全省平均12.3个百分点。上黑榜的单位须限期提交整改方案。",
    ),
    ("h", "四、奖惩措施"),
    (
        "p",
        "对上半年县市区（园区）排名前三的单位，分别给予50万元、30万元、20万元工作经费奖励；"
        "各组排名第一的市直单位予以通报表扬。对连续两个季度排名末位的单位，由市政府分管领导约谈。",
    ),
    ("h", "五、下步要求"),
    (
        "p",
        "下半年是完成全年目标任务的关键期。各县市区（园区）和市直各单位要对照考评指标查漏补缺，"
        "确保全市规模以上工业增加值全年增长7.5%以上、固定资产投资增长6%左右，力争市重点项目年度计划"
        "完成率达到106%。排名靠后的单位要拿出过硬措施，力争三季度实现进位。",
    ),
]

SIGN = ["娄底市争先创优活动领导小组办公室", "2025年7月25日", "（此件主动公开）"]

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


def block(parts: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for kind, text in parts:
        out += wrap(text) if kind == "p" else [text]
    return out


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    out += block(BODY)
    out += ["", TABLE_TITLE] + [row(r) for r in TABLE] + [""]
    out += block(TAIL)
    out += ["", *SIGN]
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
