"""Builds 04_xianqu_zhengxian_chuangyou.pdf with reportlab: the 第三季度 争先创优 ranking notice of
抚州市's 11 县区 and 2 parks, paragraphs set in the non-embedded CID font STSong-Light (lines wrapped by
reportlab as a typeset page's are) and a ruled table of 13 rows.

reportlab is not in the project venv; it was installed with ``pip install --target /tmp/rl107 reportlab``
and is found there (or on the normal path). ``rl_config.invariant`` fixes the document id and dates, so
each run writes the same bytes:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl107")

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "04_xianqu_zhengxian_chuangyou.pdf"
FONT = "STSong-Light"

TITLE = "2024年第三季度县区（园区）争先创优考核结果通报"
SUBTITLE = "抚争创办〔2024〕9号"

BODY: list[tuple[str, str]] = [
    ("p0", "各县区人民政府，抚州高新区、东临新区管委会，市直有关单位："),
    (
        "p",
        "根据《抚州市县区（园区）争先创优季度考核办法》，市争先创优办会同市统计局、市发改委、市商务局、"
        "市营商环境办等部门，以各县区（园区）第三季度（7—9月）指标完成情况为依据，从经济运行、项目建设、"
        "招商引资、营商环境四个方面进行了考核。现将考核结果通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "本季度全市县区（园区）平均得分83.99分，比第二季度提高1.28分。综合得分90分以上的有3个，"
        "比第二季度增加1个；80分以下的有4个。分项看，经济运行平均得分34.32分，项目建设平均得分25.73分，"
        "招商引资、营商环境平均得分分别为15.80分、8.14分。与第二季度相比，4个县区（园区）排名上升，"
        "6个下降，3个持平。",
    ),
    ("h", "二、排名情况"),
    (
        "p",
        "临川区以93.42分继续位居全市第一，经济运行、招商引资、营商环境三项得分均居第一。抚州高新区得分"
        "91.86分，居第二位，比第二季度进位2位；东乡区得分90.15分，居第三位，比第二季度退位1位。",
    ),
    (
        "p",
        "进位方面，南丰县得分86.90分，由第二季度的第11位升至第5位，进位6位，是本季度进位最多的县区，"
        "主要得益于规上工业增加值增速和项目开工率明显提升；宜黄县、金溪县分别进位2位、1位。退位方面，"
        "资溪县由第5位退至第9位，退位4位；广昌县退位3位，居第12位；乐安县得分74.49分，居末位。"
        "东临新区项目建设单项得分28.64分，居全市第一，但受招商引资得分偏低影响，综合排名退位1位。",
    ),
]
TABLE_TITLE = "表1　第三季度县区（园区）争先创优考核得分及排名"
TABLE = [
    ["排名", "县区（园区）", "经济运行", "项目建设", "招商引资", "营商环境", "综合得分", "较二季度"],
    ["1", "临川区", "37.85", "28.12", "18.46", "8.99", "93.42", "—"],
    ["2", "抚州高新区", "37.20", "27.86", "18.02", "8.78", "91.86", "↑2"],
    ["3", "东乡区", "36.54", "27.93", "17.15", "8.53", "90.15", "↓1"],
    ["4", "南城县", "36.12", "26.85", "17.30", "8.46", "88.73", "↓1"],
    ["5", "南丰县", "35.48", "26.40", "16.57", "8.45", "86.90", "↑6"],
    ["6", "金溪县", "34.96", "25.92", "16.08", "8.28", "85.24", "↑1"],
    ["7", "东临新区", "33.27", "28.64", "14.53", "7.87", "84.31", "↓1"],
    ["8", "崇仁县", "34.10", "25.16", "15.42", "7.89", "82.57", "—"],
    ["9", "资溪县", "33.05", "24.38", "15.21", "8.02", "80.66", "↓4"],
    ["10", "黎川县", "32.84", "23.95", "14.76", "7.91", "79.46", "—"],
    ["11", "宜黄县", "32.26", "23.67", "14.35", "7.64", "77.92", "↑2"],
    ["12", "广昌县", "31.58", "23.11", "13.92", "7.53", "76.14", "↓3"],
    ["13", "乐安县", "30.96", "22.45", "13.66", "7.42", "74.49", "↓1"],
]
AFTER: list[tuple[str, str]] = [
    (
        "n",
        "注：经济运行包括固定资产投资、规上工业增加值、一般公共预算收入、社会消费品零售总额等指标的增速和总量；"
        "项目建设包括重点项目投资完成率、新开工项目个数等；招商引资包括新签约亿元以上项目、签约金额和实际到位资金；"
        "营商环境包括企业满意度测评和涉企投诉办结情况。各分项得分按指标完成情况折算，综合得分为四项得分之和。",
    ),
    ("h", "三、单项亮点"),
    (
        "p",
        "经济运行方面，南城县第三季度规上工业增加值同比增长13.4%，增速位列全市第一；临川区社会消费品零售总额增长6.3%，"
        "高于全市平均水平1.2个百分点。项目建设方面，东临新区第三季度新开工项目14个，完成投资28.3亿元，"
        "季度计划完成率居全市第一。招商引资方面，抚州高新区第三季度新签约亿元以上项目11个，签约金额96.5亿元，"
        "均居全市第一；东乡区第三季度实际利用省外资金18.6亿元，增长15.2%。营商环境方面，金溪县企业满意度测评得分97.2分，比第二季度提高1.6分。",
    ),
    ("h", "四、存在的短板"),
    (
        "p",
        "从扣分情况看，短板主要集中在三个方面：一是部分县区工业运行承压，乐安县、广昌县第三季度规上工业增加值"
        "分别增长3.2%、4.1%，低于全市平均水平；二是招商引资实效不足，黎川县、宜黄县第三季度新签约亿元以上项目"
        "均只有2个，资溪县签约项目开工率仅为37.5%；三是营商环境仍有堵点，全市第三季度共受理涉企投诉事项216件，"
        "办结率为94.9%，其中广昌县、乐安县办结率不足90%。",
    ),
    ("h", "五、有关要求"),
    (
        "p",
        "各县区（园区）要对照考核结果认真查找差距，排名靠后的要深入分析原因，制定整改措施，并于11月15日前"
        "报市争先创优办。第四季度考核结果将与年度综合考核挂钩，对季度排名末位的县区（园区），由市争先创优办"
        "约谈主要负责同志。",
    ),
    ("r", "抚州市争先创优活动领导小组办公室"),
    ("r", "2024年11月5日"),
    ("p0", "（联系人：彭雅琴，联系电话：0794-8262107）"),
]


def styles() -> dict[str, ParagraphStyle]:
    base = {"fontName": FONT, "fontSize": 10.5, "leading": 17, "wordWrap": "CJK"}
    return {
        "t": ParagraphStyle("t", alignment=1, fontSize=15, leading=24, fontName=FONT),
        "s": ParagraphStyle("s", alignment=1, **base),
        "h": ParagraphStyle("h", spaceBefore=4, **base),
        "p": ParagraphStyle("p", firstLineIndent=21, **base),
        "p0": ParagraphStyle("p0", **base),
        "r": ParagraphStyle("r", alignment=2, **base),
        "n": ParagraphStyle("n", fontName=FONT, fontSize=9, leading=14, wordWrap="CJK"),
    }


def story() -> list:
    st = styles()
    out: list = [Paragraph(TITLE, st["t"]), Paragraph(SUBTITLE, st["s"]), Spacer(1, 4 * mm)]
    out += [Paragraph(text, st[kind]) for kind, text in BODY]
    out += [Spacer(1, 3 * mm), Paragraph(TABLE_TITLE, st["s"])]
    table = Table(TABLE, colWidths=[12 * mm, 28 * mm] + [20 * mm] * 6)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ]
        )
    )
    out += [table, Spacer(1, 2 * mm)]
    out += [Paragraph(text, st[kind]) for kind, text in AFTER]
    return out


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=TITLE,
        author="抚州市争先创优活动领导小组办公室",
        creator="抚州市争先创优活动领导小组办公室",
        subject="",
    )
    doc.build(story())


if __name__ == "__main__":
    main()
