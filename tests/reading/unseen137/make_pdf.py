"""Builds 04_kaohe_paiming.pdf with reportlab: a two-page notice in the non-embedded CID font STSong-Light,
the body wrapped at about 36 characters a line as a typeset page's lines are (sentences run on across lines
and across the page break), a page number at each page's foot, and the score table drawn as one line of
text per row with full-width spaces between the cells.

``invariant=1`` keeps the bytes the same on every run:

    PYTHONPATH=/tmp/rl137 .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_kaohe_paiming.pdf"
FONT = "STSong-Light"
WIDTH = 36
PER_PAGE = 42
INDENT = "\u3000\u3000"

HEAD = [
    ("title", "庆阳市目标责任考核领导小组办公室"),
    ("center", "庆考核办发〔2026〕6号"),
    ("line", ""),
    ("title2", "关于2026年上半年县区目标责任考核结果的通报"),
    ("line", ""),
    ("line", "各县（区）委、县（区）人民政府，庆阳经开区党工委、管委会，市直各部门："),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "按照《庆阳市县区目标责任考核办法（试行）》和年初下达的目标任务，市考核办会同市直32个考核责任单位，"
        "采取数据核验、实地抽查和第三方评估相结合的方式，对各县区2026年上半年目标任务完成情况进行了考核。"
        "考核实行百分制，经济发展、项目建设、营商环境、民生保障各类指标分值分别为45分、25分、15分、15分。"
        "现将考核结果通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "从考核结果看，各县区上半年目标任务推进总体有力，平均得分88.55分，比上年同期提高1.37分。西峰区以"
        "92.77分位居第一，环县、庆城县分列第二、第三位；正宁县得分84.45分，排名末位。与上年同期相比，"
        "宁县位次上升3位，环县上升2位，进步明显；镇原县下降2位，庆城县、华池县、合水县各下降1位。"
        "各县区得分和位次见表1。",
    ),
    (
        "p",
        "考核也暴露出一些问题：一是部分指标进度滞后，全市有6项考核指标完成进度低于时序进度，其中规上工业"
        "增加值、固定资产投资两项指标分别有3个、2个县区未达到序时要求；二是个别县区数据报送不及时、佐证材料"
        "不完整，市考核办已退回补充材料11份；三是民生实事推进不平衡，城镇老旧小区改造等事项开工偏晚。",
    ),
    ("h", "二、分项指标情况"),
    (
        "p",
        "经济发展方面，上半年全市地区生产总值增长6.5%，高于全省0.3个百分点；固定资产投资增长8.3%，"
        "社会消费品零售总额增长5.1%，分别高于全省1.2个、0.6个百分点。环县地区生产总值增长8.6%，"
        "增速居全市第一，高于全市2.1个百分点；西峰区规上工业增加值增长9.2%，经济发展指标得分41.86分，"
        "居各县区首位。",
    ),
    (
        "p",
        "项目建设方面，上半年全市市列重大项目累计完成投资318.9亿元，占年度计划的52.0%，快于时序进度2.0个"
        "百分点。庆阳经开区完成率60.3%；环县完成率56.8%，居各县区第一，项目建设指标得分23.48分，同样居各县区"
        "首位。正宁县完成率45.9%，落后时序进度4.1个百分点。",
    ),
    (
        "p",
        "营商环境方面，上半年全市收集企业诉求1004条，解决882条，解决率87.8%，庆阳经开区、西峰区诉求解决率"
        "分列第一、第二位。西峰区、庆城县营商环境指标得分分别为13.94分、13.58分，分列各县区第一、第二位。",
    ),
    (
        "p",
        "民生保障方面，全市城镇新增就业1.36万人，完成年度目标2.3万人的59.1%；农村居民人均可支配收入增长7.1%，增速居全省第5位。宁县民生保障指标得分13.66分，"
        "仅次于西峰区，居第二位。",
    ),
    ("h", "三、等次评定"),
    (
        "p",
        "按照考核办法，综合得分90分及以上的为“好”等次，85分（含）至90分的为“较好”等次，85分以下的为"
        "“一般”等次。据此，西峰区、环县、庆城县3个县区为“好”等次，宁县、镇原县、华池县、合水县4个县为"
        "“较好”等次，正宁县为“一般”等次。庆阳经开区单列考核，得分93.14分，等次为“好”。",
    ),
    ("t", "表1　2026年上半年县区目标责任考核得分及位次"),
    ("t", "位次　县区　综合得分（分）　经济发展　项目建设　营商环境　民生保障　等次　较上年同期"),
    ("t", "1　西峰区　92.77　41.86　23.12　13.94　13.85　好　持平"),
    ("t", "2　环县　91.21　40.95　23.48　13.26　13.52　好　上升2位"),
    ("t", "3　庆城县　90.34　40.72　22.63　13.58　13.41　好　下降1位"),
    ("t", "4　宁县　88.79　39.84　22.17　13.12　13.66　较好　上升3位"),
    ("t", "5　镇原县　87.92　39.51　21.86　13.35　13.20　较好　下降2位"),
    ("t", "6　华池县　86.96　39.27　21.44　12.87　13.38　较好　下降1位"),
    ("t", "7　合水县　85.96　38.65　21.58　12.69　13.04　较好　下降1位"),
    ("t", "8　正宁县　84.45　38.12　20.93　12.41　12.99　一般　持平"),
    ("t", "注：经济发展、项目建设、营商环境、民生保障四列为各类指标得分，单位为分。"),
    ("h", "四、结果运用"),
    (
        "p",
        "上半年考核结果按30%的权重计入年度考核总分。对位次较上年同期上升3位以上的县区予以通报表扬；"
        "对综合得分低于85分的县区，由市政府分管领导进行约谈，并限其在30日内报送整改方案。",
    ),
    (
        "p",
        "下半年是完成全年目标任务的关键期。各县区要对照全市地区生产总值增长7%左右的全年预期目标，逐项梳理"
        "差距，对落后时序进度的指标制定追赶措施，确保全年各项目标任务全面完成。",
    ),
]

TAIL = [
    ("right", "庆阳市目标责任考核领导小组办公室"),
    ("right", "2026年8月12日"),
    ("line", "（此件公开发布）"),
    ("line", "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。"),
]

NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）%”")


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


def all_lines() -> list[tuple[str, str]]:
    out = list(HEAD)
    for kind, text in BODY:
        if kind == "p":
            out += [("line", line) for line in wrap(text)]
        elif kind == "h":
            out.append(("bold", text))
        else:
            out.append(("line", text))
    return out + TAIL


def draw(lines: list[tuple[str, str]]) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=A4, invariant=1)
    c.setTitle("关于2026年上半年县区目标责任考核结果的通报")
    c.setAuthor("庆阳市目标责任考核领导小组办公室")
    width, _ = A4
    pages = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    for n, page in enumerate(pages, start=1):
        y = 780.0
        for kind, text in page:
            if kind == "title":
                c.setFont(FONT, 20)
                c.drawCentredString(width / 2, y, text)
                y -= 8
            elif kind == "title2":
                c.setFont(FONT, 15)
                c.drawCentredString(width / 2, y, text)
            elif kind == "center":
                c.setFont(FONT, 11)
                c.drawCentredString(width / 2, y, text)
            elif kind == "right":
                c.setFont(FONT, 11)
                c.drawRightString(width - 60, y, text)
            elif text:
                c.setFont(FONT, 12 if kind == "bold" else 11)
                c.drawString(56, y, text)
            y -= 17
        c.setFont(FONT, 10)
        c.drawCentredString(width / 2, 36, f"— {n} —")
        c.showPage()
    c.save()


if __name__ == "__main__":
    draw(all_lines())
    print(f"wrote {NAME}")
