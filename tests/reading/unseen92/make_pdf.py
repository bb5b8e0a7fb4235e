"""Builds 01_yijidu_jingji_fenxi.pdf with reportlab: a two-page A4 analysis in the non-embedded CID font
STSong-Light, a running head and a rule on each page, the body set line by line at the measure a
typeset page has (a sentence runs on across lines and across the page break; a number is kept whole;
closing punctuation never starts a line), a short table of indicators, and a page number at each foot.

reportlab is not in the project's environment; install it beside it and run this file with it:

    pip install --target /tmp/rl92 reportlab
    PYTHONPATH=/tmp/rl92 python3 make_pdf.py

``invariant=1`` fixes the document's dates and id, so each run writes the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "01_yijidu_jingji_fenxi.pdf"
FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.27, 841.89
LEFT, RIGHT = 72.0, 523.0
SIZE, LEAD = 10.5, 17.0
TOP, BOTTOM = 760.0, 78.0
INDENT = "\u3000\u3000"

RUNNING_HEAD = "统计分析　2025年第6期　　　　　　　　　　　　开封市统计局　开封市发展和改革委员会"

TITLE = "一季度全市经济运行实现良好开局"
SUBTITLE = "——2025年一季度开封市经济运行分析"
BYLINE = "开封市统计局　开封市发展和改革委员会"
DATE = "（2025年4月23日）"

BODY: list[tuple[str, str]] = [
    (
        "p",
        "一季度，全市上下坚持稳中求进工作总基调，深入开展“项目建设提速年”活动，着力扩大有效投资、"
        "提振消费、稳住工业运行，经济运行实现良好开局，主要指标增速多数高于全省，在全省的位次总体前移。",
    ),
    (
        "p",
        "根据省统计局统一核算，一季度全市地区生产总值626.31亿元，按不变价格计算，同比增长6.1%，"
        "高于全省0.2个百分点，比上年同期加快0.7个百分点，增速居全省第5位，较上年全年前移3位。"
        "分产业看，第一产业增加值58.47亿元，增长3.6%；第二产业增加值239.82亿元，增长7.4%；"
        "第三产业增加值328.02亿元，增长5.6%，占地区生产总值的比重为52.4%。",
    ),
    ("h", "一、工业生产增势较好"),
    (
        "p",
        "全市规模以上工业增加值同比增长8.3%，高于全省1.7个百分点，居全省第3位。其中3月份增长9.0%，"
        "比1—2月加快1.2个百分点。分经济类型看，国有控股企业增长4.2%，股份制企业增长8.9%，"
        "外商及港澳台商投资企业下降2.6%。在38个工业行业大类中，有27个行业增加值保持增长，"
        "增长面为71.1%。六大主导产业增加值增长10.2%，其中汽车及零部件产业增长15.6%，装备制造产业"
        "增长11.3%，精细化工产业增长9.8%，农副产品加工产业增长5.2%。高技术制造业增加值增长18.4%，"
        "高于规上工业10.1个百分点。从产品产量看，汽车2.86万辆，增长23.7%；发电量21.43亿千瓦时，"
        "增长6.9%。3月末，全市规模以上工业企业1482家，比上年末净增36家。",
    ),
    ("h", "二、投资增速稳中有升"),
    (
        "p",
        "全市固定资产投资同比增长7.6%，高于全省3.1个百分点，居全省第4位。从投资领域看，"
        "工业投资增长21.4%，占全部投资的比重为41.3%，比上年同期提高4.8个百分点；基础设施投资增长5.7%；"
        "民间投资增长3.2%，低于全省0.6个百分点；房地产开发投资下降9.8%，降幅比1—2月收窄2.1个百分点。"
        "全市亿元以上在建项目586个，比上年同期增加47个，完成投资增长12.9%。一季度新开工亿元以上项目"
        "132个，计划总投资683.5亿元。",
    ),
    ("h", "三、消费市场加快回暖"),
    (
        "p",
        "全市社会消费品零售总额312.68亿元，同比增长6.4%，高于全省0.9个百分点，增速居全省第2位。"
        "按经营单位所在地分，城镇消费品零售额241.35亿元，增长6.1%；乡村消费品零售额71.33亿元，增长7.4%。"
        "限额以上单位商品零售额增长9.3%，其中通讯器材类、家用电器和音像器材类零售额分别增长31.5%、26.8%，"
        "新能源汽车零售额增长1.2倍。文旅消费带动作用明显，春节、元宵节期间全市举办新春庙会、"
        "万岁山灯会等活动，一季度共接待游客3286.4万人次，增长14.7%；实现旅游综合收入248.6亿元，"
        "增长16.2%。",
    ),
    ("h", "四、对外贸易快速增长"),
    (
        "p",
        "全市进出口总额38.46亿元，同比增长27.3%，高于全省19.6个百分点，增速居全省第3位。其中，"
        "出口26.18亿元，增长31.4%；进口12.28亿元，增长19.3%。开封综合保税区完成进出口9.74亿元，"
        "增长42.8%，占全市的25.3%。",
    ),
    ("h", "五、财政金融运行平稳"),
    (
        "p",
        "全市一般公共预算收入62.85亿元，增长4.3%，增速居全省第7位。其中，税收收入41.92亿元，"
        "增长5.6%，税收占比为66.7%，比上年同期提高0.8个百分点。一般公共预算支出128.74亿元，"
        "增长3.5%。3月末，全市金融机构本外币各项存款余额4126.8亿元，同比增长8.2%；各项贷款余额"
        "2958.3亿元，增长9.6%，比年初增加168.5亿元。",
    ),
    ("h", "六、居民收入继续增加"),
    (
        "p",
        "全体居民人均可支配收入8276元，同比增长5.9%。其中，城镇居民人均可支配收入10926元，增长4.6%；"
        "农村居民人均可支配收入5418元，增长6.8%，增速比城镇居民高2.2个百分点。全市居民消费价格"
        "同比下降0.2%，其中食品烟酒类价格下降1.4%。",
    ),
    ("h", "七、县区发展各具亮点"),
    (
        "p",
        "兰考县、尉氏县、通许县规上工业增加值分别增长12.6%、10.4%、9.7%，居全市前三位；"
        "城乡一体化示范区固定资产投资增长18.3%，高于全市10.7个百分点，增速居全市第一；"
        "祥符区社会消费品零售总额增长8.1%，增速居全市第1位。",
    ),
    ("h", "八、需要关注的问题"),
    (
        "p",
        "一是工业增长不够均衡。鼓楼区、禹王台区规上工业增加值分别下降1.8%、0.9%，全市仍有11个"
        "行业大类增加值下降。二是民间投资活力不足，增速低于全省，房地产开发投资仍处于下降区间。"
        "三是消费恢复基础还不牢固，限额以上单位石油及制品类零售额下降6.3%。",
    ),
    ("h", "九、下步建议"),
    (
        "p",
        "二季度是实现“双过半”的关键期。要对照全年地区生产总值增长6.5%左右的预期目标，"
        "确保上半年地区生产总值增长6%以上、规上工业增加值增长8%左右、固定资产投资增长8%以上、"
        "社会消费品零售总额增长6.5%左右。据各县区摸排，预计二季度全市有45个亿元以上项目竣工投产，"
        "新增年产值约120亿元，工业增速有望保持在8%以上。",
    ),
]

TABLE_TITLE = "附表　2025年一季度开封市主要指标及在全省位次"
TABLE = [
    ["指标", "1—3月", "同比增长（%）", "全省位次"],
    ["地区生产总值（亿元）", "626.31", "6.1", "5"],
    ["规上工业增加值", "—", "8.3", "3"],
    ["固定资产投资", "—", "7.6", "4"],
    ["社会消费品零售总额（亿元）", "312.68", "6.4", "2"],
    ["进出口总额（亿元）", "38.46", "27.3", "3"],
    ["一般公共预算收入（亿元）", "62.85", "4.3", "7"],
]
COLUMNS = [LEFT, LEFT + 190, LEFT + 270, LEFT + 370]
NOTES = [
    "注：地区生产总值、规上工业增加值增速按不变价格计算；全省数据为省统计局初步统计数。",
    "报：市委、市人大常委会、市政府、市政协主要领导",
    "送：各县区人民政府，城乡一体化示范区管委会，市直有关单位",
]

KEEP_TOGETHER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）%”")


def width(text: str) -> float:
    return pdfmetrics.stringWidth(text, FONT, SIZE)


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines that fill the measure; a number is never split, closing punctuation never starts a line."""
    text = first + text
    limit = RIGHT - LEFT
    lines = []
    while text:
        cut = 1
        while cut < len(text) and width(text[: cut + 1]) <= limit:
            cut += 1
        if cut < len(text):
            while cut < len(text) and text[cut] in NO_LINE_START:
                cut += 1
            while (
                0 < cut < len(text) and KEEP_TOGETHER.match(text[cut]) and KEEP_TOGETHER.match(text[cut - 1])
            ):
                cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    return lines


