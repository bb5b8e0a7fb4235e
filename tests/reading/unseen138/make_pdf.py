"""Builds 04_jingji_fenxi_cailiao.pdf with reportlab: the analysis paper on the city's economy for 1—10月
2025, set in the non-embedded CID font STSong-Light, the body hard-wrapped at about 36 characters as a
typeset page's lines are (sentences run on across lines and pages), a running head and a page number
at each page's foot.

``invariant=1`` keeps reportlab from writing the clock or a random id, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl138 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_jingji_fenxi_cailiao.pdf"
FONT = "STSong-Light"
WIDTH = 36
PER_PAGE = 38
INDENT = "\u3000\u3000"
NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")
RUNNING_HEAD = "2025年1—10月全市经济运行分析材料"

HEAD = [
    "内部材料　注意保存",
    "",
    "2025年1—10月全市经济运行分析材料",
    "（市政府第六十二次常务会议材料之三）",
    "滨州市发展和改革委员会　滨州市统计局",
    "2025年11月24日",
    "",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，全市坚持工业立市、项目兴市，经济运行延续稳中有进态势。现将1—10月经济运行情况、"
        "存在的差距和全年走势分析如下。",
    ),
    ("h", "一、主要指标运行的亮点"),
    (
        "p",
        "（一）经济总量稳步扩大。前三季度，全市地区生产总值2386.7亿元，同比增长6.1%，比上半年加快"
        "0.2个百分点，高于全省0.4个百分点，增速居全省第4位。其中，第二产业增加值1035.6亿元，增长7.8%，"
        "对经济增长的贡献率达到58.3%。",
    ),
    (
        "p",
        "（二）工业支撑作用突出。1—10月，规上工业增加值同比增长8.6%，比全省快1.9个百分点，增速在全省排第3位，"
        "今年以来各月累计增速均保持在全省前5位；10月当月增长9.4%。铝精深加工、高端化工产业链产值"
        "分别增长12.6%、10.4%。10月末全市规上工业企业达到1563家，比年初净增96家。",
    ),
    (
        "p",
        "（三）项目投资带动有力。全市320个市级以上重点项目完成投资667.5亿元，完成年度计划投资的88.3%，"
        "快于时序进度5.0个百分点；第四季度集中开工项目86个、总投资612.4亿元。工业投资增长12.7%，"
        "在全部投资中的占比为41.6%，比上年同期提高3.2个百分点。",
    ),
    (
        "p",
        "（四）消费外贸稳中有升。社会消费品零售总额1068.45亿元，增长5.9%，高于全省0.6个百分点；"
        "进出口总额增长7.3%，高于全省3.2个百分点，其中出口增长12.4%，铝材出口增长19.6%。",
    ),
    (
        "p",
        "（五）新动能加快成长。1—10月，高新技术产业产值占规上工业总产值的比重为47.3%，比上年同期提高"
        "1.6个百分点；高技术制造业增加值增长15.8%。今年新增国家级专精特新“小巨人”企业6家、省级专精特新"
        "中小企业83家。",
    ),
    ("h", "二、存在的差距和问题"),
    (
        "p",
        "（一）财政收入增长偏慢。一般公共预算收入增长4.2%，低于全省1.3个百分点，居全省第11位；"
        "税收收入增长3.6%，比1—9月回落0.5个百分点，税收占比72.4%，低于全省平均水平1.8个百分点。",
    ),
    (
        "p",
        "（二）民间投资和房地产持续低迷。民间投资下降1.2%，落后全省3.6个百分点；房地产开发投资"
        "下降9.8%，降幅比全省大2.2个百分点；商品房销售面积下降6.4%。",
    ),
    (
        "p",
        "（三）投资增速逐月回落。固定资产投资增长4.8%，虽高于全省1.7个百分点，但比1—9月回落0.3个百分点，"
        "比上半年回落1.5个百分点，新开工项目入统偏慢。",
    ),
    (
        "p",
        "（四）居民增收压力较大。前三季度，全市居民人均可支配收入28964元，同比增长5.1%，低于全省0.2个百分点，"
        "居全省第12位；分城乡看，城镇居民和农村居民人均可支配收入分别增长4.6%、6.2%。",
    ),
    (
        "p",
        "（五）部分县区指标下滑。惠民县、滨州经开区固定资产投资分别下降2.4%、5.1%；惠民县规上工业"
        "增加值增长6.5%，低于全市2.1个百分点，居全市末位。",
    ),
    (
        "p",
        "（六）外贸结构有待优化。进口仅增长3.2%，比出口低9.2个百分点，铝土矿等大宗原料进口量价齐跌，"
        "对全市外贸增长的支撑减弱。",
    ),
    ("h", "三、全年主要指标预计"),
    (
        "p",
        "综合研判，11—12月全市经济有望保持平稳。初步预计，全年地区生产总值增长6%左右；规上工业增加值"
        "增长8.5%左右；固定资产投资增长5%左右；社会消费品零售总额1290亿元左右，增长6.0%左右；"
        "进出口总额达到1500亿元，增长7%以上；一般公共预算收入282亿元左右，增长4.5%，完成年初预算"
        "288.8亿元的97.6%，低于年初确定的增长7%目标2.5个百分点。分县区看，预计无棣县、沾化区和北海经开区全年规上工业增加值"
        "增速保持在9%以上。",
    ),
    ("h", "四、下步工作建议"),
    (
        "p",
        "（一）稳住工业增长。力争11—12月规上工业增加值月度增速保持在9%以上，确保全年增速稳定在全省前3位。",
    ),
    (
        "p",
        "（二）抓实项目建设。确保省市重点项目全年完成投资800亿元以上；推动第四季度集中开工的86个项目"
        "年底前全部开工建设，力争年底前新纳统项目不少于60个。",
    ),
    (
        "p",
        "（三）加强收入征管。盯紧重点税源和欠税清缴，确保一般公共预算收入全年完成282亿元以上。",
    ),
    (
        "p",
        "（四）落实链长制。推动企业反映问题11月底前办结率达到90%以上，超期未办结的5件问题年底前全部销号。",
    ),
    (
        "p",
        "（五）提振消费。组织冬季促消费活动，力争11—12月社会消费品零售总额增长6.5%以上。",
    ),
    ("p", "以上材料供会议研究参考。"),
    ("h", "（数据来源：市统计局快报数及市直有关部门报送数，全年数为初步测算，以正式统计为准。）"),
    ("h", "起草：市发展改革委综合科　联系电话：0543-3219635"),
]


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
    out = [*HEAD]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    return out


def pages(lines: list[str]) -> list[list[str]]:
    return [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setTitle("2025年1—10月全市经济运行分析材料")
    c.setAuthor("滨州市发展和改革委员会")
    chunks = pages(all_lines())
    for n, chunk in enumerate(chunks, start=1):
        if n > 1:
            c.setFont(FONT, 9)
            c.drawString(56, 808, RUNNING_HEAD)
        c.setFont(FONT, 11)
        y = 780
        for line in chunk:
            c.drawString(56, y, line)
            y -= 18
        c.setFont(FONT, 10)
        c.drawCentredString(297, 40, f"— {n} —")
        c.showPage()
    c.save()
    return len(chunks)


if __name__ == "__main__":
    print(f"wrote {NAME}: {build()} pages")
