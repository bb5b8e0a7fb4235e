"""Builds 03_gongye_yunxing.pdf with reportlab: 六安市经济和信息化局's brief on December 2023's
industry, set in the non-embedded Adobe font STSong-Light, with the bulletin's masthead, body paragraphs
wrapped by reportlab, one table whose header has two rows (指标 | 12月: 绝对数, 增长 | 1—12月: 绝对数,
增长), a page number at each page's foot and the distribution block at the end.

reportlab is not in the project's environment; install it beside it and run with invariant output:

    pip install --target /tmp/rl93 reportlab
    PYTHONPATH=/tmp/rl93 python3 make_pdf.py
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
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "03_gongye_yunxing.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

MAST = ParagraphStyle(
    "mast", fontName=FONT, fontSize=26, leading=34, alignment=TA_CENTER, textColor=colors.red
)
ISSUE = ParagraphStyle("issue", fontName=FONT, fontSize=12, leading=20, alignment=TA_CENTER)
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=26, alignment=TA_CENTER, spaceBefore=8)
HEAD = ParagraphStyle("head", fontName=FONT, fontSize=12, leading=21, spaceBefore=4)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=21, firstLineIndent=24, wordWrap="CJK")
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=14, alignment=TA_CENTER)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=10.5, leading=17, wordWrap="CJK")
RIGHT = ParagraphStyle("right", fontName=FONT, fontSize=12, leading=21, alignment=TA_RIGHT)

BLOCKS: list[tuple[str, str]] = [
    (
        "p",
        "2023年，面对市场需求偏弱、主要产品价格下行等困难，全市经信系统扎实开展工业稳增长专项行动，"
        "工业经济逐季回暖、稳中有进。现将12月份及全年工业经济运行情况简析如下。",
    ),
    ("h", "一、总体运行情况"),
    (
        "p",
        "（一）工业增速稳中有升。12月份，全市规模以上工业增加值同比增长9.3%，比11月份加快1.1个百分点，"
        "为全年单月最高。1—12月，全市规上工业增加值增长7.8%，比1—11月加快0.2个百分点，增速比全省高0.3个百分点，"
        "增速居全省第6位，较1—11月前移1位。",
    ),
    (
        "p",
        "（二）效益指标有所改善。1—12月，全市规上工业企业实现营业收入2675.4亿元，增长9.6%；实现利润总额138.2亿元，"
        "增长5.3%，利润增速低于营收增速4.3个百分点；营业收入利润率为5.17%。其中12月份实现营业收入268.4亿元，"
        "增长11.2%，实现利润总额14.6亿元，增长8.7%，均快于全年。12月末，全市规上工业亏损企业312家，"
        "亏损面17.5%，比11月末收窄1.2个百分点。",
    ),
    (
        "p",
        "（三）工业用电持续回暖。12月份，全市工业用电量5.86亿千瓦时，同比增长10.2%；1—12月，工业用电量"
        "62.47亿千瓦时，增长8.1%，占全社会用电量的54.3%。",
    ),
    ("h", "二、分县区运行情况"),
    (
        "p",
        "1—12月，各县区、开发区规上工业增加值均实现正增长。叶集区、霍山县、六安经开区增速位居前三，"
        "分别增长12.6%、11.4%、10.8%；舒城县、六安高新区、金安区分别增长9.6%、9.1%、8.3%，均高于全市平均水平；"
        "裕安区增长7.2%。金寨县、霍邱县受光伏组件价格下跌和钢铁行业需求减弱影响，分别增长5.2%、4.6%，"
        "分别低于全市2.6个、3.2个百分点。",
    ),
    ("h", "三、分行业运行情况"),
    (
        "p",
        "1—12月，全市开展生产的37个工业行业大类中，有26个行业增加值同比增长，增长面为70.3%。主导产业中，"
        "装备制造业增加值增长13.2%，新能源产业增长24.6%，家居产业增长10.4%，新材料产业增长6.9%，"
        "绿色食品产业增长5.8%。高技术制造业增加值增长18.6%，占规上工业增加值的12.4%。从主要产品看，"
        "太阳能电池产量468.3万千瓦，增长130.2%；铁矿石原矿1862.4万吨，增长3.8%；家具286.5万件，增长7.4%。",
    ),
    ("h", "四、企业培育情况"),
    (
        "p",
        "全年新增规上工业企业186家，其中12月份新入库23家；因规模下降、关停等原因退库54家，年末全市规上工业企业"
        "达到1786家。全年新认定省级专精特新中小企业64家、国家级专精特新“小巨人”企业5家，累计分别达到312家、21家。"
        "营业收入超10亿元的工业企业38家，比上年增加4家。",
    ),
    ("h", "五、工业投资情况"),
    (
        "p",
        "1—12月，全市工业投资增长14.6%，高于全部投资增速7.9个百分点，占全部投资的比重为38.6%；其中工业技术改造投资"
        "增长20.5%。全年新开工亿元以上工业项目203个，完成投资186.4亿元，其中12月份新开工21个。",
    ),
    ("h", "六、需要关注的问题"),
    (
        "p",
        "一是企业盈利能力偏弱，全市规上工业企业中利润下降的企业占38.2%。二是产品价格持续走低，"
        "全年工业生产者出厂价格下降2.6%，光伏、钢材等产品价格降幅较大。三是新入库企业规模偏小，"
        "新入库企业户均营业收入仅4216万元。",
    ),
    ("h", "七、下步工作"),
    (
        "p",
        "综合研判，预计2024年1—2月全市规上工业增加值增长8%左右。下步，市经信局将紧盯重点企业、重点行业和新投产项目，"
        "力争一季度规上工业增加值增长8.5%以上，新增规上工业企业40家以上；全年新增规上工业企业150家以上。",
    ),
]

TABLE_TITLE = "表1　2023年12月全市工业主要指标"
TABLE = [
    ["指标", "12月", "", "1—12月", ""],
    ["", "绝对数", "增长（%）", "绝对数", "增长（%）"],
    ["规上工业增加值", "—", "9.3", "—", "7.8"],
    ["其中：高技术制造业", "—", "21.4", "—", "18.6"],
    ["　　　装备制造业", "—", "15.6", "—", "13.2"],
    ["规上工业营业收入（亿元）", "268.4", "11.2", "2675.4", "9.6"],
    ["规上工业利润总额（亿元）", "14.6", "8.7", "138.2", "5.3"],
    ["工业用电量（亿千瓦时）", "5.86", "10.2", "62.47", "8.1"],
    ["工业投资", "—", "—", "—", "14.6"],
    ["其中：技术改造投资", "—", "—", "—", "20.5"],
    ["新增规上工业企业（家）", "23", "—", "186", "—"],
]
TABLE_NOTE = "注：规上工业增加值及其分项只发布增速；1—12月利润总额为快报数。"

DISTRIBUTION = [
    "报：市委、市人大常委会、市政府、市政协有关负责同志。",
    "送：省经济和信息化厅，市发展改革委、市统计局。",
    "发：各县区经济和信息化局，六安经开区、六安高新区经济发展局。",
]


def story() -> list:
    out: list = [
        Paragraph("工业经济运行简析", MAST),
        Paragraph("2023年第12期", ISSUE),
        Paragraph("（内部资料　注意保存）", ISSUE),
        Paragraph("六安市经济和信息化局　　　　　　　　　　　　2024年1月22日", ISSUE),
        HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceBefore=4, spaceAfter=6),
        Paragraph("2023年12月份全市工业经济运行简析", TITLE),
        Spacer(1, 6),
    ]
    for kind, text in BLOCKS:
        out.append(Paragraph(text, HEAD if kind == "h" else BODY))
        if text.startswith("（三）工业用电"):
            out += [
                Spacer(1, 8),
                Paragraph(TABLE_TITLE, CELL),
                Spacer(1, 4),
                table(),
                Paragraph(TABLE_NOTE, SMALL),
            ]
    out += [Spacer(1, 10), HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceAfter=4)]
    out += [Paragraph(line, SMALL) for line in DISTRIBUTION]
    out += [HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4)]
    out.append(Paragraph("六安市经济和信息化局办公室　　2024年1月22日印发", RIGHT))
    return out


def table() -> Table:
    grid = Table(TABLE, colWidths=[52 * mm, 26 * mm, 24 * mm, 26 * mm, 24 * mm], repeatRows=2)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (3, 0), (4, 0)),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ]
        )
    )
    return grid


def page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 11)
    canvas.drawCentredString(A4[0] / 2, 14 * mm, f"— {doc.page} —")
    canvas.restoreState()


if __name__ == "__main__":
    pdf = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=26 * mm,
        rightMargin=26 * mm,
        topMargin=30 * mm,
        bottomMargin=26 * mm,
        title="2023年12月份全市工业经济运行简析",
        author="六安市经济和信息化局",
        invariant=1,
    )
    pdf.build(story(), onFirstPage=page_number, onLaterPages=page_number)
    print(f"wrote {NAME}")
