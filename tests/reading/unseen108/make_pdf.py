"""Builds 03_jizhong_kaigong_disipi.pdf with reportlab: a two-page 工作专报 on 平顶山市's fourth-quarter
集中开工 of 2023 (invented), set in the non-embedded Adobe font STSong-Light, the body wrapped to the
text width as a typeset page is (so sentences run on across lines and across the page break), two ruled
tables whose cells are drawn one by one, and a page number at each page's foot.

reportlab is not in the project's environment; it was installed for this set only:

    pip install --target /tmp/rl108 reportlab
    /work/main/.venv/bin/python make_pdf.py

``invariant=1`` fixes the creation date and the document id, so each run writes the same bytes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "03_jizhong_kaigong_disipi.pdf"
RL = "/tmp/rl108"
FONT = "STSong-Light"
LEFT, RIGHT, TOP, FOOT = 62.0, 533.0, 780.0, 72.0
BODY_SIZE, LEAD = 11.0, 17.0
CELL_SIZE, ROW_H = 9.5, 16.0

HEAD = [
    ("red", "平顶山市重点项目建设工作专报"),
    ("center", "第21期"),
    ("line", "平顶山市重点项目建设领导小组办公室　　　　　　　　　2023年10月27日"),
    ("title", "我市举行2023年第四季度重点项目集中开工活动"),
]

P1 = (
    "10月26日上午，平顶山市2023年第四季度重点项目集中开工活动在叶县尼龙新材料产业园主会场举行，"
    "各县（市、区）和平顶山高新区、城乡一体化示范区同步设立分会场。本次集中开工项目82个，总投资462.6亿元，"
    "平均单体投资5.64亿元，当年计划投资78.5亿元。其中，省重点项目9个、总投资168.4亿元。"
)
P2 = (
    "从项目类型看，工业项目48个，总投资298.4亿元，占本批总投资的64.5%；基础设施项目16个、82.7亿元；"
    "社会民生项目12个、46.3亿元；文旅商贸项目6个、35.2亿元。从投资规模看，10亿元以上项目14个，"
    "总投资238.5亿元，占51.6%。"
)
P3 = (
    "分县（市、区）看（见表1），叶县开工项目12个、总投资86.4亿元，项目个数和总投资均居全市第一；"
    "舞钢市、平顶山高新区总投资分别为52.7亿元、48.9亿元，分列全市第二、第三位；石龙区开工项目虽只有3个，"
    "但均为工业项目。"
)
P3B = (
    "主会场开工的年产20万吨尼龙66切片项目由河南锦川尼龙科技有限公司建设，项目总投资38.6亿元，占地420亩，"
    "预计建成后年产值56亿元、利税4.8亿元。本批82个项目中，招商引资项目51个、总投资318.6亿元，占68.9%；"
    "从签约到开工平均用时4.2个月，比上年缩短1.3个月。"
)
P3C = (
    "从各地情况看，宝丰县、汝州市、舞钢市开工的工业项目分别为6个、7个、6个，以先进陶瓷、机电装备和特钢深加工为主；"
    "鲁山县、郏县以文旅康养和农产品加工项目为主，湛河区、新华区、卫东区以城市更新和民生项目为主。"
)
T1_TITLE = "表1　第四批集中开工项目分县（市、区）情况"
T1 = [
    ("县（市、区）", "项目个数（个）", "总投资（亿元）"),
    ("新华区", "5", "24.6"),
    ("卫东区", "6", "28.3"),
    ("石龙区", "3", "12.8"),
    ("湛河区", "5", "21.5"),
    ("宝丰县", "8", "41.2"),
    ("叶县", "12", "86.4"),
    ("鲁山县", "7", "30.6"),
    ("郏县", "6", "27.9"),
    ("舞钢市", "8", "52.7"),
    ("汝州市", "9", "48.3"),
    ("平顶山高新区", "7", "48.9"),
    ("城乡一体化示范区", "6", "39.4"),
    ("合计", "82", "462.6"),
]
T1_COLS = (150.0, 110.0, 110.0)
T2_TITLE = "表2　第四批集中开工部分重点项目"
T2 = [
    ("序号", "项目名称", "建设地点", "总投资（亿元）", "年度计划（亿元）"),
    ("1", "年产20万吨尼龙66切片项目", "叶县", "38.6", "6.5"),
    ("2", "高端特种钢板深加工项目", "舞钢市", "24.8", "4.2"),
    ("3", "年产1200台套智能输配电装备项目", "平顶山高新区", "18.5", "3.6"),
    ("4", "先进陶瓷新材料产业园项目", "宝丰县", "15.2", "2.8"),
    ("5", "机电装备制造产业园（二期）项目", "汝州市", "12.6", "2.1"),
    ("6", "尧山文旅康养综合体项目", "鲁山县", "11.3", "1.5"),
    ("7", "郏县红牛肉制品精深加工项目", "郏县", "8.7", "1.6"),
    ("8", "硅碳负极材料项目", "城乡一体化示范区", "16.4", "3.0"),
    ("9", "老旧小区改造及配套基础设施项目", "湛河区", "6.8", "2.4"),
    ("10", "智慧物流港项目", "新华区", "9.2", "1.8"),
    ("11", "市第二人民医院新院区项目", "卫东区", "7.5", "2.0"),
    ("12", "100兆瓦分布式光伏发电项目", "石龙区", "4.6", "1.2"),
]
T2_COLS = (30.0, 178.0, 92.0, 80.0, 91.0)
P4 = "表列12个项目总投资174.2亿元，占本批总投资的37.7%，当年计划投资32.7亿元。"
P5 = (
    "至此，今年各季度集中开工活动累计开工项目318个，总投资1642.8亿元，比上年分别增加23个、增长12.4%。"
    "第一、二、三季度分别开工项目96个、78个、62个，总投资分别为452.3亿元、386.7亿元、341.2亿元。"
    "全年集中开工项目中工业项目186个，占58.5%。截至9月末，前三季度开工的项目累计完成投资318.7亿元，"
    "已有41个项目竣工投产。1—9月，全市326个市重点项目完成投资912.6亿元，占年度计划的81.4%，"
    "比时序进度快6.4个百分点。"
)
P5B = (
    "为保障本批项目如期开工，市县两级提前办理用地手续2860亩，协调解决水、电、气接入等问题37个，"
    "其中现场解决21个；金融机构为本批项目授信86.5亿元，已放款23.7亿元。"
)
P6 = "本批项目全部建成投产后，预计可新增年产值386亿元、年税收21.4亿元，带动就业1.8万人。"
P7 = (
    "截至10月25日，第四季度全市已新开工亿元以上项目57个。下一步，市重点项目建设领导小组办公室将实行周调度、"
    "月通报，确保本批项目11月底前全部开工、年内完成投资30亿元以上，第四季度全市新开工亿元以上项目不少于100个，"
    "力争全年市重点项目完成投资突破1250亿元。"
)
TAIL = [
    "报：省发展改革委，市委、市人大常委会、市政府、市政协领导。",
    "送：市直有关单位。",
    "发：各县（市、区）人民政府，平顶山高新区、城乡一体化示范区管委会。",
    "联系电话：0375-2662187　　　　　　　　　　　　　　　　（共印60份）",
]

NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）％%”∶")


class Writer:
    """Draws lines top-down, starting a new page (with its page number) when the foot is reached."""

    def __init__(self, canvas_mod, pdfmetrics) -> None:
        self.c = canvas_mod.Canvas(str(HERE / NAME), pagesize=(595.0, 842.0), invariant=1)
        self.c.setTitle("平顶山市重点项目建设工作专报（第21期）")
        self.c.setAuthor("平顶山市重点项目建设领导小组办公室")
        self.c.setCreator("")
        self.c.setProducer("")
        self.width = pdfmetrics.stringWidth
        self.page = 1
        self.y = TOP

    def need(self, h: float) -> None:
        if self.y - h < FOOT:
            self.finish_page()
            self.y = TOP

    def finish_page(self) -> None:
        self.c.setFont(FONT, 10)
        self.c.drawCentredString(297.5, 40, f"— {self.page} —")
        self.c.showPage()
        self.page += 1

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        """Lines no wider than ``width``; a number is never split, closing punctuation never starts a line."""
        lines = []
        while text:
            cut = 1
            while cut < len(text) and self.width(text[: cut + 1], FONT, size) <= width:
                cut += 1
            if cut < len(text):
                while cut < len(text) and text[cut] in NO_LINE_START:
                    cut += 1
                while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
                    cut -= 1
            lines.append(text[:cut])
            text = text[cut:]
        return lines

    def para(self, text: str, indent: bool = True) -> None:
        for line in self.wrap(("\u3000\u3000" if indent else "") + text, BODY_SIZE, RIGHT - LEFT):
            self.need(LEAD)
            self.c.setFont(FONT, BODY_SIZE)
            self.c.drawString(LEFT, self.y, line)
            self.y -= LEAD

    def head(self) -> None:
        for kind, text in HEAD:
            if kind == "red":
                self.c.setFillColorRGB(0.8, 0, 0)
                self.c.setFont(FONT, 22)
                self.c.drawCentredString(297.5, self.y, text)
                self.c.setFillColorRGB(0, 0, 0)
                self.y -= 30
            elif kind == "center":
                self.c.setFont(FONT, 12)
                self.c.drawCentredString(297.5, self.y, text)
                self.y -= 22
            elif kind == "line":
                self.c.setFont(FONT, 10.5)
                self.c.drawString(LEFT, self.y, text)
                self.c.setStrokeColorRGB(0.8, 0, 0)
                self.c.setLineWidth(1.5)
                self.c.line(LEFT, self.y - 8, RIGHT, self.y - 8)
                self.c.setStrokeColorRGB(0, 0, 0)
                self.c.setLineWidth(0.6)
                self.y -= 36
            else:
                self.c.setFont(FONT, 15)
                self.c.drawCentredString(297.5, self.y, text)
                self.y -= 28

    def table(self, title: str, rows: list[tuple[str, ...]], cols: tuple[float, ...]) -> None:
        self.need(LEAD + 3 * ROW_H)
        self.c.setFont(FONT, 10.5)
        self.c.drawCentredString(297.5, self.y, title)
        self.y -= LEAD - 4
        x0 = LEFT + (RIGHT - LEFT - sum(cols)) / 2
        for i, row in enumerate(rows):
            self.need(ROW_H)
            top = self.y
            x = x0
            for cell, w in zip(row, cols, strict=True):
                self.c.rect(x, top - ROW_H, w, ROW_H, stroke=1, fill=0)
                self.c.setFont(FONT, CELL_SIZE)
                numeric = i > 0 and bool(re.fullmatch(r"[0-9.]+", cell)) and w > 40
                if numeric:
                    self.c.drawRightString(x + w - 6, top - ROW_H + 4.5, cell)
                else:
                    self.c.drawCentredString(x + w / 2, top - ROW_H + 4.5, cell)
                x += w
            self.y -= ROW_H
        self.y -= 10

    def save(self) -> None:
        self.finish_page()
        self.c.save()


def build() -> int:
    sys.path.insert(0, RL)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w = Writer(canvas, pdfmetrics)
    w.head()
    for p in (P1, P2, P3, P3B, P3C):
        w.para(p)
    w.y -= 4
    w.table(T1_TITLE, T1, T1_COLS)
    w.table(T2_TITLE, T2, T2_COLS)
    for p in (P4, P5, P5B, P6, P7):
        w.para(p)
    w.y -= 14
    w.c.line(LEFT, w.y + 12, RIGHT, w.y + 12)
    for line in TAIL:
        w.para(line, indent=False)
    pages = w.page
    w.save()
    return pages


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
