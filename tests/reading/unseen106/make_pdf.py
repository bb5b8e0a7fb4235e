"""Builds 04_zhuangbei_zhizao_lian.pdf with reportlab: the 装备制造 industrial chain's report on 2024, set
in the non-embedded Adobe font STSong-Light, with a ruled, numbered table of the chain's ten key enterprises
(序号, 企业名称, 产值（亿元）, 增长（%）, 所在地) whose long names wrap inside their narrow cells, and a page
number at each page's foot.

reportlab is not in the project's environment; it was installed for this set only with
``pip install --target /tmp/rl106 reportlab``. ``rl_config.invariant`` fixes the document id and dates,
so each run writes the same bytes:

    /work/main/.venv/bin/python make_pdf.py
"""

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl106")

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
NAME = "04_zhuangbei_zhizao_lian.pdf"
FONT = "STSong-Light"
TITLE_TEXT = "齐齐哈尔市装备制造产业链2024年度发展报告"

pdfmetrics.registerFont(UnicodeCIDFont(FONT))
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=24, alignment=1)
SUB = ParagraphStyle("sub", fontName=FONT, fontSize=11, leading=18, alignment=1)
HEAD = ParagraphStyle("head", fontName=FONT, fontSize=12, leading=20, spaceBefore=6)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18, wordWrap="CJK", firstLineIndent=22)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK")
NOTE = ParagraphStyle("note", fontName=FONT, fontSize=10, leading=16)

PARAS: list[tuple[str, str]] = [
    (
        "p",
        (
            "2024年，装备制造产业链在链长、副市长高振东的带领下，坚持“链主引领、配套跟进、集群发展”，"
            "稳订单、扩产能、强配套，全链运行好于年初预期。现将全年情况报告如下。"
        ),
    ),
    ("h", "一、全链运行情况"),
    (
        "p",
        (
            "年末全链共有规模以上工业企业148家，比上年末增加9家，其中年产值亿元以上企业43家。"
            "全年全链完成规上工业产值612.8亿元，同比增长8.7%，比全市规上工业产值增速高3.2个百分点，"
            "占全市规上工业总产值的38.4%；实现利润总额29.5亿元，增长10.2%；上缴税金18.3亿元，增长6.5%。"
            "从季度走势看，四季度全链产值178.9亿元，增长11.6%，比前三季度加快4.1个百分点；"
            "12月当月产值64.3亿元，增长13.2%，创年内单月新高。"
        ),
    ),
    (
        "p",
        (
            "分领域看，重型装备、轨道交通装备、农机装备、机床工具四个领域产值分别为236.4亿元、168.5亿元、"
            "82.6亿元和74.2亿元，分别增长6.9%、10.8%、15.3%和9.1%；电力装备、通用零部件等其余领域产值"
            "合计51.1亿元。农机装备受大豆玉米机收需求拉动，增速在四个领域中最高。全链出口交货值23.4亿元，增长16.7%。"
        ),
    ),
    (
        "p",
        (
            "分地区看，富拉尔基区装备制造产值218.6亿元，占全链的35.7%；铁锋区产值142.3亿元；"
            "齐齐哈尔高新区产值67.9亿元，增长19.4%，增速居各县（市、区）和园区第一。"
            "全链完成工业投资增长22.6%，高于全市工业投资增速7.4个百分点。北岳重装年产2万吨大型核电锻件扩能项目"
            "年内完成投资6.8亿元，已进入设备安装阶段；鹤城轨道新能源铁路货车生产线项目总投资14.6亿元，"
            "12月完成主体厂房封顶。"
        ),
    ),
    ("h", "二、链长制推进情况"),
    (
        "p",
        (
            "链长全年带队走访链上企业32次，召开链长专题推进会6次，收集企业反映问题49个，已协调解决47个，"
            "解决率95.9%。组织产销对接会4场，促成链上企业与省内外整机企业签订配套合同56份、金额18.7亿元。"
            "全年新引进装备制造项目24个，签约协议总额126.5亿元，10亿元以上的大项目有4个；实施技术改造项目58个，"
            "完成技改投资41.3亿元，增长18.5%。全链本地配套率为29.4%，较上年提升2.4个百分点。"
            "新认定高新技术企业21家，新增省级专精特新中小企业16家，全链研发经费投入强度为2.8%。"
        ),
    ),
    ("h", "三、重点企业运行"),
    (
        "p",
        (
            "全链产值排名前10位的企业合计产值304.6亿元，增长9.2%，快于全链0.5个百分点，"
            "占全链的49.7%，比上年提高0.2个百分点（见下表）。"
            "链主企业齐齐哈尔北岳重型装备制造有限公司产值86.4亿元，居全链第一，"
            "全年新签大型铸锻件订单约42亿元；黑龙江北疆现代农业机械装备股份有限公司产值增长15.6%，"
            "在前10位企业中增速排第2位。前10位企业中只有1家产值下降。"
        ),
    ),
]

