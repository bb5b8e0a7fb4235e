"""Builds 01_zhaoshang_tongbao.pdf with reportlab: a bulletin of the 广安市 招商引资 office for 1—7月 2025,
set in the non-embedded CID font STSong-Light, the body hard-wrapped at about 37 characters as a typeset
page's lines are (sentences run on across lines and pages), a running head and a page number on every
page, and one ruled table whose cells are drawn one by one.

reportlab's ``invariant=1`` fixes the dates and the document id, so every run writes the same bytes:

    PYTHONPATH=/tmp/rl136 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "01_zhaoshang_tongbao.pdf"
FONT = "STSong-Light"
SIZE = 11
LEAD = 17
WIDTH = 37
TOP, BOTTOM, LEFT = 780, 90, 62
INDENT = "\u3000\u3000"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

MAST = [
    ("招商引资工作通报", 20, 175),
    ("2025年第7期", 12, 255),
    ("广安市招商引资工作领导小组办公室　　　　　　　2025年8月12日", 11, 62),
]
TITLE = "关于2025年1—7月全市招商引资工作进展情况的通报"

BODY: list[tuple[str, str]] = [
    ("n", "各县（市、区）招商引资工作领导小组，广安经开区、川渝高竹新区管委会，市级有关部门："),
    ("p", "现将1—7月全市招商引资工作进展情况通报如下，请各地各部门对照目标，查漏补缺，加快推进。"),
    ("h", "一、总体进展"),
    (
        "p",
        "1—7月，全市新签约招商引资项目186个，协议投资1126.8亿元，同比分别增长12.7%和15.3%。"
        "其中7月当月新签约项目24个、协议投资138.2亿元，单月协议投资为今年以来最高。新签约亿元以上"
        "项目142个，协议投资1087.4亿元，占协议投资总额的96.5%；其中10亿元以上项目31个，50亿元以上"
        "重大项目3个。",
    ),
    (
        "p",
        "50亿元以上的3个重大项目中，7月签约的年产20万吨高端电子化学品项目协议投资58亿元，落户广安"
        "经开区；另有邻水县、岳池县各1个，协议投资合计121.5亿元。",
    ),
    (
        "p",
        "项目落地方面，全市新开工招商项目97个，计划总投资438.6亿元，其中亿元以上项目68个；新投产项目"
        "54个，达产后预计新增年产值186.4亿元。上年签约项目116个，目前已有84个开工，开工率72.4%，"
        "比上半年提高4.3个百分点。",
    ),
    (
        "p",
        "资金到位方面，全市实现省外到位资金496.3亿元，增长9.8%，增速高于全省1.6个百分点；完成年度"
        "目标800亿元的62.0%，超过时序进度3.7个百分点。其中7月到位资金71.9亿元。到位资金总量居全省"
        "第6位、川东北经济区第2位。分产业看，第二产业到位资金318.7亿元，占全市的64.2%。",
    ),
    ("h", "二、分地区进展"),
    ("p", "各县（市、区）和园区主要指标见表1。"),
    ("t", ""),
    (
        "p",
        "从签约情况看，邻水县新签约项目和协议投资均居全市第一，岳池县新签约项目个数居全市第二。"
        "从资金到位看，年度目标完成率最高的是邻水县，其次是川渝高竹新区和广安经开区；华蓥市完成率"
        "57.4%，落后时序进度0.9个百分点，是唯一未达到时序进度的地区。",
    ),
    ("h", "三、川渝合作项目"),
    (
        "p",
        "1—7月，全市新签约川渝合作项目38个，协议投资247.5亿元，占全市协议投资的22.0%；其中与重庆"
        "企业签约项目29个、协议投资186.2亿元。川渝合作项目新开工14个，计划总投资96.3亿元。"
        "川渝高竹新区新签约项目12个，协议投资74.6亿元，同比增长21.4%，新落户汽车零部件和智能装备企业"
        "9家；截至7月末，新区入驻企业达到208家。全市与重庆两江新区、渝北区等地联合举办招商推介活动"
        "6场。",
    ),
    ("h", "四、主导产业招商"),
    (
        "p",
        "电子信息、装备制造、先进材料、绿色食品四大主导产业分别新签约项目36个、41个、29个、25个，"
        "合计131个，占新签约项目总数的70.4%。先进材料产业协议投资同比增长46.2%，增速居四大产业之首。",
    ),
    ("h", "五、存在的问题"),
    (
        "p",
        "一是签约项目转化不够快，签约满6个月仍未开工的项目还有19个，涉及协议投资87.3亿元。二是项目"
        "平均规模偏小，新签约项目平均协议投资6.1亿元，10亿元以上项目仅占新签约项目的16.7%。三是"
        "地区之间不平衡，前锋区、华蓥市协议投资均不足130亿元，项目储备有待充实。",
    ),
    ("h", "六、下步工作"),
    (
        "p",
        "8月份新签约项目力争达到25个以上，协议投资150亿元以上；确保前三季度省外到位资金达到620亿元，"
        "全年新签约项目300个以上、协议投资1800亿元以上。各县（市、区）和园区8月至少举办1场专题招商活动。各地要对签约未开工项目逐个建立台账，"
        "每月10日前将进展报送市招商引资工作领导小组办公室。",
    ),
]

TABLE_TITLE = "表1　1—7月各县（市、区）、园区招商引资主要指标"
TABLE = [
    [
        "单位",
        "新签约项目（个）",
        "协议投资（亿元）",
        "新开工项目（个）",
        "新投产项目（个）",
        "省外到位资金（亿元）",
        "目标完成率（%）",
    ],
    ["广安区", "27", "148.6", "14", "8", "68.2", "62.0"],
    ["前锋区", "21", "126.4", "11", "6", "52.7", "59.9"],
    ["岳池县", "30", "162.3", "15", "9", "74.5", "62.1"],
    ["武胜县", "26", "138.9", "13", "7", "63.8", "61.3"],
    ["邻水县", "32", "205.7", "16", "10", "88.6", "65.1"],
    ["华蓥市", "22", "117.5", "12", "6", "56.3", "57.4"],
    ["广安经开区", "16", "152.8", "9", "5", "58.4", "63.5"],
    ["川渝高竹新区", "12", "74.6", "7", "3", "33.8", "65.0"],
    ["合计", "186", "1126.8", "97", "54", "496.3", "62.0"],
]
COLS = [78, 66, 66, 66, 66, 72, 64]
TABLE_NOTE = "注：目标完成率为省外到位资金占年度目标的比重，时序进度按58.3%计。"

TAIL = [
    "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
    "广安市招商引资工作领导小组办公室　　　　2025年8月12日印发",
    "联系人：罗嘉禾　　联系电话：0826-2358617　　（共印45份）",
]

NUMBER = re.compile(r"[0-9.%—]")
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


class Pages:
    """A canvas that starts a new page (running head, page number) when the current one is full."""

    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
        self.c.setTitle(TITLE)
        self.c.setAuthor("广安市招商引资工作领导小组办公室")
        self.page = 1
        self.y = TOP
        self.c.setFont(FONT, SIZE)

    def foot(self) -> None:
        self.c.setFont(FONT, 10)
        self.c.drawCentredString(297, 50, f"— {self.page} —")

    def new_page(self) -> None:
        self.foot()
        self.c.showPage()
        self.page += 1
        self.c.setFont(FONT, 9)
        self.c.drawString(LEFT, 808, "招商引资工作通报　2025年第7期")
        self.c.line(LEFT, 802, 533, 802)
        self.c.setFont(FONT, SIZE)
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def line(self, text: str, size: int = SIZE, x: float = LEFT) -> None:
        self.need(LEAD)
        self.c.setFont(FONT, size)
        self.c.drawString(x, self.y, text)
        self.y -= LEAD

    def table(self) -> None:
        row_h = 30
        self.need(LEAD + row_h * len(TABLE) + LEAD)
        self.line(TABLE_TITLE, x=LEFT + 60)
        top = self.y + 4
        for i, row in enumerate(TABLE):
            x = LEFT - 20
            for j, cell in enumerate(row):
                w = COLS[j]
                self.c.rect(x, top - row_h * (i + 1), w, row_h)
                size = 8 if i == 0 else 10
                self.c.setFont(FONT, size)
                if i == 0 and len(cell) > 5:
                    half = cell.index("（")
                    self.c.drawCentredString(x + w / 2, top - row_h * i - 13, cell[:half])
                    self.c.drawCentredString(x + w / 2, top - row_h * i - 24, cell[half:])
                else:
                    self.c.drawCentredString(x + w / 2, top - row_h * i - 19, cell)
                x += w
        self.y = top - row_h * len(TABLE) - LEAD
        self.c.setFont(FONT, 9)
        self.c.drawString(LEFT - 20, self.y, TABLE_NOTE)
        self.y -= LEAD


def build() -> int:
    pg = Pages(HERE / NAME)
    for text, size, x in MAST:
        pg.c.setFont(FONT, size)
        pg.c.drawString(x, pg.y, text)
        pg.y -= size + 12
    pg.c.setStrokeColorRGB(0.8, 0, 0)
    pg.c.line(LEFT, pg.y + 8, 533, pg.y + 8)
    pg.c.setStrokeColorRGB(0, 0, 0)
    pg.y -= 14
    pg.line(TITLE, size=13, x=LEFT + 30)
    pg.y -= 6
    for kind, text in BODY:
        if kind == "t":
            pg.table()
        elif kind == "h":
            pg.line(INDENT + text)
        else:
            for ln in wrap(text, first="" if kind == "n" else INDENT):
                pg.line(ln)
    pg.y -= LEAD
    for ln in TAIL:
        pg.line(ln, size=10)
    pg.foot()
    pg.c.showPage()
    pg.c.save()
    return pg.page


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
