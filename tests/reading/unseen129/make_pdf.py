"""Builds 04_gongye_wendingzengzhang.pdf with reportlab: a two-page bulletin set in the non-embedded
Adobe font STSong-Light (UnicodeCIDFont), the body wrapped at about 36 characters a line as a typeset
page is (sentences run on across lines and across the page break, a number is never split), a page
number at each page's foot, and the county table as lines of text with full-width bars between cells.

reportlab's ``invariant=1`` and fixed metadata make every run write the same bytes. reportlab is not in
the project's environment; it was installed beside it with ``pip install --target /tmp/rl129 reportlab``:

    PYTHONPATH=/tmp/rl129 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_gongye_wendingzengzhang.pdf"
FONT = "STSong-Light"
WIDTH = 36
PER_PAGE = 42
INDENT = "\u3000\u3000"

HEAD = [
    "延安市工业稳增长调度专报",
    "（2025年第9期）",
    "延安市工业和信息化局　　　　　　2025年10月16日",
]

BODY: list[tuple[str, str]] = [
    ("h", "一、9月全市工业运行总体情况"),
    (
        "p",
        "1—9月，全市规模以上工业增加值同比增长5.8%，比1—8月加快0.3个百分点，高于全省0.6个百分点，"
        "增速居全省第3位。9月当月增长8.2%，比8月加快1.4个百分点，为今年以来单月最高；三季度规上工业增加值增长7.6%，"
        "比上半年加快2.7个百分点，工业对全市经济的拉动作用明显增强。分类型看，能源工业增加值增长5.2%，"
        "非能工业增加值增长9.7%。全市规上工业总产值1804.6亿元，增长4.9%。",
    ),
    (
        "p",
        "主要产品方面，9月全市生产原油134.8万吨，增长2.6%；原煤482.5万吨，增长11.3%；"
        "天然气7.86亿立方米，增长12.4%。1—9月原油产量1204.6万吨，增长1.8%，完成年度目标1620万吨的"
        "74.4%，落后时序进度0.6个百分点。",
    ),
    ("h", "二、重点企业运行情况"),
    (
        "p",
        "纳入市级重点监测的50户工业企业，1—9月合计完成产值1286.7亿元，同比增长5.4%，"
        "占全市规上工业总产值的71.3%。50户企业中产值实现增长的34户，增长面68.0%，"
        "比8月末提高4.0个百分点。",
    ),
    (
        "p",
        "分企业看，延安塬上石化有限责任公司完成产值286.3亿元，下降1.9%，主要受原油加工量减少影响；"
        "黄陵苍柏煤业有限公司完成产值48.2亿元，增长15.6%；延安宝川新材料科技有限公司（延安高新区）"
        "完成产值12.4亿元，增长42.1%，其年产30万吨光伏压延玻璃二期生产线已满负荷运行；"
        "子长清泉煤业有限公司因停产整改，产值下降38.4%，是重点企业中降幅最大的一户。",
    ),
    ("h", "三、非能工业和新入规企业"),
    (
        "p",
        "1—9月，非能工业占全市规上工业增加值的14.2%，占比较上年同期提高1.1个百分点。"
        "分产业链看，新材料产业链产值增长21.6%，新能源装备产业链增长17.4%，果品加工产业链增长8.9%；"
        "新能源装备产业链9月当月产值首次突破10亿元。工业投资增长11.6%，其中工业技改投资增长23.5%，"
        "高于工业投资11.9个百分点。今年以来全市新入规工业企业17户、退出3户，净增14户，"
        "其中9月新入规2户；新入规企业1—9月合计完成产值36.8亿元，对全市工业的支撑作用初步显现。",
    ),
    ("h", "四、用电和企业效益"),
    (
        "p",
        "1—9月，全社会用电量78.42亿千瓦时，同比增长4.6%；其中工业用电量51.36亿千瓦时，增长5.9%，"
        "占全社会用电量的65.5%。分行业看，煤炭开采和洗选业用电量增长12.7%，石油和天然气开采业用电量"
        "增长3.2%。9月当月工业用电量6.02亿千瓦时，增长8.4%，增速比8月提高2.3个百分点。",
    ),
    (
        "p",
        "截至9月末，全市326户规上工业企业中亏损企业78户，亏损面为23.9%，比8月末收窄1.2个百分点；"
        "亏损企业亏损额12.4亿元，比上年同期增加2.1亿元。规上工业产品产销率97.6%，"
        "比上年同期提高0.8个百分点。",
    ),
    ("h", "五、各县（市、区）工业增速及位次"),
    (
        "p",
        "1—9月，全市13个县（市、区）中有12个规上工业增加值实现正增长，7个增速高于全市平均水平。"
        "黄陵县增速11.8%，较8月末前移1位，跃居全市第一；洛川县、甘泉县位次均前移2位；富县、宜川县等"
        "6个县区位次后移。延长县增速不足1%，子长市仍为负增长，需重点关注。",
    ),
]
TABLE_TITLE = "表1　1—9月各县（市、区）规上工业增加值增速及位次"
TABLE = [
    ["县（市、区）", "增速（%）", "位次", "较8月末"],
    ["黄陵县", "11.8", "1", "前移1位"],
    ["富县", "10.4", "2", "后移1位"],
    ["吴起县", "9.2", "3", "持平"],
    ["洛川县", "8.7", "4", "前移2位"],
    ["宜川县", "7.9", "5", "后移1位"],
    ["宝塔区", "6.6", "6", "后移1位"],
    ["甘泉县", "6.1", "7", "前移2位"],
    ["志丹县", "5.3", "8", "后移1位"],
    ["黄龙县", "4.8", "9", "后移1位"],
    ["安塞区", "3.5", "10", "前移1位"],
    ["延川县", "2.2", "11", "后移1位"],
    ["延长县", "0.6", "12", "持平"],
    ["子长市", "-2.4", "13", "持平"],
    ["全市", "5.8", "—", "—"],
]
TAIL: list[tuple[str, str]] = [
    ("h", "六、下步工作安排"),
    (
        "p",
        "一是紧盯重点企业，对亏损额超过5000万元的14户企业实行“一企一策”帮扶，力争年底前亏损面降至20%以内。"
        "二是抓好能源保供稳产，预计10月原油产量138万吨左右，确保原煤月产量稳定在480万吨以上。"
        "三是加快非能工业培育，确保全年新入规工业企业25户以上；力争四季度规上工业增加值增长7%以上，"
        "全年增长6%左右。",
    ),
]
FOOT = [
    "报：市委、市政府主要领导，分管工业的副市长。",
    "送：各县（市、区）工信局，延安高新区、延安新区经济发展局。",
    "联系人：白雪峰　联系电话：0911-2116357",
]

# a number with its unit is never split across lines
FIGURE = re.compile(
    r"\d[\d.]*(?:%|亿千瓦时|亿立方米|个百分点|亿元|万吨|万元|户|个|位)?(?:以上|左右|以内)?|\d+—\d+月"
)
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a figure is never split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        for m in FIGURE.finditer(text):
            if m.start() < cut < m.end():
                cut = m.start()
                break
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def block(parts: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for kind, text in parts:
        out += [text] if kind == "h" else wrap(text)
    return out


def all_lines() -> list[str]:
    out = [*HEAD, "", *block(BODY), "", TABLE_TITLE]
    out += ["｜".join(row) for row in TABLE]
    return [*out, "", *block(TAIL), "", *FOOT]


def pages(lines: list[str]) -> list[list[str]]:
    return [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pl = pages(all_lines())
    c = canvas.Canvas(str(HERE / NAME), pagesize=A4, invariant=1, pageCompression=0)
    c.setAuthor("延安市工业和信息化局")
    c.setTitle("延安市工业稳增长调度专报（2025年第9期）")
    c.setSubject("9月全市工业稳增长调度情况")
    c.setCreator("make_pdf.py")
    c.setProducer("reportlab")
    for n, lines in enumerate(pl, start=1):
        y = 790.0
        for line in lines:
            c.setFont(FONT, 11)
            c.drawString(56, y, line)
            y -= 17.5
        c.setFont(FONT, 10)
        c.drawCentredString(A4[0] / 2, 40, f"— {n} —")
        c.showPage()
    c.save()
    print(f"wrote {NAME}: {len(pl)} pages, {sum(len(p) for p in pl)} lines")


if __name__ == "__main__":
    main()