TABLE_TITLE = "表　2024年装备制造产业链产值前10位企业"
TABLE = [
    ["序号", "企业名称", "产值（亿元）", "增长（%）", "所在地"],
    ["1", "齐齐哈尔北岳重型装备制造有限公司", "86.4", "6.2", "富拉尔基区"],
    ["2", "黑龙江鹤城轨道交通车辆装备有限公司", "72.9", "9.8", "铁锋区"],
    ["3", "齐齐哈尔嫩江精密数控机床集团有限公司", "33.8", "12.4", "建华区"],
    ["4", "黑龙江北疆现代农业机械装备股份有限公司", "28.3", "15.6", "齐齐哈尔高新区"],
    ["5", "齐齐哈尔鹤翔重型铸锻科技有限公司", "21.7", "7.1", "富拉尔基区"],
    ["6", "齐齐哈尔卜奎铁路货车配件制造有限公司", "17.5", "11.9", "铁锋区"],
    ["7", "黑龙江嫩原智能农机科技有限公司", "14.2", "21.3", "讷河市"],
    ["8", "齐齐哈尔龙华电力成套设备有限公司", "11.6", "-3.4", "龙沙区"],
    ["9", "齐齐哈尔昂溪精工刀具有限公司", "9.8", "8.5", "昂昂溪区"],
    ["10", "黑龙江碾山矿山机械制造有限公司", "8.4", "5.2", "碾子山区"],
]

AFTER: list[tuple[str, str]] = [
    ("h", "四、存在的问题"),
    (
        "p",
        (
            "一是订单来源偏窄，重型装备企业约六成订单来自冶金、电力两个行业，受行业投资周期影响大。"
            "二是本地配套不足，链上企业所需的铸锻件、液压件近四成仍从市外采购。三是企业融资压力较大，"
            "43家亿元以上企业中资产负债率超过70%的有9家。四是高端人才短缺，全链研发人员只占从业人员的4.6%。"
        ),
    ),
    ("h", "五、2025年目标"),
    (
        "p",
        (
            "2025年，力争全链规上工业产值突破660亿元，增长8%以上；新培育年产值超10亿元企业2家；"
            "本地配套率提高到32%；新引进项目不少于25个。预计一季度全链产值增长7%左右。"
        ),
    ),
]
NOTES = [
    "注：产值为规模以上工业总产值（现价），增长速度按可比价格计算。",
    "齐齐哈尔市装备制造产业链链长办公室（市工业和信息化局代章）　　2025年1月22日",
]


def foot(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 36, f"— {doc.page} —")
    canvas.restoreState()


def paragraphs(items: list[tuple[str, str]]) -> list:
    return [Paragraph(text, HEAD if kind == "h" else BODY) for kind, text in items]


def story() -> list:
    out = [
        Paragraph(TITLE_TEXT, TITLE),
        Paragraph("齐齐哈尔市装备制造产业链链长办公室　　2025年1月22日", SUB),
        Spacer(1, 10),
    ]
    out += paragraphs(PARAS)
    out += [Spacer(1, 8), Paragraph(TABLE_TITLE, HEAD), Spacer(1, 6)]
    cells = [[row[0], Paragraph(row[1], CELL), *row[2:]] if i else row for i, row in enumerate(TABLE)]
    table = Table(cells, colWidths=[36, 132, 74, 64, 96])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    out += [table, Spacer(1, 8)]
    out += paragraphs(AFTER)
    out += [Spacer(1, 8)] + [Paragraph(n, NOTE) for n in NOTES]
    return out


if __name__ == "__main__":
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        title=TITLE_TEXT,
        author="齐齐哈尔市装备制造产业链链长办公室",
        subject="装备制造产业链年度发展报告",
        creator="齐齐哈尔市装备制造产业链链长办公室",
        leftMargin=64,
        rightMargin=64,
        topMargin=64,
        bottomMargin=64,
    )
    doc.build(story(), onFirstPage=foot, onLaterPages=foot)
    print(f"wrote {NAME}")
