"""Builds 04_zhengxian_chuangyou_paiming.pdf with reportlab: a two-page notice of the 2024 争先创优
assessment, set in the non-embedded CID font STSong-Light, the body wrapped at about 36 characters as a
typeset page's lines are, the ranking tables as lines of text with full-width bars between the cells, and a
page number at each foot.

reportlab is not in the project's environment; it was installed with ``pip install --target /tmp/rl124
reportlab`` and is looked for there when it cannot be imported. ``invariant=1`` and fixed metadata make the
same bytes every time:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import reportlab  # noqa: F401
except ImportError:
    sys.path.insert(0, "/tmp/rl124")

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_zhengxian_chuangyou_paiming.pdf"
WIDTH = 36
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    "金华市争先创优考核工作领导小组办公室",
    "金考核办〔2025〕2号",
    "",
    "关于2024年度争先创优考核结果的通报",
    "",
    "各县（市、区）党委和人民政府，金华开发区党工委、管委会，市直各单位：",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "根据《金华市争先创优考核办法（2024年修订）》，经数据核验、部门评议和领导小组审定，"
        "2024年度争先创优考核结果已经确定，现通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "2024年度考核设经济发展、项目攻坚、改革创新、民生保障、党的建设等类别共32项指标，对9个县（市、区）"
        "和金华开发区共10个单位、46家市直单位进行考核。考核实行百分制，另设创新争先加分项，单项加分最高3分。",
    ),
    ("h", "二、县（市、区）考核结果"),
    (
        "p",
        "义乌市、东阳市、磐安县、兰溪市、金东区5个单位考核等次为优秀，其余5个单位为良好，得分在94分以上的有4个。义乌市以96.82分"
        "位列第一；磐安县比上年前移5位，是进步幅度最大的单位，东阳市前移2位。县（市、区）组平均得分"
        "93.72分，比上年提高0.65分。",
    ),
    ("table", "表1　2024年度县（市、区）争先创优考核结果"),
    (
        "p",
        "分类别看，县（市、区）组各类别平均得分和单项最高的单位见表2（创新争先加分计入相应类别）。"
        "义乌市经济发展类、改革创新类得分均居第一；磐安县项目攻坚类得分24.36分，居第一，"
        "比该类别平均得分高0.95分；东阳市民生保障类得分居第一。",
    ),
    ("table2", "表2　2024年度县（市、区）组分类别得分情况"),
    ("h", "三、市直单位考核结果"),
    (
        "p",
        "46家市直单位中，考核等次为优秀的14家，占30.4%；良好30家；一般2家。经济综合类16家单位中，"
        "市商务局、市发展改革委、市经信局分别以97.15分、96.88分、96.40分列前三位；社会发展类18家单位中，"
        "市教育局以96.72分居第一；党群类12家单位中，市委宣传部以96.05分居第一。市直单位平均得分94.36分，"
        "比上年提高0.42分，各单位之间的分差较上年有所缩小。",
    ),
    ("h", "四、主要指标完成情况"),
    (
        "p",
        "32项指标中，全市有24项完成年度目标，完成率75.0%。全年地区生产总值增长6.1%，高于年度目标"
        "0.1个百分点，高于全省0.6个百分点；规模以上工业增加值增长8.9%，居全省第2位；进出口总额增长12.8%，"
        "其中义乌市进出口总额占全市的91.7%。重点建设项目全年完成投资1371.6亿元，完成年度计划的106.7%。"
        "驻企联络员全年收集问题1.34万个，解决1.27万个，办结率94.8%。磐安县地区生产总值增长7.3%，"
        "增速居各县（市、区）第一。社会消费品零售总额增长5.3%，网络零售额增长9.2%；一般公共预算收入增长3.4%，"
        "完成年度预算的101.2%；全年新开工计划总投资亿元以上项目312个，年末规模以上工业企业比上年末净增412家。"
        "未完成的指标中，民间投资增长2.3%，低于年度目标2.7个百分点；永康市、金华开发区重点建设项目"
        "完成率均未达到年度计划，相关指标得分扣减。",
    ),
    ("h", "五、结果运用"),
    (
        "p",
        "考核结果作为领导班子和领导干部年度考核、评先评优的重要依据。对考核优秀、比上年前移3位及以上"
        "的单位予以通报表扬；对考核等次为一般的2家市直单位，由市考核办约谈主要负责人，限期整改。",
    ),
    ("h", "六、2025年度考核安排"),
    (
        "p",
        "2025年度考核指标拟调整为30项，其中新增数字经济核心产业增加值、外贸新业态进出口等指标4项，"
        "将地区生产总值增长6%左右、固定资产投资增长5%以上、居民人均可支配收入增长与经济增长同步作为核心指标，"
        "经济发展类分值提高到32分。力争全市有6个以上县（市、区）考核等次达到优秀，"
        "市直单位优秀比例保持在30%左右。",
    ),
]

TABLE = [
    ["名次", "单位", "得分", "等次", "位次变化"],
    ["1", "义乌市", "96.82", "优秀", "持平"],
    ["2", "东阳市", "95.46", "优秀", "前移2位"],
    ["3", "磐安县", "94.73", "优秀", "前移5位"],
    ["4", "兰溪市", "94.18", "优秀", "前移1位"],
    ["5", "金东区", "93.90", "优秀", "后移3位"],
    ["6", "永康市", "93.52", "良好", "后移3位"],
    ["7", "婺城区", "92.87", "良好", "后移1位"],
    ["8", "金华开发区", "92.41", "良好", "后移1位"],
    ["9", "武义县", "91.96", "良好", "前移1位"],
    ["10", "浦江县", "91.38", "良好", "后移1位"],
]

TABLE2 = [
    ["类别", "分值", "平均得分", "得分最高单位"],
    ["经济发展", "30", "28.12", "义乌市"],
    ["项目攻坚", "25", "23.41", "磐安县"],
    ["改革创新", "20", "18.76", "义乌市"],
    ["民生保障", "15", "14.05", "东阳市"],
    ["党的建设", "10", "9.38", "兰溪市"],
    ["合计", "100", "93.72", "义乌市"],
]

TAIL = [
    "",
    "金华市争先创优考核工作领导小组办公室",
    "2025年2月20日",
    "",
    "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
    "联系电话：0579-82469058",
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number never ends a line, closing punctuation never starts one."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and NUMBER.match(text[cut - 1]):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[str]:
    out = list(HEAD)
    for kind, text in BODY:
        if kind == "h":
            out.append(text)
        elif kind in ("table", "table2"):
            out += [text] + ["｜".join(row) for row in (TABLE if kind == "table" else TABLE2)]
        else:
            out += wrap(text)
    return out + TAIL


def pages(lines: list[str]) -> list[list[str]]:
    return [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1, pageCompression=0)
    c.setTitle("关于2024年度争先创优考核结果的通报")
    c.setAuthor("金华市争先创优考核工作领导小组办公室")
    c.setSubject("2024年度争先创优考核结果")
    c.setCreator("make_pdf.py")
    chunks = pages(all_lines())
    for n, chunk in enumerate(chunks, start=1):
        c.setFont("STSong-Light", 11)
        y = 790.0
        for line in chunk:
            if line:
                c.drawString(56, y, line)
            y -= 16.5
        c.drawCentredString(297.5, 40, f"— {n} —")
        c.showPage()
    c.save()
    print(f"wrote {NAME}: {len(chunks)} pages")


if __name__ == "__main__":
    main()
