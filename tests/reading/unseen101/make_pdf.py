"""Builds 02_xianshiqu_zhibiao.pdf with reportlab: 渭南市统计局's note on the counties' half-year
figures, set in the non-embedded Adobe font STSong-Light, the body as justified paragraphs that wrap where
the line is full, one real table of the eleven 县市区 with a grid, a note under the table and a page number
at each foot.

reportlab is not in the project's environment; install it apart and run (the same bytes every time):

    pip install --target /tmp/rl101 reportlab
    PYTHONPATH=/tmp/rl101 python3 <this folder>/make_pdf.py
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
NAME = "02_xianshiqu_zhibiao.pdf"
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


TITLE = style("title", 16, TA_CENTER, 26)
SUB = style("sub", 11, TA_CENTER, 18)
BODY = style("body", 11.5, TA_JUSTIFY, 20, indent=23)
HEAD = style("head", 11.5, TA_LEFT, 20, indent=23)
CAPTION = style("caption", 11, TA_CENTER, 18)
CELL = style("cell", 9.5, TA_CENTER, 13)
NOTE = style("note", 9.5, TA_LEFT, 15)
SIGN = style("sign", 11, TA_RIGHT, 18)

TOP = [
    (TITLE, "2025年上半年渭南市县域经济主要指标"),
    (SUB, "渭南市统计局　　2025年7月22日"),
]

BEFORE: list[tuple[ParagraphStyle, str]] = [
    (
        BODY,
        "上半年，各县市区围绕稳增长、抓项目、促消费持续用力，县域经济总体延续平稳增长态势，"
        "但县市区之间分化仍较明显。现将分县市区主要指标和简要分析公布如下，供各级各部门参考。",
    ),
    (HEAD, "一、地区生产总值"),
    (
        BODY,
        "上半年全市地区生产总值1046.83亿元，同比增长5.4%。从总量看，韩城市实现地区生产总值186.52亿元，"
        "继续居全市第一；临渭区176.38亿元，居第二位；富平县达到118.64亿元，超过蒲城县居全市第三位。"
        "从增速看，富平县增长6.8%，居全市第1位，高于全市1.4个百分点；蒲城县、大荔县分别增长6.5%、6.2%。"
        "增速高于全市平均水平的县市区有6个，比一季度增加2个。韩城市、潼关县分别增长4.3%、4.6%，"
        "低于全市1.1个百分点和0.8个百分点，主要受焦化、钢铁、黄金等产品价格和产量波动影响。"
        "分季度看，二季度有7个县市区当季增速快于一季度，其中大荔县二季度当季增长6.9%，"
        "比一季度加快1.4个百分点，是回升幅度最大的县。",
    ),
    (HEAD, "二、规模以上工业"),
    (
        BODY,
        "全市规模以上工业增加值增长7.8%。分县市区看，9个县市区实现正增长，其中5个增速高于全市。"
        "澄城县受煤炭产能释放带动，增长12.3%，居全市第一；富平县、蒲城县分别增长10.6%、9.8%。"
        "韩城市增长3.9%，比一季度回落1.2个百分点。白水县、潼关县分别下降1.6%、3.4%，"
        "其中潼关县主要是两家黄金采选企业停产检修所致，预计7月下旬复产后降幅将明显收窄。",
    ),
    (HEAD, "三、固定资产投资"),
    (
        BODY,
        "全市固定资产投资增长4.3%。8个县市区投资实现正增长，6个增速高于全市。大荔县增长12.4%，"
        "居全市第一，主要是冷链物流和果蔬加工项目集中进入施工高峰；富平县增长8.9%，澄城县增长7.2%。"
        "韩城市、华阴市、白水县分别下降2.7%、5.6%、3.2%，新开工项目接续不足的问题需要引起重视。",
    ),
    (HEAD, "四、消费和居民收入"),
    (
        BODY,
        "全市社会消费品零售总额为386.52亿元，比上年同期增长4.6%。临渭区社会消费品零售总额98.76亿元，占全市的25.6%，"
        "增长5.2%；韩城市71.34亿元，增长3.8%。华阴市受华山景区客流带动，住宿餐饮收入快速增长，"
        "社会消费品零售总额增长7.9%，增速居全市第一。潼关县、合阳县增速均低于3%，县城商业网点偏少、"
        "消费外流的问题比较突出。居民收入方面，富平县城镇居民人均可支配收入为24318元，居全市第一；"
        "白水县农村常住居民人均可支配收入增长7.6%，高于全市1.2个百分点，主要是苹果收购价格回升、"
        "果农经营净收入增加。",
    ),
    (HEAD, "五、开发区"),
    (
        BODY,
        "渭南高新区规上工业总产值218.4亿元，增长12.7%；其中增材制造企业完成产值26.8亿元，"
        "占全市增材制造产业产值的82.2%。渭南经开区规上工业总产值86.9亿元，增长15.2%；"
        "固定资产投资增长21.5%，高于全市17.2个百分点。",
    ),
    (HEAD, "六、下阶段关注的问题"),
    (
        BODY,
        "一是工业增长过度依赖少数行业，煤炭、化工价格若继续回落，韩城市、蒲城县等地的工业增速可能放缓。"
        "二是投资后劲偏弱，有3个县市区投资仍为负增长，需加快三季度集中开工项目入库纳统。"
        "三是县域消费增长不均衡，部分县城商贸设施陈旧，对周边乡镇的辐射带动能力不强。"
        "四是部分县市区统计基础工作仍有薄弱环节，要防止漏统、错统，确保数据真实准确。",
    ),
]

TABLE = [
    [
        "县市区",
        "地区生产总值\n（亿元）",
        "增速\n（%）",
        "增速\n位次",
        "规上工业增加值\n增速（%）",
        "固定资产投资\n增速（%）",
    ],
    ["全市", "1046.83", "5.4", "—", "7.8", "4.3"],
    ["临渭区", "176.38", "4.8", "9", "8.4", "5.1"],
    ["华州区", "72.18", "5.5", "6", "6.9", "3.8"],
    ["潼关县", "49.61", "4.6", "10", "-3.4", "2.1"],
    ["大荔县", "98.46", "6.2", "3", "7.5", "12.4"],
    ["合阳县", "60.12", "5.7", "5", "8.8", "4.9"],
    ["澄城县", "68.73", "5.9", "4", "12.3", "7.2"],
    ["蒲城县", "105.27", "6.5", "2", "9.8", "6.4"],
    ["白水县", "48.57", "5.2", "7", "-1.6", "-3.2"],
    ["富平县", "118.64", "6.8", "1", "10.6", "8.9"],
    ["韩城市", "186.52", "4.3", "11", "3.9", "-2.7"],
    ["华阴市", "62.35", "5.0", "8", "5.2", "-5.6"],
]

NOTES = [
    "注：1.地区生产总值绝对额按现价计算，增速按可比价格计算。",
    "2.增速位次为各县市区地区生产总值增速在全市的排序。",
    "3.临渭区数据含渭南高新区、渭南经开区。",
    "4.规上工业按年营收2000万元以上的工业企业统计；固定资产投资数据不含农户。",
    "5.各县市区数据为初步核算数，如有修订，以年报数据为准。",
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
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 14 * mm, f"— {doc.page} —")
    canvas.restoreState()


def story() -> list:
    flow: list = []
    for st, text in TOP:
        flow += [Paragraph(text, st), Spacer(1, 3 * mm)]
    flow.append(Spacer(1, 2 * mm))
    for st, text in BEFORE:
        flow.append(Paragraph(text, st))
    flow += [Spacer(1, 3 * mm), Paragraph("表1　2025年上半年各县市区主要经济指标", CAPTION)]
    flow += [grid(TABLE, [20, 30, 18, 16, 34, 34]), Spacer(1, 2 * mm)]
    for text in NOTES:
        flow.append(Paragraph(text, NOTE))
    flow += [Spacer(1, 6 * mm), Paragraph("渭南市统计局综合科　联系电话：0913-2136407", SIGN)]
    return flow


if __name__ == "__main__":
    out = HERE / NAME
    pdf = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=28 * mm,
        bottomMargin=26 * mm,
        title="2025年上半年渭南市县域经济主要指标",
        author="渭南市统计局",
        invariant=1,
    )
    pdf.build(story(), onFirstPage=footer, onLaterPages=footer)
    print(f"wrote {NAME}")
