"""Builds 03_zhengxian_chuangyou_tongbao.pdf with reportlab: a two-page 督查通报 set in the non-embedded
CID font STSong-Light, the body wrapped at WIDTH characters as a typeset page's lines are (a number is never
split from its unit, closing punctuation never starts a line), the results table as lines of text with
full-width bars between the cells, and a page number at each page's foot.

reportlab's ``invariant=1`` fixes the document id and dates, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl131 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "03_zhengxian_chuangyou_tongbao.pdf"
WIDTH = 38
PER_PAGE = 44
INDENT = "\u3000\u3000"
FONT = "STSong-Light"

HEAD = [
    "督　查　通　报",
    "2025年第28期",
    "中共徐州市委督查室　徐州市人民政府督查室　　2025年10月28日",
    "",
    "关于2025年第三季度全市争先创优考评结果的通报",
    "",
]

BODY: list[tuple[str, str]] = [
    (
        "n",
        "各县（市）区党委和人民政府，徐州经济技术开发区、徐州高新技术产业开发区、淮海国际陆港党工委和管委会，"
        "市各委办局、各直属单位：",
    ),
    (
        "p",
        "按照《徐州市争先创优考评实施办法（试行）》，市争先创优考评办公室会同市统计局、市发改委、市商务局等部门，"
        "对5个县（市）、5个区、3个功能区和38个市直部门三季度工作进行了考评。考评实行百分制，其中高质量发展指标60分、"
        "重点工作推进30分、服务对象满意度10分。县（市）组和区组各评出第一等次2个、第二等次2个、第三等次1个，"
        "功能区组第一、第二、第三等次各1个。现将考评结果通报如下。",
    ),
    ("h", "一、县（市）组"),
    (
        "p",
        "邳州市得分94.36分，位列县（市）组第1名，比二季度提高1.26分，继续保持第一等次；沛县得分92.81分，位列第2名；"
        "新沂市91.57分、睢宁县90.24分，分列第3名、第4名；丰县88.95分，位列第5名。本组平均得分91.59分。"
        "邳州市市重点项目完成率86.4%，居全市第2位；沛县前三季度地区生产总值增长6.6%，增速居全市第3位。"
        "丰县在重点工作推进项上失分较多，该项得分24.6分，为本组最低。",
    ),
    ("h", "二、区组"),
    (
        "p",
        "铜山区得分93.88分，位列区组第1名；云龙区92.15分，位列第2名，名次比二季度前移2位；鼓楼区90.73分、"
        "贾汪区90.06分，分列第3名、第4名；泉山区89.42分，位列第5名。本组平均得分91.25分。贾汪区前三季度"
        "地区生产总值增长7.2%，增速居全市第一，但市重点项目完成率为74.2%，低于时序进度0.8个百分点，"
        "重点工作推进项因此被扣分。泉山区规上工业增加值增速低于全市平均水平，高质量发展指标项得分"
        "52.36分，为本组最低。",
    ),
    ("h", "三、功能区组"),
    (
        "p",
        "徐州经开区得分95.12分，位列功能区组第1名，为本季度各县（市）区和功能区中的最高分；其市重点项目完成率"
        "87.2%，居全市第一，1—9月实际使用外资2.42亿美元，占全市的18.8%。徐州高新区93.47分，位列第2名，"
        "高新技术产业产值占规上工业总产值的比重达到58.6%；"
        "淮海国际陆港91.08分，位列第3名，比二季度提高2.35分。",
    ),
    ("h", "四、市直部门"),
    (
        "p",
        "参加考评的38个市直部门分为综合经济组16个、社会事业组22个，按不超过本组30%的比例评定第一等次。"
        "综合经济组中，市发改委、市商务局、市工信局分别以96.18分、95.74分、95.02分列本组第1、2、3名，"
        "连同市自然资源和规划局共4个部门评为第一等次；社会事业组中，市教育局以95.86分列本组第1名，"
        "市教育局、市卫生健康委等6个部门评为第一等次。综合经济组、社会事业组分别有2个、3个部门评为第三等次，"
        "名单另行通知。",
    ),
    ("h", "五、总体情况和有关要求"),
    (
        "p",
        "从总体看，在13个县（市）区和功能区中，得分90分以上的有11个，比二季度增加3个；13个单位平均得分"
        "91.83分，比二季度提高0.86分。分项看，高质量发展指标平均得分54.72分，得分率为91.2%；重点工作推进项"
        "平均得分27.46分；服务对象满意度平均得分9.65分。失分主要集中在实际使用外资、规上工业增加值和"
        "重点项目开工率等指标上，反映出部分地区招引大项目的后劲还不足。各地各部门要对照考评结果查摆差距，对本季度处于第三等次的丰县、泉山区、"
        "淮海国际陆港，由市领导进行提醒谈话。四季度考评将把市重点项目完成率、实际使用外资等指标的分值合计"
        "提高到35分，各地要对标找差、奋力冲刺，确保全年目标任务圆满完成。",
    ),
]
TABLE_TITLE = "附表　2025年第三季度县（市）区和功能区争先创优考评结果"
TABLE = [
    ["组别", "单位", "得分（分）", "名次", "等次"],
    ["县（市）组", "邳州市", "94.36", "1", "第一等次"],
    ["县（市）组", "沛县", "92.81", "2", "第一等次"],
    ["县（市）组", "新沂市", "91.57", "3", "第二等次"],
    ["县（市）组", "睢宁县", "90.24", "4", "第二等次"],
    ["县（市）组", "丰县", "88.95", "5", "第三等次"],
    ["区组", "铜山区", "93.88", "1", "第一等次"],
    ["区组", "云龙区", "92.15", "2", "第一等次"],
    ["区组", "鼓楼区", "90.73", "3", "第二等次"],
    ["区组", "贾汪区", "90.06", "4", "第二等次"],
    ["区组", "泉山区", "89.42", "5", "第三等次"],
    ["功能区组", "徐州经开区", "95.12", "1", "第一等次"],
    ["功能区组", "徐州高新区", "93.47", "2", "第二等次"],
    ["功能区组", "淮海国际陆港", "91.08", "3", "第三等次"],
]
TAIL = [
    "",
    "抄送：市委各常委，市人大常委会、市政府、市政协领导。",
    "中共徐州市委督查室　　　　　　　　2025年10月28日印发",
]

TOKEN = re.compile(r"[0-9][0-9.]*(?:%|个百分点|亿美元|亿元|分|个|位|名)?")
NO_LINE_START = set("，。；、：）%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of WIDTH characters at most; a number with its unit is never split, closing punctuation never
    starts a line."""
    text = first + text
    protected = [False] * (len(text) + 1)
    for m in TOKEN.finditer(text):
        for i in range(m.start() + 1, m.end()):
            protected[i] = True
    lines = []
    start = 0
    while len(text) - start > WIDTH:
        cut = start + WIDTH
        while cut > start + 1 and (protected[cut] or text[cut] in NO_LINE_START):
            cut -= 1
        lines.append(text[start:cut])
        start = cut
    lines.append(text[start:])
    return lines


def all_lines() -> list[str]:
    out = list(HEAD)
    for kind, text in BODY:
        if kind == "h":
            out.append(text)
        else:
            out += wrap(text, "" if kind == "n" else INDENT)
    out += ["", TABLE_TITLE] + ["｜".join(row) for row in TABLE] + TAIL
    return out


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    lines = all_lines()
    pages = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    c = canvas.Canvas(str(HERE / NAME), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("关于2025年第三季度全市争先创优考评结果的通报")
    c.setAuthor("中共徐州市委督查室　徐州市人民政府督查室")
    for n, page in enumerate(pages, start=1):
        c.setFont(FONT, 11)
        y = 790.0
        for line in page:
            c.drawString(56, y, line)
            y -= 16.5
        c.drawCentredString(A4[0] / 2, 40, f"— {n} —")
        c.showPage()
    c.save()
    print(f"wrote {NAME}: {len(pages)} pages, {len(lines)} lines")


if __name__ == "__main__":
    main()
