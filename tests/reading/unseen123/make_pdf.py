"""Builds 04_xiangmu_shuangguoban.pdf with reportlab: a two-page bulletin on the key projects at the end of
May 2025, set in the non-embedded CID font STSong-Light (text extractable), the body wrapped at about
38 characters a line, a page number at each page's foot, and the table of units as lines of text whose
cells are separated by spaces. ``invariant=1`` and fixed metadata give the same bytes every run:

    PYTHONPATH=/tmp/rl123 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_xiangmu_shuangguoban.pdf"
FONT = "STSong-Light"
WIDTH = 38
PER_PAGE = 42
INDENT = "\u3000\u3000"

HEAD = [
    "阜阳市重点项目建设指挥部办公室",
    "重点项目推进情况通报",
    "（2025年第6期）",
    "阜阳市重点项目建设指挥部办公室　　　　　2025年6月6日",
    "关于5月末全市重点项目“双过半”推进情况的通报",
]

BODY: list[tuple[str, str]] = [
    ("l", "各县市区人民政府，阜阳经开区、合肥产业园管委会，市直有关单位："),
    (
        "p",
        "为推动重点项目实现“时间过半、任务过半”，现将截至5月末全市重点项目推进情况通报如下。",
    ),
    ("h", "一、总体进展"),
    (
        "p",
        "2025年，全市共安排市级以上重点项目826个，其中省重点项目318个；市级以上重点项目年度计划投资"
        "1586.4亿元，其中省重点项目742.6亿元。截至5月末，市级以上重点项目累计完成投资742.15亿元，"
        "占年度计划的46.8%，高出时序进度（41.7%）5.1个百分点，完成率比上年同期提高2.3个百分点。"
        "5月当月完成投资168.4亿元，完成率比4月末提高10.6个百分点。省重点项目完成投资356.42亿元，"
        "完成率为48.0%，超过时序进度6.3个百分点，完成率居全省第3位。分领域看，产业类项目完成投资418.36亿元，"
        "占全部完成投资的56.4%；基础设施类项目完成投资201.47亿元；社会民生类项目完成投资122.32亿元。"
        "省重点项目中，制造业项目完成投资186.25亿元，同比增长14.2%。",
    ),
    ("h", "二、项目开工情况"),
    (
        "p",
        "全市计划新开工重点项目412个，截至5月末已开工297个，开工率72.1%；续建项目414个，已全部复工；"
        "已竣工项目38个，比上年同期多9个。已开工项目中，总投资10亿元以上的项目42个。5月当月新开工项目63个，"
        "总投资286.7亿元。已开工项目中，产业类项目218个，占73.4%。5月份，市领导牵头开展重点项目现场调度"
        "4次，协调解决项目推进中的问题57个。",
    ),
    ("h", "三、分县市区推进情况"),
    ("p", "各县市区、园区和市直项目推进情况见下表。"),
    ("t", ""),
    (
        "p",
        "从完成率看，太和县为50.2%，居全市第一；界首市、合肥产业园分别为49.7%、49.6%，"
        "居第二、第三位。颍泉区、阜南县完成率分别为39.8%、40.0%，分别落后时序进度1.9个、1.7个百分点，"
        "两地要认真查找原因、拿出追赶措施。从开工率看，太和县开工率80.4%，居全市第一；合肥产业园、市直项目开工率均为"
        "55.6%，开工进度最慢。园区方面，阜阳经开区、合肥产业园合计完成投资105.95亿元，占全市的14.3%。",
    ),
    ("h", "四、存在问题"),
    (
        "p",
        "一是个别地方项目推进不平衡，颍泉区、阜南县部分项目要素保障不到位，进度明显滞后。二是用地保障压力"
        "较大，全市仍有23个项目用地未落实，涉及用地约1860亩。三是部分项目资金到位慢，17个计划新开工项目因"
        "资金未落实推迟开工，涉及年度计划投资46.3亿元。1—5月，全市为重点项目争取新增建设用地指标3260亩，"
        "落实专项债券资金58.6亿元，但与项目需求相比仍有差距。四是部分项目入库纳统滞后，已开工项目中尚有"
        "29个未纳入固定资产投资统计。",
    ),
    ("h", "五、下步要求"),
    (
        "p",
        "（一）确保6月底前市级以上重点项目完成投资800亿元以上、完成率超过50%，新开工项目开工率达到85%"
        "以上，全面实现“双过半”。（二）力争省重点项目完成率保持全省前5位。（三）对落后时序进度的颍泉区、"
        "阜南县实行周调度，每周五前报送项目进展。（四）6月中旬组织重点项目集中开工活动，力争集中开工项目"
        "不少于50个、总投资300亿元以上。（五）各县市区要逐个项目排定6月份投资计划，确保全市重点项目6月当月"
        "完成投资不低于90亿元。",
    ),
]

TABLE_TITLE = "表　5月末各单位重点项目推进情况"
TABLE = [
    ["单位", "项目数(个)", "年度计划(亿元)", "完成投资(亿元)", "完成率(%)", "计划新开工(个)", "已开工(个)"],
    ["颍州区", "86", "168.2", "80.35", "47.8", "44", "33"],
    ["颍东区", "72", "132.6", "58.74", "44.3", "36", "26"],
    ["颍泉区", "68", "121.5", "48.36", "39.8", "34", "21"],
    ["临泉县", "104", "176.8", "84.27", "47.7", "52", "38"],
    ["太和县", "112", "198.4", "99.56", "50.2", "56", "45"],
    ["阜南县", "86", "142.3", "56.92", "40.0", "43", "27"],
    ["颍上县", "94", "171.6", "83.41", "48.6", "47", "35"],
    ["界首市", "98", "164.5", "81.76", "49.7", "49", "39"],
    ["阜阳经开区", "46", "118.7", "58.12", "49.0", "24", "18"],
    ["合肥产业园", "32", "96.4", "47.83", "49.6", "18", "10"],
    ["市直项目", "28", "95.4", "42.83", "44.9", "9", "5"],
    ["合计", "826", "1586.4", "742.15", "46.8", "412", "297"],
]

FOOT = [
    "抄送：市委办公室，市政府办公室，市发展改革委。",
    "阜阳市重点项目建设指挥部办公室　　2025年6月6日印发",
    "联系人：项目调度科　郑文博　　电话：0558-2219635",
]

TOKEN = re.compile(r"\d[\d.]*(?:%|个百分点|亿元|万元|个|亩|次|位)?")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number and its unit are never split, closing punctuation never
    starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        for m in TOKEN.finditer(text):
            if m.start() < cut < m.end():
                cut = m.start()
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        if kind in ("h", "l"):
            out.append(text)
        elif kind == "t":
            out += [TABLE_TITLE] + ["  ".join(row) for row in TABLE]
        else:
            out += wrap(text)
    return [*out, "", *FOOT]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    lines = all_lines()
    pages = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    c = canvas.Canvas(str(HERE / NAME), pagesize=A4, invariant=1, pageCompression=0)
    c.setAuthor("阜阳市重点项目建设指挥部办公室")
    c.setTitle("关于5月末全市重点项目“双过半”推进情况的通报")
    c.setSubject("重点项目推进情况通报 2025年第6期")
    c.setCreator("make_pdf.py")
    c.setProducer("reportlab")
    _, height = A4
    for number, page in enumerate(pages, start=1):
        y = height - 64
        for line in page:
            size = 10.5
            c.setFont(FONT, size)
            c.drawString(56, y, line)
            y -= 17
        c.setFont(FONT, 10.5)
        c.drawCentredString(A4[0] / 2, 40, f"— {number} —")
        c.showPage()
    c.save()
    print(f"wrote {NAME}: {len(pages)} pages, {len(lines)} lines")


if __name__ == "__main__":
    main()
