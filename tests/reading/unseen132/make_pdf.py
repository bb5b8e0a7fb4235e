"""Builds 04_yuedu_diaodu_huiyi.pdf with reportlab: the minutes of the city's monthly economic dispatch
meeting, set in the non-embedded CID font STSong-Light, the body hard-wrapped at about 36 characters as a
typeset page's lines are (sentences run on across lines and across the page break), a page number at each
page's foot. ``invariant=1`` makes every run write the same bytes:

    PYTHONPATH=/tmp/rl132 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_yuedu_diaodu_huiyi.pdf"
FONT = "STSong-Light"
WIDTH = 36
PER_PAGE = 42
INDENT = "\u3000\u3000"

HEAD = [
    "丽水市人民政府",
    "会　议　纪　要",
    "〔2026〕第18期",
    "丽水市人民政府办公室　　　　　　　　　　2026年6月20日",
    "",
    "全市经济运行月度调度会议纪要",
    "",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "6月19日下午，市政府在行政中心召开全市经济运行月度调度会议，听取市统计局、市发改委、"
        "市经信局、市商务局关于1—5月经济运行情况的汇报，分析当前形势，部署6月份及下半年工作。"
        "市政府分管领导主持会议，各县（市、区）政府、丽水经开区管委会和市直有关部门负责人参加。"
        "会上，青田县、景宁县、遂昌县政府作了表态发言，市经信局通报了产业链链长制和驻企联络员工作情况。"
        "现将会议议定事项纪要如下。",
    ),
    ("h", "一、1—5月经济运行情况"),
    (
        "p",
        "会议认为，1—5月全市主要指标总体向好。规上工业增加值增长9.4%，比1—4月提高0.4个百分点，"
        "增速居全省第3位；5月当月增长10.8%。规上工业企业营业收入增长8.7%，利润总额增长15.6%。"
        "固定资产投资增长6.3%，排在全省第2位，其中工业投资"
        "增长15.7%。社会消费品零售总额增长4.6%，低于全省0.3个百分点，居全省第7位。进出口总额增长"
        "12.5%，其中出口增长14.1%；5月当月出口增长16.3%，工业用电量增长10.2%，均快于1—5月。一般公共预算收入增长5.3%，5月末金融机构贷款余额增长9.6%。一季度全市地区生产总值增长7.1%，居全省第2位。4条标志性产业链"
        "营业收入854.1亿元，增长9.2%，其中半导体产业链增长24.3%。全市1268名驻企联络员累计收集"
        "企业诉求2146件，办结率91.9%。",
    ),
    ("h", "二、需要关注的问题"),
    (
        "p",
        "会议指出，当前经济运行中还有一些不容忽视的问题。一是重大项目推进不平衡。全市213个重大项目"
        "1—5月完成投资268.4亿元，完成年度计划612.0亿元的43.9%，超过时序进度2.2个百分点，其中产业"
        "项目完成投资131.8亿元，占49.1%；但青田县、"
        "景宁县完成率分别为38.9%、36.2%，分别落后时序进度2.8个、5.5个百分点；松阳县有2个、庆元县有"
        "1个省重点项目进度滞后。二是部分县工业增长乏力。遂昌县规上工业增加值下降3.2%，庆元县增长"
        "5.8%，低于全市3.6个百分点。三是消费恢复偏慢，社零增速自3月以来一直低于全省，汽车类零售额"
        "下降5.1%。四是外需支撑减弱，规上工业出口交货值下降1.7%，时尚产业链营业收入下降2.1%，云和县"
        "木制玩具企业出口交货值下降6.8%。五是财政收支矛盾突出，一般公共预算支出增长3.8%，"
        "政府性基金预算收入中的国有土地使用权出让收入下降18.4%，部分县“三保”支出压力较大。",
    ),
    ("h", "三、下步工作要求"),
    (
        "p",
        "（一）稳住工业增长。确保6月份规上工业增加值增长10%以上，力争上半年增速达到9.5%以上、保持"
        "全省前三。遂昌县要督促龙头企业加快复产，力争7月实现正增长。市经信局牵头，对全市2386家规上"
        "工业企业逐一摸排在手订单，6月底前帮助产值下降的企业解决问题不少于100个。",
    ),
    (
        "p",
        "（二）全力攻坚项目。各地要对照时序进度倒排工期，确保6月底重大项目完成投资达到306亿元、完成"
        "年度计划的50%；青田县、景宁县要在6月底前把完成率提高到45%以上。力争6月新开工亿元以上项目"
        "15个以上，新增入统项目40个。213个重大项目中尚未开工的27个项目，由各地逐个明确开工时间，"
        "市发改委每周通报进展。",
    ),
    (
        "p",
        "（三）提振消费市场。6月至8月组织汽车、家电等促销活动20场以上，市县两级统筹发放消费券3000万元；"
        "力争全年社会消费品零售总额增长5%左右。",
    ),
    (
        "p",
        "（四）巩固外贸优势。力争全年出口增长10%以上；市商务局帮助时尚产业企业参加境外展会10场次以上，"
        "对出口下降的企业实行一企一策。",
    ),
    (
        "p",
        "（五）强化惠企服务。链长制问题解决率年底前达到90%以上；驻企联络员诉求办结率6月底前达到93%以上，"
        "跨部门诉求平均办理时长压缩到10天以内。",
    ),
    (
        "p",
        "（六）加强运行监测。市统计局、市发改委要按月跟踪2386家规上工业企业和213个重大项目，"
        "对主要指标增速低于全市平均水平3个百分点以上的县（市、区）及时预警，由市政府分管领导约谈。"
        "各县（市、区）要在7月10日前各上报一批新增长点项目，全市合计不少于50个。",
    ),
    (
        "p",
        "会议要求，各县（市、区）、各部门于7月5日前将6月份工作进展报送市发改委（联系电话：0578-2276519），"
        "下次调度会定于7月中旬召开。",
    ),
]
TAIL = [
    "",
    "参加：市发改委、市经信局、市统计局、市商务局、市财政局、市自然资源和",
    "规划局负责人；各县（市、区）政府、丽水经开区管委会分管负责人。",
    "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
    "丽水市人民政府办公室　　　　　　　　2026年6月20日印发",
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")


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


def all_lines() -> list[str]:
    out = list(HEAD)
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    return out + TAIL


def pages(lines: list[str]) -> list[list[str]]:
    return [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setTitle("全市经济运行月度调度会议纪要")
    c.setAuthor("丽水市人民政府办公室")
    chunks = pages(all_lines())
    for n, chunk in enumerate(chunks, start=1):
        c.setFont(FONT, 11)
        y = 790
        for line in chunk:
            if line in HEAD[:2]:
                c.setFont(FONT, 16)
                c.drawCentredString(297, y, line)
                c.setFont(FONT, 11)
            else:
                c.drawString(56, y, line)
            y -= 17
        c.drawCentredString(297, 40, f"— {n} —")
        c.showPage()
    c.save()
    print(f"wrote {NAME}: {len(chunks)} pages")


if __name__ == "__main__":
    main()
