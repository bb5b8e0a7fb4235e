"""Builds 03_zhongdian_xiangmu_niandu.pdf with reportlab: the city development and reform bureau's
notice on how the 2023 key projects ended the year. Text in the non-embedded CID font STSong-Light,
the body wrapped to the measured line width (a number stays on one line with its unit, closing
punctuation never starts a line), a page number at each page's foot, and two ruled tables whose cells
are drawn one by one.

reportlab is not a project dependency: install it beside the checkout and run

    pip install --target /tmp/rl117 reportlab
    PYTHONPATH=/tmp/rl117 /work/main/.venv/bin/python make_pdf.py

The canvas is invariant (no clock, a fixed document id) and its dates are fixed at CREATED, so each run
writes the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "03_zhongdian_xiangmu_niandu.pdf"
FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 40.0, 40.0, 60.0, 70.0
SIZE, LEADING = 10.5, 17.0
INDENT = "\u3000\u3000"
CREATED = "D:20240110090000+08'00'"  # creation and modification date written into the file

HEAD = [
    ("title", "茂名市发展和改革局"),
    ("title", "关于2023年全市重点项目建设完成情况的通报"),
    ("center", "茂发改重点〔2024〕5号"),
    ("blank", ""),
    ("plain", "各区、县级市人民政府，茂名高新区、滨海新区、水东湾新城管委会，市直有关单位："),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "2023年，各地各有关单位围绕“大抓产业、大抓项目”的工作要求，压实项目建设责任，"
        "强化要素保障和跟踪调度，全市重点项目建设总体进展顺利。经汇总各地各单位报送和现场核查情况，"
        "现将全年完成情况通报如下。",
    ),
    ("h", "一、总体完成情况"),
    (
        "p",
        "2023年全市共安排市重点项目326个，总投资4862.5亿元，年度计划投资780.0亿元。全年累计完成投资"
        "826.7亿元，完成年度计划的106.0%，超过时序进度6.0个百分点，完成率比上年提高4.2个百分点。"
        "1—11月累计完成734.0亿元，完成率为94.1%；12月当月完成投资92.7亿元，为全年单月最高。",
    ),
    (
        "p",
        "分级别看，62个省重点项目年度计划投资412.6亿元，全年完成458.3亿元，完成率111.1%，"
        "高于全省平均水平3.6个百分点，居全省第5位；其余264个市重点项目年度计划投资367.4亿元，"
        "完成368.4亿元，完成率100.3%。",
    ),
    (
        "p",
        "分类型看，产业项目152个，完成投资412.5亿元，占全部完成投资的49.9%，比重比上年提高3.1个百分点；"
        "基础设施项目118个，完成投资318.6亿元；社会民生项目56个，完成投资95.6亿元。"
        "全年计划新开工项目98个，全部实现开工，开工率100%，新开工项目总投资1126.3亿元；"
        "竣工或部分竣工投产项目47个。全年完成投资超过10亿元的项目有21个。",
    ),
    ("h", "二、分地区完成情况"),
    (
        "p",
        "从各地看，除信宜市和水东湾新城外，其余各地均完成年度计划（详见表1）。滨海新区完成投资181.5亿元，"
        "占全市的22.0%，完成率110.0%，居各地第一；高州市、市直部门完成率分别为107.6%和108.4%。"
        "信宜市、水东湾新城完成率分别为97.2%、95.0%，分别差1.6亿元和1.2亿元未完成年度计划。",
    ),
]

TABLE1_TITLE = "表1　2023年各地市重点项目完成情况"
TABLE1 = [
    ["地区", "项目数（个）", "年度计划（亿元）", "全年完成（亿元）", "完成率（%）"],
    ["茂南区", "42", "96.5", "101.2", "104.9"],
    ["电白区", "48", "92.0", "97.3", "105.8"],
    ["高州市", "45", "78.0", "83.9", "107.6"],
    ["化州市", "41", "72.5", "75.1", "103.6"],
    ["信宜市", "36", "58.0", "56.4", "97.2"],
    ["茂名高新区", "24", "88.0", "93.6", "106.4"],
    ["滨海新区", "30", "165.0", "181.5", "110.0"],
    ["水东湾新城", "12", "24.0", "22.8", "95.0"],
    ["市直部门", "48", "106.0", "114.9", "108.4"],
    ["合计", "326", "780.0", "826.7", "106.0"],
]
TABLE1_WIDTHS = [110, 95, 105, 105, 90]

BODY2: list[tuple[str, str]] = [
    ("h", "三、重点督办项目推进情况"),
    (
        "p",
        "列入市级重点督办的8个项目全年完成投资134.0亿元，其中6个完成或超额完成年度计划（详见表2）。"
        "茂名高新区年产30万吨高性能聚丙烯项目受设备到货延迟影响，完成率为88.0%；高州市荔枝冷链物流及"
        "精深加工中心项目因冷库用地调整，完成率为88.6%。",
    ),
]

TABLE2_TITLE = "表2　2023年市级重点督办项目完成情况"
TABLE2 = [
    [
        "序号",
        "项目名称",
        "建设单位",
        "总投资\n（亿元）",
        "年度计划\n（亿元）",
        "全年完成\n（亿元）",
        "完成率\n（%）",
    ],
    [
        "1",
        "滨海新区年产80万吨乙烯及下游深加工一体化项目",
        "广东茂源石化有限公司",
        "386.0",
        "62.0",
        "68.4",
        "110.3",
    ],
    ["2", "茂名港博贺港区东区3号至5号通用泊位工程", "茂名博贺港务有限公司", "42.6", "12.0", "12.9", "107.5"],
    ["3", "茂名高新区年产30万吨高性能聚丙烯项目", "广东粤茂新材料有限公司", "58.5", "15.0", "13.2", "88.0"],
    ["4", "高州至信宜快速路工程", "茂名市交通建设投资有限公司", "96.8", "18.0", "19.4", "107.8"],
    ["5", "化州市化橘红产业园（二期）项目", "化州市橘红产业发展有限公司", "12.4", "4.0", "4.3", "107.5"],
    ["6", "高州市荔枝冷链物流及精深加工中心项目", "高州市荔乡农业发展有限公司", "9.6", "3.5", "3.1", "88.6"],
    ["7", "电白区年产10万吨预制菜加工基地项目", "广东电城食品有限公司", "15.2", "5.0", "5.6", "112.0"],
    ["8", "茂名市第三人民医院滨海院区项目", "茂名市第三人民医院", "28.5", "6.5", "7.1", "109.2"],
]
TABLE2_WIDTHS = [24, 186, 118, 46, 46, 46, 44]

BODY3: list[tuple[str, str]] = [
    ("h", "四、存在的主要问题"),
    (
        "p",
        "一是项目进度不够均衡，全年完成率不足80%的项目仍有14个，主要集中在信宜市和水东湾新城。"
        "二是产业项目中民间投资项目偏少，民间投资项目完成投资仅占全部完成投资的28.4%。"
        "三是要素保障压力较大，全年重点项目新增用地需求约1.2万亩，实际供地约8600亩。",
    ),
    ("h", "五、2024年工作安排"),
    (
        "p",
        "2024年全市拟安排市重点项目350个左右，年度计划投资850亿元以上，其中省重点项目计划投资不少于"
        "460亿元。各地要力争一季度完成年度计划的20%以上、上半年完成50%以上，确保计划新开工项目开工率"
        "达到95%以上。据各地报送的开工和投资计划测算，2024年一季度全市重点项目完成投资有望达到175亿元左右。"
        "对完成率连续两个季度低于时序进度的地区，由市重点项目建设领导小组办公室约谈提醒。",
    ),
    ("p", "附件：1.2023年各地市重点项目完成情况表（见表1）　2.2023年市级重点督办项目完成情况表（见表2）"),
]

TAIL = [
    ("right", "茂名市发展和改革局"),
    ("right", "2024年1月10日"),
    ("blank", ""),
    ("plain", "（联系人：陈慧敏，电话：0668-2298716）"),
]

TOKEN = re.compile(r"[0-9][0-9.]*(?:个百分点|[万亿]?[元吨亩个家]|%)?")
NO_LINE_START = set("，。；、：）％%”")


def width(text: str, size: float = SIZE) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines that fit the text width; a number and its unit stay on one line, closing punctuation never
    starts a line."""
    room = PAGE_W - LEFT - RIGHT
    text = first + text
    lines = []
    while width(text) > room:
        cut = 1
        while cut < len(text) and width(text[: cut + 1]) <= room:
            cut += 1
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut -= 1
        for m in TOKEN.finditer(text):
            if m.start() < cut < m.end():
                cut = m.start()
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


