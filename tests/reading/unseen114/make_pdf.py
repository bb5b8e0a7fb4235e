"""Builds 04_qushi_gaozhiliang_kaohe.pdf with reportlab: a notice set in the non-embedded Adobe font
STSong-Light, the body wrapped by reportlab's CJK line breaking, one ruled table of the eight 区市' scores
(drawn cell by cell, so a text layer gives one cell a line), and a page number at each page's foot.

``invariant=1`` fixes the creation date and the file id, so each run writes the same bytes. reportlab is
not a project dependency; install it beside the project and run:

    pip install --target /tmp/rl114 reportlab
    PYTHONPATH=/tmp/rl114 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "04_qushi_gaozhiliang_kaohe.pdf"
FONT = "STSong-Light"

pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=19, wordWrap="CJK", firstLineIndent=23)
PLAIN = ParagraphStyle("plain", parent=BODY, firstLineIndent=0)
HEAD = ParagraphStyle("head", parent=PLAIN, spaceBefore=4)
TITLE = ParagraphStyle("title", parent=PLAIN, fontSize=16, leading=26, alignment=TA_CENTER, spaceAfter=6)
NUMBER = ParagraphStyle("number", parent=PLAIN, alignment=TA_CENTER, spaceAfter=8)
RIGHT = ParagraphStyle("right", parent=PLAIN, alignment=TA_RIGHT)
CAPTION = ParagraphStyle(
    "caption", parent=PLAIN, fontSize=10.5, alignment=TA_CENTER, spaceBefore=6, spaceAfter=4
)

# 区市｜经济发展｜创新驱动｜项目建设｜民生保障｜加分｜扣分｜总分｜名次 (in the order the city lists its 区市)
SCORES = [
    ("环翠区", "36.27", "18.34", "21.88", "13.86", "1.20", "0.80", "90.75", "5"),
    ("文登区", "36.94", "17.83", "22.96", "13.78", "0.90", "0.50", "91.91", "4"),
    ("荣成市", "38.46", "18.72", "23.85", "13.92", "2.40", "0.30", "97.05", "1"),
    ("乳山市", "35.88", "16.92", "21.95", "13.47", "0.50", "0.60", "88.12", "7"),
    ("威海经开区", "37.12", "19.05", "23.10", "13.64", "1.80", "0.00", "94.71", "2"),
    ("威海高新区", "36.58", "19.46", "22.37", "13.51", "1.50", "0.20", "93.22", "3"),
    ("临港区", "35.62", "17.96", "22.74", "13.20", "0.60", "0.40", "89.72", "6"),
    ("南海新区", "34.71", "16.58", "21.63", "13.05", "0.30", "0.90", "85.37", "8"),
]
HEADER = ("区市", "经济发展", "创新驱动", "项目建设", "民生保障", "加分", "扣分", "总分", "名次")

BEFORE_TABLE = [
    ("number", "威考核办发〔2025〕3号"),
    ("title", "关于2024年度区市高质量发展综合考核结果的通报"),
    ("plain", "各区市党（工）委、人民政府（管委），市直各部门、单位："),
    (
        "body",
        "根据《威海市区市高质量发展综合考核办法》，市高质量发展综合考核工作领导小组办公室会同市统计局、"
        "市发展改革委等28个考核责任单位，对各区市2024年度高质量发展情况进行了综合考核，考核结果已经市委、"
        "市政府研究同意。现将有关情况通报如下。",
    ),
    ("head", "一、考核内容和计分办法"),
    (
        "body",
        "2024年度考核设经济发展、创新驱动、项目建设、民生保障四类指标，共35项，基本分100分，"
        "四类指标分值分别为40分、20分、25分、15分。基本分之外另设加分和扣分项目，加分最高不超过3分，"
        "扣分最高不超过5分。35项指标中，定量指标29项、定性指标6项；定量指标按目标完成情况和在各区市中的"
        "位次综合计分，定性指标由责任单位按评分细则评定。各项指标数据由考核责任单位提供，经市统计局审核确认后计分。",
    ),
    ("head", "二、考核结果"),
    (
        "body",
        "经综合计分，各区市考核总分平均为91.36分，荣成市以97.05分居第1位，威海经开区、威海高新区分列"
        "第2位、第3位。从总分分布看，总分在90分以上的区市有5个，在85分至90分之间的有3个。"
        "各区市得分情况见表1。",
    ),
]
AFTER_TABLE = [
    (
        "body",
        "按照优秀等次不超过参评区市总数40%的规定，经市委、市政府研究，确定荣成市、威海经开区、威海高新区"
        "为优秀等次，文登区、环翠区、临港区、乳山市为良好等次，南海新区为一般等次。全市共评出优秀等次3个、"
        "良好等次4个、一般等次1个。",
    ),
    ("head", "三、考核反映的主要情况"),
    (
        "body",
        "（一）经济发展类指标总体较好。各区市经济发展类平均得分36.45分，得分率91.1%，荣成市得分最高，为"
        "38.46分，各区市之间的差距主要来自地区生产总值增速和规上工业增加值增速两项指标。创新驱动类平均得分18.11分，得分率90.5%，威海高新区得分19.46分，居各区市第1位，"
        "威海经开区居第2位。",
    ),
    (
        "body",
        "（二）项目建设拉开差距。项目建设类指标中，荣成市、威海经开区得分均在23分以上，南海新区、环翠区"
        "得分相对靠后，最低的南海新区比最高的荣成市少2.22分。项目建设类平均得分22.56分，得分率90.2%，"
        "是四类指标中得分率最低的一类。民生保障类平均得分13.55分，得分率90.4%，各区市得分较为接近。",
    ),
    (
        "body",
        "（三）多数区市较上年进步。与上年相比，6个区市总分有所提高，其中威海高新区提高3.27分，名次前移"
        "2位；荣成市提高1.86分，连续保持第1位；乳山市名次后退1位。",
    ),
    (
        "body",
        "（四）加扣分情况。8个区市共获得加分9.20分，主要来自国家级试点示范、重大改革创新成果和上级表彰；"
        "共被扣分3.70分，主要涉及安全生产、生态环境和信访稳定。南海新区扣分0.90分，为各区市最多。",
    ),
    (
        "body",
        "（五）数据质量进一步提升。考核期间，市考核办会同市统计局对指标数据开展交叉核查，共核查数据420项次，"
        "发现并纠正数据差错17项，较上年减少9项；对2个区市数据报送不及时的问题进行了通报。",
    ),
    ("head", "四、结果运用"),
    (
        "body",
        "考核结果按60%的权重计入区市领导班子和领导干部年度综合考核，并作为安排区市转移支付、"
        "建设用地指标的重要参考。对获得优秀等次的区市予以通报表扬；"
        "对一般等次的区市，由市考核办约谈其主要负责同志，督促制定整改措施，整改情况纳入下一年度考核。",
    ),
    (
        "body",
        "各区市要对照考核结果查找短板弱项，聚焦得分率较低的指标制定整改清单，于4月15日前报市考核办。"
        "2025年度考核办法将结合新一轮发展目标修订，拟将考核指标精简至30项以内，项目建设类分值提高到30分，"
        "并加大对科技创新和招商引资实绩的考核权重。",
    ),
    ("right", "威海市高质量发展综合考核工作领导小组办公室"),
    ("right", "2025年3月6日"),
]

STYLES = {"body": BODY, "plain": PLAIN, "head": HEAD, "title": TITLE, "number": NUMBER, "right": RIGHT}


def flow(items: list[tuple[str, str]]) -> list:
    return [Paragraph(text, STYLES[kind]) for kind, text in items]


def score_table() -> Table:
    table = Table(
        [HEADER, *SCORES],
        colWidths=[24 * mm] + [17.5 * mm] * 8,
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        )
    )
    return table


def page_foot(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10.5)
    canvas.drawCentredString(A4[0] / 2, 14 * mm, f"— {doc.page} —")
    canvas.restoreState()


def build() -> None:
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=25 * mm,
        invariant=1,
        title="关于2024年度区市高质量发展综合考核结果的通报",
        author="威海市高质量发展综合考核工作领导小组办公室",
        creator="",
        subject="",
    )
    story = flow(BEFORE_TABLE)
    story += [
        Paragraph("表1　2024年度区市高质量发展综合考核得分情况（单位：分）", CAPTION),
        score_table(),
        Spacer(1, 8),
    ]
    story += flow(AFTER_TABLE)
    doc.build(story, onFirstPage=page_foot, onLaterPages=page_foot)


if __name__ == "__main__":
    build()
    print(f"wrote {NAME}")
