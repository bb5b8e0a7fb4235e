"""Builds 01_shangbannian_jingji.pdf with reportlab: the 市统计局 half-year release, set in the CID font
STSong-Light (not embedded, so the text layer is plain Unicode), the body hard-wrapped at about 36
characters a line as a typeset page's text layer gives it (sentences run on across lines and pages), a page
number at each foot, and the 主要指标 table as lines of text with full-width bars between the cells.

reportlab is not a project dependency: install it beside the checkout and run with the project's python

    pip install --target /tmp/rl125 reportlab
    /work/main/.venv/bin/python make_pdf.py

``invariant=1`` and the fixed document info make every run write the same bytes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl125")

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "01_shangbannian_jingji.pdf"
FONT = "STSong-Light"
WIDTH = 36
PER_PAGE = 40
INDENT = "\u3000\u3000"

HEAD = [
    "2025年上半年莆田市经济运行情况",
    "莆田市统计局",
    "发布日期：2025年7月21日　　来源：综合科",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "上半年，面对外部需求波动、鞋服订单外移等多重压力，全市上下坚持稳工业、扩投资、促消费一体推进，"
        "经济运行延续回升向好态势。根据福建省统计局统一核算结果，上半年全市实现地区生产总值1586.42亿元，"
        "按可比价计算，同比增长5.9%，比一季度提高0.4个百分点，高于全省0.2个百分点，增速居全省九个设区市"
        "第4位；其中二季度增长6.3%。分产业看，第一产业实现增加值62.15亿元，增长3.6%；第二产业实现增加值"
        "752.84亿元，增长6.8%；第三产业实现增加值771.43亿元，增长5.2%。",
    ),
    ("h", "一、农业生产总体平稳"),
    (
        "p",
        "上半年，全市完成农林牧渔业总产值118.62亿元，增长3.8%。主要农产品中，蔬菜产量61.3万吨，增长4.2%；"
        "水产品产量32.8万吨，增长3.1%；生猪出栏54.6万头，同比下降2.3%，6月末存栏生猪38.2万头。枇杷、龙眼等特色水果"
        "产量稳中有增，荔城区、仙游县特色果蔬种植面积均超过5万亩。",
    ),
    ("h", "二、工业生产稳中有进"),
    (
        "p",
        "上半年，全市规模以上工业增加值同比增长7.6%，比一季度回落0.3个百分点，增速居全省第3位，两年平均"
        "增长7.1%。6月当月增长8.4%，比5月加快1.1个百分点。规上工业企业实现产值2900.16亿元，增长6.5%。"
        "分行业看，皮革毛皮羽毛及其制品和制鞋业、文教工美体育和娱乐用品制造业、食品制造业、计算机通信"
        "和其他电子设备制造业增加值分别增长6.2%、9.5%、4.1%、12.7%。北岸开发区规上工业增加值增长13.2%，"
        "高于全市5.6个百分点。全市工业用电量46.85亿千瓦时，增长7.2%。",
    ),
    ("h", "三、项目投资稳步回升"),
    (
        "p",
        "上半年，全市固定资产投资同比增长4.3%，比一季度提高1.2个百分点，增速居全省第5位。其中，工业投资"
        "增长15.6%，在全部投资中的比重达到38.2%，比上年同期提高3.9个百分点；基础设施投资增长2.8%；房地产"
        "开发投资下降11.5%，降幅比一季度收窄2.4个百分点。全市386个市重点项目完成投资418.63亿元，"
        "完成年度计划的57.6%，超时序进度7.6个百分点。",
    ),
    ("h", "四、消费市场平稳增长"),
    (
        "p",
        "上半年，全市实现社会消费品零售总额1046.73亿元，增长4.9%，比一季度提高0.6个百分点。分城乡看，"
        "城镇市场零售额872.18亿元，增长4.7%；乡村市场零售额174.55亿元，增长5.9%。限上单位零售额"
        "增长6.3%，其中通讯器材类、家用电器和音像器材类零售额分别增长31.4%、18.6%，汽车类零售额下降3.2%。"
        "文旅消费持续升温，湄洲岛接待游客612.4万人次，增长9.8%。",
    ),
    ("h", "五、外贸出口较快增长"),
    (
        "p",
        "据莆田海关统计，上半年全市外贸进出口总额318.64亿元，增长8.7%，其中出口226.35亿元、增长11.2%，"
        "进口92.29亿元、增长3.0%。鞋类出口142.86亿元，增长13.5%，占全市出口总额的63.1%。",
    ),
    ("h", "六、财政收支和金融"),
    (
        "p",
        "上半年，全市完成一般公共预算收入74.52亿元，增长3.8%，税收收入51.87亿元，税收占比为"
        "69.6%。一般公共预算支出148.23亿元，增长2.1%，其中民生支出占比达78.4%。6月末，全市本外币"
        "存款余额4586.2亿元，同比增长6.9%；本外币贷款余额5124.7亿元，增长7.8%，较年初新增231.5亿元。",
    ),
    ("h", "七、城乡居民收入"),
    (
        "p",
        "上半年，全市全体居民人均可支配收入24318元，增长5.1%。其中城镇居民人均可支配收入29862元，"
        "同比增长4.6%；农村居民人均可支配收入15407元，同比增长6.2%，农村居民收入增速快于城镇居民"
        "1.6个百分点。上半年居民消费价格同比下降0.2%。",
    ),
    ("h", "八、县区经济"),
    (
        "p",
        "分县区看，城厢区、涵江区、荔城区、秀屿区、仙游县地区生产总值分别增长5.4%、6.3%、5.7%、7.1%、"
        "5.8%，秀屿区增速居全市第一。仙游县规上工业增加值增长9.2%，高于全市1.6个百分点。",
    ),
]

TABLE_TITLE = "表1　2025年上半年莆田市主要经济指标"
TABLE = [
    ["指标", "单位", "1—6月", "同比增长（%）", "全省位次"],
    ["地区生产总值", "亿元", "1586.42", "5.9", "4"],
    ["规上工业增加值", "亿元", "—", "7.6", "3"],
    ["固定资产投资", "亿元", "—", "4.3", "5"],
    ["社会消费品零售总额", "亿元", "1046.73", "4.9", "6"],
    ["外贸进出口总额", "亿元", "318.64", "8.7", "7"],
    ["　其中：出口", "亿元", "226.35", "11.2", "—"],
    ["一般公共预算收入", "亿元", "74.52", "3.8", "5"],
    ["城镇居民人均可支配收入", "元", "29862", "4.6", "—"],
    ["农村居民人均可支配收入", "元", "15407", "6.2", "—"],
]
NOTES = [
    "注：1.地区生产总值总量按当年价格计算，增速按可比价格计算。",
    "2.全省位次为在全省九个设区市中的位次；“—”为不公布或不排位。",
    "3.规上工业企业指年营业收入2000万元以上的工业法人单位。",
    "（咨询电话：0594-2695318）",
]

# a number with what it counts stays on one line, as a typesetter keeps it
KEEP = re.compile(r"第?[0-9][0-9.]*(?:个百分点|亿千瓦时|万人次|亿元|万元|元|%|个|家|位)?")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number phrase is never split, closing punctuation never starts a
    line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        for m in KEEP.finditer(text):
            if m.start() < cut < m.end():
                cut = m.start()
                break
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE] + ["｜".join(row) for row in TABLE] + NOTES
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setAuthor("莆田市统计局")
    c.setTitle("2025年上半年莆田市经济运行情况")
    c.setSubject("统计信息")
    c.setCreator("莆田市统计局")
    c.setProducer("reportlab")
    pl = pages(all_lines())
    for lines in pl:
        c.setFont(FONT, 11)
        y = 790.0
        for line in lines:
            if line:
                c.drawString(56, y, line)
            y -= 16.5
        c.showPage()
    c.save()
    return len(pl)


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
