"""Builds 04_jingkaiqu_yuebao.pdf with reportlab: the 镇江经开区 monthly report for May 2025, text set in
the non-embedded CID font STSong-Light, a running head and a page foot on every page, and one project table
that runs over the page break (its header row repeated on the second page).

Body paragraphs are wrapped here, not by reportlab, so that no number is split across lines. reportlab's
invariant mode fixes the creation date and the document id, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl99 .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "04_jingkaiqu_yuebao.pdf"
FONT = "STSong-Light"
SIZE = 10.5
LEFT = RIGHT = 22 * mm
WIDTH = A4[0] - LEFT - RIGHT

pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "镇江经济技术开发区经济运行月报"
ISSUE = "2025年第5期（总第173期）"
EDITOR = "镇江经开区经济发展局　编　　　　　　　　2025年6月16日"
HEAD_LEFT = "镇江经开区经济运行月报"
HEAD_RIGHT = "2025年第5期"

BEFORE: list[tuple[str, str]] = [
    ("h", "一、主要经济指标"),
    (
        "p",
        "1—5月，全区实现规上工业总产值612.8亿元，同比增长7.6%；规上工业增加值增长8.9%，"
        "高于全市0.3个百分点，增速在全市各辖市区和功能区中居第3位。5月当月完成规上工业总产值131.2亿元，"
        "增长9.3%，为今年以来单月最快增速。分产业看，化工新材料、高端装备、新能源三大主导产业分别实现产值"
        "248.6亿元、163.4亿元和97.5亿元，合计占全区规上工业总产值的83.1%。",
    ),
    (
        "p",
        "全区固定资产投资增长6.1%，其中工业投资增长13.5%，占全部投资的52.7%。一般公共预算收入38.46亿元，"
        "增幅3.2%，其中税收完成32.17亿元，税收占比83.6%。外贸进出口126.8亿元，增长8.1%，"
        "占全市外贸总量的25.7%。实际使用外资1.86亿美元，增长12.4%，完成年度目标4亿美元的46.5%。"
        "规上工业企业亩均税收21.6万元，增长5.4%。",
    ),
    (
        "p",
        "创新动能持续增强。1—5月，全区高新技术产业产值占规上工业总产值的比重为56.3%，比上年同期提高"
        "1.8个百分点；新增省级以上研发机构6家，技术合同成交额18.4亿元，增长26.5%。工业用电量24.17亿千瓦时，"
        "增长6.9%，其中5月份用电5.36亿千瓦时，增长8.2%。",
    ),
    ("h", "二、招商引资和项目建设"),
    (
        "p",
        "1—5月，全区新签约亿元以上项目15个，协议总投资143.6亿元，其中10亿元以上项目4个、协议投资96.2亿元。"
        "5月份，组织外出招商12批次，接待来访客商46批次，新签约项目3个。",
    ),
    (
        "p",
        "全区36个市重大项目年度计划投资128.9亿元，1—5月完成投资62.4亿元，完成率48.4%，超过时序进度"
        "6.7个百分点，居全市第一。9个省重大项目完成投资38.5亿元，完成年度计划的51.2%，已提前实现“过半”。"
        "36个市重大项目中，今年计划新开工的14个已开工11个，开工率78.6%。16个重点项目推进情况见下表。",
    ),
]

TABLE_TITLE = "表　2025年1—5月重点项目推进情况"
HEADER = [
    "序号",
    "项目名称",
    "总投资\n（亿元）",
    "年度计划\n（亿元）",
    "1—5月完成\n（亿元）",
    "完成率\n（%）",
]
PROJECTS = [
    ("年产20万吨高性能聚烯烃弹性体项目", 46.0, 12.5, 6.8),
    ("航空复合材料结构件产业化基地项目", 32.0, 8.0, 4.1),
    ("年产12GWh储能电池项目", 55.0, 15.0, 7.9),
    ("大港港区集装箱码头三期工程", 24.6, 6.2, 2.7),
    ("高端精细化学品一体化项目", 38.5, 9.6, 5.2),
    ("年产3万吨电子级多晶硅材料项目", 28.0, 7.0, 3.1),
    ("智能输配电装备产业园项目", 15.2, 4.8, 2.6),
    ("生物基可降解材料项目", 12.8, 4.0, 2.2),
    ("东部片区污水处理厂扩建工程", 6.4, 2.5, 1.1),
    ("年产500台套航空发动机零部件项目", 9.6, 3.2, 1.7),
    ("新能源汽车热管理系统项目", 11.5, 3.6, 1.9),
    ("数字化仓储物流中心项目", 7.8, 2.4, 1.0),
    ("人才公寓及配套学校项目", 8.9, 3.0, 1.1),
    ("年产8万吨高纯电子化学品项目", 16.0, 4.4, 2.5),
    ("氢能装备研发制造基地项目", 10.2, 3.1, 1.2),
    ("港城路快速化改造工程", 7.2, 2.7, 1.0),
]
NOTE = "注：表中项目均为市重大项目；完成率为1—5月完成投资占年度计划的比重。"

AFTER: list[tuple[str, str]] = [
    ("h", "三、企业服务"),
    (
        "p",
        "5月份新增规上工业企业7家，全区规上工业企业达到392家。企业服务专员当月走访企业186家次，"
        "收集问题31个，已解决24个，解决率77.4%，其余问题已明确责任部门和办理时限。"
        "组织银企对接会2场，帮助12家企业获得新增贷款6.8亿元。",
    ),
    ("h", "四、存在问题"),
    (
        "p",
        "一是化工产品价格持续走低，化工新材料产业产值下降2.3%，部分企业开工负荷不足八成。二是个别项目进度偏慢，"
        "表中人才公寓及配套学校项目、港城路快速化改造工程等3个项目完成率低于40%，主要受拆迁扫尾和进口设备"
        "到货周期拉长影响。三是外贸订单不够稳定，5月份出口增速比4月回落3.4个百分点。",
    ),
    ("h", "五、6月份工作安排"),
    (
        "p",
        "力争上半年全区规上工业总产值突破740亿元，市重大项目完成率达到55%以上，实际使用外资达到2.2亿美元；"
        "6月份计划新开工项目5个、总投资38亿元，全力冲刺“双过半”。下半年重点抓好储能电池、聚烯烃弹性体等项目"
        "投产达效，确保全年规上工业总产值增长7%以上。",
    ),
]

TOKEN = re.compile(r"[0-9][0-9.]*(%|个百分点|亿千瓦时|亿美元|万元|亿元|家次|批次|[个家场]|[A-Za-z]+)?")
NO_LINE_START = set("，。；、：）％%”")


def width(text: str) -> float:
    return pdfmetrics.stringWidth(text, FONT, SIZE)


def wrap(text: str, indent: str = "\u3000\u3000") -> str:
    """Lines that fit the frame: a number and its unit never split, no line opens on closing punctuation."""
    text = indent + text
    lines = []
    while width(text) > WIDTH - 2:
        cut = 1
        while cut < len(text) and width(text[: cut + 1]) <= WIDTH - 2:
            cut += 1
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut -= 1
        while any(m.start() < cut < m.end() for m in TOKEN.finditer(text)):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    lines.append(text)
    return "\n".join(lines)


BODY = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=18)
HEAD = ParagraphStyle("head", parent=BODY, fontSize=11.5, leading=22, spaceBefore=4)
TITLE_STYLE = ParagraphStyle("title", parent=BODY, fontSize=17, leading=30)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=15)


def centred(text: str, style: ParagraphStyle) -> Preformatted:
    pad = (WIDTH - pdfmetrics.stringWidth(text, FONT, style.fontSize)) / 2
    return Preformatted(text, ParagraphStyle(style.name + "c", parent=style, leftIndent=pad))


def blocks(items: list[tuple[str, str]]) -> list:
    return [
        Preformatted(text, HEAD) if kind == "h" else Preformatted(wrap(text), BODY) for kind, text in items
    ]


def project_table() -> Table:
    rows: list[list[str]] = [HEADER]
    for n, (name, total, plan, done) in enumerate(PROJECTS, start=1):
        rows.append([str(n), name, f"{total:.1f}", f"{plan:.1f}", f"{done:.1f}", f"{done / plan * 100:.1f}"])
    total, plan, done = (round(sum(p[k] for p in PROJECTS), 1) for k in (1, 2, 3))
    rows.append(["", "合计", f"{total:.1f}", f"{plan:.1f}", f"{done:.1f}", f"{done / plan * 100:.1f}"])
    cols = [10 * mm, 70 * mm, 20 * mm, 20 * mm, 23 * mm, 18 * mm]
    table = Table(rows, colWidths=cols, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                ("LEADING", (0, 0), (-1, -1), 12),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def decorate(canvas, doc) -> None:
    """The running head (with a rule under it) and the page foot, on every page."""
    canvas.saveState()
    canvas.setFont(FONT, 9)
    top = A4[1] - 14 * mm
    canvas.drawString(LEFT, top, HEAD_LEFT)
    canvas.drawRightString(A4[0] - RIGHT, top, HEAD_RIGHT)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, top - 3, A4[0] - RIGHT, top - 3)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"第 {doc.page} 页")
    canvas.restoreState()


def main() -> None:
    story = [
        centred(TITLE, TITLE_STYLE),
        centred(ISSUE, BODY),
        centred(EDITOR, BODY),
        Spacer(1, 6),
        *blocks(BEFORE),
        Spacer(1, 4),
        centred(TABLE_TITLE, BODY),
        project_table(),
        Preformatted(NOTE, SMALL),
        *blocks(AFTER),
    ]
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="镇江经济技术开发区经济运行月报（2025年第5期）",
        author="镇江经开区经济发展局",
        subject="经济运行月报",
        creator="make_pdf.py",
        invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    print(f"wrote {NAME}")


if __name__ == "__main__":
    main()
