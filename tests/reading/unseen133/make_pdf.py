"""Builds 01_tongji_yuebao.pdf with reportlab: two A4 pages of the 萍乡统计月报 (2025年第11期), set in the
non-embedded CID font STSong-Light, the body hard-wrapped at about 40 characters as a typeset page's lines
are, a running head and a page foot on every page, and both tables drawn as rows of text (one string per
row; the indicator table padded with spaces to columns, the county table with full-width bars).

reportlab's ``invariant=1`` fixes the dates and the document id, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl133 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "01_tongji_yuebao.pdf"
FONT = "STSong-Light"
SIZE = 10.5
LEAD = 16
WIDTH = 40
PER_PAGE = 44
INDENT = "\u3000\u3000"
RUNNING_HEAD = "萍乡统计月报　　　　　　　　　　　　　　　　　　　　　2025年第11期"

HEAD = [
    "萍乡统计月报",
    "2025年第11期（总第347期）",
    "萍乡市统计局　国家统计局萍乡调查队　编　　　　2025年12月18日",
    "",
]

BODY: list[tuple[str, str]] = [
    ("h", "一、1—11月全市经济运行简况"),
    (
        "p",
        "1—11月，全市经济运行延续稳中有进的态势，工业、投资增速继续保持全省前列，消费和外贸平稳增长，"
        "主要指标完成情况好于年初预期。",
    ),
    (
        "p",
        "工业生产较快增长。规模以上工业增加值同比增长8.6%，比1—10月提高0.1个百分点，"
        "高于全省0.9个百分点，增速居全省第3位；11月当月增长9.2%。六大高耗能行业增加值增长4.3%，"
        "占规上工业的比重为38.2%；高新技术产业增加值增长13.5%，占规上工业增加值的42.6%，"
        "比上年同期提高1.8个百分点。规上工业实现营业收入1386.54亿元，增长6.9%；利润总额72.18亿元，"
        "下降2.7%，降幅比1—10月收窄1.5个百分点。11月末全市规上工业企业1392家，1—11月新增入库78家，"
        "比上年同期多12家。工业用电量57.46亿千瓦时，增长7.4%；其中11月用电5.32亿千瓦时，增长10.3%。",
    ),
    (
        "p",
        "投资增势较好。全市固定资产投资增长5.3%，高于全省2.1个百分点，增速居全省第6位。其中，"
        "工业投资增长12.8%，占全部投资的46.5%，比上年同期提高3.2个百分点；亿元以上项目完成投资"
        "增长9.6%；房地产开发投资下降11.4%，商品房销售面积82.6万平方米，下降6.8%。",
    ),
    (
        "p",
        "消费市场平稳。社会消费品零售总额579.24亿元，增长5.1%，增速居全省第4位；其中11月实现"
        "零售额56.83亿元，增长5.8%，比10月加快0.9个百分点。限额以上单位商品零售额增长7.2%，"
        "新能源汽车类零售额增长41.3%。",
    ),
    (
        "p",
        "外贸稳中向好。据海关统计，全市外贸进出口146.82亿元，增长8.8%；出口112.46亿元、增长12.4%，"
        "进口34.36亿元、下降1.5%。",
    ),
    (
        "p",
        "服务业稳步恢复。1—10月，全市规模以上服务业企业营业收入186.37亿元，增长6.2%，其中交通运输、"
        "仓储和邮政业营业收入增长9.8%，租赁和商务服务业营业收入增长14.6%。",
    ),
    (
        "p",
        "经营主体持续增加。11月末，全市登记在册经营主体34.86万户，同比增长5.6%，其中企业8.92万户；"
        "1—11月新登记经营主体3.27万户。",
    ),
    (
        "p",
        "财政金融运行平稳。一般公共预算收入完成118.63亿元，增长2.4%；税收收入79.35亿元，增长3.6%，"
        "税收占比66.9%。11月末，全市本外币存款余额2683.5亿元，同比增长7.1%；本外币贷款余额"
        "2294.7亿元，增长8.3%，较年初新增168.9亿元。",
    ),
    (
        "p",
        "物价温和上涨。1—11月居民消费价格总水平上涨0.3%，其中食品烟酒类价格下降1.2%，服务类价格上涨0.9%。",
    ),
    ("h", "二、主要经济指标（1—11月）"),
]

# 指标名称, 单位, 11月, 1—11月, 增长（%）, 全省位次
TABLE1 = [
    ["指标名称", "单位", "11月", "1—11月", "增长（%）", "全省位次"],
    ["规模以上工业增加值", "—", "—", "—", "8.6", "3"],
    ["规上工业营业收入", "亿元", "131.26", "1386.54", "6.9", "5"],
    ["规上工业利润总额", "亿元", "—", "72.18", "-2.7", "8"],
    ["工业用电量", "亿千瓦时", "5.32", "57.46", "7.4", "—"],
    ["固定资产投资", "—", "—", "—", "5.3", "6"],
    ["　其中：工业投资", "—", "—", "—", "12.8", "4"],
    ["社会消费品零售总额", "亿元", "56.83", "579.24", "5.1", "4"],
    ["一般公共预算收入", "亿元", "7.42", "118.63", "2.4", "7"],
    ["　其中：税收收入", "亿元", "5.08", "79.35", "3.6", "—"],
    ["进出口总额", "亿元", "13.27", "146.82", "8.8", "5"],
]
TAB1_X = [0, 118, 178, 238, 306, 372]  # left edge of each column, in points

MIDDLE: list[tuple[str, str]] = [("h", "三、分县区主要指标（1—11月）")]

TABLE2 = [
    ["县区", "规上工业增加值增长（%）", "固定资产投资增长（%）", "社零总额（亿元）", "社零增长（%）"],
    ["安源区", "7.9", "4.6", "218.37", "4.8"],
    ["湘东区", "9.4", "6.2", "96.52", "5.3"],
    ["莲花县", "10.2", "7.8", "58.14", "5.9"],
    ["上栗县", "8.8", "3.1", "104.66", "5.2"],
    ["芦溪县", "9.7", "5.5", "101.55", "5.0"],
    ["萍乡经开区", "9.0", "8.4", "—", "—"],
    ["萍乡高新区", "8.1", "-1.6", "—", "—"],
]

TAIL: list[tuple[str, str]] = [
    (
        "p",
        "从县区看，莲花县规上工业增加值增速居全市第一，比全市高1.6个百分点，芦溪县、湘东区分列第二、"
        "第三位；萍乡经开区固定资产投资"
        "增速居全市第一；萍乡高新区固定资产投资下降1.6%，是全市唯一负增长的县区（园区）。安源区社会"
        "消费品零售总额占全市的37.7%。",
    ),
    (
        "n",
        "注：1.规上工业企业：年主营业务收入不低于2000万元的工业法人单位。2.全省位次按增速"
        "由高到低排列。3.萍乡经开区、萍乡高新区的社会消费品零售总额分别并入所在区县。4.部分数据因"
        "四舍五入，分项之和与合计略有出入。",
    ),
    ("n", "主编：彭志远　责任编辑：易小琴　电话：0799-6832157　传真：0799-6832160"),
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
        while (
            0 < cut < len(text)
            and NUMBER.match(text[cut])
            and (NUMBER.match(text[cut - 1]) or text[cut - 1] == "第")
        ):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def pad_row(cells: list[str], xs: list[int]) -> str:
    """One table row as a single string, spaces filling each cell out to the next column's left edge."""
    out = ""
    for cell, x in zip(cells, xs, strict=True):
        width = pdfmetrics.stringWidth(out, FONT, SIZE)
        if out:
            gap = max(2, round((x - width) / pdfmetrics.stringWidth(" ", FONT, SIZE)))
            out += " " * gap
        out += cell
    return out


def block(parts: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for kind, text in parts:
        if kind == "h":
            out.append(text)
        elif kind == "p":
            out += wrap(text)
        else:
            out += wrap(text, first="")
    return out


def all_lines() -> list[str]:
    lines = [*HEAD, *block(BODY)]
    lines += [pad_row(row, TAB1_X) for row in TABLE1]
    lines += ["", *block(MIDDLE)]
    lines += ["｜".join(row) for row in TABLE2]
    lines += block(TAIL)
    return lines


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    lines = all_lines()
    chunks = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setTitle("萍乡统计月报 2025年第11期")
    c.setAuthor("萍乡市统计局")
    for n, chunk in enumerate(chunks, start=1):
        c.setFont(FONT, 9)
        c.drawString(56, 806, RUNNING_HEAD)
        c.setFont(FONT, SIZE)
        y = 780
        for line in chunk:
            c.drawString(56, y, line)
            y -= LEAD
        c.setFont(FONT, 9)
        c.drawString(280, 40, f"— {n} —")
        c.showPage()
    c.save()
    return len(chunks)


if __name__ == "__main__":
    print(f"wrote {NAME}: {build()} pages")
