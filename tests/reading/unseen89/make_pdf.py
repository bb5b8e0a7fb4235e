"""Builds 01_tongjiju_qiansanjidu.pdf with reportlab: a two-page release of the city statistics bureau,
the body wrapped at about 40 characters as a typeset page's lines are (a number is never split), a page
header and a page number on each page, and one real table that runs over the page break with its header
row repeated on the second page (``repeatRows=1``).

The machine's CJK fonts (Noto CJK, OpenType with PostScript outlines) cannot be embedded by reportlab, so
the text is set in reportlab's built-in CID font STSong-Light (UniGB-UCS2-H, not embedded). ``invariant``
fixes the dates and the document id, so each run writes the same bytes:

    PYTHONPATH=<reportlab> .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_qiansanjidu.pdf"
FONT = "STSong-Light"
WIDTH = 40
INDENT = "\u3000\u3000"

TITLE = "2025年前三季度全市经济运行情况"
META = "发布日期：2025年10月24日　　来源：怀化市统计局　　咨询电话：0745-2712386"

BODY: list[tuple[str, str]] = [
    (
        "p",
        "前三季度，全市上下坚持稳中求进，抓项目、稳工业、促消费，经济运行总体平稳、稳中有进。"
        "根据地区生产总值统一核算结果，初步核算，前三季度全市地区生产总值1452.36亿元，按可比价格计算，"
        "同比增长5.3%，增速高出全省0.2个百分点，较上半年提升0.2个百分点，在全省14个市州中居第7位。"
        "分产业看，第一产业增加值196.84亿元，增长3.6%；第二产业增加值452.17亿元，增长5.1%；"
        "第三产业增加值803.35亿元，增长5.8%。三次产业结构为13.6∶31.1∶55.3。",
    ),
    ("h", "一、农业生产稳中有增"),
    (
        "p",
        "前三季度，全市农林牧渔业增加值202.45亿元，按可比价格计算增长3.8%。生猪出栏236.8万头，"
        "增长1.9%；9月末生猪存栏198.4万头，同比下降2.3%。禽蛋产量5.62万吨，增长4.4%。"
        "截至9月末，全市中稻已收获八成以上。",
    ),
    ("h", "二、工业生产较快增长"),
    (
        "p",
        "前三季度，全市规模工业增加值同比增长6.8%，较上半年提升0.4个百分点，增幅高出全省0.6个百分点，"
        "居全省第4位；9月当月增长8.1%，比8月加快1.2个百分点。分门类看，采矿业增加值增长2.4%，"
        "制造业增长7.5%，电力、热力、燃气及水生产和供应业增长3.9%。在全市36个工业行业大类中，"
        "有25个行业增加值保持增长，增长面为69.4%。高技术制造业增加值增长14.6%，占规模工业增加值的"
        "比重为13.2%，比上年同期提高1.1个百分点。生物医药产业增加值增长16.3%，电子信息产业增长21.7%，"
        "林产加工业下降4.5%。9月末全市规模工业企业1176家，比年初净增43家。",
    ),
    ("h", "三、固定资产投资保持增长"),
    (
        "p",
        "前三季度，全市固定资产投资同比增长4.2%，高于全省2.6个百分点，居全省第3位。其中，产业投资"
        "增长9.7%，占全部投资的52.4%；工业投资增长13.8%，高于全部投资9.6个百分点，其中制造业投资"
        "增长15.2%；基础设施投资增长3.1%；民间投资下降2.6%，降幅比上半年收窄1.9个百分点。"
        "亿元以上施工项目612个，比上年同期增加27个。房地产开发投资下降11.4%；商品房销售面积"
        "168.53万平方米，下降6.8%。主要指标见表1。",
    ),
    ("t", ""),
    ("h", "四、消费市场稳步回升"),
    (
        "p",
        "前三季度，全市社会消费品零售总额648.27亿元，同比增长5.6%，高于全省0.5个百分点，"
        "居全省第5位；9月当月增长6.2%，比8月加快0.7个百分点。按经营单位所在地分，城镇消费品零售额"
        "512.64亿元，增长5.4%；乡村消费品零售额135.63亿元，增长6.3%。受以旧换新政策带动，"
        "限额以上单位家用电器和音像器材类、通讯器材类零售额分别增长26.8%、31.5%，汽车类零售额"
        "下降3.2%。全市接待游客3862.4万人次，增长11.6%。",
    ),
    ("h", "五、对外贸易较快增长"),
    (
        "p",
        "前三季度，全市进出口总额98.46亿元，同比增长12.7%，增速居全省第2位。其中，出口71.28亿元，"
        "增长15.9%；进口27.18亿元，增长5.1%。对东盟进出口34.72亿元，增长23.5%，占全市进出口总额的"
        "35.3%。怀化国际陆港开行东盟国际货运班列186列，增长42.3%。",
    ),
    ("h", "六、财政金融运行平稳"),
    (
        "p",
        "前三季度，全市一般公共预算收入96.84亿元，同比增长3.5%；其中税收收入62.37亿元，下降1.2%，"
        "税收占比为64.4%。一般公共预算支出412.58亿元，增长2.7%，其中民生支出占76.8%。9月末，"
        "全市金融机构本外币各项存款余额3186.52亿元，同比增长7.4%；各项贷款余额2874.39亿元，"
        "增长9.8%，比年初增加196.57亿元。",
    ),
    ("h", "七、居民收入稳定增长"),
    (
        "p",
        "前三季度，全市全体居民人均可支配收入20384元，同比增长5.6%。按常住地分，城镇居民人均可支配"
        "收入31267元，增长4.7%；农村居民人均可支配收入13912元，增长6.5%，比城镇居民快1.8个百分点。"
        "全市居民消费价格同比上涨0.1%，其中食品烟酒类价格下降0.9%。",
    ),
    (
        "p",
        "总的看，前三季度全市经济延续恢复态势，但民间投资、房地产等领域仍然偏弱，部分企业经营困难，"
        "巩固向好势头仍需加力。下阶段，要抓住四季度施工黄金期和消费旺季，全力冲刺全年目标任务。",
    ),
]
TABLE_TITLE = "表1　2025年前三季度怀化市主要经济指标"
TABLE = [
    ["指标", "单位", "绝对额", "同比增长（%）", "全省位次"],
    ["地区生产总值", "亿元", "1452.36", "5.3", "7"],
    ["　第一产业增加值", "亿元", "196.84", "3.6", "—"],
    ["　第二产业增加值", "亿元", "452.17", "5.1", "—"],
    ["　第三产业增加值", "亿元", "803.35", "5.8", "—"],
    ["规模工业增加值", "—", "—", "6.8", "4"],
    ["固定资产投资", "—", "—", "4.2", "3"],
    ["　其中：产业投资", "—", "—", "9.7", "—"],
    ["社会消费品零售总额", "亿元", "648.27", "5.6", "5"],
    ["进出口总额", "亿元", "98.46", "12.7", "2"],
    ["一般公共预算收入", "亿元", "96.84", "3.5", "9"],
    ["　其中：税收收入", "亿元", "62.37", "-1.2", "—"],
    ["金融机构本外币存款余额", "亿元", "3186.52", "7.4", "—"],
    ["金融机构本外币贷款余额", "亿元", "2874.39", "9.8", "—"],
    ["全体居民人均可支配收入", "元", "20384", "5.6", "8"],
    ["　城镇居民人均可支配收入", "元", "31267", "4.7", "—"],
    ["　农村居民人均可支配收入", "元", "13912", "6.5", "—"],
    ["居民消费价格", "—", "—", "0.1", "—"],
]
NOTES = [
    "注：1.地区生产总值及各产业增加值绝对额按现价计算，增长速度按可比价格计算。",
    "2.存贷款余额为9月末数，增速为比上年同月末增长。",
    "3.规模工业统计范围为年主营业务收入2000万元及以上的工业法人单位。",
    "4.全省位次为在全省14个市州中的排位，“—”表示不排位或无此项。",
]

NUMBER = re.compile(r"[0-9.%∶]")
NO_LINE_START = set("，。；、：）％%”∶")

pdfmetrics.registerFont(UnicodeCIDFont(FONT))
TEXT = ParagraphStyle("text", fontName=FONT, fontSize=10.5, leading=15.2)
HEAD = ParagraphStyle("head", parent=TEXT, fontSize=11, leading=17, spaceBefore=2)
TITLE_STYLE = ParagraphStyle("title", parent=TEXT, fontSize=16, leading=24, alignment=1)
META_STYLE = ParagraphStyle("meta", parent=TEXT, fontSize=9, leading=14, alignment=1)
NOTE_STYLE = ParagraphStyle("note", parent=TEXT, fontSize=9, leading=13)


def wrap(text: str) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = INDENT + text
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


def page_furniture(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8.5)
    canvas.drawString(62, A4[1] - 40, "怀化市统计局　统计信息")
    canvas.drawRightString(A4[0] - 62, A4[1] - 40, "2025年第38期")
    canvas.line(62, A4[1] - 44, A4[0] - 62, A4[1] - 44)
    canvas.drawCentredString(A4[0] / 2, 34, f"— {doc.page} —")
    canvas.restoreState()


def table_part() -> list:
    table = Table(TABLE, colWidths=[150, 48, 80, 92, 64], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    out = [Spacer(1, 4), Paragraph(TABLE_TITLE, HEAD), table, Spacer(1, 4)]
    return out + [Paragraph(line, NOTE_STYLE) for line in NOTES] + [Spacer(1, 6)]


def story() -> list:
    out: list = [Paragraph(TITLE, TITLE_STYLE), Paragraph(META, META_STYLE), Spacer(1, 6)]
    for kind, text in BODY:
        if kind == "h":
            out.append(Paragraph(text, HEAD))
        elif kind == "t":
            out += table_part()
        else:
            out += [Paragraph(line, TEXT) for line in wrap(text)]
    return out


if __name__ == "__main__":
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=62,
        rightMargin=62,
        topMargin=58,
        bottomMargin=54,
        title=TITLE,
        author="怀化市统计局",
        invariant=1,
    )
    doc.build(story(), onFirstPage=page_furniture, onLaterPages=page_furniture)
    print(f"wrote {NAME}: {doc.page} pages")
