"""Builds 04_zhongdian_xiangmu_yuebao.pdf with reportlab: the city's key-project monthly report for January to
March, set in the non-embedded Adobe font STSong-Light, the body wrapped at about 36 characters as a typeset
page's lines are, a running head and a page number on every page, and the table by county as lines of text
with full-width bars between the cells. ``invariant=1`` makes every run write the same bytes:

    PYTHONPATH=/tmp/rl134 .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_zhongdian_xiangmu_yuebao.pdf"
FONT = "STSong-Light"
WIDTH = 36
PER_PAGE = 42
INDENT = "\u3000\u3000"
RUNNING_HEAD = "安阳市重点项目建设月报　　　　　　　　　2026年第3期"

HEAD = [
    "安阳市重点项目建设月报",
    "2026年第3期（总第39期）",
    "安阳市重点项目建设工作领导小组办公室　　　　2026年4月8日",
]

BODY: list[tuple[str, str]] = [
    ("h", "一、总体进展"),
    (
        "p",
        "2026年，全市共安排省市重点项目520个，总投资3826.4亿元，年度计划投资1260亿元。其中，"
        "省重点项目86个、年度计划投资412.0亿元；市重点项目434个、年度计划投资848.0亿元。"
        "按建设性质分，新开工项目238个，续建项目282个。",
    ),
    (
        "p",
        "1—3月，全市重点项目完成投资338.6亿元，年度计划完成率26.9%，较时序进度（25%）快"
        "1.9个百分点，较1—2月提高11.6个百分点，较上年同期提高2.3个百分点。3月份单月完成投资"
        "146.2亿元，比2月份多完成38.5亿元。分级别看，省重点项目完成投资118.3亿元，完成率28.7%，"
        "超过时序进度3.7个百分点，高于全省平均水平2.1个百分点，居全省第4位；市重点项目完成投资"
        "220.3亿元，完成率26.0%，超过时序进度1.0个百分点。86个省重点项目中，产业类项目58个，"
        "完成投资81.6亿元，占省重点项目完成投资的69.0%。",
    ),
    (
        "p",
        "开复工方面，238个新开工项目中已开工151个，开工率63.4%；282个续建项目全部复工。"
        "一季度“三个一批”活动集中开工的73个项目，1—3月完成投资41.7亿元，占这批项目年度计划投资"
        "158.7亿元的26.3%；其中已纳入统计联网直报平台的68个，入统率93.2%。",
    ),
    ("h", "二、分县（市、区）进展"),
    (
        "p",
        "林州市、滑县、殷都区完成率分别为29.3%、28.6%、28.3%，居各县（市、区）前三位。北关区、"
        "安阳示范区、龙安区、汤阴县、内黄县5个单位完成率低于时序进度，其中汤阴县、内黄县完成率"
        "均为23.2%，落后时序进度1.8个百分点。各地完成情况见表1。",
    ),
]

TABLE_TITLE = "表1　1—3月各县（市、区）重点项目完成情况"
TABLE = [
    ["单位", "项目数（个）", "年度计划（亿元）", "完成投资（亿元）", "完成率（%）", "较时序进度（百分点）"],
    ["文峰区", "38", "86.0", "23.7", "27.6", "+2.6"],
    ["北关区", "31", "62.0", "15.1", "24.4", "-0.6"],
    ["殷都区", "52", "148.0", "41.9", "28.3", "+3.3"],
    ["龙安区", "36", "78.0", "18.6", "23.8", "-1.2"],
    ["安阳县", "47", "105.0", "27.4", "26.1", "+1.1"],
    ["汤阴县", "42", "96.0", "22.3", "23.2", "-1.8"],
    ["滑县", "55", "118.0", "33.8", "28.6", "+3.6"],
    ["内黄县", "40", "84.0", "19.5", "23.2", "-1.8"],
    ["林州市", "58", "142.0", "41.6", "29.3", "+4.3"],
    ["安阳高新区", "33", "88.0", "24.1", "27.4", "+2.4"],
    ["安阳示范区", "28", "72.0", "17.2", "23.9", "-1.1"],
    ["市直", "60", "181.0", "53.4", "29.5", "+4.5"],
    ["合计", "520", "1260.0", "338.6", "26.9", "+1.9"],
]

TAIL: list[tuple[str, str]] = [
    ("h", "三、逾期节点任务"),
    (
        "p",
        "截至3月31日，全市重点项目有17项节点任务逾期未完成，涉及项目14个，其中逾期超过30天的2项。"
        "主要逾期任务如下：",
    ),
    ("l", "1.北关区老旧街区更新改造项目：施工许可证办理，计划2月28日完成，已逾期31天。"),
    ("l", "2.龙安区文旅康养综合体项目：土地摘牌，计划2月20日完成，已逾期39天。"),
    ("l", "3.安阳示范区智慧物流园项目：主体工程开工，计划3月1日完成，已逾期30天。"),
    ("l", "4.汤阴县年产8万吨食品级包装材料项目：设备进场安装，计划3月10日完成，已逾期21天。"),
    ("l", "5.内黄县农产品冷链集配中心项目：环评批复，计划3月20日完成，已逾期11天。"),
    ("h", "四、存在问题"),
    (
        "p",
        "一是资金到位偏慢。新开工项目中资金到位率不足50%的有23个，全市重点项目资金到位率为61.5%，"
        "比上年同期低2.8个百分点。二是要素保障仍有缺口，12个项目用地尚未落实，涉及用地约1850亩；"
        "6个项目用能指标待批。三是进度不均衡，5个单位完成率低于时序进度，部分项目存在“开而不建”现象。",
    ),
    ("h", "五、下步安排"),
    (
        "p",
        "4月份力争完成重点项目投资120亿元以上；确保上半年完成年度计划的55%以上，新开工项目开工率6月底前"
        "达到90%以上，尚未开工的87个项目力争二季度开工80个以上。对完成率低于时序进度的5个单位，"
        "4月中旬由市重点项目办逐一现场督导。上述17项逾期任务，由责任单位于4月20日前完成销号，逾期未销号的纳入市级督查。",
    ),
]

FOOT = [
    "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
    "联系人：马文博　电话：0372-3387516　　　　　　（共印60份）",
]

NUMBER = set("0123456789.%+-—")
KEEP_WITH_NUMBER = NUMBER | set("亿万元个家项天位分台吨")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters: never inside a number or between a number and its unit."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and (
            (text[cut - 1] in NUMBER and text[cut] in KEEP_WITH_NUMBER)
            or (text[cut - 1] == "第" and text[cut] in NUMBER)
        ):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def block(items: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for kind, text in items:
        if kind == "h":
            out.append(text)
        elif kind == "l":
            out += wrap(text, first="")
        else:
            out += wrap(text)
    return out


def all_lines() -> list[str]:
    out = [*HEAD, "", *block(BODY), "", TABLE_TITLE]
    out += ["｜".join(row) for row in TABLE]
    out += ["", *block(TAIL), "", *FOOT]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    return [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), invariant=1, pageCompression=0)
    c.setTitle("安阳市重点项目建设月报（2026年第3期）")
    c.setAuthor("安阳市重点项目建设工作领导小组办公室")
    chunks = pages(all_lines())
    for n, chunk in enumerate(chunks, start=1):
        c.setFont(FONT, 9)
        c.drawString(56, 806, RUNNING_HEAD)
        c.setFont(FONT, 11)
        text = c.beginText(56, 780)
        text.setLeading(16.5)
        for line in chunk:
            text.textLine(line)
        c.drawText(text)
        c.setFont(FONT, 9)
        c.drawCentredString(297, 36, f"— {n} —")
        c.showPage()
    c.save()
    return len(chunks)


if __name__ == "__main__":
    print(f"wrote {NAME}: {build()} pages")
