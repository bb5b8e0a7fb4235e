"""Builds 02_gongye_touzi_shuangyue.pdf with reportlab: a two-page bimonthly bulletin set in the
non-embedded Adobe font STSong-Light, whose county table starts at the foot of page 1 and runs on to
page 2 (the header row repeated there), and a page number at each page's foot.

reportlab is not a project dependency; it was installed apart (pip install --target /tmp/rl105 reportlab).
``invariant`` and the fixed metadata make each run write the same bytes:

    /work/main/.venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl105")

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
NAME = "02_gongye_touzi_shuangyue.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ParagraphStyle("t", fontName=FONT, fontSize=17, leading=24, alignment=TA_CENTER)
SUB = ParagraphStyle("s", fontName=FONT, fontSize=10.5, leading=16, alignment=TA_CENTER)
HEAD = ParagraphStyle("h", fontName=FONT, fontSize=11.5, leading=17, spaceBefore=3, spaceAfter=1)
BODY = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=15, firstLineIndent=21, wordWrap="CJK")
NOTE = ParagraphStyle("n", fontName=FONT, fontSize=9, leading=14, wordWrap="CJK")
CELL = ParagraphStyle("c", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_CENTER)

HEADER = [
    ("p0", "运城市工业和投资运行双月报", TITLE),
    ("p0", "2025年第2期（总第38期）", SUB),
    ("p0", "运城市统计局　　　　2025年5月20日", SUB),
]

BODY_TEXT: list[tuple[str, str]] = [
    (
        "p",
        "【本期要点】1—4月，全市规上工业增速7.2%，居全省第3位；固定资产投资增速5.8%，居全省第2位。",
    ),
    ("h", "一、规模以上工业生产稳中加快"),
    (
        "p",
        "1—4月，全市规模以上工业增加值同比增长7.2%，增速比一季度加快0.7个百分点，比全省平均水平高3.1个百分点。"
        "4月当月增长9.1%，比3月加快2.2个百分点。",
    ),
    (
        "p",
        "分门类看，制造业增长8.4%，采矿业增长3.6%，电力、燃气及水的生产和供应业增长5.2%。"
        "制造业增加值占规上工业的比重为63.8%，比上年同期提高1.9个百分点。",
    ),
    (
        "p",
        "分行业看，全市规上工业涉及的31个行业大类中，有19个行业增加值同比增长，增长面为61.3%。"
        "重点行业中，增长较快的有汽车制造业（26.7%）、电气机械和器材制造业（18.2%）、"
        "有色金属冶炼和压延加工业（11.3%）和医药制造业（9.8%）；农副食品加工业、黑色金属冶炼和压延加工业"
        "分别增长6.1%和2.4%；煤炭开采和洗选业、化学原料和化学制品制造业、非金属矿物制品业分别下降1.2%、4.3%和7.5%。",
    ),
    (
        "p",
        "主要产品产量方面，原铝42.6万吨，增长3.8%；原镁8.35万吨，增长12.6%；粗钢412.8万吨，下降1.9%；"
        "焦炭186.4万吨，下降5.2%；汽车3.26万辆，增长31.5%，其中新能源汽车1.87万辆，增长58.4%；"
        "发电量118.7亿千瓦时，增长4.4%。",
    ),
    (
        "p",
        "4月末，全市规上工业企业782家，比年初净增21家。1—4月，全社会工业用电量62.38亿千瓦时，增长6.9%。"
        "1—3月，全市规上工业企业营业收入合计608.7亿元，同比增长5.6%；实现利润18.3亿元，增长12.1%；"
        "亏损面为31.2%，比上年同期收窄2.4个百分点。",
    ),
    ("h", "二、固定资产投资增速有所回落"),
    (
        "p",
        "1—4月，全市固定资产投资同比增长5.8%，比全省高6.7个百分点，增速比一季度回落1.1个百分点。",
    ),
    (
        "p",
        "三次产业投资中，第一产业增长12.5%，第二产业增长14.6%，第三产业下降1.3%。"
        "工业投资增长14.9%，占全部投资的41.3%；其中制造业投资增长21.7%，工业技术改造投资增长30.2%。"
        "基础设施投资增长3.4%，其中交通运输业投资增长8.7%，水利管理业投资下降15.2%。"
        "民间投资增长2.7%，占全部投资的47.5%。房地产开发投资下降11.8%，降幅比一季度收窄1.6个百分点；"
        "商品房销售面积56.3万平方米，下降8.4%。",
    ),
    (
        "p",
        "从项目看，全市在库施工项目1126个，比上年同期增加84个；其中计划总投资亿元以上项目352个，"
        "完成投资增长9.6%。新开工项目287个，比上年同期减少23个，新开工项目完成投资下降7.4%。",
    ),
    ("h", "三、分县（市、区）和开发区情况"),
    (
        "p",
        "规上工业增加值增速最快的是河津市，增长12.4%，闻喜县、芮城县分别增长10.8%和9.4%；夏县下降1.5%。"
        "固定资产投资增速以垣曲县最高，增长22.4%；盐湖区、万荣县、平陆县为负增长。开发区方面，"
        "运城空港经济开发区规上工业增加值增长31.2%，运城经开区固定资产投资增长18.5%。各地主要指标见表1。",
    ),
]

TABLE_TITLE = "表1　2025年1—4月各县（市、区）和开发区主要指标"
TABLE = [
    ["地区", "规上工业增加值增速（%）", "位次", "固定资产投资增速（%）", "位次"],
    ["全市", "7.2", "—", "5.8", "—"],
    ["盐湖区", "5.4", "9", "-4.6", "12"],
    ["临猗县", "6.8", "7", "8.9", "5"],
    ["万荣县", "4.1", "10", "-2.1", "11"],
    ["闻喜县", "10.8", "2", "12.6", "3"],
    ["稷山县", "7.9", "5", "6.4", "7"],
    ["新绛县", "3.2", "11", "5.1", "8"],
    ["绛县", "8.6", "4", "15.3", "2"],
    ["垣曲县", "6.1", "8", "22.4", "1"],
    ["夏县", "-1.5", "13", "3.8", "10"],
    ["平陆县", "2.7", "12", "-9.3", "13"],
    ["芮城县", "9.4", "3", "10.2", "4"],
    ["永济市", "7.3", "6", "4.7", "9"],
    ["河津市", "12.4", "1", "7.6", "6"],
    ["运城经开区", "8.9", "—", "18.5", "—"],
    ["运城空港经济开发区", "31.2", "—", "26.9", "—"],
]

AFTER: list[tuple[str, str]] = [
    (
        "n",
        "注：位次为13个县（市、区）之间的排序，开发区不参与排序。规上工业指年主营业务收入在2000万元以上的"
        "工业企业；固定资产投资统计的是计划总投资在500万元以上的项目。",
    ),
    ("h", "四、需要关注的问题"),
    (
        "p",
        "一是工业增长集中度偏高，汽车制造业和有色金属冶炼和压延加工业对规上工业增长的贡献率合计达到54.6%，"
        "个别重点企业检修即会带动全市增速明显波动。二是项目接续不足，新开工项目个数和完成投资双双下降。"
        "三是房地产开发投资降幅虽有收窄，仍是拖累全部投资的主要因素。",
    ),
    ("h", "五、下阶段工作建议"),
    (
        "p",
        "5—6月，建议各地紧盯停产减产企业复产和新投产企业入规，力争上半年新增规上工业企业40家；"
        "对计划新开工但尚未开工的项目逐个排出开工时间，确保上半年全市固定资产投资增长6%以上。"
        "各县（市、区）统计局要加强对新入库项目的数据质量核查，对完成投资明显偏离进度的项目及时实地核实。",
    ),
    ("n", "报送：市委、市人大、市政府、市政协领导　　　分送：市直有关部门，各县（市、区）统计局"),
]


def story() -> list:
    out: list = []
    for _, text, style in HEADER:
        out.append(Paragraph(text, style))
    out.append(Spacer(1, 4 * mm))
    for kind, text in BODY_TEXT:
        out.append(Paragraph(text, HEAD if kind == "h" else BODY))
    out.append(Spacer(1, 2 * mm))
    out.append(Paragraph(TABLE_TITLE, SUB))
    rows = [[Paragraph(c, CELL) for c in row] for row in TABLE]
    table = Table(rows, colWidths=[40 * mm, 46 * mm, 14 * mm, 46 * mm, 14 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    out.append(table)
    out.append(Spacer(1, 2 * mm))
    for kind, text in AFTER:
        style = {"h": HEAD, "n": NOTE}.get(kind, BODY)
        out.append(Paragraph(text, style))
    return out


def foot(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
    canvas.restoreState()


if __name__ == "__main__":
    pdf = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title="运城市工业和投资运行双月报（2025年第2期）",
        author="运城市统计局",
        subject="2025年1—4月工业和投资运行情况",
        creator="运城市统计局",
        invariant=1,
    )
    pdf.build(story(), onFirstPage=foot, onLaterPages=foot)
    print(f"wrote {NAME}")
