"""Builds 04_xianyu_kaohe_paiming.pdf with reportlab: a notice of the county-economy assessment for the first
three quarters of 2024, set in the non-embedded Adobe font STSong-Light, with a page number at each page's
foot and one ruled table (header row repeated) that runs across the page break.

reportlab is not in the project's environment; it was installed for this set only:

    pip install --target /tmp/rl104 reportlab
    /work/main/.venv/bin/python make_pdf.py

``rl_config.invariant`` fixes the creation date and the document id, so each run writes the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl104")

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "04_xianyu_kaohe_paiming.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=26, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", fontName=FONT, fontSize=11, leading=18, alignment=TA_CENTER)
HEAD = ParagraphStyle("head", fontName=FONT, fontSize=12, leading=20, spaceBefore=4)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK")
PLAIN = ParagraphStyle("plain", parent=BODY, firstLineIndent=0)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=9.5, leading=15, firstLineIndent=0)

PARAS: list[tuple[ParagraphStyle, str]] = [
    (TITLE, "百色市2024年前三季度县域经济高质量发展考评结果通报"),
    (SUB, "百县域办〔2024〕9号"),
    (PLAIN, "各县（市、区）人民政府，市直有关单位："),
    (
        BODY,
        "根据《百色市县域经济高质量发展考评办法（试行）》，市县域办会同市统计局、市发展改革委、市财政局等部门，"
        "依据各县（市、区）前三季度统计数据和项目调度数据，对县域经济发展情况进行了季度考评。现将结果通报如下。",
    ),
    (HEAD, "一、考评方法"),
    (
        BODY,
        "考评满分为100分，由经济发展（40分）、项目建设（25分）、财政金融（15分）、民生和生态（20分）等类指标构成，"
        "各项得分依据指标完成情况与全市平均水平的比较计算，统计指标以统计部门反馈数据为准，项目指标取自市重大项目"
        "调度平台。按照发展基础和功能定位，分工业主导型、生态特色型分组排名："
        "工业主导型组为平果市、靖西市、田东县、田阳区、德保县、右江区，生态特色型组为隆林各族自治县、凌云县、田林县、"
        "乐业县、那坡县、西林县。季度考评结果按30%的权重计入年度综合考评。",
    ),
    (HEAD, "二、总体情况"),
    (
        BODY,
        "前三季度，全市地区生产总值增长5.1%，规模以上工业增加值增长8.6%，县域经济总体延续回升态势。"
        "各县（市、区）中，有9个地区生产总值增速比上半年加快，有10个规上工业增加值实现正增长，地区生产总值增速"
        "高于全市平均水平的有5个。"
        "各县（市、区）考评平均得分86.06分，比上半年提高1.34分；得分在85分以上的有7个，比上半年增加2个。"
        "分组看，工业主导型组平均得分88.72分，生态特色型组平均得分83.39分。",
    ),
    (HEAD, "三、排名情况"),
    (
        BODY,
        "平果市以93.42分继续位居综合排名第1位，靖西市以90.86分居第2位，田东县以89.57分居第3位。与上半年相比，"
        "位次上升的有4个，下降的有6个，持平的有2个。凌云县较上半年上升3位，升幅最大；靖西市上升2位，首次进入全市"
        "前三；右江区下降2位，降幅最大。生态特色型组中，隆林各族自治县以86.78分居组内第1位、综合排名第5位，"
        "凌云县居组内第2位。具体结果见表1。",
    ),
]

TABLE_TITLE = "表1　2024年前三季度县域经济高质量发展考评结果"
HEADER = [
    "综合\n排名",
    "县（市、区）",
    "组别",
    "经济\n发展",
    "项目\n建设",
    "财政\n金融",
    "民生和\n生态",
    "总分",
    "组内\n排名",
    "较上\n半年",
]
ROWS = [
    ["1", "平果市", "工业主导型", "37.86", "23.42", "13.58", "18.56", "93.42", "1", "—"],
    ["2", "靖西市", "工业主导型", "36.45", "23.18", "12.74", "18.49", "90.86", "2", "↑2"],
    ["3", "田东县", "工业主导型", "36.12", "22.36", "12.95", "18.14", "89.57", "3", "↓1"],
    ["4", "田阳区", "工业主导型", "35.28", "21.74", "12.41", "17.78", "87.21", "4", "↓1"],
    ["5", "隆林各族自治县", "生态特色型", "34.16", "22.05", "11.96", "18.61", "86.78", "1", "—"],
    ["6", "德保县", "工业主导型", "35.02", "21.27", "12.18", "17.88", "86.35", "5", "↑1"],
    ["7", "凌云县", "生态特色型", "33.47", "22.61", "11.32", "17.73", "85.13", "2", "↑3"],
    ["8", "右江区", "工业主导型", "34.58", "20.36", "12.63", "17.35", "84.92", "6", "↓2"],
    ["9", "田林县", "生态特色型", "33.15", "21.48", "11.24", "17.77", "83.64", "3", "↓1"],
    ["10", "乐业县", "生态特色型", "32.86", "20.93", "10.87", "18.31", "82.97", "4", "↓1"],
    ["11", "那坡县", "生态特色型", "32.24", "20.58", "10.95", "17.68", "81.45", "5", "↑1"],
    ["12", "西林县", "生态特色型", "31.73", "20.12", "10.66", "17.87", "80.38", "6", "↓1"],
]
TABLE_UNIT = "单位：分，位"
TABLE_NOTE = "注：“↑”表示位次比上半年上升，“↓”表示位次比上半年下降，“—”表示位次与上半年持平。"

AFTER: list[tuple[ParagraphStyle, str]] = [
    (HEAD, "四、分项指标情况"),
    (
        BODY,
        "经济发展类：平果市得分37.86分，居全市第1位，其地区生产总值增长8.1%、规上工业增加值增长15.6%，增速均居全市"
        "第1位。项目建设类：靖西市固定资产投资增长12.4%，比上半年加快5.2个百分点；右江区受房地产开发投资下降拖累，"
        "固定资产投资下降8.7%，项目建设类得分20.36分，居全市第11位。财政金融类：那坡县一般公共预算收入增长11.3%，"
        "高于全市6.6个百分点。民生和生态类：隆林各族自治县得分18.61分，居全市第1位。凌云县社会消费品零售总额增长"
        "7.8%，居全市第1位，项目建设类、民生和生态类得分分别比上半年提高1.86分和0.94分。",
    ),
    (HEAD, "五、有关要求"),
    (
        BODY,
        "四季度是完成全年目标任务的关键时期。各县（市、区）要对照考评结果找差距、补短板，排名下降的县（市、区）"
        "要深入分析原因，于11月10日前向市县域办报送整改措施。力争全年各县（市、区）考评平均得分达到87分以上，"
        "得分在85分以上的县（市、区）不少于9个。对年度考评结果为优秀等次的县（市、区），按办法给予每个500万元的"
        "县域经济发展奖补资金。",
    ),
    (PLAIN, "百色市县域经济发展工作领导小组办公室"),
    (PLAIN, "2024年10月30日"),
]


def footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 36, f"— {doc.page} —")
    canvas.restoreState()


def table() -> Table:
    t = Table([HEADER, *ROWS], repeatRows=1, colWidths=[30, 78, 56, 38, 38, 38, 42, 40, 32, 34])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("LEADING", (0, 0), (-1, -1), 11),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ]
        )
    )
    return t


def story() -> list:
    out: list = [Paragraph(text, style) for style, text in PARAS]
    out += [
        Spacer(1, 6),
        Paragraph(TABLE_TITLE, SUB),
        Paragraph(TABLE_UNIT, NOTE),
        table(),
        Paragraph(TABLE_NOTE, NOTE),
    ]
    out += [Paragraph(text, style) for style, text in AFTER]
    return out


if __name__ == "__main__":
    pdf = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=62,
        rightMargin=62,
        topMargin=60,
        bottomMargin=64,
        title="百色市2024年前三季度县域经济高质量发展考评结果通报",
        author="百色市县域经济发展工作领导小组办公室",
        subject="县域经济考评",
        creator="百色市县域经济发展工作领导小组办公室",
        producer="百色市县域经济发展工作领导小组办公室",
    )
    pdf.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(f"wrote {NAME}")
