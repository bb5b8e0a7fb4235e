"""Builds 04_quannian_mubiao_kaohe.pdf with reportlab: 市目标办's forecast, at the end of November 2025, of
how the year's main economic targets will be met. The prose is hard-wrapped at about 36 characters a line,
as a typeset page's lines are (sentences run on across lines and across the page break); a figure and its
unit are never split; each page has a page number at its foot; the ranking table is lines of text with
full-width bars between the cells. The font is the non-embedded CID font STSong-Light, so the text layer
extracts as written. ``invariant=1`` and fixed metadata make each run write the same bytes:

    PYTHONPATH=/tmp/rl128 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_quannian_mubiao_kaohe.pdf"
WIDTH = 36
PER_PAGE = 40
INDENT = "\u3000\u3000"
FONT = "STSong-Light"

HEAD = [
    "内江市目标绩效管理办公室",
    "内目标办〔2025〕27号",
    "关于2025年主要经济指标目标完成情况的预判分析",
    "（2025年12月10日）",
]

BODY: list[tuple[str, str]] = [
    ("h", "市政府："),
    (
        "p",
        "根据各牵头部门报送的11月末数据，我办对纳入年度目标考核的12项主要经济指标逐项作了分析。"
        "11月末时序进度为91.7%，现将各指标完成情况和全年预判报告如下。",
    ),
    ("h", "一、总体判断"),
    (
        "p",
        "12项指标中，预计全年能够完成目标的6项，接近完成的4项，难以完成的2项。完成进度超过时序进度的"
        "有城镇新增就业、外贸进出口、市重点项目投资、新签约项目协议投资4项；地区生产总值、规模以上工业"
        "增加值、固定资产投资3项增速类指标均低于年度目标。",
    ),
    ("h", "二、分指标情况"),
    (
        "p",
        "（一）地区生产总值。年度目标增长6.5%，前三季度增长5.9%，低于目标0.6个百分点；预计全年增长6.0%左右，"
        "低于目标0.5个百分点左右，属接近完成。",
    ),
    (
        "p",
        "（二）规模以上工业增加值。年度目标增长8.5%，1—11月增长7.8%，低于目标0.7个百分点。经测算，"
        "12月当月需增长16%以上才能实现全年目标，难度较大；预计全年增长8%左右。",
    ),
    (
        "p",
        "（三）固定资产投资。年度目标增长7%，1—11月增长6.4%，比1—10月回落0.3个百分点；预计全年增长6.5%左右，"
        "低于目标0.5个百分点左右。",
    ),
    (
        "p",
        "（四）社会消费品零售总额。年度目标830亿元，1—11月完成752.36亿元，占全年目标的90.6%，落后时序进度"
        "1.1个百分点；预计全年825亿元左右，差距约5亿元。",
    ),
    (
        "p",
        "（五）一般公共预算收入。年度目标95亿元，1—11月完成86.42亿元，完成91.0%，落后时序进度0.7个百分点。"
        "12月为传统入库高峰，预计全年完成95.3亿元，超出目标0.3亿元。",
    ),
    (
        "p",
        "（六）外贸进出口总额。年度目标65亿元，1—11月完成62.75亿元，完成96.5%，超过时序进度4.8个百分点；"
        "预计全年70亿元左右，可超额完成。",
    ),
    (
        "p",
        "（七）市重点项目完成投资。年度计划610亿元，1—11月完成586.3亿元，完成96.1%，超过时序进度4.4个百分点；"
        "预计全年完成625亿元，超出计划15亿元。分县（市、区）看，隆昌市、威远县已分别完成年度计划的98.6%、"
        "97.2%，内江高新区仅完成90.3%，低于时序进度1.4个百分点。",
    ),
    (
        "p",
        "（八）新签约项目协议投资。年度目标1400亿元，1—11月新签约项目312个、协议投资1286.4亿元，"
        "完成91.9%，距目标还差113.6亿元。11月26日成都投资推介会集中签约386.5亿元后，仍有一批项目在谈，"
        "预计全年可达1420亿元。",
    ),
    (
        "p",
        "（九）城镇新增就业。年度目标2.6万人，1—11月新增2.53万人，完成97.3%；预计全年新增2.75万人。",
    ),
    (
        "p",
        "（十）实际利用外资。年度目标1.1亿美元，1—11月到位0.86亿美元，完成78.2%，落后时序进度13.5个百分点；"
        "预计全年0.95亿美元，缺口0.15亿美元，难以完成。",
    ),
    (
        "p",
        "（十一）高标准农田建设。年度目标12万亩，已建成10.2万亩，完成85.0%；在建1.9万亩已全部进场施工，"
        "预计年底累计建成12.1万亩，可完成目标。",
    ),
    (
        "p",
        "（十二）城镇老旧小区改造。年度目标86个，已完工61个，完成70.9%；另有19个正在施工，预计全年完工80个，"
        "比目标少6个，难以完成。",
    ),
    ("h", "三、牵头部门进度排名"),
    (
        "p",
        "按各牵头部门主责指标的完成进度排序（见表1），市人力资源社会保障局居第1位，市商务局、市发展改革委"
        "分列第2位、第3位；市住房城乡建设局居末位，低于时序进度20.8个百分点。",
    ),
]
TABLE_TITLE = "表1　牵头部门主责指标完成进度排名"
TABLE = [
    ["排名", "牵头部门", "主责指标", "完成进度（%）"],
    ["1", "市人力资源社会保障局", "城镇新增就业", "97.3"],
    ["2", "市商务局", "外贸进出口总额", "96.5"],
    ["3", "市发展改革委", "市重点项目完成投资", "96.1"],
    ["4", "市投资促进局", "新签约项目协议投资", "91.9"],
    ["5", "市财政局", "一般公共预算收入", "91.0"],
    ["6", "市农业农村局", "高标准农田建设", "85.0"],
    ["7", "市住房城乡建设局", "城镇老旧小区改造", "70.9"],
]
TAIL: list[tuple[str, str]] = [
    ("h", "四、工作建议"),
    (
        "p",
        "一是紧盯接近完成的4项指标，力争12月规上工业增加值当月增长10%以上、社会消费品零售总额当月增长"
        "6%以上。二是一般公共预算收入12月需入库8.9亿元以上，确保全年突破95亿元。三是对实际利用外资、"
        "城镇老旧小区改造等难以完成的指标，请牵头部门于12月20日前报送专项说明。四是年度考核时，对完成进度"
        "低于时序进度10个百分点以上的部门予以通报。",
    ),
    ("h", "抄送：市委办公室，市人大常委会办公室，市政协办公室。"),
    ("h", "内江市目标绩效管理办公室　　2025年12月10日印发"),
]

# a figure with its unit and trailing qualifier is one unbreakable run
ATOM = re.compile(
    r"\d+—\d+月|\d+月\d*日?|第?\d[\d.]*(?:%|个百分点|亿美元|亿元|万人|万亩|个|项|位)?(?:以上|左右)?"
)
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; no figure is split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        for m in ATOM.finditer(text):
            if m.start() < cut < m.end():
                cut = m.start()
                break
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE] + ["｜".join(row) for row in TABLE] + [""]
    for kind, text in TAIL:
        out += [text] if kind == "h" else wrap(text)
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    return [lines[i : i + body] for i in range(0, len(lines), body)]


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1, pageCompression=0)
    c.setTitle("关于2025年主要经济指标目标完成情况的预判分析")
    c.setAuthor("内江市目标绩效管理办公室")
    c.setSubject("2025年主要经济指标目标完成情况预判")
    c.setCreator("内江市目标绩效管理办公室")
    c.setProducer("reportlab")
    chunks = pages(all_lines())
    for n, chunk in enumerate(chunks, start=1):
        y = 790.0
        for line in chunk:
            c.setFont(FONT, 11)
            c.drawString(56, y, line)
            y -= 18.0
        c.setFont(FONT, 10)
        c.drawCentredString(297.5, 40, f"— {n} —")
        c.showPage()
    c.save()
    return len(chunks)


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
