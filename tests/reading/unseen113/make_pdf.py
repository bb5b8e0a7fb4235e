"""Builds 04_niandu_mubiao_yuji.pdf with reportlab: an A4 report set in the non-embedded CID font
STSong-Light, the prose wrapped at about 40 characters a line as a typeset page is (so sentences run on across
lines and across the page break), a page number at each foot, and the summary table drawn cell by cell on one
text line per row. ``invariant=1`` fixes the creation date and document id, so each run writes the same bytes.

reportlab is not a project dependency; it was installed with ``pip install --target /tmp/rl113 reportlab``:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl113")

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_niandu_mubiao_yuji.pdf"
FONT = "STSong-Light"
WIDTH = 40
LEFT, TOP, BOTTOM = 56, 786, 70
LEADING = 17
INDENT = "\u3000\u3000"

HEAD = [
    ("title", "2023年全市主要经济指标目标完成情况及全年预计"),
    ("sub", "安顺市发展和改革委员会　　2023年12月20日"),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，全市认真落实稳增长一揽子政策措施，经济运行总体平稳。根据1—11月统计快报和各部门监测数据，"
        "现将市政府工作报告确定的主要经济指标年度目标完成情况及全年预计报告如下。",
    ),
    ("h", "一、总体判断"),
    (
        "p",
        "纳入监测的12项主要指标中，预计全年完成或超额完成的有8项，接近目标的有2项（规上工业增加值、城镇常住居民"
        "人均可支配收入），与目标差距较大的有2项（地区生产总值、固定资产投资）。",
    ),
    ("h", "二、分指标情况"),
    (
        "p",
        "（一）地区生产总值。年度目标为增长6.5%左右。前三季度全市地区生产总值812.46亿元，同比增长5.3%，"
        "高于全省0.9个百分点，增速居全省第3位。其中，第一产业实现增加值128.37亿元、增长4.1%，第二产业实现"
        "增加值254.62亿元、增长5.8%，第三产业实现增加值429.47亿元、增长5.4%。综合工业、投资、消费等指标走势测算，预计全年增长5.6%左右，"
        "低于年度目标0.9个百分点。",
    ),
    (
        "p",
        "（二）规模以上工业增加值。年度目标为增长8%。1—11月增长7.6%，居全省第2位。12月电力、装备制造企业"
        "订单较足，预计全年增长7.8%左右，比目标低0.2个百分点，基本接近目标。",
    ),
    (
        "p",
        "（三）固定资产投资。年度目标为增长3%。1—11月下降2.4%，比全省高3.5个百分点，房地产开发投资下降18.6%"
        "仍是主要拖累因素。预计全年下降2%左右，低于目标5个百分点。",
    ),
    (
        "p",
        "（四）社会消费品零售总额。年度目标为增长6.5%。1—11月实现251.38亿元，增长6.4%。12月叠加元旦、春节"
        "备货，预计全年实现社会消费品零售总额276亿元左右，增长6.5%，可完成年度目标。",
    ),
    (
        "p",
        "（五）一般公共预算收入。年初预算60.2亿元、增长6%。1—11月完成56.83亿元，增长9.7%，完成年度预算的"
        "94.4%。预计全年完成61.3亿元左右，增长8%左右，高于年度目标2个百分点。",
    ),
    (
        "p",
        "（六）城乡居民收入。年度目标为城镇常住居民人均可支配收入增长5%，农村的目标为增长7.5%。"
        "前三季度，两项收入分别为30468元、11236元，分别增长4.3%、7.6%；预计全年分别增长4.8%左右、7.8%左右。",
    ),
    (
        "p",
        "（七）居民消费价格。控制目标为上涨3%左右。1—11月上涨0.1%，预计全年上涨0.2%左右，控制在目标以内。",
    ),
    (
        "p",
        "（八）城镇新增就业。年度目标3.2万人。1—11月新增3.46万人，完成年度目标的108.1%，预计全年新增3.65万人。",
    ),
    (
        "p",
        "（九）产业招商到位资金。年度目标420亿元。1—11月到位398.76亿元，完成94.9%，距年度目标还差21.24亿元。"
        "按12月已确认入账的项目资金测算，预计全年到位432亿元，完成年度目标的102.9%。",
    ),
    (
        "p",
        "（十）接待游客。年度目标6200万人次。1—11月接待5836.2万人次，完成94.1%。12月进入冬季旅游淡季，"
        "预计全年接待游客6300万人次以上，旅游总花费680亿元左右。",
    ),
    (
        "p",
        "（十一）重点项目完成投资。年度计划486.5亿元。1—11月完成461.3亿元，完成94.8%。预计全年完成500亿元"
        "左右，完成年度计划的102.8%。",
    ),
    ("h", "三、需要关注的问题"),
    (
        "p",
        "一是地区生产总值、固定资产投资与目标差距较大，12月难以扭转。二是房地产市场仍在调整，商品房销售面积"
        "下降12.4%。三是工业企业培育不及预期，全年新增入规企业目标45家，1—11月新入规36家，扣除退库9家后"
        "净增27家。",
    ),
    ("h", "四、12月工作建议"),
    (
        "p",
        "力争12月规上工业增加值增长10%以上；确保固定资产投资全年降幅收窄至2%以内；确保社会消费品零售总额"
        "增长6.5%的目标如期完成；抓好一般公共预算收入均衡入库，防止年底突击征收。",
    ),
]

TABLE_TITLE = "附表　2023年主要经济指标年度目标完成情况及全年预计"
TABLE_X = [LEFT, 212, 246, 296, 376, 436]
TABLE = [
    ["指标", "单位", "年度目标", "1—11月", "全年预计", "预计比目标"],
    ["地区生产总值增速", "%", "6.5左右", "5.3（前三季度）", "5.6", "-0.9"],
    ["规上工业增加值增速", "%", "8", "7.6", "7.8", "-0.2"],
    ["固定资产投资增速", "%", "3", "-2.4", "-2", "-5"],
    ["社会消费品零售总额增速", "%", "6.5", "6.4", "6.5", "0"],
    ["一般公共预算收入增速", "%", "6", "9.7", "8", "2"],
    ["城镇居民人均可支配收入增速", "%", "5", "4.3（前三季度）", "4.8", "-0.2"],
    ["农村居民人均可支配收入增速", "%", "7.5", "7.6（前三季度）", "7.8", "0.3"],
    ["居民消费价格涨幅", "%", "3左右", "0.1", "0.2", "—"],
    ["城镇新增就业", "万人", "3.2", "3.46", "3.65", "0.45"],
    ["产业招商到位资金", "亿元", "420", "398.76", "432", "12"],
    ["接待游客", "万人次", "6200", "5836.2", "6300", "100"],
    ["重点项目完成投资", "亿元", "486.5", "461.3", "500", "13.5"],
]
NOTE = "注：“预计比目标”一列，增速指标为百分点，总量指标为绝对量。"

NUMBER = re.compile(r"[0-9.%\-]")
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


class Pages:
    """A canvas with a cursor that starts a new page (and numbers the old one) when the foot is reached."""

    def __init__(self, path: Path) -> None:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        self.c = canvas.Canvas(str(path), invariant=1)
        self.c.setTitle("2023年全市主要经济指标目标完成情况及全年预计")
        self.c.setAuthor("安顺市发展和改革委员会")
        self.c.setCreator("安顺市发展和改革委员会")
        self.page = 1
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.foot()
            self.c.showPage()
            self.page += 1
            self.y = TOP

    def foot(self) -> None:
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(297.5, 40, f"— {self.page} —")

    def line(self, text: str, size: float = 11, centred: bool = False) -> None:
        self.need(LEADING)
        self.c.setFont(FONT, size)
        if centred:
            self.c.drawCentredString(297.5, self.y, text)
        else:
            self.c.drawString(LEFT, self.y, text)
        self.y -= LEADING if size <= 11 else LEADING + 8

    def row(self, cells: list[str]) -> None:
        self.need(15)
        t = self.c.beginText(LEFT, self.y)
        t.setFont(FONT, 9)
        prev = LEFT
        for x, cell in zip(TABLE_X, cells, strict=True):
            if x != prev:
                t.moveCursor(x - prev, 0)
                prev = x
            t.textOut(cell)
        self.c.drawText(t)
        self.y -= 15

    def close(self) -> None:
        self.foot()
        self.c.showPage()
        self.c.save()


def build(path: Path) -> int:
    pages = Pages(path)
    for kind, text in HEAD:
        pages.line(text, size=15 if kind == "title" else 11, centred=True)
    pages.y -= 6
    for kind, text in BODY:
        if kind == "h":
            pages.line(text)
        else:
            for line in wrap(text):
                pages.line(line)
    pages.y -= 8
    pages.need(15 * (len(TABLE) + 2))
    pages.line(TABLE_TITLE, size=10)
    for cells in TABLE:
        pages.row(cells)
    pages.line(NOTE, size=9)
    pages.close()
    return pages.page


if __name__ == "__main__":
    n = build(HERE / NAME)
    print(f"wrote {NAME}: {n} pages")
