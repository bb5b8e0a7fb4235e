"""Builds 04_leping_tongji.pdf with reportlab: 乐平市统计局's brief on the county economy in 1—8月 2025,
two A4 pages set in the non-embedded Adobe font STSong-Light, the body wrapped at about 36 characters as
a typeset page's lines are (sentences and numbers with their units run on across lines), a short table of
five columns drawn cell by cell, and a page number at each page's foot.

reportlab is not in the project's venv; install it outside and run (the same bytes every time):

    pip install --target /tmp/rl95 reportlab
    PYTHONPATH=/tmp/rl95 python3 make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_leping_tongji.pdf"
FONT = "STSong-Light"
WIDTH = 36
INDENT = "\u3000\u3000"
LEFT, TOP, LEAD = 62, 780, 17.5
BOTTOM = 90

HEAD = [  # text, size, centred
    ("乐平统计简报", 18, True),
    ("2025年第9期（总第167期）", 11, True),
    ("乐平市统计局　　　　　　　　　　　　　　　2025年9月26日", 11, False),
    ("乐平市2025年1—8月县域经济运行简况", 14, True),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "1—8月，全市上下紧扣全年目标任务，扎实推进工业强市和项目攻坚，县域经济保持稳中向好态势，"
        "主要指标增速继续高于景德镇市平均水平。",
    ),
    ("h", "一、工业生产增势较好"),
    (
        "p",
        "1—8月，全市规模以上工业增加值增长8.9%，比1—7月加快0.4个百分点，高于景德镇市1.1个百分点，"
        "增速居景德镇市各县（市、区）第1位。8月当月增长10.2%。全市218家规上工业企业中，有163家"
        "增加值实现增长，增长面为74.8%；8月末规上工业企业数比年初净增14家。精细化工、医药、机械制造"
        "三大主导产业增加值分别增长7.6%、5.9%、12.4%。规上工业企业实现营业收入402.5亿元，增长7.9%；"
        "利润总额21.36亿元，下降3.2%，降幅比上半年收窄2.5个百分点。乐平工业园区实现规上工业营业收入"
        "286.5亿元，增长8.3%，占全市规上工业营业收入的71.2%。工业用电量9.86亿千瓦时，增长8.1%。",
    ),
    ("h", "二、投资和项目建设稳步推进"),
    (
        "p",
        "1—8月，全市固定资产投资增长6.4%，高于景德镇市1.2个百分点。其中工业投资增长15.3%，"
        "占全部投资的52.6%；民间投资增长2.8%，房地产开发投资下降11.6%。62个景德镇市级重点项目"
        "完成投资89.6亿元，完成年度计划的65.5%，落后时序进度1.2个百分点。今年以来新签约项目23个，"
        "签约资金146.8亿元，其中亿元以上项目19个；新开工亿元以上项目21个。",
    ),
    ("h", "三、消费和外贸平稳增长"),
    (
        "p",
        "1—8月，全市社会消费品零售总额72.15亿元，增长6.0%，高于景德镇市0.4个百分点。其中限额以上"
        "单位消费品零售额28.64亿元，增长8.5%，占社会消费品零售总额的39.7%。外贸进出口总额12.37亿元，"
        "增长9.6%，其中出口10.85亿元，增长11.3%。"
        "通过电商平台实现网上零售额3.62亿元，增长24.8%。",
    ),
    ("h", "四、财政金融运行平稳"),
    (
        "p",
        "1—8月，全市一般公共预算收入15.62亿元，增长4.1%；其中税收收入10.87亿元，增长5.3%，"
        "税收占比69.6%。8月末，全市金融机构本外币各项存款余额468.3亿元，同比增长8.8%；各项贷款余额"
        "356.7亿元，增长11.4%，存贷比为76.2%，比年初提高1.9个百分点。",
    ),
    ("h", "五、服务业和经营主体"),
    (
        "p",
        "1—8月，全市规模以上服务业企业营业收入31.46亿元，增长9.2%，其中交通运输、仓储和邮政业营业收入"
        "增长12.7%。8月末，全市登记在册经营主体9.82万户，同比增长6.4%，其中企业2.15万户；今年以来"
        "新登记经营主体1.1万余户。全市“四上”企业达到586家，比年初净增27家。",
    ),
    ("h", "六、农业生产和居民收入"),
    (
        "p",
        "全市早稻产量19.6万吨，下降1.2%，主要受6月下旬强降雨影响。1—8月，全市蔬菜产量68.4万吨，增长4.6%；生猪出栏41.2万头，增长2.3%，8月末生猪存栏28.7万头。"
        "上半年，全市城镇居民人均可支配收入24986元，增长4.7%；农村居民人均可支配收入13562元，"
        "增长6.1%。",
    ),
    ("h", "七、乡镇（街道）情况"),
    (
        "p",
        "分乡镇（街道）看，塔山街道、接渡镇、洎阳街道固定资产投资分别增长11.8%、9.4%、7.2%，"
        "三地完成投资占全市的46.3%；众埠镇、乐港镇投资增速低于全市平均，分别为3.1%和2.6%。",
    ),
    ("h", "八、需要关注的问题和建议"),
    (
        "p",
        "一是企业利润仍在下降，精细化工产品价格低位运行，规上工业亏损企业达41家。二是消费外流较明显，"
        "住宿餐饮业零售额仅增长1.9%。三是项目推进分化，截至8月底有2个重点项目亮红牌，"
        "数量为景德镇市各县（市、区）最多。建议聚焦工业和项目两个关键，确保全年规上工业增加值增长9%以上、"
        "一般公共预算收入完成23亿元。据初步测算，预计前三季度全市规上工业增加值增长8.5%左右，"
        "固定资产投资增长6%以上。",
    ),
]

TABLE_TITLE = "表1　乐平市2025年1—8月主要经济指标"
TABLE = [
    ["指标", "单位", "1—8月", "增长（%）", "景德镇市增长（%）"],
    ["规模以上工业增加值", "%", "—", "8.9", "7.8"],
    ["固定资产投资", "%", "—", "6.4", "5.2"],
    ["社会消费品零售总额", "亿元", "72.15", "6.0", "5.6"],
    ["一般公共预算收入", "亿元", "15.62", "4.1", "3.4"],
    ["金融机构存款余额", "亿元", "468.3", "8.8", "7.9"],
    ["金融机构贷款余额", "亿元", "356.7", "11.4", "9.2"],
]
COLS = [62, 228, 292, 366, 440]
NOTES = [
    "注：存贷款余额为8月末数。规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。",
    "编辑：乐平市统计局综合股　　审核：吴建平　　电话：0798-6812357",
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


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("乐平市2025年1—8月县域经济运行简况")
    c.setAuthor("乐平市统计局")
    c.setCreator("乐平市统计局")
    page = 1
    y = TOP

    def new_page() -> float:
        nonlocal page
        c.setFont(FONT, 10)
        c.drawCentredString(A4[0] / 2, 50, f"— {page} —")
        c.showPage()
        page += 1
        return TOP

    for text, size, centred in HEAD:
        c.setFont(FONT, size)
        if centred:
            c.drawCentredString(A4[0] / 2, y, text)
        else:
            c.drawString(LEFT, y, text)
        y -= LEAD + (8 if size > 12 else 0)
    y -= 6
    for kind, text in BODY:
        lines = [text] if kind == "h" else wrap(text)
        for line in lines:
            if y < BOTTOM:
                y = new_page()
            c.setFont(FONT, 11)
            c.drawString(LEFT, y, line)
            y -= LEAD
    y -= 8
    if y < BOTTOM + LEAD * (len(TABLE) + 4):
        y = new_page()
    c.setFont(FONT, 11)
    c.drawCentredString(A4[0] / 2, y, TABLE_TITLE)
    y -= LEAD + 4
    c.setFont(FONT, 10)
    top = y + LEAD - 4
    for row in TABLE:
        for x, cell in zip(COLS, row, strict=True):
            c.drawString(x + 4, y, cell)
        y -= LEAD
    bottom = y + LEAD - 4
    c.setLineWidth(0.6)
    for k in range(len(TABLE) + 1):
        c.line(COLS[0], top - k * LEAD, 530, top - k * LEAD)
    for x in [*COLS, 530]:
        c.line(x, top, x, bottom)
    y -= 10
    c.setFont(FONT, 9.5)
    for note in NOTES:
        c.drawString(LEFT, y, note)
        y -= LEAD - 2
    c.setFont(FONT, 10)
    c.drawCentredString(A4[0] / 2, 50, f"— {page} —")
    c.showPage()
    c.save()
    return page


if __name__ == "__main__":
    print(f"wrote {NAME}: {build()} pages")
