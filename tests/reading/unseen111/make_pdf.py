"""Builds 01_yijidu_jingji_xingshi_fenxi.pdf with reportlab: two A4 pages set in the CID font STSong-Light
(not embedded), the body wrapped at about 36 characters as a typeset page's lines are (so sentences run on
across lines and across the page break), a page number at each page's foot, and one table whose cells are
drawn one by one at their columns' positions.

reportlab is not in the project's environment; it was installed for this set only with
``pip install --target /tmp/rl111 reportlab`` (5.1.0). ``invariant=1`` fixes the document's dates and id,
so each run writes the same bytes:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl111")

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "01_yijidu_jingji_xingshi_fenxi.pdf"
FONT = "STSong-Light"
WIDTH = 36
SIZE = 11
LEAD = 16.5
TOP, BOTTOM, LEFT = 780, 90, 62
INDENT = "\u3000\u3000"

TITLE = "2024年一季度保定市经济形势分析"
HEAD = [
    "保定市发展和改革委员会　保定市统计局",
    "（2024年4月19日）",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "一季度，面对外部需求偏弱、部分行业订单不足等困难，全市上下坚持项目为王、工业强市，抓开局、"
        "促开工、稳运行，主要经济指标好于预期、快于全省，经济运行实现良好开局。",
    ),
    ("h", "一、总体运行情况"),
    (
        "p",
        "经市统计局初步核算，全市一季度实现地区生产总值897.36亿元，以不变价计，同比增长5.8%，增速较上年"
        "同期提高0.6个百分点，高于全省0.4个百分点，增速居全省第4位。其中，一产实现增加值52.18亿元，增长3.2%；"
        "二产实现增加值318.45亿元，增长6.9%；三产实现增加值526.73亿元，增长5.3%；一、二、三产业比例为"
        "5.8∶35.5∶58.7，二产比重较上年同期提高0.9个百分点。",
    ),
    ("h", "二、农业生产总体稳定"),
    (
        "p",
        "农业方面，全市农林牧渔业实现总产值96.84亿元，增长3.4%；设施蔬菜产出98.6万吨，增长2.8%；生猪出栏"
        "118.3万头，同比减少1.6%；3月底生猪存栏246.5万头。春播备耕有序推进，小麦播种面积稳定在380万亩左右。",
    ),
    ("h", "三、工业生产较快增长"),
    (
        "p",
        "规上工业增加值同比增长8.6%，高于全省1.5个百分点，增速居全省第3位。其中3月当月增长9.4%，"
        "比1—2月加快1.3个百分点。分产业看，汽车及零部件产业增加值增长12.7%，新能源和能源装备产业增长18.2%，"
        "食品产业增长5.6%，纺织服装产业受出口订单回落影响下降2.3%。主要产品中，汽车产量12.46万辆，增长15.8%，"
        "其中新能源汽车3.27万辆，增长62.4%。3月末全市规模以上工业企业2846家，比年初净增63家。全市工业"
        "用电量24.83亿千瓦时，增长7.1%。",
    ),
    ("h", "四、投资保持较快增长"),
    (
        "p",
        "固定资产投资同比增长6.3%，高于全省0.8个百分点，增速居全省第5位。分领域看，项目投资增长11.4%，"
        "占固定资产投资的比重为72.6%；工业投资增长16.9%，增速快于全市投资10.6个百分点，工业技改投资增长21.3%。"
        "民间投资增长2.1%。房地产开发投资下降9.8%，降幅比1—2月收窄2.4个百分点。在建亿元以上项目达"
        "612个，同比多47个；一季度集中开工项目186个，总投资1248.6亿元。",
    ),
    ("h", "五、消费市场稳步恢复"),
    (
        "p",
        "全市社会消费品零售总额421.58亿元，同比增长5.2%，高于全省0.2个百分点。3月当月实现社会消费品零售"
        "总额151.24亿元，增长5.9%。限额以上单位消费品零售额增长7.3%，其中汽车类增长3.6%，新能源汽车类"
        "增长41.2%，石油及制品类下降4.1%。网上零售额58.36亿元，增长14.7%。",
    ),
    ("h", "六、财政金融和居民收入"),
    (
        "p",
        "财政方面，一般公共预算收入完成86.42亿元，增长4.6%，其中税收61.27亿元，增长6.1%，税收占比70.9%，"
        "比上年同期提高1.0个百分点。一般公共预算支出198.63亿元，增长3.4%，民生支出占比达到80.2%。截至3月底，"
        "全市本外币存款余额9862.5亿元，同比增长7.8%；本外币贷款余额6124.3亿元，增长9.2%，"
        "较年初新增312.6亿元。居民人均可支配收入达到9216元，增长5.6%；其中城镇居民11984元、农村居民6532元，"
        "分别增长4.9%和6.8%。",
    ),
    ("t", ""),
    ("h", "七、县域和园区"),
    (
        "p",
        "分县（市、区）看，涿州市地区生产总值增长7.2%，增速居全市第1位；高碑店市、定兴县分别增长6.9%、6.6%。"
        "竞秀区、莲池区服务业增加值合计占全市服务业的31.4%。保定高新区规上工业增加值增长14.3%，高于全市"
        "5.7个百分点；白沟新城箱包市场交易额186.5亿元，增长8.7%。阜平县、涞源县、曲阳县一般公共预算收入"
        "均实现两位数增长。",
    ),
    ("h", "八、需要关注的问题"),
    (
        "p",
        "一是工业内部分化明显，纺织服装、建材等行业生产下滑，全市规上工业企业中有31.6%的企业产值同比"
        "下降。二是消费恢复基础还不牢固，住宿和餐饮业营业额增速比上年同期回落3.2个百分点。三是投资后劲"
        "有待增强，集中开工项目中10亿元以上项目仅38个，计划总投资亿元以上的储备项目不足500个。",
    ),
    ("h", "九、二季度走势预判和工作建议"),
    (
        "p",
        "综合研判，预计二季度全市地区生产总值增长6.0%左右，上半年增长5.9%左右。建议：一是紧盯年度目标，"
        "确保上半年规上工业增加值增长8%以上、固定资产投资增长7%以上；二是力争4月底前第二批集中开工项目"
        "不少于80个；三是办好春季消费季系列活动，力争二季度社会消费品零售总额增速达到6%。",
    ),
]

TABLE_TITLE = "表1　一季度主要指标与全省比较"
TABLE = [
    ["指标", "1—3月", "同比增长（%）", "全省增速（%）", "全省位次"],
    ["地区生产总值（亿元）", "897.36", "5.8", "5.4", "4"],
    ["规上工业增加值", "—", "8.6", "7.1", "3"],
    ["固定资产投资", "—", "6.3", "5.5", "5"],
    ["社会消费品零售总额（亿元）", "421.58", "5.2", "5.0", "6"],
    ["一般公共预算收入（亿元）", "86.42", "4.6", "3.9", "7"],
]
COLUMNS = [LEFT, 232, 298, 380, 462]

NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）％%”∶")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = first + text
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


def build() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), invariant=1, pageCompression=0)
    c.setTitle(TITLE)
    c.setAuthor("保定市发展和改革委员会")
    c.setCreator("保定市发展和改革委员会")
    page = 1
    y = TOP

    def new_page() -> float:
        nonlocal page
        c.setFont(FONT, 9)
        c.drawCentredString(297.5, 48, f"— {page} —")
        c.showPage()
        page += 1
        c.setFont(FONT, SIZE)
        return TOP

    c.setFont(FONT, 16)
    c.drawCentredString(297.5, y, TITLE)
    y -= 26
    c.setFont(FONT, SIZE)
    for line in HEAD:
        c.drawCentredString(297.5, y, line)
        y -= LEAD
    y -= 6
    for kind, text in BODY:
        if kind == "t":
            if y - LEAD * (len(TABLE) + 1) < BOTTOM:
                y = new_page()
            c.drawCentredString(297.5, y, TABLE_TITLE)
            y -= LEAD
            for row in TABLE:
                for x, cell in zip(COLUMNS, row, strict=True):
                    c.drawString(x, y, cell)
                y -= LEAD
            y -= 4
            continue
        lines = [text] if kind == "h" else wrap(text)
        for line in lines:
            if y < BOTTOM:
                y = new_page()
            c.drawString(LEFT, y, line)
            y -= LEAD
    c.setFont(FONT, 9)
    c.drawCentredString(297.5, 48, f"— {page} —")
    c.showPage()
    c.save()
    print(f"wrote {NAME}: {page} pages")


if __name__ == "__main__":
    build()