class Writer:
    """Lays lines and tables down the pages, starting a new page when the next item does not fit."""

    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
        self.c.setTitle("关于2023年全市重点项目建设完成情况的通报")
        self.c.setAuthor("茂名市发展和改革局")
        self.c.setCreator("茂名市发展和改革局")
        self.c.setDateFormatter(lambda *_: CREATED)
        self.page = 1
        self.y = PAGE_H - TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.foot()
            self.c.showPage()
            self.page += 1
            self.y = PAGE_H - TOP

    def foot(self) -> None:
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(PAGE_W / 2, 40, f"— {self.page} —")

    def line(self, text: str, how: str = "plain", size: float = SIZE) -> None:
        self.need(LEADING)
        self.c.setFont(FONT, size)
        if how == "center":
            self.c.drawCentredString(PAGE_W / 2, self.y, text)
        elif how == "right":
            self.c.drawRightString(PAGE_W - RIGHT - 20, self.y, text)
        elif text:
            self.c.drawString(LEFT, self.y, text)
        self.y -= LEADING

    def items(self, items: list[tuple[str, str]]) -> None:
        for kind, text in items:
            if kind == "title":
                self.line(text, "center", 15)
            elif kind == "p":
                for piece in wrap(text):
                    self.line(piece)
            elif kind == "h":
                self.line(text)
            elif kind == "blank":
                self.line("")
            else:
                self.line(text, kind)

    def table(self, title: str, rows: list[list[str]], widths: list[int]) -> None:
        size, pad = 8.0, 3.0
        heights = [max(cell.count("\n") + 1 for cell in row) * 11.0 + 6.0 for row in rows]
        self.need(LEADING + sum(heights[:3]))
        self.line(title, "center", 10)
        x0 = (PAGE_W - sum(widths)) / 2
        for row, h in zip(rows, heights, strict=True):
            self.need(h)
            top = self.y + LEADING - 13
            x = x0
            self.c.setFont(FONT, size)
            for cell, w in zip(row, widths, strict=True):
                self.c.rect(x, top - h, w, h)
                for k, part in enumerate(cell.split("\n")):
                    self.c.drawString(x + pad, top - 11.0 * (k + 1), part)
                x += w
            self.y -= h
        self.y -= 8

    def save(self) -> None:
        self.foot()
        self.c.showPage()
        self.c.save()


def build(path: Path) -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w = Writer(path)
    w.items(HEAD)
    w.items(BODY)
    w.table(TABLE1_TITLE, TABLE1, TABLE1_WIDTHS)
    w.items(BODY2)
    w.table(TABLE2_TITLE, TABLE2, TABLE2_WIDTHS)
    w.items(BODY3)
    w.items(TAIL)
    w.save()
    return w.page


if __name__ == "__main__":
    pages = build(HERE / NAME)
    print(f"wrote {NAME}: {pages} pages")
