"""Builds 02_shengshi_zhongdian_gongcheng.pdf with reportlab: a notice of the city's key projects through
November, set in the non-embedded CID font STSong-Light so the text layer is real Chinese, the body wrapped
to the measure as a typeset page is (sentences run on across lines and pages), a page number at each
page's foot, and two tables drawn as one text line per row with full-width bars between the cells and rules
around them.

The creation date is fixed and ``invariant=1`` is set, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl121 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "02_shengshi_zhongdian_gongcheng.pdf"
FONT = "STSong-Light"
MEASURE = 470.0
PER_PAGE = 42
LEAD = 16.5
INDENT = "\u3000\u3000"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

HEAD = [
    "晋中市重点工程建设领导组办公室",
    "晋市重点办发〔2023〕41号",
    "",
    "关于2023年1—11月全市省市重点工程",
    "建设进展情况的通报",
    "",
    "各县（区、市）人民政府，晋中开发区、山西农谷管委会，市直有关单位：",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，各县（区、市）和市直有关单位认真落实市委、市政府“项目为王”的工作部署，坚持周调度、"
        "月通报、季观摩，全市省市重点工程建设总体保持较快进度。现将1—11月进展情况通报如下。",
    ),
    ("h", "一、总体进展"),
    (
        "p",
        "2023年，全市共安排省市重点工程320个，总投资2865.4亿元，年度计划投资612.3亿元。其中，省级重点"
        "工程98个，总投资1620.7亿元，年度计划投资318.6亿元；市级重点工程222个，总投资1244.7亿元，年度"
        "计划投资293.7亿元。",
    ),
    (
        "p",
        "1—11月，全市省市重点工程累计完成投资571.8亿元，同比增长7.6%，完成年度计划的93.4%，超过时序"
        "进度1.7个百分点，完成率比上年同期提高2.8个百分点。11月当月完成投资48.6亿元。分级别看，省级重点"
        "工程完成投资301.5亿元，完成率94.6%，居全省第3位；市级重点工程完成投资270.3亿元，完成率92.0%。",
    ),
    ("h", "二、开工和投产情况"),
    (
        "p",
        "年内计划新开工项目146个，截至11月底已开工139个，开工率95.2%，比上月提高3.4个百分点，11月新开工"
        "5个；已开工项目中计划总投资亿元以上的87个。174个续建项目均已复工复产。年内计划竣工投产项目60个，"
        "已全部或部分投产44个，投产率73.3%，剩余16个项目须在12月集中攻坚。",
    ),
    ("h", "三、分县（区、市）情况"),
    (
        "p",
        "各县（区、市）和开发区中，平遥县完成年度计划的95.8%，完成率居全市第一；灵石县、寿阳县分别为"
        "95.1%和95.0%。晋中开发区完成投资98.8亿元，总量最大。昔阳县、和顺县、榆社县和市直项目完成率低于"
        "时序进度，其中榆社县完成率为84.8%，落后时序进度6.9个百分点。各县（区、市）完成情况见附表1。",
    ),
    ("h", "四、滞后项目情况"),
    (
        "p",
        "截至11月底，全市仍有17个项目完成率低于60%，其中省级重点工程5个、市级重点工程12个；尚未开工的"
        "7个项目，主要卡在用地报批、林地审批和环评手续上。部分进度滞后项目见附表2。",
    ),
    ("h", "五、下步工作要求"),
    (
        "p",
        "（一）全力冲刺年度目标。12月是全年项目建设的收官之月，各地要倒排工期、挂图作战，确保全年完成投资"
        "630亿元以上，年度计划完成率达到102.9%，12月份完成投资不低于58.2亿元；力争省级重点工程完成率"
        "保持全省前三。",
    ),
    (
        "p",
        "（二）加快滞后项目攻坚。对完成率低于60%的项目，由县级包联领导逐个到现场办公，一个问题一个问题"
        "销号；尚未开工项目要明确时间表，年底前全部开工。",
    ),
    (
        "p",
        "（三）提前谋划明年项目。各县（区、市）要在12月20日前报送2024年拟列省市重点工程，力争明年"
        "全市储备省市重点工程不少于350个、总投资3000亿元以上。",
    ),
]

SIGN = ["晋中市重点工程建设领导组办公室", "2023年12月8日"]

TABLE1_TITLE = "附表1　2023年1—11月各县（区、市）省市重点工程完成情况"
TABLE1 = [
    [
        "县（区、市）",
        "项目个数（个）",
        "年度计划投资（亿元）",
        "1—11月完成投资（亿元）",
        "完成率（%）",
        "位次",
    ],
    ["全市", "320", "612.3", "571.8", "93.4", "—"],
    ["榆次区", "46", "96.8", "91.1", "94.1", "7"],
    ["太谷区", "28", "52.6", "49.6", "94.3", "6"],
    ["榆社县", "14", "18.4", "15.6", "84.8", "13"],
    ["左权县", "16", "22.7", "21.2", "93.4", "9"],
    ["和顺县", "15", "21.3", "18.7", "87.8", "12"],
    ["昔阳县", "17", "26.5", "23.9", "90.2", "11"],
    ["寿阳县", "21", "38.2", "36.3", "95.0", "3"],
    ["祁县", "19", "31.4", "29.5", "93.9", "8"],
    ["平遥县", "24", "40.6", "38.9", "95.8", "1"],
    ["灵石县", "22", "45.2", "43.0", "95.1", "2"],
    ["介休市", "26", "58.4", "54.3", "93.0", "10"],
    ["晋中开发区", "38", "104.3", "98.8", "94.7", "4"],
    ["山西农谷", "12", "21.6", "20.4", "94.4", "5"],
    ["市直", "22", "34.3", "30.5", "88.9", "—"],
]
TABLE1_NOTE = (
    "注：1—11月时序进度为91.7%；位次在各县（区、市）和晋中开发区、山西农谷之间排列，市直项目不参与排名。"
)

TABLE2_TITLE = "附表2　部分进度滞后项目"
TABLE2 = [
    ["序号", "项目名称", "所在地", "级别", "年度计划（亿元）", "已完成（亿元）", "完成率（%）"],
    ["1", "年产10万吨煤系针状焦项目", "榆社县", "省级", "3.2", "1.4", "43.8"],
    ["2", "年处理60万吨煤矸石综合利用项目", "和顺县", "市级", "2.6", "1.3", "50.0"],
    ["3", "100兆瓦光伏储能一体化项目", "昔阳县", "市级", "4.5", "2.4", "53.3"],
    ["4", "中心城区集中供热管网改造工程", "市直", "市级", "6.8", "3.9", "57.4"],
]

TAIL = [
    "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
    "联系人：武晓峰　　电话：0354-2637419",
]

# a figure with its unit, or an ordinal: never cut inside one
TOKEN = re.compile(r"[0-9][0-9.]*(?:个百分点|亿元|万元|兆瓦|万吨|个|%)?|第[一二三四五六七八九十]+")
NO_LINE_START = set("，。；、：）％%”")


def fits(text: str) -> int:
    """How many leading characters of text fit in the measure at the body size."""
    n = 0
    while n < len(text) and pdfmetrics.stringWidth(text[: n + 1], FONT, 11) <= MEASURE:
        n += 1
    return n


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines filling the measure; no figure is split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while fits(text) < len(text):
        cut = fits(text)
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        for m in TOKEN.finditer(text):
            if m.start() < cut < m.end():
                cut = m.start()
                break
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[tuple[str, str]]:
    """(kind, text): kind is "c" centred, "r" right, "t" a table row, "" plain."""
    out: list[tuple[str, str]] = [("c", HEAD[0]), ("c", HEAD[1]), ("", "")]
    out += [("c", HEAD[3]), ("c", HEAD[4]), ("", ""), ("", HEAD[6])]
    for kind, text in BODY:
        out += [("", text)] if kind == "h" else [("", line) for line in wrap(text)]
    out += [("", ""), ("r", SIGN[0]), ("r", SIGN[1]), ("", "")]
    out += [("", TABLE1_TITLE)] + [("t", "｜".join(row)) for row in TABLE1]
    out += [("", line) for line in wrap(TABLE1_NOTE, first="")]
    out += [("", ""), ("", TABLE2_TITLE)] + [("t", "｜".join(row)) for row in TABLE2]
    out += [("", "")] + [("", line) for line in TAIL]
    return out


def pages(lines: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    return [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def build() -> int:
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setTitle("关于2023年1—11月全市省市重点工程建设进展情况的通报")
    c.setAuthor("晋中市重点工程建设领导组办公室")
    c.setCreator("make_pdf.py")
    book = pages(all_lines())
    for number, page in enumerate(book, start=1):
        y = 790.0
        for kind, line in page:
            size = 10 if kind == "t" else 11
            c.setFont(FONT, size)
            if kind == "c":
                c.drawCentredString(297.5, y, line)
            elif kind == "r":
                c.drawRightString(539, y, line)
            else:
                c.drawString(56, y, line)
            if kind == "t":
                c.setLineWidth(0.4)
                c.line(52, y - 4.5, 543, y - 4.5)
            y -= LEAD
        c.setFont(FONT, 10)
        c.drawCentredString(297.5, 40, f"— {number} —")
        c.showPage()
    c.save()
    return len(book)


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
