"""Builds 04_zhongdian_xiangmu_zhoubao.pdf with reportlab: a two-page weekly bulletin on key projects, set in
the non-embedded CID font STSong-Light, the body wrapped at a fixed width as a typeset page is (a number
with its unit is never split, closing punctuation never starts a line), one ruled table of the counties and
parks, and a page number at each page's foot.

reportlab is not a dependency of the project; install it aside and run (the same bytes every time, thanks to
``invariant=1`` and fixed document properties):

    pip install --target /tmp/rl118 reportlab
    PYTHONPATH=/tmp/rl118 .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_zhongdian_xiangmu_zhoubao.pdf"
FONT = "STSong-Light"
SIZE = 10.5
LEAD = 16
WIDTH = 44
LEFT, TOP, BOTTOM = 56, 790, 56
INDENT = "\u3000\u3000"

HEAD = [
    ("title", "驻马店市重点项目建设周调度通报"),
    ("center", "2024年第17期"),
    ("center", "驻马店市重点项目建设指挥部办公室　　　　2024年4月29日"),
    ("center", "（调度时段：4月22日—4月28日）"),
]

BODY_1: list[tuple[str, str]] = [
    ("h", "一、本周总体进展"),
    (
        "p",
        "本周，全市省市重点项目完成投资18.62亿元，比上周多完成2.35亿元。其中，省重点项目完成8.14亿元，"
        "占本周完成投资的43.7%。4月26日，全市二季度第二批重大项目集中开工活动举行，开工项目126个、"
        "总投资586.4亿元，其中纳入省市重点项目的38个、总投资168.4亿元。本周市级领导分包联系项目"
        "现场调度12次，协调解决用地、用电、融资等问题21个，另有5个问题已提交市重点项目建设指挥部"
        "会议研究。分县区看，本周完成投资最多的是驿城区，为2.86亿元；驻马店高新区、泌阳县分别完成"
        "2.51亿元、2.24亿元；本周完成投资超过1亿元的县区有8个，比上周增加2个。",
    ),
    (
        "p",
        "项目储备方面，本周新谋划储备项目15个，总投资96.8亿元；今年以来累计谋划储备项目428个，总投资"
        "2365.2亿元，其中已完成立项审批的312个，占储备项目的72.9%。",
    ),
    ("h", "二、累计完成情况"),
    (
        "p",
        "今年全市共安排省市重点项目612个，总投资4286.3亿元，年度计划投资1152.6亿元。其中，省重点项目"
        "168个，年度计划投资486.2亿元；市重点项目444个，年度计划投资666.4亿元。截至4月28日，累计完成"
        "投资428.75亿元，完成年度计划的37.2%，按时序进度32.5%计算，超出4.7个百分点，比上年同期提高"
        "2.8个百分点。其中，省重点项目完成投资186.34亿元，完成率38.3%，居全省第6位；市重点项目完成"
        "投资242.41亿元，完成率36.4%。",
    ),
    (
        "p",
        "开工方面，计划新开工项目284个，截至4月28日已开工203个，开工率71.5%，比上周提高13.4个百分点，"
        "高于全省平均水平6.2个百分点；续建项目328个已全部复工。",
    ),
    (
        "p",
        "分领域看，产业项目完成投资251.36亿元，占累计完成投资的58.6%；基础设施项目完成112.48亿元；"
        "社会民生项目完成64.91亿元。总投资10亿元以上的项目97个，累计完成投资169.5亿元，完成率40.2%。",
    ),
    ("h", "三、各县区进展情况"),
]

TABLE_TITLE = "表　各县区省市重点项目推进情况（截至4月28日）"
TABLE = [
    ["县区", "项目数（个）", "年度计划（亿元）", "累计完成（亿元）", "完成率（%）", "位次"],
    ["驿城区", "72", "142.6", "55.93", "39.2", "4"],
    ["西平县", "48", "86.4", "31.87", "36.9", "6"],
    ["上蔡县", "45", "78.2", "26.14", "33.4", "10"],
    ["平舆县", "44", "75.8", "27.02", "35.6", "8"],
    ["正阳县", "46", "80.5", "25.36", "31.5", "11"],
    ["确山县", "42", "72.3", "24.87", "34.4", "9"],
    ["泌阳县", "58", "118.7", "48.36", "40.7", "2"],
    ["汝南县", "47", "79.6", "28.53", "35.8", "7"],
    ["遂平县", "52", "96.8", "38.92", "40.2", "3"],
    ["新蔡县", "43", "73.1", "22.84", "31.2", "12"],
    ["驻马店经济开发区", "51", "112.4", "43.15", "38.4", "5"],
    ["驻马店高新区", "64", "136.2", "55.76", "40.9", "1"],
    ["合计", "612", "1152.6", "428.75", "37.2", "—"],
]
COLS = [0, 118, 196, 280, 364, 436, 480]

BODY_2: list[tuple[str, str]] = [
    (
        "p",
        "从完成率看，驻马店高新区最高，为40.9%；泌阳县、遂平县分别为40.7%、40.2%。正阳县、新蔡县完成率"
        "低于时序进度，分别落后1.0个和1.3个百分点，需加大推进力度。",
    ),
    ("h", "四、重点项目进展"),
    (
        "p",
        "（一）年产5万辆新能源专用车底盘及上装项目（驻马店高新区）。4月26日集中开工，总投资32亿元，"
        "本周完成投资0.65亿元，场地平整已完成约八成，下周开始桩基施工。",
    ),
    (
        "p",
        "（二）中心城区雨污分流改造工程（二期）（驿城区）。总投资18.6亿元，年度计划投资6.2亿元，累计完成"
        "2.37亿元，完成率38.2%，已完成管网铺设42公里。",
    ),
    (
        "p",
        "（三）确山县年产15万把提琴及配件项目。总投资4亿元，累计完成投资1.84亿元，占总投资的46.0%，"
        "主体厂房已封顶，预计6月底试生产。",
    ),
    (
        "p",
        "（四）新蔡县农产品冷链物流园项目。因征地补偿问题本周仍未开工，已列入下周专题协调事项。",
    ),
    (
        "p",
        "（五）泌阳县年产20万吨芝麻制品精深加工项目。4月26日开工，总投资15亿元，年度计划投资5亿元，"
        "本周完成投资0.42亿元，首批设备采购合同已签订。",
    ),
    ("h", "五、存在问题"),
    (
        "p",
        "一是要素制约依然突出，全市仍有23个项目用地未落实，涉及用地约1860亩。二是部分项目资金到位慢，"
        "17个项目存在资金缺口，合计约42亿元。三是县区进展不均衡，计划新开工项目中仍有81个未开工，"
        "其中正阳县11个、新蔡县8个。",
    ),
    ("h", "六、下步工作安排"),
    (
        "p",
        "力争4月底全市累计完成投资突破435亿元，5月底完成率达到45%以上；确保5月底前计划新开工项目开工率"
        "达到85%以上。对完成率连续两周低于时序进度的县区，由市重点项目建设指挥部办公室约谈主要负责同志；"
        "对问题久拖不决的项目，提请市委、市政府督查局跟踪督办。",
    ),
]

FOOT = [
    "报：市委、市政府主要领导，市委、市政府分管领导",
    "送：市重点项目建设指挥部成员单位，各县区政府、管委会",
    "联系人：杜鹏飞　　电话：0396-2931486　　（共印60份）",
]

UNIT = r"(?:亿元|万元|个百分点|个|家|次|亩|公里|万把|万辆|%)"
TOKEN = re.compile(r"\d+(?:\.\d+)?" + UNIT + r"?|.", re.S)
NO_LINE_START = set("，。；、：）%”")


def wrap(text: str) -> list[str]:
    """Lines of at most WIDTH characters; a number with its unit is never split."""
    tokens = TOKEN.findall(INDENT + text)
    lines, line = [], ""
    for tok in tokens:
        if len(line) + len(tok) > WIDTH and line and tok not in NO_LINE_START:
            lines.append(line)
            line = ""
        line += tok
    if line:
        lines.append(line)
    return lines


class Page:
    def __init__(self, c: canvas.Canvas):
        self.c, self.n, self.y = c, 1, TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.foot()
            self.c.showPage()
            self.n += 1
            self.y = TOP

    def foot(self) -> None:
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(297.5, 40, f"— {self.n} —")

    def line(self, text: str, size: float = SIZE, center: bool = False) -> None:
        self.need(LEAD)
        self.c.setFont(FONT, size)
        if center:
            self.c.drawCentredString(297.5, self.y, text)
        else:
            self.c.drawString(LEFT, self.y, text)
        self.y -= LEAD

    def body(self, items: list[tuple[str, str]]) -> None:
        for kind, text in items:
            if kind == "h":
                self.line(text, SIZE + 0.5)
            else:
                for ln in wrap(text):
                    self.line(ln)

    def table(self) -> None:
        row_h = 17
        self.need(row_h * len(TABLE) + LEAD + 6)
        self.line(TABLE_TITLE, SIZE, center=True)
        top = self.y + 12
        self.c.setLineWidth(0.6)
        for i, row in enumerate(TABLE):
            self.c.setFont(FONT, 9.5)
            for j, cell in enumerate(row):
                self.c.drawString(LEFT + COLS[j] + 4, self.y, cell)
            self.c.line(LEFT, top - i * row_h, LEFT + COLS[-1], top - i * row_h)
            self.y -= row_h
        bottom = top - len(TABLE) * row_h
        self.c.line(LEFT, bottom, LEFT + COLS[-1], bottom)
        for x in COLS:
            self.c.line(LEFT + x, top, LEFT + x, bottom)
        self.y -= 6


def build() -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = HERE / NAME
    c = canvas.Canvas(str(out), pagesize=(595.27, 841.89), invariant=1, pageCompression=0)
    c.setTitle("驻马店市重点项目建设周调度通报（2024年第17期）")
    c.setAuthor("驻马店市重点项目建设指挥部办公室")
    c.setCreator("驻马店市重点项目建设指挥部办公室")
    c.setProducer("reportlab")
    c.setSubject("重点项目周调度")
    page = Page(c)
    for kind, text in HEAD:
        page.line(text, 16 if kind == "title" else SIZE, center=True)
    page.y -= 6
    page.body(BODY_1)
    page.table()
    page.body(BODY_2)
    page.y -= 10
    for text in FOOT:
        page.line(text, 9.5)
    page.foot()
    c.showPage()
    c.save()
    return out.read_bytes()


if __name__ == "__main__":
    data = build()
    print(f"wrote {NAME}: {len(data)} bytes")
