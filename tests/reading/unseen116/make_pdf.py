"""Builds 04_zhuqi_lianluoyuan_zhoubao.pdf: a weekly bulletin of the city's enterprise liaison officers,
set with reportlab's platypus in the non-embedded Adobe font STSong-Light, with one real table (a grid of
eight problems). ``invariant=1`` fixes the creation date and document id, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl116 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "04_zhuqi_lianluoyuan_zhoubao.pdf"
FONT = "STSong-Light"

pdfmetrics.registerFont(UnicodeCIDFont(FONT))
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=18, leading=26, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", fontName=FONT, fontSize=11, leading=18, alignment=TA_CENTER)
HEAD = ParagraphStyle("head", fontName=FONT, fontSize=12, leading=20, spaceBefore=6)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK")
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=11, wordWrap="CJK")
FOOT = ParagraphStyle("foot", fontName=FONT, fontSize=10, leading=16, wordWrap="CJK")

HEADER = [
    (TITLE, "马鞍山市驻企联络员工作周报"),
    (SUB, "2025年第24期（6月9日—6月15日）"),
    (SUB, "马鞍山市驻企联络员工作领导小组办公室　　　　2025年6月16日"),
]

PARTS: list[tuple[str, str]] = [
    ("h", "一、本周工作概况"),
    (
        "p",
        "本周，全市612名驻企联络员共走访企业874家次，召开政企座谈会16场，收集企业问题63个，当周解决38个，"
        "问题当周解决率60.3%。其中，市级联络员走访企业126家次、收集问题11个；县区、开发区联络员走访企业748家次、"
        "收集问题52个。本周通过12345政务服务便民热线转办的涉企诉求27件，已全部分派到相关联络员跟进。"
        "从本周问题类型看，用工类14个，占22.2%，主要是汽车零部件、电子信息企业订单增加后一线普工和技术工人短缺；"
        "融资类11个、要素保障类10个，其余为政策兑现和审批服务类。",
    ),
    ("h", "二、累计工作情况"),
    (
        "p",
        "全市共选派驻企联络员612名，联系服务企业1986家，实现规上工业企业全覆盖。今年以来，联络员累计走访企业"
        "2.36万家次，收集问题1248个，已办结1106个，办结率88.6%，比上周提高1.2个百分点；正在办理142个，"
        "其中超过办理时限的9个。本周共办结问题70个，其中当周新收集问题38个、往周结转问题32个。"
        "已办结问题回访满意率98.7%。今年以来，通过联络员推动兑现惠企政策资金3.86亿元，"
        "惠及企业1127家次；协调金融机构为企业新增授信28.4亿元。",
    ),
    (
        "p",
        "从问题类型看，要素保障类286个、政策兑现类263个、融资类214个、用工类197个、审批服务类156个、其他132个，"
        "其中要素保障类问题占比最高，为22.9%，主要集中在扩产用地、用电增容和标准化厂房需求等方面。",
    ),
    ("h", "三、各县区、开发区情况"),
    (
        "p",
        "从累计办结率看，博望区、当涂县、马鞍山经开区分别为93.5%、92.1%、91.4%，位居前列；和县、郑蒲港新区"
        "分别为82.6%、83.9%，分别低于全市平均水平6.0个、4.7个百分点，需加大督办力度。本周新收集问题中，"
        "雨山区12个，为各地最多；含山县、慈湖高新区均为4个。",
    ),
    (
        "p",
        "博望区推行“联络员+产业链专员”双员服务机制，为32家链主企业和配套企业建立“一企一档”，本周帮助企业"
        "对接上下游订单3笔、金额1260万元。当涂县建立问题“周交办、月通报”制度，累计办结率始终保持在90%以上。"
        "本周有4名联络员未按要求完成走访任务，已由所在单位约谈提醒；全市联络员本周在线填报走访日志868条，"
        "按时填报率97.3%。",
    ),
    ("h", "四、本周需市级协调的重点问题"),
    ("p", "本周收集的问题中，需市级层面协调解决的8个，具体见下表。"),
]

TABLE = [
    ["序号", "企业", "问题", "责任单位", "办理时限", "进展"],
    [
        "1",
        "马鞍山钜恒精密部件有限公司（博望区）",
        "扩产需新增工业用地约45亩",
        "博望区政府、市自然资源和规划局",
        "7月31日前",
        "已完成用地预审，正在组卷报批",
    ],
    [
        "2",
        "安徽澄远新材料科技有限公司（慈湖高新区）",
        "新建产线需用电增容4000千伏安",
        "国网马鞍山供电公司",
        "6月30日前",
        "已办结",
    ],
    [
        "3",
        "马鞍山弘泰汽车零部件有限公司（当涂县）",
        "订单增加，急需熟练焊工120名",
        "市人社局、当涂县政府",
        "6月30日前",
        "已举办专场招聘会2场，到岗76人",
    ],
    [
        "4",
        "安徽中翼智能装备有限公司（马鞍山经开区）",
        "流动资金贷款缺口约3000万元",
        "市地方金融管理局",
        "6月25日前",
        "已对接银行2家，获授信2500万元",
    ],
    [
        "5",
        "马鞍山鑫岳环保科技有限公司（含山县）",
        "技改设备补助资金186万元尚未兑付",
        "市经信局、含山县政府",
        "6月20日前",
        "已办结，资金已拨付到企业",
    ],
    [
        "6",
        "安徽润达港口物流有限公司（郑蒲港新区）",
        "进港道路约1.2公里需提档改造",
        "郑蒲港新区管委会",
        "8月31日前",
        "已完成设计，正在招标",
    ],
    [
        "7",
        "马鞍山睿驰新能源科技有限公司（雨山区）",
        "申报高新技术企业需要辅导",
        "市科技局",
        "9月30日前",
        "已安排专人上门辅导",
    ],
    [
        "8",
        "安徽慈湖精工机械有限公司（慈湖高新区）",
        "出口退税办理周期长，涉及金额约420万元",
        "市税务局",
        "6月30日前",
        "已办结，退税已到账",
    ],
]
WIDTHS = [9 * mm, 36 * mm, 46 * mm, 28 * mm, 18 * mm, 37 * mm]

TAIL: list[tuple[str, str]] = [
    ("h", "五、下周工作安排"),
    (
        "p",
        "下周是上半年收官的关键一周，各级联络员要聚焦企业稳产达产、订单承接和要素需求，力争走访企业900家次以上，"
        "推动在办问题再办结70个以上，确保6月底累计办结率达到90%以上，超期问题全部清零。对办理时限内确实无法解决的问题，"
        "要向企业当面说明情况、明确办理计划，做到件件有回音。",
    ),
    (
        "p",
        "同时，各县区、开发区要结合上半年重点项目“双过半”调度，对尚未开工项目涉及的企业诉求建立专门台账，"
        "由联络员逐周跟进、逐件销号，确保问题不积压、不反弹。",
    ),
]

FOOTER = [
    "报送：市委、市政府主要负责同志，市委、市政府分管负责同志",
    "抄送：各县区、开发区驻企联络员工作专班，市直有关单位",
    "联系人：韩予晨　　电话：0555-2376418",
]


def story() -> list:
    out: list = [Paragraph(text, style) for style, text in HEADER]
    out.append(Spacer(1, 6 * mm))

    def add(parts: list[tuple[str, str]]) -> None:
        for kind, text in parts:
            out.append(Paragraph(text, HEAD if kind == "h" else BODY))

    add(PARTS)
    out.append(Spacer(1, 3 * mm))
    grid = Table([[Paragraph(c, CELL) for c in row] for row in TABLE], colWidths=WIDTHS, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]
        )
    )
    out.append(grid)
    out.append(Spacer(1, 3 * mm))
    add(TAIL)
    out.append(Spacer(1, 8 * mm))
    out.extend(Paragraph(line, FOOT) for line in FOOTER)
    return out


if __name__ == "__main__":
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="马鞍山市驻企联络员工作周报（2025年第24期）",
        author="马鞍山市驻企联络员工作领导小组办公室",
        invariant=1,
    )
    doc.build(story())
    print(f"wrote {NAME}")
