"""Builds 02_xiangmu_paiming.pdf with reportlab: a two-page 通报 of the third-quarter 观摩评比 of 信阳市's
key projects, set in the non-embedded Adobe font STSong-Light, the body as justified paragraphs that wrap
where the line is full, two real tables (县区组 and 功能区组) with a grid, and a page number at each foot.

reportlab is not in the project's environment; install it apart and run (the same bytes every time):

    pip install --target /tmp/rl98 reportlab
    PYTHONPATH=/tmp/rl98 python3 <this folder>/make_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
NAME = "02_xiangmu_paiming.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def style(name: str, size: float, align: int, lead: float | None = None, indent: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT,
        fontSize=size,
        leading=lead or size * 1.6,
        alignment=align,
        wordWrap="CJK",
        firstLineIndent=indent,
    )


RED = style("red", 20, TA_CENTER, 30)
NUM = style("num", 12, TA_CENTER)
TITLE = style("title", 15, TA_CENTER, 24)
BODY = style("body", 12, TA_JUSTIFY, 21, indent=24)
PLAIN = style("plain", 12, TA_LEFT, 21)
HEAD = style("head", 12, TA_LEFT, 21, indent=24)
CAPTION = style("caption", 11, TA_CENTER, 18)
CELL = style("cell", 10, TA_CENTER, 14)
NOTE = style("note", 10, TA_LEFT, 16, indent=20)
SIGN = style("sign", 12, TA_RIGHT, 21)

TOP = [
    (RED, "信阳市重点项目建设工作领导小组办公室文件"),
    (NUM, "信重项办〔2024〕23号"),
    (TITLE, "关于2024年第三季度全市重点项目建设<br/>观摩评比结果的通报"),
]

BODY_PARTS: list[tuple[ParagraphStyle, str]] = [
    (PLAIN, "各县、区人民政府，信阳高新区、羊山新区、上天梯管理区管委会，市直有关单位："),
    (
        BODY,
        "为进一步营造比学赶超、争先进位的浓厚氛围，根据《信阳市重点项目建设季度观摩评比办法》，"
        "10月14日至18日，市重点项目建设工作领导小组组织对各县区、功能区第三季度重点项目建设情况进行了"
        "现场观摩和综合评比。现将有关情况通报如下。",
    ),
    (HEAD, "一、总体情况"),
    (
        BODY,
        "今年全市共确定市重点项目560个，项目总投资4865.3亿元，当年计划完成投资1320亿元。截至9月底，累计完成投资"
        "1106.8亿元，占年度计划的83.8%，超过序时进度8.8个百分点。其中，87个省重点项目年度计划投资426.2亿元，"
        "已完成368.2亿元，完成率86.4%。计划新开工项目246个，已开工218个，开工率88.6%，比上半年提高"
        "21.1个百分点；新竣工投产项目64个。分领域看，产业项目完成投资602.4亿元，占累计完成投资的54.4%；"
        "基础设施项目完成投资318.6亿元，社会民生项目完成投资185.8亿元。",
    ),
    (
        BODY,
        "本次观摩共涉及各县区、功能区报送的项目46个，总投资612.8亿元。其中，产业类项目38个，占82.6%；"
        "总投资10亿元以上的项目17个。从现场看，多数项目建设进度快、科技含量高、带动作用强，"
        "一批项目实现了当年签约、当年开工、当年投产。",
    ),
    (HEAD, "二、观摩评比结果"),
    (
        BODY,
        "观摩评比实行百分制，其中现场观摩60分，投资完成和项目开工25分，要素保障和问题解决15分，"
        "县区组、功能区组分别排名。结果如下。",
    ),
]

COUNTY = [
    [
        "序号",
        "县区",
        "观摩项目\n（个）",
        "总投资\n（亿元）",
        "综合得分",
        "本季度\n排名",
        "第二季度\n排名",
        "位次\n变化",
    ],
    ["1", "固始县", "6", "86.4", "93.62", "1", "2", "↑1"],
    ["2", "潢川县", "5", "61.3", "92.85", "2", "4", "↑2"],
    ["3", "息县", "5", "54.7", "91.74", "3", "1", "↓2"],
    ["4", "罗山县", "4", "48.2", "90.36", "4", "3", "↓1"],
    ["5", "平桥区", "5", "72.5", "89.91", "5", "6", "↑1"],
    ["6", "光山县", "4", "39.6", "88.47", "6", "8", "↑2"],
    ["7", "商城县", "4", "42.8", "87.65", "7", "5", "↓2"],
    ["8", "浉河区", "4", "51.9", "86.93", "8", "7", "↓1"],
    ["9", "淮滨县", "3", "33.4", "85.12", "9", "10", "↑1"],
    ["10", "新县", "2", "21.7", "84.38", "10", "9", "↓1"],
]
PARKS = [
    [
        "序号",
        "功能区",
        "观摩项目\n（个）",
        "总投资\n（亿元）",
        "综合得分",
        "本季度\n排名",
        "第二季度\n排名",
        "位次\n变化",
    ],
    ["1", "信阳高新区", "2", "46.8", "91.08", "1", "2", "↑1"],
    ["2", "羊山新区", "1", "31.2", "89.54", "2", "1", "↓1"],
    ["3", "上天梯管理区", "1", "22.3", "86.27", "3", "3", "—"],
]

AFTER_TABLES: list[tuple[ParagraphStyle | Spacer, str | None]] = [
    (NOTE, "注：位次变化与第二季度相比，“↑”为上升，“↓”为下降，“—”为持平。"),
    (
        BODY,
        "从得分看，县区组平均得分89.10分，比第二季度提高1.26分，最高分与最低分相差9.24分；"
        "功能区组平均得分88.96分。",
    ),
    (HEAD, "三、先进和后进"),
    (
        BODY,
        "（一）综合得分居县区组前三位的固始县、潢川县、息县和居功能区组第一位的信阳高新区，"
        "评为第三季度重点项目建设先进单位，授予流动红旗。按照评比办法，分别给予固始县、潢川县、息县"
        "项目前期工作经费奖励200万元、150万元、100万元，给予信阳高新区奖励100万元。",
    ),
    (
        BODY,
        "（二）对综合得分排名第9位、第10位的淮滨县、新县，由市政府分管副市长约谈县政府主要负责同志，"
        "并在四季度观摩点评会上作表态发言。上天梯管理区在功能区组中排名末位，要认真查找差距。",
    ),
    (
        BODY,
        "（三）从位次变化看，潢川县、光山县较第二季度各上升2位，进步明显；息县、商城县较第二季度"
        "各下降2位，要认真分析原因，抓紧整改提升。固始县年产30万吨功能性饲料项目单项得分97.6分，"
        "居全部观摩项目首位。",
    ),
    (HEAD, "四、存在的问题"),
    (
        BODY,
        "从观摩情况看，一些县区仍存在项目质量不高、推进不快等问题。一是产业项目支撑不足，浉河区、"
        "新县观摩项目中产业类项目占比均不足50%。二是部分项目进度滞后，46个观摩项目中有7个投资完成率"
        "低于序时进度，其中3个项目完成率不足50%。三是要素保障仍有短板，观摩中现场收集用地、环评、"
        "融资等方面问题31个，目前已协调解决19个，解决率61.3%。",
    ),
    (HEAD, "五、下步工作要求"),
    (
        BODY,
        "四季度是全年项目建设冲刺的关键阶段。各县区、功能区要对照年度目标，倒排工期、挂图作战，"
        "确保全年市重点项目完成投资1320亿元以上，力争四季度完成投资300亿元以上；年底前计划新开工项目"
        "开工率达到95%以上，新竣工投产项目突破80个。未解决的12个问题由市项目办逐一交办、限期办结。"
        "第四季度观摩评比定于2025年1月中旬进行，届时结合全年目标完成情况进行年度综合评比。",
    ),
    (Spacer(1, 8 * mm), None),
    (SIGN, "信阳市重点项目建设工作领导小组办公室"),
    (SIGN, "2024年10月25日"),
    (PLAIN, "（此件公开发布）"),
    (Spacer(1, 6 * mm), None),
    (NOTE, "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。"),
    (NOTE, "信阳市重点项目建设工作领导小组办公室　　　　2024年10月25日印发"),
]


def grid(rows: list[list[str]], widths: list[float]) -> Table:
    cells = [[Paragraph(c.replace("\n", "<br/>"), CELL) for c in row] for row in rows]
    table = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ]
        )
    )
    return table


def footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 11)
    canvas.drawCentredString(A4[0] / 2, 14 * mm, f"— {doc.page} —")
    canvas.restoreState()


def story() -> list:
    flow: list = []
    for st, text in TOP:
        flow += [Paragraph(text, st), Spacer(1, 3 * mm)]
    flow.append(Spacer(1, 3 * mm))
    for st, text in BODY_PARTS:
        flow.append(Paragraph(text, st))
    widths = [12, 26, 20, 20, 22, 18, 20, 16]
    flow += [Spacer(1, 2 * mm), Paragraph("表1　第三季度重点项目建设观摩评比结果（县区组）", CAPTION)]
    flow += [grid(COUNTY, widths), Spacer(1, 3 * mm)]
    flow += [Paragraph("表2　第三季度重点项目建设观摩评比结果（功能区组）", CAPTION), grid(PARKS, widths)]
    flow.append(Spacer(1, 2 * mm))
    for st, text in AFTER_TABLES:
        flow.append(st if text is None else Paragraph(text, st))
    return flow


if __name__ == "__main__":
    out = HERE / NAME
    pdf = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=26 * mm,
        rightMargin=26 * mm,
        topMargin=30 * mm,
        bottomMargin=28 * mm,
        title="关于2024年第三季度全市重点项目建设观摩评比结果的通报",
        author="信阳市重点项目建设工作领导小组办公室",
        invariant=1,
    )
    pdf.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(f"wrote {NAME}")
