"""Builds 01_qiansanjidu_jingji_yunxing.pdf with reportlab: a statistics bureau's quarterly release set in
the non-embedded CID font STSong-Light (real, extractable Chinese text), prose sections, then two real pdf
tables drawn with ruled grids, notes and a page number at each page's foot.

reportlab is not in the project's environment; it is installed apart and put on the path:

    pip install --target /tmp/rl115 reportlab
    PYTHONPATH=/tmp/rl115 .venv/bin/python <this folder>/make_pdf.py

``invariant=1`` fixes the creation date and the document id, so each run writes the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "01_qiansanjidu_jingji_yunxing.pdf"
FONT = "STSong-Light"

TITLE = "2024年前三季度全市经济运行情况"
ISSUER = "扬州市统计局　　2024年10月28日"

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，面对外部环境变化带来的不利影响，全市上下坚持稳中求进工作总基调，扎实推动各项政策落地见效，"
        "经济运行总体平稳、稳中有进，主要指标保持在合理区间，三季度回升态势进一步巩固。",
    ),
    (
        "p",
        "初步核算，前三季度全市实现地区生产总值5486.37亿元，按不变价格计算，同比增长5.8%，比上半年加快"
        "0.3个百分点，高于全省0.1个百分点，增速居全省第4位。分产业看，第一产业增加值238.42亿元，增长3.2%；"
        "第二产业增加值2545.86亿元，增长6.4%；第三产业增加值2702.09亿元，增长5.4%。第三产业增加值占地区"
        "生产总值的比重为49.3%。",
    ),
    ("h", "一、农业生产总体稳定"),
    (
        "p",
        "前三季度，全市农林牧渔业总产值412.65亿元，按可比价格计算增长3.4%。生猪出栏132.6万头，同比下降"
        "2.4%；9月末生猪存栏98.4万头，同比增长1.3%。家禽出栏5236.8万羽，增长4.1%；水产品产量22.3万吨，"
        "增长2.0%。",
    ),
    ("h", "二、工业生产较快增长"),
    (
        "p",
        "前三季度，全市规模以上工业增加值同比增长8.1%，高于全省0.6个百分点，增速居全省第3位。9月当月，"
        "规上工业增加值增长9.4%，比8月加快1.1个百分点。分经济类型看，国有控股企业增长5.6%，股份制企业增长"
        "8.4%，外商及港澳台商投资企业增长7.2%。全市35个工业行业大类中，有26个行业增加值实现增长，增长面为"
        "74.3%。重点行业中，汽车制造业增长12.6%，电气机械和器材制造业增长15.3%，专用设备制造业增长9.8%，"
        "化学原料和化学制品制造业增长5.2%。",
    ),
    (
        "p",
        "新动能加快成长。高技术制造业增加值增长14.7%，高于规上工业6.6个百分点，占规上工业增加值的比重为"
        "24.6%，比上年同期提高1.2个百分点。9月末，全市规上工业企业3816家，比年初净增142家。前三季度，"
        "全市工业开票销售收入7628.5亿元，增长7.9%。",
    ),
    ("h", "三、固定资产投资稳中有升"),
    (
        "p",
        "前三季度，全市固定资产投资同比增长6.2%，比上半年提高0.8个百分点。分领域看，工业投资增长10.4%，"
        "高于全部投资4.2个百分点，其中制造业投资增长12.1%；基础设施投资下降2.3%；房地产开发投资下降9.6%，"
        "降幅比上半年收窄1.5个百分点。民间投资增长3.5%，占全部投资的比重为58.2%。全市计划总投资亿元以上"
        "在建项目826个，比上年同期增加37个，完成投资增长9.1%。",
    ),
    ("h", "四、消费市场平稳增长"),
    (
        "p",
        "前三季度，全市社会消费品零售总额1236.48亿元，同比增长4.6%。按经营单位所在地分，城镇消费品零售额"
        "1046.21亿元，增长4.4%；乡村消费品零售额190.27亿元，增长5.7%。限额以上单位商品零售额中，粮油食品类、"
        "家用电器和音像器材类分别增长8.2%、11.5%，新能源汽车零售额增长36.5%，汽车类零售额下降3.2%，石油及"
        "制品类零售额下降1.8%。全市网上零售额近160亿元，增长13.7%。",
    ),
    ("h", "五、外贸外资稳中向好"),
    (
        "p",
        "前三季度，全市进出口总额672.35亿元，同比增长7.8%。其中，出口461.28亿元，增长9.6%；进口211.07亿元，"
        "增长4.0%。对“一带一路”沿线国家进出口增长11.9%，占全市进出口总额的比重接近五成。全市实际使用外资"
        "9.46亿美元，增长12.4%，总量居全省第6位。",
    ),
    ("h", "六、财政金融运行平稳"),
    (
        "p",
        "前三季度，全市一般公共预算收入282.64亿元，同比增长2.1%，其中税收收入213.35亿元，增长1.6%，税收"
        "占比75.5%。一般公共预算支出456.78亿元，增长3.3%。9月末，全市金融机构本外币各项存款余额10286.5亿元，"
        "同比增长8.2%；各项贷款余额9634.2亿元，增长10.1%，比年初增加712.6亿元。",
    ),
    ("h", "七、居民收入和物价"),
    (
        "p",
        "前三季度，全市全体居民人均可支配收入36528元，同比增长5.3%。按常住地分，城镇常住居民人均可支配收入"
        "44215元，增长4.7%；农村常住居民人均可支配收入24386元，增长6.3%，增速比城镇居民快1.6个百分点。"
        "全市居民消费价格同比上涨0.3%，其中食品烟酒类价格下降0.6%。",
    ),
    ("h", "八、县（市、区）和功能区"),
    (
        "p",
        "分地区看，江都区地区生产总值增长6.3%，增速居全市第一；邗江区地区生产总值1205.83亿元，总量居全市"
        "第一，占全市的22.0%；仪征市受化工产品价格下行影响，增速为5.0%，低于全市0.8个百分点。功能区中，"
        "扬州经开区、扬州高新区、生态科技新城规上工业增加值分别增长9.6%、11.2%、7.8%。",
    ),
    (
        "p",
        "总的看，前三季度全市经济延续恢复向好态势，但外部环境复杂性、不确定性上升，有效需求仍显不足，部分"
        "行业和企业生产经营困难较多。下阶段，要加大存量政策和增量政策落实力度，巩固经济回升向好基础，"
        "全力以赴完成全年目标任务。",
    ),
]

TABLE1_TITLE = "附表1　2024年1—9月全市主要经济指标"
TABLE1 = [
    ["主要指标", "单位", "1—9月", "同比增长（%）"],
    ["地区生产总值", "亿元", "5486.37", "5.8"],
    ["　第一产业增加值", "亿元", "238.42", "3.2"],
    ["　第二产业增加值", "亿元", "2545.86", "6.4"],
    ["　第三产业增加值", "亿元", "2702.09", "5.4"],
    ["规模以上工业增加值", "—", "—", "8.1"],
    ["固定资产投资", "—", "—", "6.2"],
    ["社会消费品零售总额", "亿元", "1236.48", "4.6"],
    ["进出口总额", "亿元", "672.35", "7.8"],
    ["实际使用外资", "亿美元", "9.46", "12.4"],
    ["一般公共预算收入", "亿元", "282.64", "2.1"],
    ["城镇常住居民人均可支配收入", "元", "44215", "4.7"],
    ["农村常住居民人均可支配收入", "元", "24386", "6.3"],
]

TABLE2_TITLE = "附表2　2024年1—9月各县（市、区）地区生产总值"
TABLE2 = [
    ["县（市、区）", "总量（亿元）", "增速（%）", "位次"],
    ["广陵区", "1012.46", "5.4", "5"],
    ["邗江区", "1205.83", "6.1", "2"],
    ["江都区", "1186.27", "6.3", "1"],
    ["宝应县", "702.18", "5.9", "4"],
    ["仪征市", "712.54", "5.0", "6"],
    ["高邮市", "667.09", "6.0", "3"],
    ["全市", "5486.37", "5.8", "—"],
]

NOTES = [
    "注：1.地区生产总值及各产业增加值绝对额按现价计算，增速按不变价格计算；附表2位次按增速排列。",
    "2.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。",
    "3.部分数据因四舍五入，分项合计与总计略有出入。",
    "联系电话：0514-87361528",
]


def styles() -> dict[str, ParagraphStyle]:
    base = {"fontName": FONT, "wordWrap": "CJK"}
    return {
        "title": ParagraphStyle("title", fontSize=17, leading=26, alignment=TA_CENTER, **base),
        "issuer": ParagraphStyle("issuer", fontSize=11, leading=20, alignment=TA_CENTER, **base),
        "h": ParagraphStyle("h", fontSize=12, leading=22, spaceBefore=4, **base),
        "p": ParagraphStyle("p", fontSize=11, leading=19, firstLineIndent=22, **base),
        "cap": ParagraphStyle("cap", fontSize=11, leading=20, alignment=TA_CENTER, spaceBefore=8, **base),
        "note": ParagraphStyle("note", fontSize=9.5, leading=15, **base),
    }


def grid(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ]
        )
    )
    return table


def footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(A4[0] / 2, 28, f"— {doc.page} —")
    canvas.restoreState()


def build() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    st = styles()
    story: list = [Paragraph(TITLE, st["title"]), Paragraph(ISSUER, st["issuer"]), Spacer(1, 8)]
    for kind, text in BODY:
        story.append(Paragraph(text, st[kind]))
    story += [Paragraph(TABLE1_TITLE, st["cap"]), grid(TABLE1, [170, 60, 90, 100]), Spacer(1, 6)]
    story += [Paragraph(TABLE2_TITLE, st["cap"]), grid(TABLE2, [120, 100, 90, 70]), Spacer(1, 8)]
    story += [Paragraph(note, st["note"]) for note in NOTES]
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=62,
        rightMargin=62,
        topMargin=60,
        bottomMargin=56,
        title=TITLE,
        author="扬州市统计局",
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
    print(f"wrote {NAME}")
