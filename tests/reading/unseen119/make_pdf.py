"""Builds 01_tongji_yuebao.pdf, the 眉山 statistics monthly for August 2025, with reportlab: a text layer
in the non-embedded Adobe font STSong-Light, the body wrapped at a fixed width as a typeset page's lines
are (so sentences run on across lines and pages), two ruled tables whose rows are single text lines with
the cells placed in columns, and a page number at each page's foot.

``invariant=1`` and fixed document properties make every run write the same bytes:

    PYTHONPATH=/tmp/rl119 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "01_tongji_yuebao.pdf"
FONT = "STSong-Light"
WIDTH = 44  # characters in a body line
LEFT, TOP, BOTTOM = 56, 786, 72
LEAD = 16
INDENT = "\u3000\u3000"

HEAD = [
    ("title", "眉山统计月报"),
    ("c", "2025年第8期"),
    ("c", "眉山市统计局编　　　　　　　　　　　　　　　2025年9月16日"),
]

TABLE1 = [
    ["指标", "单位", "8月", "1—8月", "同比增长（%）", "全省位次"],
    ["规模以上工业增加值", "亿元", "—", "—", "9.2", "3"],
    ["规模以上工业总产值", "亿元", "238.64", "1786.52", "10.5", "—"],
    ["全社会用电量", "亿千瓦时", "16.82", "124.63", "12.8", "—"],
    ["　#工业用电量", "亿千瓦时", "11.94", "86.51", "14.2", "—"],
    ["固定资产投资", "亿元", "—", "—", "7.8", "4"],
    ["　#工业投资", "亿元", "—", "—", "18.6", "—"],
    ["　 民间投资", "亿元", "—", "—", "-2.4", "—"],
    ["房地产开发投资", "亿元", "14.07", "112.36", "-9.8", "—"],
    ["社会消费品零售总额", "亿元", "62.14", "486.37", "5.1", "6"],
    ["一般公共预算收入", "亿元", "10.87", "98.46", "6.3", "5"],
    ["　#税收收入", "亿元", "7.52", "67.25", "4.9", "—"],
    ["一般公共预算支出", "亿元", "27.65", "236.80", "3.4", "—"],
    ["进出口总额", "亿元", "22.36", "168.42", "24.7", "5"],
    ["　#出口", "亿元", "16.18", "121.35", "31.2", "—"],
    ["金融机构本外币存款余额", "亿元", "3186.5", "—", "8.2", "—"],
    ["金融机构本外币贷款余额", "亿元", "2847.3", "—", "11.6", "—"],
    ["居民消费价格涨幅", "%", "0.4", "0.3", "—", "—"],
]
COLS1 = [0, 150, 210, 275, 345, 430]

TABLE2 = [
    ["地区", "规上工业增加值", "固定资产投资", "社会消费品零售总额"],
    ["全市", "9.2", "7.8", "5.1"],
    ["东坡区", "10.1", "8.6", "5.4"],
    ["彭山区", "11.3", "6.2", "4.7"],
    ["仁寿县", "8.4", "9.5", "5.3"],
    ["洪雅县", "6.7", "5.1", "4.6"],
    ["丹棱县", "7.9", "-3.6", "4.9"],
    ["青神县", "9.8", "10.4", "5.0"],
]
COLS2 = [0, 110, 230, 340]

BODY: list[tuple] = [
    ("h", "一、全市主要经济指标"),
    ("caption", "表1　2025年8月眉山市主要经济指标"),
    ("table", TABLE1, COLS1),
    (
        "note",
        "注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位；固定资产投资统计范围为"
        "计划总投资500万元及以上的项目。2.“全省位次”为1—8月增速在全省各市（州）中的位次。3.存贷款“8月”栏为"
        "8月末余额，增速为8月末同比增速。4.居民消费价格“8月”“1—8月”栏为同比涨幅。5.部分指标为快报数，"
        "以年报为准。",
    ),
    ("h", "二、经济运行简析"),
    (
        "p",
        "（一）工业生产稳中加快。1—8月，全市规模以上工业增加值同比增长9.2%，比1—7月加快0.3个百分点，"
        "高于全省1.5个百分点，增速居全省第3位。8月当月增长10.4%，为今年以来单月最高。全市规上工业总产值"
        "1786.52亿元，增长10.5%；27个行业大类增加值实现增长，增长面为69.2%。分产业看，锂电、晶硅光伏产业"
        "产值分别增长28.4%、35.7%，两大产业合计实现产值798.8亿元，占全市规上工业总产值的44.7%，比上年同期"
        "提高7.2个百分点。8月末，全市规上工业企业1012家，比年初净增58家。全社会用电量124.63亿千瓦时，"
        "增长12.8%；其中工业用电量86.51亿千瓦时，增长14.2%，占全社会用电量的69.4%。",
    ),
    (
        "p",
        "（二）投资结构持续优化。1—8月，全市固定资产投资增长7.8%，高于全省4.2个百分点，增速居全省第4位。"
        "其中，工业投资增长18.6%，高于全部投资10.8个百分点；民间投资下降2.4%，降幅比1—7月收窄0.8个百分点。"
        "计划总投资亿元以上在建项目418个，完成投资增长12.6%。房地产开发投资112.36亿元，下降9.8%；"
        "商品房销售面积186.7万平方米，下降6.3%。",
    ),
    (
        "p",
        "（三）消费市场温和回升。1—8月，全市社会消费品零售总额486.37亿元，增长5.1%，增速居全省第6位。"
        "按经营单位所在地分，城镇消费品零售额381.52亿元，增长4.9%；乡村消费品零售额104.85亿元，增长5.8%，"
        "增速比城镇快0.9个百分点。8月当月实现社会消费品零售总额62.14亿元，增长5.6%，比7月加快0.7个百分点。"
        "以旧换新政策带动明显，限额以上单位新能源汽车零售额增长43.6%，家用电器和音像器材类零售额增长27.9%。",
    ),
    (
        "p",
        "（四）财政金融运行平稳。1—8月，全市一般公共预算收入98.46亿元，增长6.3%，增速居全省第5位；"
        "其中税收收入67.25亿元，增长4.9%，税收占比68.3%。一般公共预算支出236.80亿元，增长3.4%。8月末，"
        "全市金融机构本外币各项存款余额3186.5亿元，同比增长8.2%；各项贷款余额2847.3亿元，同比增长11.6%，"
        "比年初增加236.4亿元，贷款增速高于存款增速3.4个百分点。",
    ),
    (
        "p",
        "（五）外贸保持快速增长。1—8月，全市进出口总额168.42亿元，增长24.7%，增速居全省第5位。其中，出口"
        "121.35亿元，增长31.2%；进口47.07亿元，增长10.6%。锂电池、光伏产品合计出口58.6亿元，占出口总额的"
        "48.3%，成为拉动外贸增长的主力。",
    ),
    (
        "p",
        "（六）物价温和上涨。1—8月，全市居民消费价格同比上涨0.3%，其中8月上涨0.4%。食品价格下降1.2%，"
        "服务价格上涨0.9%。",
    ),
    ("h", "三、分区县主要指标"),
    ("caption", "表2　2025年1—8月各区县主要指标增速（%）"),
    ("table", TABLE2, COLS2),
    (
        "p",
        "规上工业增加值增速彭山区居全市第一，东坡区、青神县分居第二、第三位；洪雅县增长6.7%，低于全市"
        "2.5个百分点。固定资产投资增速青神县居全市第一，丹棱县下降3.6%，降幅比1—7月收窄1.9个百分点。"
        "社会消费品零售总额增速东坡区居全市第一，洪雅县增速最低。",
    ),
    ("p", "编辑：市统计局综合科　　审核：何静怡　　联系电话：028-38103526"),
]

NUMBER = re.compile(r"[0-9.%\-—]")
NO_LINE_START = set("，。；、：）％%”")
NO_LINE_END = set("“（")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
            cut -= 1
        while cut > 0 and text[cut - 1] in NO_LINE_END:
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


class Writer:
    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle("眉山统计月报2025年第8期")
        self.c.setAuthor("眉山市统计局")
        self.c.setCreator("眉山市统计局")
        self.c.setSubject("2025年8月统计月报")
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
        self.c.drawCentredString(A4[0] / 2, 40, f"— {self.page} —")

    def line(self, text: str, size: float = 10.5, x: float = LEFT, centre: bool = False) -> None:
        self.need(LEAD)
        self.c.setFont(FONT, size)
        if centre:
            self.c.drawCentredString(A4[0] / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.y -= LEAD

    def table(self, rows: list[list[str]], cols: list[int]) -> None:
        right = LEFT + 483
        for i, row in enumerate(rows):
            self.need(15)
            self.c.setLineWidth(0.8 if i in (0, 1) else 0.3)
            self.c.line(LEFT, self.y + 11, right, self.y + 11)
            t = self.c.beginText(LEFT + 2, self.y)
            t.setFont(FONT, 9.5)
            for x, cell in zip(cols, row, strict=True):
                t.setTextOrigin(LEFT + 2 + x, self.y)
                t.textOut(cell)
            self.c.drawText(t)
            self.y -= 15
        self.c.setLineWidth(0.8)
        self.c.line(LEFT, self.y + 11, right, self.y + 11)
        self.y -= 6

    def save(self) -> None:
        self.foot()
        self.c.save()


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w = Writer(HERE / NAME)
    for kind, text in HEAD:
        if kind == "title":
            w.line(text, size=20, centre=True)
            w.y -= 10
        else:
            w.line(text, size=10.5, centre=True)
    w.y -= 8
    for item in BODY:
        kind = item[0]
        if kind == "h":
            w.y -= 4
            w.line(item[1], size=12)
        elif kind == "caption":
            w.line(item[1], size=10.5, centre=True)
        elif kind == "table":
            w.table(item[1], item[2])
        elif kind == "note":
            for text in wrap(item[1], first=""):
                w.line(text, size=9)
        else:
            for text in wrap(item[1]):
                w.line(text)
    w.save()
    return w.page


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
