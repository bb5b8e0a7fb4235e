"""Builds 04_shuyang_zhuqi.pdf with reportlab: a two-page 工作简报 set in the non-embedded CID font
STSong-Light, with a running head and a page number on each page, the body wrapped to the text block's
width as a typeset page's lines are, and a short table of towns drawn as a ruled grid.

reportlab is not in the project venv; install it outside and run (the same bytes every time):

    pip install --target /tmp/rl97 reportlab
    PYTHONPATH=/tmp/rl97 python3 <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_shuyang_zhuqi.pdf"
FONT = "STSong-Light"
SIZE = 10.5
LEAD = 18
MEASURE = A4[0] - 2 * 72  # the text block's width in points
LEFT = 72
TOP = 770
BOTTOM = 80
INDENT = "\u3000\u3000"
HEAD = "沭阳县驻企联络员工作简报　　　　　　　　　　　　　　　　　2025年第5期"

TITLE = [
    ("驻企联络员工作简报", 20),
    ("第5期", 12),
    ("沭阳县驻企联络员工作领导小组办公室　　　　　　2025年6月6日", 10.5),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，全县326名驻企联络员对联系的1036家企业开展常态化走访服务，其中规上工业企业762家，"
        "实现全覆盖。现将1—5月工作情况简报如下。",
    ),
    ("h", "一、走访服务情况"),
    (
        "p",
        "1—5月，全县驻企联络员累计走访企业4186家次，其中5月走访912家次，比4月增加68家次。累计收集"
        "企业问题诉求538个，已解决462个，解决率85.9%，比一季度末提高3.2个百分点；尚在办理76个。5月当月"
        "收集问题97个，解决81个。5月下旬，县驻企办委托第三方对联络员服务进行满意度电话回访，共回访企业"
        "420家，企业满意度为97.6%，比一季度提高0.9个百分点。",
    ),
    (
        "p",
        "联络员帮助企业争取各级奖补资金1.26亿元，协调银行新增授信8.7亿元，帮助企业招用工3460人，"
        "推动32家企业与县内上下游企业达成配套合作。企业通过“驻企服务码”线上提交问题的渠道逐步用开，"
        "5月线上提交问题41个，占当月收集问题的42.3%。",
    ),
    ("h", "二、问题分类及办理"),
    (
        "p",
        "从问题类型看，要素保障类186个，占收集问题总数的34.6%，其中用地41个、用电37个、用工65个、"
        "融资43个；政策兑现类132个；市场拓展类94个；审批服务类78个；其他类48个。政策兑现类问题解决率"
        "最高，达到93.2%；要素保障类解决率最低，为79.6%。",
    ),
    (
        "p",
        "在办的76个问题中，需县级层面协调解决的52个，需向市级以上部门争取支持的24个。超过30天未办结的"
        "问题11个，已全部列入县委督查室督办清单。已解决问题平均办理用时6.8个工作日，比一季度缩短"
        "1.5个工作日。",
    ),
    ("h", "三、各镇（街道、园区）情况"),
    (
        "p",
        "从下表看，沭城街道、沭阳经济技术开发区问题解决率位居全县前列；钱集镇解决率77.3%，低于全县"
        "平均水平8.6个百分点，主要是两家食品企业用地问题涉及规划调整，办理周期较长。十字街道外贸企业"
        "较多，收集的31个问题中市场拓展类有13个，联络员已组织企业参加境外展会2批次，帮助企业对接"
        "海外采购商，5月新接订单1.6亿元。",
    ),
]
TABLE_TITLE = "表1　部分镇（街道、园区）驻企服务情况（1—5月）"
TABLE = [
    ["单位", "联系企业（家）", "走访（家次）", "收集问题（个）", "已解决（个）", "解决率（%）"],
    ["沭阳经济技术开发区", "214", "906", "121", "108", "89.3"],
    ["沭城街道", "86", "352", "38", "34", "89.5"],
    ["十字街道", "63", "247", "31", "26", "83.9"],
    ["钱集镇", "41", "168", "22", "17", "77.3"],
    ["胡集镇", "37", "151", "19", "16", "84.2"],
    ["新河镇", "52", "213", "27", "24", "88.9"],
]
COLS = [118, 72, 66, 72, 64, 60]
AFTER: list[tuple[str, str]] = [
    ("h", "四、经济运行"),
    (
        "p",
        "1—5月，全县规上工业增加值增长10.4%，高于全市1.2个百分点，增速居全市第3位；规上工业企业"
        "达到762家，比年初净增28家。全县78个市级重点项目完成投资93.6亿元，完成年度计划的50.3%，"
        "完成投资总量居全市第一。",
    ),
    (
        "p",
        "从联系企业看，1—5月联络员联系的762家规上工业企业实现营业收入628.4亿元，增长9.7%；其中"
        "营业收入下降的企业有137家，比一季度末减少19家。联络员对其中订单下滑明显的45家企业建立“一企一策”"
        "帮扶台账，已有21家企业营业收入降幅收窄。",
    ),
    ("h", "五、典型做法"),
    (
        "p",
        "新河镇联络员在走访花木电商企业时了解到，小件花木苗木发货物流成本偏高。联络员会同县交通运输局、"
        "邮政快递企业开通花木寄递专线3条，单件平均物流成本由3.8元降至3.2元，惠及电商经营户1200余户。"
        "沭阳经济技术开发区联络员帮助江苏禾丰源新材料有限公司协调解决新建厂房用电增容问题，"
        "企业年产8000吨可降解包装材料生产线5月如期试生产。胡集镇联络员针对辖区家具企业招工难，"
        "联合镇人社所举办“家门口”招聘会3场，帮助7家企业招用工286人。",
    ),
    ("h", "六、队伍建设"),
    (
        "p",
        "县驻企办每月对联络员履职情况进行考核。5月，联络员工作日志按时填报率为96.8%，比4月提高"
        "2.1个百分点；评定优秀联络员35名，对走访不实、问题上报不及时的6名联络员进行了约谈。结合部分"
        "单位人员变动，5月新增选派联络员14名，调整联络对象8名。",
    ),
    ("h", "七、下步工作"),
    (
        "p",
        "6月起在全县开展驻企服务质效提升月活动。一是确保6月底问题解决率达到88%以上，超过30天未办结"
        "问题动态清零；二是对满意度回访中评价为“基本满意”的9家企业逐一回访；三是组织联络员业务培训2期，"
        "企业满意度保持在97%以上。",
    ),
]
FOOT = [
    "报：县委、县政府主要领导，县委、县政府分管领导",
    "送：县驻企联络员工作领导小组成员单位，各镇（街道）、园区",
    "编辑：王雨桐　　电话：0527-83561208　　　　　　　　　　　　　　（共印60份）",
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines as wide as the text block; a number is never split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while text:
        cut = 1
        while cut < len(text) and pdfmetrics.stringWidth(text[: cut + 1], FONT, SIZE) <= MEASURE:
            cut += 1
        if cut < len(text):
            while cut < len(text) and text[cut] in NO_LINE_START:
                cut += 1
            while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
                cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    return lines


class Writer:
    def __init__(self, path: Path) -> None:
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
        self.c.setTitle("沭阳县驻企联络员工作简报（2025年第5期）")
        self.c.setAuthor("沭阳县驻企联络员工作领导小组办公室")
        self.page = 0
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.c.setFont(FONT, 9)
        self.c.drawString(LEFT, TOP + 30, HEAD)
        self.c.line(LEFT, TOP + 25, A4[0] - LEFT, TOP + 25)
        self.c.drawCentredString(A4[0] / 2, 45, f"— {self.page} —")
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def line(self, text: str, size: float = SIZE, centre: bool = False) -> None:
        self.need(LEAD)
        self.c.setFont(FONT, size)
        if centre:
            self.c.drawCentredString(A4[0] / 2, self.y, text)
        else:
            self.c.drawString(LEFT, self.y, text)
        self.y -= LEAD

    def blocks(self, blocks: list[tuple[str, str]]) -> None:
        for kind, text in blocks:
            if kind == "h":
                self.need(LEAD * 2)  # no heading alone at a page's foot
                self.line(text)
            else:
                for piece in wrap(text):
                    self.line(piece)

    def table(self) -> None:
        row_h = 20
        self.need(row_h * (len(TABLE) + 1))
        self.line(TABLE_TITLE, 10, centre=True)
        top = self.y + 12
        for r, row in enumerate(TABLE):
            x = LEFT
            size = 8.5 if r == 0 else 9
            self.c.setFont(FONT, size)
            for w, cell in zip(COLS, row, strict=True):
                self.c.drawCentredString(x + w / 2, top - row_h * r - 14, cell)
                x += w
        bottom = top - row_h * len(TABLE)
        x = LEFT
        for w in [0, *COLS]:
            x += w
            self.c.line(x, top, x, bottom)
        for r in range(len(TABLE) + 1):
            self.c.line(LEFT, top - row_h * r, LEFT + sum(COLS), top - row_h * r)
        self.y = bottom - LEAD

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w = Writer(HERE / NAME)
    for text, size in TITLE:
        w.line(text, size, centre=True)
    w.y -= 6
    w.blocks(BODY)
    w.table()
    w.blocks(AFTER)
    w.y -= 10
    for text in FOOT:
        w.line(text, 9)
    w.save()
    print(f"wrote {NAME}: {w.page} pages")


if __name__ == "__main__":
    main()
