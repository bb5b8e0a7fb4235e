"""Builds 03_xianqu_zhuyao_zhibiao_paiwei.pdf with reportlab: the 营口市统计局 table that ranks the six
counties and districts and the three parks on five indicators for 2025 1—9月, with a ruled table (a header of
two rows with spanned cells), the table's notes and a short analysis whose lines are broken at about 58
characters (a number is never split). The text is set in the non-embedded CID font STSong-Light.

reportlab is not a project dependency; it was installed for this set with
``pip install --target /tmp/rl112 reportlab``. ``rl_config.invariant`` fixes the creation date and the
document id, so every run writes the same bytes:

    PYTHONPATH=/tmp/rl112 .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl112")

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "03_xianqu_zhuyao_zhibiao_paiwei.pdf"
FONT = "STSong-Light"
WIDTH = 58
NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")

TITLE = "2025年1—9月营口市县（市）区及园区主要经济指标排位表"
BYLINE = "营口市统计局　　2025年10月27日"
INTRO = (
    "现将2025年1—9月各县（市）区和重点园区五项主要经济指标的完成情况和排位印发给你们，"
    "请对照表中增速和位次查找差距，结合实际抓好四季度各项工作。"
    "排位结果将作为年度综合考核的重要参考。"
)
D = "—"
TABLE = [
    ["地区", "地区生产总值", "", "规模以上工业增加值", "", "社会消费品零售总额", "", "", "固定资产投资", "",
     "一般公共预算收入", "", ""],
    ["", "增速（%）", "位次", "增速（%）", "位次", "总量（亿元）", "增速（%）", "位次", "增速（%）", "位次",
     "总量（亿元）", "增速（%）", "位次"],
    ["全市", "5.3", D, "7.2", D, "512.64", "4.1", D, "3.8", D, "98.36", "3.5", D],
    ["站前区", "4.6", "5", "3.2", "6", "96.42", "3.4", "5", "-6.3", "6", "6.12", "1.8", "5"],
    ["西市区", "4.2", "6", "5.4", "5", "58.73", "2.9", "6", "2.1", "5", "4.86", "-2.6", "6"],
    ["鲅鱼圈区", "5.8", "2", "7.9", "3", "112.58", "4.6", "2", "6.5", "2", "24.35", "5.2", "2"],
    ["老边区", "5.1", "4", "8.6", "2", "31.26", "5.6", "1", "8.9", "1", "5.73", "6.9", "1"],
    ["盖州市", "5.5", "3", "9.6", "1", "78.94", "4.5", "3", "3.7", "4", "9.48", "3.1", "4"],
    ["大石桥市", "6.0", "1", "6.9", "4", "134.71", "4.0", "4", "4.4", "3", "18.64", "4.6", "3"],
    ["营口经开区", D, D, "8.2", "1", D, D, D, "7.2", "2", "21.76", "4.9", "2"],
    ["营口高新区", D, D, "7.4", "2", D, D, D, "11.5", "1", "3.92", "8.3", "1"],
    ["营口自贸片区", D, D, "5.1", "3", D, D, D, "-2.4", "3", "5.35", "-1.5", "3"],
]  # fmt: skip
NOTES = [
    "注：1.本表数据为初步统计数，最终以年度统计数据为准。",
    "2.位次按增速由高到低排列，县（市）区在6个县（市）区之间排位，园区在3个园区之间单独排位。",
    "3.园区不单独核算地区生产总值和社会消费品零售总额，表中以“—”表示。",
    "4.营口经开区与鲅鱼圈区、营口自贸片区与营口经开区区域有交叉，园区数据与县（市）区数据不能相加。",
    "5.各项增速按可比口径计算，位次相同的按增速小数点后第二位区分。",
]
ANALYSIS: list[tuple[str, str]] = [
    ("h", "一、总体情况"),
    (
        "p",
        "前三季度，全市地区生产总值、规上工业增加值分别增长5.3%和7.2%，社会消费品零售总额、"
        "固定资产投资分别增长4.1%和3.8%，一般公共预算收入增长3.5%。6个县（市）区中，地区生产总值增速"
        "高于全市的有3个，规上工业增加值增速高于全市的有3个，固定资产投资负增长的有1个；3个园区中，"
        "规上工业增加值增速高于全市的有2个。",
    ),
    ("h", "二、县（市）区排位"),
    (
        "p",
        "大石桥市地区生产总值增长6.0%，增速居县区第1位；社会消费品零售总额134.71亿元，总量居县区第1位，"
        "占县区合计的26.3%。盖州市规上工业增加值增长9.6%，高于全市2.4个百分点，居县区第1位。"
        "老边区固定资产投资增长8.9%、一般公共预算收入增长6.9%，两项增速均居县区第1位；"
        "社会消费品零售总额增速也居第1位，但总量仅31.26亿元，居县区末位。"
        "鲅鱼圈区一般公共预算收入24.35亿元，占县区合计的35.2%，总量继续居县区首位。"
        "站前区固定资产投资下降6.3%，降幅比上半年扩大2.1个百分点。西市区地区生产总值增长4.2%，"
        "低于全市1.1个百分点，与一般公共预算收入增速均列县区第6位。与上半年相比，盖州市地区生产总值增速"
        "由第4位升至第3位，老边区由第3位降至第4位；大石桥市规上工业增加值增速由第6位升至第4位。",
    ),
    ("h", "三、园区排位"),
    (
        "p",
        "营口经开区规上工业增加值增长8.2%，居园区第1位；一般公共预算收入21.76亿元，占3个园区合计的70.1%。"
        "营口高新区固定资产投资增长11.5%，高于全市7.7个百分点，与一般公共预算收入增速均居园区第1位。"
        "营口自贸片区固定资产投资和一般公共预算收入分别下降2.4%和1.5%，两项均居园区第3位。",
    ),
    ("h", "四、需要关注的问题"),
    (
        "p",
        "一是投资分化明显。站前区、营口自贸片区固定资产投资负增长，9月末两地在建亿元以上项目分别只有9个和6个，"
        "后续支撑不足。二是消费恢复偏慢。6个县（市）区中，社会消费品零售总额增速低于全市的有3个，"
        "其中西市区增速比全市低1.2个百分点。三是财政收入增长不均衡。西市区、营口自贸片区一般公共预算收入"
        "同比下降；老边区、营口高新区收入增速虽高，但总量分别只有5.73亿元和3.92亿元，对全市的拉动有限。",
    ),
    ("h", "五、有关要求"),
    (
        "p",
        "四季度时间紧、任务重。各县（市）区、园区要对照年初确定的目标任务，逐项盯紧排位靠后的指标，"
        "确保全年地区生产总值增长5.5%左右；四季度全市规上工业增加值增速力争保持在7%以上，"
        "固定资产投资增速力争不低于4%。各县（市）区、园区要在10月底前报送四季度重点项目和重点企业推进清单，"
        "市统计局将按月跟踪通报排位变化。",
    ),
]


def wrap(text: str) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
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


def footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(landscape(A4)[0] / 2, 24, f"— {doc.page} —")
    canvas.restoreState()


def build() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    title = ParagraphStyle("t", fontName=FONT, fontSize=16, leading=24, alignment=1)
    byline = ParagraphStyle("b", fontName=FONT, fontSize=10.5, leading=16, alignment=1)
    head = ParagraphStyle("h", fontName=FONT, fontSize=12, leading=20)
    body = ParagraphStyle("p", fontName=FONT, fontSize=11, leading=18)
    note = ParagraphStyle("n", fontName=FONT, fontSize=9, leading=14)

    story = [Paragraph(TITLE, title), Paragraph(BYLINE, byline), Spacer(1, 8)]
    story.append(Paragraph("<br/>".join(wrap(INTRO)), body))
    story.append(Spacer(1, 8))
    table = Table(TABLE, colWidths=[72] + [52] * 12, repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (3, 0), (4, 0)),
                ("SPAN", (5, 0), (7, 0)),
                ("SPAN", (8, 0), (9, 0)),
                ("SPAN", (10, 0), (12, 0)),
                ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E8E8E8")),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 6))
    story += [Paragraph(n, note) for n in NOTES]
    story.append(Spacer(1, 10))
    story.append(Paragraph("附：排位情况简析", head))
    for kind, text in ANALYSIS:
        story.append(Paragraph(text, head) if kind == "h" else Paragraph("<br/>".join(wrap(text)), body))
    story.append(Spacer(1, 10))
    story.append(Paragraph("营口市统计局综合科　　联系电话：0417-2836172", note))

    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=landscape(A4),
        leftMargin=48,
        rightMargin=48,
        topMargin=44,
        bottomMargin=48,
        title=TITLE,
        author="营口市统计局",
        subject="县（市）区及园区主要经济指标排位",
        creator="营口市统计局",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
    print(f"wrote {NAME}")