def items() -> list[tuple[str, object]]:
    """What goes down the pages in order: ("title", str), ("line", str), ("row", cells) and ("gap", "")."""
    out: list[tuple[str, object]] = [("title", TITLE), ("center", SUBTITLE), ("center", BYLINE)]
    out += [("center", DATE), ("gap", "")]
    for kind, text in BODY:
        if kind == "h":
            out.append(("line", INDENT + text))
        else:
            out += [("line", line) for line in wrap(text)]
    out += [("gap", ""), ("center", TABLE_TITLE)]
    out += [("row", row) for row in TABLE]
    out += [("line", note) for note in NOTES]
    return out


def running_head(c: canvas.Canvas) -> None:
    c.setFont(FONT, 9)
    c.drawString(LEFT, PAGE_H - 52, RUNNING_HEAD)
    c.setLineWidth(0.6)
    c.line(LEFT, PAGE_H - 58, RIGHT, PAGE_H - 58)


def page_number(c: canvas.Canvas, number: int, total: int) -> None:
    c.setFont(FONT, 9)
    c.drawCentredString(PAGE_W / 2, 46, f"第 {number} 页　共 {total} 页")


def layout() -> list[list[tuple[str, object, float]]]:
    pages: list[list[tuple[str, object, float]]] = [[]]
    y = TOP
    for kind, value in items():
        step = 26.0 if kind == "title" else LEAD
        if y - step < BOTTOM:
            pages.append([])
            y = TOP
        pages[-1].append((kind, value, y))
        y -= step
    return pages


def build() -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = HERE / NAME
    c = canvas.Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("2025年一季度开封市经济运行分析")
    c.setAuthor("开封市统计局")
    pages = layout()
    for number, page in enumerate(pages, start=1):
        running_head(c)
        for kind, value, y in page:
            if kind == "title":
                c.setFont(FONT, 16)
                c.drawCentredString(PAGE_W / 2, y, str(value))
            elif kind == "center":
                c.setFont(FONT, SIZE)
                c.drawCentredString(PAGE_W / 2, y, str(value))
            elif kind == "line":
                c.setFont(FONT, SIZE)
                c.drawString(LEFT, y, str(value))
            elif kind == "row":
                c.setFont(FONT, 9.5)
                for x, cell in zip(COLUMNS, value, strict=True):
                    c.drawString(x, y, cell)
        page_number(c, number, len(pages))
        c.showPage()
    c.save()
    return out.read_bytes()


if __name__ == "__main__":
    data = build()
    print(f"wrote {NAME}: {len(data)} bytes")
