"""Builds 04_disijidu_jizhong_kaigong.pdf with reportlab: a briefing of the city's fourth-quarter batch of
key-project groundbreakings, set in the non-embedded Adobe font STSong-Light (real, extractable text), the
body wrapped at about 38 characters a line as a typeset page is (a number is never split), the county table
as one line of text a row with full-width bars between the cells, a page number at each foot.

invariant=1 fixes the creation date and the document id, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl122 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_disijidu_jizhong_kaigong.pdf"
FONT = "STSong-Light"
WIDTH = 38
PER_PAGE = 40
LEADING = 17
INDENT = "\u3000\u3000"

HEAD = [
    ("c", 18, "重点项目建设工作简报"),
    ("c", 12, "第24期"),
    ("c", 11, "菏泽市重点项目建设指挥部办公室　　　　　　2025年10月30日"),
    ("b", 11, ""),
    ("c", 14, "全市2025年第四季度重点项目集中开工活动举行"),
    ("b", 11, ""),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "10月28日上午，菏泽市2025年第四季度重点项目集中开工活动在曹县主会场举行，其余县区和菏泽高新区、"
        "菏泽经开区设分会场同步开工。市委、市政府主要负责同志出席主会场活动并宣布项目开工。现将有关情况"
        "简报如下。",
    ),
    ("h", "一、集中开工项目基本情况"),
    (
        "p",
        "本批集中开工项目168个，总投资812.6亿元，年度计划投资96.4亿元。与上年同期相比，项目个数和总投资"
        "分别增长9.1%、14.6%；与第三季度集中开工相比，项目个数多12个，总投资增加86.4亿元。本批项目中，"
        "省级重点项目3个、市级重点项目15个，其余为县区重点项目。",
    ),
    (
        "p",
        "从投资规模看，亿元以上项目142个，占本批项目个数的84.5%；10亿元以上项目21个，总投资356.8亿元，"
        "占本批总投资的43.9%；50亿元以上项目3个。项目平均单体投资4.84亿元，比上年同期提高0.23亿元，"
        "大项目、好项目支撑作用更加明显。",
    ),
    ("h", "二、分县区情况"),
    ("p", "各县区（功能区）集中开工项目情况见表1。"),
    ("t", "表1　第四季度集中开工项目分县区情况"),
    (
        "p",
        "曹县集中开工项目22个，总投资118.3亿元，项目个数和总投资均居全市第一；牡丹区、巨野县总投资分别为"
        "92.4亿元、86.5亿元，分列第二、三位。东明县项目平均单体投资5.86亿元，居全市第一；成武县、鄄城县"
        "项目个数均为12个，总投资均不足50亿元，项目体量有待提升。",
    ),
    ("h", "三、分产业情况"),
    (
        "p",
        "从项目类型看，工业项目96个，总投资468.3亿元，占本批总投资的57.6%，其中战略性新兴产业项目41个、"
        "总投资236.5亿元；基础设施项目31个、总投资186.4亿元；社会民生项目24个、总投资92.7亿元；现代服务业"
        "项目17个、总投资65.2亿元。从产业链看，投向生物医药、高端化工、机电设备等重点产业链的工业项目87个，"
        "总投资402.6亿元，占工业项目总投资的86.0%。",
    ),
    ("h", "四、主会场及部分代表性项目"),
    (
        "p",
        "主会场开工的曹县年产50万套实木家具智能制造项目由森艺家居集团投资建设，总投资32.6亿元，规划建设"
        "智能化生产车间12栋，达产后预计年营业收入45亿元、税收2.8亿元。东明县年产30万吨高端聚丙烯项目"
        "总投资56.2亿元，是本批投资规模最大的项目。巨野县年产10万吨生物基可降解材料项目总投资28.4亿元，"
        "建成后可补齐全市生物基材料产业链短板。菏泽高新区创新药研发及产业化基地项目由康融药业投资建设，"
        "总投资18.7亿元。单县120兆瓦渔光互补光伏发电项目总投资5.4亿元，建成后年发电量约1.5亿千瓦时。",
    ),
    ("h", "五、今年以来集中开工总体情况"),
    (
        "p",
        "今年以来，全市已组织四个批次重点项目集中开工，累计开工项目623个，总投资2918.7亿元，比上年同期"
        "分别增加58个、增长12.3%。前三批集中开工的455个项目中，已有68个竣工投产。1—10月，全市重点项目"
        "累计完成投资1148.6亿元，完成年度计划的88.4%，超过时序进度5.1个百分点。",
    ),
    ("h", "六、要素保障情况"),
    (
        "p",
        "为确保本批项目按期开工，市、县两级提前对接服务，为本批项目办理用地手续涉及土地3260亩，"
        "办结施工许可证152个，协调解决水、电、气、暖接入等问题47个。活动现场，6家金融机构与19个项目"
        "签订融资协议，授信金额64.3亿元；市人力资源社会保障局为本批项目储备各类用工约1.1万人。",
    ),
    ("h", "七、预期效益"),
    (
        "p",
        "本批项目全部建成后，预计可新增年营业收入512亿元、利税38.6亿元，带动新增就业2.3万人，"
        "对稳定全市明后两年投资和工业增长将发挥重要支撑作用。",
    ),
    ("h", "八、下步安排"),
    (
        "p",
        "市重点项目建设指挥部将对本批项目实行“周调度、月通报”，建立问题清单、责任清单和销号清单，"
        "确保11月底前全部实现实质性开工；力争年内完成投资80亿元以上，完成年度计划投资的83%以上；"
        "对总投资10亿元以上的21个项目实行市级领导包联、专班服务，推动项目早建成、早投产、早见效。"
        "各县区要加强冬季施工组织，严防安全生产事故，确保项目建设不停工、不断档。",
    ),
]

TABLE = [
    ["县区", "项目个数（个）", "总投资（亿元）", "年度计划投资（亿元）"],
    ["牡丹区", "18", "92.4", "10.6"],
    ["定陶区", "13", "58.7", "7.1"],
    ["曹县", "22", "118.3", "13.8"],
    ["单县", "16", "71.6", "8.5"],
    ["成武县", "12", "46.2", "5.4"],
    ["巨野县", "17", "86.5", "10.2"],
    ["郓城县", "15", "69.8", "8.3"],
    ["鄄城县", "12", "44.9", "5.2"],
    ["东明县", "14", "82.1", "9.6"],
    ["菏泽高新区", "16", "79.4", "9.3"],
    ["菏泽经开区", "13", "62.7", "8.4"],
    ["合计", "168", "812.6", "96.4"],
]

TAIL = [
    "报：省重点项目建设工作专班办公室。",
    "送：市委、市人大常委会、市政府、市政协领导同志。",
    "发：各县区人民政府，菏泽高新区、菏泽经开区管委会，市直有关部门。",
    "（共印80份）",
]

NUMBER = re.compile(r"[0-9.%]")
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


def body_lines() -> list[tuple[str, str]]:
    """(kind, text) lines after the head: 'l' a body line, 'h' a heading, 'r' a table row, 'b' a blank."""
    out: list[tuple[str, str]] = []
    for kind, text in BODY:
        if kind == "h":
            out.append(("h", text))
        elif kind == "t":
            out.append(("h", text))
            out += [("r", "｜".join(row)) for row in TABLE]
        else:
            out += [("l", line) for line in wrap(text)]
    out.append(("b", ""))
    out += [("l", line) for line in TAIL]
    return out


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setTitle("重点项目建设工作简报（第24期）")
    c.setAuthor("菏泽市重点项目建设指挥部办公室")
    c.setCreator("菏泽市重点项目建设指挥部办公室")
    page = 1
    y = 790
    for _kind, size, text in HEAD:
        c.setFont(FONT, size)
        if text:
            c.drawCentredString(297, y, text)
        if text.startswith("菏泽市"):  # the red rule under the issuing unit
            c.setLineWidth(1.2)
            c.setStrokeColorRGB(0.8, 0, 0)
            c.line(56, y - 8, 539, y - 8)
        y -= size + 10
    left = PER_PAGE - 6
    for kind, text in body_lines():
        if left == 0:
            c.setFont(FONT, 10)
            c.drawCentredString(297, 36, f"— {page} —")
            c.showPage()
            page += 1
            y, left = 790, PER_PAGE
        c.setFont(FONT, 11)
        if kind == "h":
            c.drawString(56, y, INDENT + text)
        elif kind == "r":
            c.drawString(80, y, text)
        elif kind == "l":
            c.drawString(56, y, text)
        y -= LEADING
        left -= 1
    c.setFont(FONT, 10)
    c.drawCentredString(297, 36, f"— {page} —")
    c.showPage()
    c.save()
    return page


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
