"""Builds 03_lianzhang_gongzuo_jianbao.pdf: the 船舶海工产业链链长制办公室 工作简报 (第10期), set with
reportlab in the non-embedded Adobe font STSong-Light, the body lines broken as a typesetter would (a
number is never split, closing punctuation never starts a line), a running head and a page number on
every page, and the chain's ten key enterprises in a real reportlab table.

reportlab is not in the project's venv; install it beside it and run with invariant output, so each run
writes the same bytes:

    pip install --target /tmp/rl91 reportlab
    PYTHONPATH=/tmp/rl91 python3 make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "03_lianzhang_gongzuo_jianbao.pdf"
FONT = "STSong-Light"
SIZE = 11.5
LEFT = RIGHT = 26 * mm
LINE_WIDTH = A4[0] - LEFT - RIGHT - 16
INDENT = "\u3000\u3000"

pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ["船舶海工产业链链长制", "工作简报"]
ISSUE = "第10期"
SIGN = "南通市船舶海工产业链链长制办公室　　　　　　　2024年11月8日"

BODY: list[tuple[str, str]] = [
    ("h", "一、产业链运行情况"),
    (
        "p",
        "1—10月，全市船舶海工产业链规上企业286家，实现产值1586.4亿元，同比增长16.8%，占全市规上工业"
        "总产值的15.4%，对全市规上工业产值增长的贡献率为29.0%；链上规上企业亏损面为8.4%，比上年同期收窄"
        "3.1个百分点。其中，船舶制造及配套产值1073.7亿元，"
        "增长21.2%；海工装备及配套产值512.7亿元，增长8.5%。10月当月，产业链实现产值172.3亿元，增长19.6%。",
    ),
    (
        "p",
        "三大造船指标保持高位。造船完工量486.2万载重吨，增长21.3%；新承接订单892.5万载重吨，增长38.6%；"
        "10月末手持订单2316.8万载重吨，同比增长24.1%。三项指标分别占全省的27.6%、31.2%、29.4%。按目前排产计划，"
        "预计全年造船完工量将超过580万载重吨。",
    ),
    (
        "p",
        "分地区看，启东市、海门区、如皋市产业链产值分别为526.3亿元、318.7亿元、212.4亿元，三地合计占全链的"
        "66.7%。链上产值超百亿元企业3家、超50亿元企业5家，重点企业情况见附表。",
    ),
    ("h", "二、链长制工作推进情况"),
    (
        "p",
        "（一）链长领衔推动。1—10月，链长、副链长带队走访企业56家次，召开链长工作推进会3次、专题协调会"
        "14次，协调解决船台船坞改造、用海用地、岸线使用等重大事项23项。",
    ),
    (
        "p",
        "（二）问题诉求闭环办理。依托“链上企业问题直通车”，累计收集企业问题诉求217个，已解决198个，解决率"
        "91.2%，比9月末提高2.6个百分点；其余19个均已明确责任单位和办理时限。10月新收集问题16个，当月办结"
        "20个（含前期结转）。从问题类型看，用工类问题占38.2%，主要集中在电焊、涂装等工种。",
    ),
    (
        "p",
        "（三）强化要素保障。组织银企对接会4场，帮助链上企业新增授信86.5亿元；协调解决用海5宗、用地约"
        "1350亩；联合人社部门举办专场招聘会9场，为链上企业引进焊工、涂装工等技能人才3200余人。",
    ),
    (
        "p",
        "（四）抓实项目建设。链上在建亿元以上项目48个，1—10月完成投资126.3亿元，完成年度计划的90.2%，"
        "超时序进度6.9个百分点。启东海上风电装备产业园项目完成投资12.8亿元，总装车间已投入使用。船舶本地"
        "配套率51.6%，同比提高2.4个百分点。",
    ),
    (
        "p",
        "（五）推动协同创新。由链主企业牵头组建船舶海工创新联合体，吸纳链上中小企业和高校院所31家；1—10月，"
        "链上企业新认定高新技术企业12家，新获授权发明专利146件，增长18.7%。",
    ),
    ("h", "三、近期重点任务"),
    (
        "i",
        "1.推动海门沧澜船舶LNG运输船建造基地二期开工。责任单位：海门区政府、市发展改革委；完成时限："
        "2024年12月底前。",
    ),
    (
        "i",
        "2.开展船舶配套本地化采购对接，年内组织供需对接活动不少于2场，推动本地配套率提高到55%。责任单位："
        "市工业和信息化局、各县（市、区）政府；完成时限：2024年12月底前。",
    ),
    (
        "i",
        "3.协调解决如皋港区船舶企业用电增容问题。责任单位：国网南通供电公司、如皋市政府；完成时限："
        "2024年11月底前。",
    ),
    (
        "i",
        "4.支持链主企业联合高校建设船舶智能制造中试平台。责任单位：市科技局、市工业和信息化局；完成时限："
        "2025年6月底前。",
    ),
    (
        "i",
        "5.做好2025年省级船舶海工重点项目申报。责任单位：市发展改革委、市工业和信息化局；完成时限："
        "2024年12月15日前。",
    ),
    ("h", "四、下步打算"),
    (
        "p",
        "紧扣全年目标，力争全年产业链产值突破1900亿元、增长15%以上；问题诉求解决率保持在90%以上；年内新增"
        "规上企业10家以上。",
    ),
]

TABLE_TITLE = "附表　2024年1—10月船舶海工产业链重点企业产值情况"
TABLE = [
    ["企业名称", "1—10月产值（亿元）", "增速（%）", "所在地"],
    ["启东澜帆海工装备有限公司", "218.6", "19.4", "启东市"],
    ["南通瀚洋船舶重工有限公司", "186.4", "22.5", "南通经济技术开发区"],
    ["海门沧澜船舶制造有限公司", "142.8", "31.6", "海门区"],
    ["如皋港鑫舟船舶有限公司", "98.3", "12.7", "如皋市"],
    ["江苏远帆海洋工程有限公司", "76.5", "-4.2", "启东市"],
    ["南通恒舸船舶配套有限公司", "45.2", "15.8", "崇川区"],
    ["海门海擎重工有限公司", "38.7", "26.3", "海门区"],
    ["启东华沣船舶电气有限公司", "21.9", "8.4", "启东市"],
    ["通州湾蓝港海工钢构有限公司", "18.6", "46.2", "通州湾示范区"],
    ["如东洋口港海韵风电装备有限公司", "15.4", "9.1", "如东县"],
]
TABLE_NOTE = "以上10家企业合计产值862.4亿元，占全链的54.4%。"

TAIL = [
    "报：市委、市政府主要领导，船舶海工产业链链长、副链长",
    "送：市各有关部门，各县（市、区）政府，各园区管委会",
    "（共印30份）",
]

NUMBER = re.compile(r"[0-9.%\-A-Za-z]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str) -> list[str]:
    """Lines that fit LINE_WIDTH; a number or a Latin word is never split, closing punctuation never
    starts a line."""
    lines = []
    while text:
        cut = 1
        while cut < len(text) and pdfmetrics.stringWidth(text[: cut + 1], FONT, SIZE) <= LINE_WIDTH:
            cut += 1
        if cut < len(text):
            while cut < len(text) and text[cut] in NO_LINE_START:
                cut += 1
            while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
                cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    return lines


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=SIZE * 1.75)
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=24, leading=34, alignment=TA_CENTER),
        "issue": ParagraphStyle("issue", parent=base, fontSize=13, leading=22, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_CENTER),
        "h": ParagraphStyle("h", parent=base, fontSize=12.5, leading=24, spaceBefore=4),
        "p": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13),
        "cap": ParagraphStyle("cap", parent=base, fontSize=11, alignment=TA_CENTER, spaceBefore=6),
        "small": ParagraphStyle("small", parent=base, fontSize=10, leading=16),
    }


def page(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawString(LEFT, A4[1] - 16 * mm, "船舶海工产业链链长制工作简报")
    canvas.drawRightString(A4[0] - RIGHT, A4[1] - 16 * mm, "2024年第10期")
    canvas.line(LEFT, A4[1] - 17.5 * mm, A4[0] - RIGHT, A4[1] - 17.5 * mm)
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 14 * mm, f"— {doc.page} —")
    canvas.restoreState()


def story() -> list:
    st = styles()
    out: list = [Paragraph(line, st["title"]) for line in TITLE]
    out += [Paragraph(ISSUE, st["issue"]), Paragraph(SIGN, st["sign"]), Spacer(1, 6)]
    for kind, text in BODY:
        if kind == "h":
            out.append(Paragraph(text, st["h"]))
        else:
            out.append(Paragraph("<br/>".join(wrap(INDENT + text)), st["p"]))
    out.append(Paragraph(TABLE_TITLE, st["cap"]))
    rows = [[Paragraph(cell, st["cell"]) for cell in row] for row in TABLE]
    table = Table(rows, colWidths=[58 * mm, 38 * mm, 22 * mm, 38 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
            ]
        )
    )
    out += [table, Spacer(1, 4), Paragraph(TABLE_NOTE, st["p"]), Spacer(1, 14)]
    out += [Paragraph(line, st["small"]) for line in TAIL]
    return out


def main() -> None:
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        title="船舶海工产业链链长制工作简报（第10期）",
        author="南通市船舶海工产业链链长制办公室",
        creator="",
        producer="",
        invariant=1,
    )
    doc.build(story(), onFirstPage=page, onLaterPages=page)
    print(f"wrote {NAME}")


if __name__ == "__main__":
    main()
