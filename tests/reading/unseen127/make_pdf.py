"""Builds 04_chanyelian_yunxing.pdf with reportlab: a two-page quarterly bulletin whose text layer is set in
the non-embedded CID font STSong-Light, the body wrapped at about 38 characters as a typeset page's lines
are (a sentence runs on across lines and across the page break, but a number with its unit is never
split), a page number at each page's foot, and the chain table as lines of text with full-width bars.

reportlab is not in the project's environment; it is installed apart with
``pip install --target /tmp/rl127 reportlab``. ``invariant=1`` and fixed metadata give the same bytes
every run:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl127")

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_chanyelian_yunxing.pdf"
FONT = "STSong-Light"
WIDTH = 38
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    "清远市重点产业链运行季报",
    "2026年第1期（总第9期）",
    "清远市工业和信息化局编　　　　　　　　2026年4月24日",
    "",
    "【本期导读】一季度三条重点产业链规上企业营业收入增长10.7%；",
    "先进制造产业链增速领跑；新签约补链延链项目23个。",
]

BODY: list[tuple[str, str]] = [
    ("h", "一、总体运行情况"),
    (
        "p",
        "一季度，全市新材料、先进制造、现代农业三条重点产业链共有链主企业18家、规上企业596家，"
        "实现营业收入764.55亿元，同比增长10.7%，增速比上年同期加快2.4个百分点，比全市规上工业"
        "营业收入增速高3.1个百分点。3月末，三条链规上企业比年初净增23家，期末用工人数12.86万人，"
        "比年初增加0.42万人；一季度链上企业技术改造投资增长18.5%。18家链主企业合计实现"
        "营业收入318.60亿元，占三条链营收的41.7%。链上亏损企业58家，亏损面9.7%，比上年同期收窄"
        "1.5个百分点。",
    ),
    ("t", ""),
    ("h", "二、分链运行情况"),
    (
        "p",
        "（一）新材料产业链。实现营收412.35亿元，增长9.8%，占三条链营收的53.9%。其中，再生有色"
        "金属板块营收186.20亿元，增长14.5%，再生铜、再生铝产量分别为18.6万吨、26.3万吨，分别增长"
        "11.8%、16.2%，再生有色金属产量居全省第2位；建筑陶瓷板块营收142.65亿元，增长2.1%，受房地产"
        "市场调整影响，增速比上年同期回落1.7个百分点；新型建材等其他板块营收83.50亿元。全链产能利用率"
        "78.6%，比上年同期提高2.4个百分点。链主企业中有4家营收增速超过10%。",
    ),
    (
        "p",
        "（二）先进制造产业链。实现营收265.48亿元，增长13.6%，增速居三条链第1位。其中，汽车零部件"
        "板块营收118.36亿元，增长21.4%；电子信息板块营收82.57亿元，增长9.2%；装备制造板块营收64.55亿元，"
        "增长6.5%。随着整车配套订单增加，本地新能源汽车零部件配套率提高到36%左右，比上年末提高5个"
        "百分点。",
    ),
    (
        "p",
        "（三）现代农业产业链。规上农产品加工企业实现营收86.72亿元，增长6.4%。其中，清远鸡加工板块"
        "营收38.64亿元，增长5.8%，一季度清远鸡出栏3426万只，增长4.2%，链主企业带动养殖户1.3万余户；英德红茶板块营收21.35亿元，"
        "增长11.2%；丝苗米、连州菜心等粮油蔬果板块营收26.73亿元。",
    ),
    ("h", "三、园区承载情况"),
    (
        "p",
        "三条链规上企业中，落户广清园的112家、清远高新区的87家、广佛（佛冈）产业园的41家，三个园区"
        "合计实现链上营收352.80亿元，占三条链营收的46.1%。其中广清园链上营收186.42亿元，增长17.9%，"
        "增速比三条链整体高7.2个百分点。",
    ),
    ("h", "四、链主企业培育"),
    (
        "p",
        "一季度新认定清远华铖汽车部件有限公司、广东粤清再生金属有限公司2家链主企业。现有链主企业中，"
        "营收50亿元以上的2家，10亿—50亿元的9家，10亿元以下的7家。链主企业带动本地配套企业312家，"
        "本地配套采购额46.7亿元，增长17.3%。",
    ),
    ("h", "五、补链延链项目"),
    (
        "p",
        "一季度三条链新签约补链延链项目23个，协议投资186.4亿元，同比增长15.8%。其中，新材料链9个、"
        "78.5亿元，先进制造链10个、92.3亿元，现代农业链4个、15.6亿元。新开工补链项目11个，新投产6个。"
        "广清园年产20万吨再生铝合金扁锭项目一季度完成投资3.42亿元，清远高新区新能源汽车零部件产业园"
        "（一期）完成投资3.10亿元，两个项目预计分别于今年9月、12月建成投产。",
    ),
    ("h", "六、需要关注的问题"),
    (
        "p",
        "一是建筑陶瓷订单偏弱，3月末该板块产成品库存同比增长8.7%。二是链上中小企业资金偏紧，抽样调查中"
        "约三成企业反映流动资金紧张。三是现代农业链精深加工能力不足，初加工产品营收占比仍接近七成。",
    ),
    ("h", "七、下阶段工作"),
    (
        "p",
        "力争二季度三条链营业收入同比增长11%以上，上半年营收突破1600亿元；全年新签约补链延链项目不少于"
        "80个。二季度组织链主企业与本地配套企业开展供需对接活动3场以上，推动广清园再生铝合金扁锭项目"
        "完成投资不少于4亿元。从订单情况看，预计二季度汽车零部件板块营收仍将保持20%左右的增长。",
    ),
]

TABLE_TITLE = "表1　一季度重点产业链规上企业运行情况"
TABLE = [
    ["产业链", "链主企业（家）", "规上企业（家）", "营业收入（亿元）", "同比增长（%）"],
    ["新材料", "6", "286", "412.35", "9.8"],
    ["先进制造", "5", "214", "265.48", "13.6"],
    ["现代农业", "7", "96", "86.72", "6.4"],
    ["合计", "18", "596", "764.55", "10.7"],
]
TAIL = [
    "",
    "报：市委、市政府领导",
    "送：各县（市、区）工业和信息化主管部门，各功能区管委会",
    "本期联系人：叶思敏　电话：0763-3376105　　（本期印发45份）",
]

FIGURE = re.compile(r"\d[\d.]*(?:个百分点|亿元|万元|万吨|万只|万人|家|个|%|亿)?")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number with its unit is never split."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        for m in FIGURE.finditer(text):
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
        if kind == "h":
            out.append(text)
        elif kind == "t":
            out += [TABLE_TITLE] + ["｜".join(row) for row in TABLE]
        else:
            out += wrap(text)
    return out + TAIL


def pages(lines: list[str]) -> list[list[str]]:
    chunks = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def build(path: Path) -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), invariant=1, pageCompression=0)
    c.setTitle("清远市重点产业链运行季报（2026年第1期）")
    c.setAuthor("清远市工业和信息化局")
    c.setSubject("重点产业链运行")
    c.setCreator("清远市工业和信息化局")
    c.setProducer("reportlab")
    page_lines = pages(all_lines())
    for lines in page_lines:
        c.setFont(FONT, 11)
        y = 800
        for line in lines:
            c.drawString(56, y, line)
            y -= 17
        c.showPage()
    c.save()
    return len(page_lines)


if __name__ == "__main__":
    n = build(HERE / NAME)
    print(f"wrote {NAME}: {n} pages")
