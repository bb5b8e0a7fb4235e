"""Builds 03_kaifaqu_zhuyao_zhibiao.pdf with reportlab: the 市商务局's table of the parks' main indicators
for 1—3月 with a short analysis before it and notes after it. Text is set in the non-embedded CID font
STSong-Light, so the text layer is real, extractable Chinese; body lines wrap at about 38 characters (a
number is never split), the table is a drawn grid with one string per cell, each page has a footer.

``invariant=1`` fixes the creation date and document id, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl120 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "03_kaifaqu_zhuyao_zhibiao.pdf"
FONT = "STSong-Light"
WIDTH = 38
INDENT = "\u3000\u3000"
TOP, BOTTOM, LEFT, LEAD = 790, 80, 56, 17

HEAD = [
    ("title", "2024年1—3月全市开发区主要经济指标"),
    ("sub", "唐山市商务局（市开发区工作领导小组办公室）　　2024年4月18日"),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "现将2024年1—3月全市开发区（管理区）主要经济指标完成情况通报如下，请各开发区对照分析，查找差距，"
        "加快补齐短板。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "1—3月，全市开发区（管理区）坚持项目为王、产业立区，主要经济指标保持增长。开发区合计实现营业收入"
        "940.2亿元，同比增长6.1%，比1—2月加快0.8个百分点；完成固定资产投资131.8亿元，增长10.1%，高于全市"
        "固定资产投资增速3.2个百分点；实际利用外资6895万美元，增长14.7%。3月当月，"
        "开发区营业收入增长7.4%，比1—2月加快2.1个百分点。",
    ),
    (
        "p",
        "分行业看，开发区规模以上工业企业营业收入712.5亿元，占开发区营业收入的75.8%，规上工业增加值增长8.9%，"
        "高于全市1.3个百分点；限额以上批发零售和住宿餐饮企业营业收入141.4亿元，增长3.2%；规模以上服务业企业"
        "营业收入86.3亿元，增长9.6%。开发区进出口总额126.8亿元，增长13.4%，占全市进出口总额的44.3%；"
        "税收收入48.6亿元，增长3.7%。",
    ),
    (
        "p",
        "招商和项目方面，各开发区新签约项目43个，协议投资368.5亿元；新开工项目21个；新增高新技术企业18家，"
        "新入统“四上”企业27家。开发区在建亿元以上项目148个，一季度完成投资96.4亿元，占开发区固定资产投资的"
        "73.1%。",
    ),
    ("h", "二、各开发区情况"),
    (
        "p",
        "唐山高新区营业收入412.6亿元，增长8.4%，增速居各开发区第1位，高于开发区平均水平2.3个百分点；规上工业"
        "增加值增长11.2%；固定资产投资58.7亿元，增长12.6%；实际利用外资3860万美元，占开发区合计的56.0%。"
        "机器人及焊接装备产业营业收入增长21.3%。新签约项目15个、协议投资126.4亿元，新开工项目7个，新增高新技术"
        "企业11家。",
    ),
    (
        "p",
        "海港开发区营业收入356.3亿元，增长5.2%，受钢材价格下行影响，增速比上年同期回落4.1个百分点，其中港口"
        "物流企业营业收入增长7.9%；固定资产投资46.2亿元，增长9.8%；实际利用外资2415万美元。新签约项目13个、"
        "协议投资148.2亿元，新开工项目6个。",
    ),
    (
        "p",
        "芦台经济开发区营业收入98.4亿元，增长6.7%，其中食品加工企业营业收入增长9.4%；固定资产投资15.6亿元，"
        "增长14.3%，增速居各开发区第1位；实际利用外资620万美元。新签约项目8个、协议投资52.7亿元，新开工项目5个。",
    ),
    (
        "p",
        "汉沽管理区营业收入72.9亿元，下降1.8%；固定资产投资11.3亿元，下降4.6%，主要是上年同期有2个大项目"
        "集中入统、基数较高；一季度无外资到位。新签约项目7个、协议投资41.2亿元，新开工项目3个。3月末规上工业"
        "企业46家，比年初净增2家。",
    ),
    ("h", "三、需要关注的问题"),
    (
        "p",
        "一是发展不够均衡。唐山高新区、海港开发区营业收入合计占开发区的81.8%，芦台经济开发区、汉沽管理区体量"
        "偏小，带动能力不强。二是外资来源集中。唐山高新区实际利用外资中有2100万美元来自新能源装备合资项目，"
        "其他开发区外资项目储备不足。三是部分开发区投资增长乏力，汉沽管理区营业收入和投资双双下降。",
    ),
    ("h", "四、下步工作"),
    (
        "p",
        "二季度，各开发区要抓住项目集中开工和外贸订单回升的有利时机，力争上半年开发区营业收入突破1950亿元、"
        "增长7%以上，固定资产投资增长12%左右，确保全年实际利用外资达到3亿美元；二季度新签约项目不少于50个，新开工项目力争达到30个以上。随着钢材价格企稳，预计二季度"
        "海港开发区营业收入增速将回升至6%左右。汉沽管理区要加快储备项目转化，尽快扭转投资下降局面。",
    ),
]

TABLE_TITLE = "表　2024年1—3月开发区（管理区）主要经济指标"
TABLE = [
    [
        "开发区",
        "营业收入（亿元）",
        "增速（%）",
        "固定资产投资（亿元）",
        "增速（%）",
        "实际利用外资（万美元）",
    ],
    ["唐山高新区", "412.6", "8.4", "58.7", "12.6", "3860"],
    ["海港开发区", "356.3", "5.2", "46.2", "9.8", "2415"],
    ["芦台经济开发区", "98.4", "6.7", "15.6", "14.3", "620"],
    ["汉沽管理区", "72.9", "-1.8", "11.3", "-4.6", "—"],
    ["合计", "940.2", "6.1", "131.8", "10.1", "6895"],
]
COLS = [84, 80, 56, 100, 56, 108]
NOTES = [
    "注：1.营业收入为区内规模以上工业、限额以上批发零售和住宿餐饮、规模以上服务业企业营业收入合计。",
    "2.营业收入增速按现价计算，固定资产投资增速按可比口径计算。",
    "3.实际利用外资按商务部口径统计，“—”表示当期无外资到位。",
    "4.开发区数据按开发区管理范围统计，不含所在县（市、区）其他区域。",
    "资料来源：市统计局、市商务局。联系电话：0315-2793640",
]

NUMBER = re.compile(r"[0-9.%\-]")
DIGIT = re.compile(r"[0-9.]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, parted from its unit or from a 第 before it,
    and closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and (
            DIGIT.match(text[cut - 1])
            or text[cut - 1] == "第"
            or (NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]))
        ):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


class Page:
    """A canvas that starts a new page, with its footer, when the next line would not fit."""

    def __init__(self, path: Path) -> None:
        self.c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
        self.c.setTitle("2024年1—3月全市开发区主要经济指标")
        self.c.setAuthor("唐山市商务局")
        self.n, self.y = 1, TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.footer()
            self.c.showPage()
            self.n, self.y = self.n + 1, TOP

    def footer(self) -> None:
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(297, 40, f"— {self.n} —")

    def line(self, text: str, size: float = 11, centre: bool = False) -> None:
        self.need(LEAD)
        self.c.setFont(FONT, size)
        if centre:
            self.c.drawCentredString(297, self.y, text)
        else:
            self.c.drawString(LEFT, self.y, text)
        self.y -= LEAD

    def table(self, rows: list[list[str]], cols: list[int], height: float = 20) -> None:
        self.need(height * len(rows))
        self.c.setFont(FONT, 9)
        for row in rows:
            x = LEFT - 10
            for width, cell in zip(cols, row, strict=True):
                self.c.rect(x, self.y - 6, width, height)
                self.c.drawString(x + 4, self.y, cell)
                x += width
            self.y -= height

    def save(self) -> None:
        self.footer()
        self.c.save()


def build() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    page = Page(HERE / NAME)
    page.line(HEAD[0][1], size=16, centre=True)
    page.y -= 6
    page.line(HEAD[1][1], size=10, centre=True)
    page.y -= 6
    for kind, text in BODY:
        if kind == "h":
            page.line(text, size=12)
        else:
            for line in wrap(text):
                page.line(line)
    page.y -= 8
    page.line(TABLE_TITLE, size=11, centre=True)
    page.y -= 4
    page.table(TABLE, COLS)
    page.y -= 6
    for note in NOTES:
        page.line(note, size=9)
    page.save()
    print(f"wrote {NAME}: {page.n} pages")


if __name__ == "__main__":
    build()
