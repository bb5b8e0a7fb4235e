"""Builds 04_sanjidu_jizhong_kaigong_yugao.pdf with reportlab: the 市重点项目办 bulletin announcing the third
quarter's 集中开工 activity. The text is set in the non-embedded Adobe font STSong-Light (UnicodeCIDFont),
the body wrapped at about 36 characters as a typeset page's lines are (a number is never split), the list by
县（市、区） as lines of text, and a page number at each page's foot.

reportlab is not a project dependency: install it beside the set and run

    pip install --target /tmp/rl126 reportlab
    .venv/bin/python <this folder>/make_pdf.py

``invariant=1`` and the fixed metadata make every run write the same bytes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl126")

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_sanjidu_jizhong_kaigong_yugao.pdf"
FONT = "STSong-Light"
WIDTH = 36
PER_PAGE = 40
INDENT = "\u3000\u3000"

HEAD = [
    "商丘市重点项目建设工作简报",
    "第14期",
    "商丘市重点项目建设领导小组办公室　　2025年9月10日",
    "",
    "关于2025年第三季度重大项目集中开工活动安排的预告",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "为推动项目早开工、早投产、早见效，以项目建设的好成效支撑全年目标任务完成，经市政府同意，"
        "定于9月16日上午举行全市2025年第三季度重大项目集中开工活动，主会场设在永城市，"
        "其他县（市、区）和功能区设分会场同步开工。现将有关安排预告如下。",
    ),
    ("h", "一、项目基本情况"),
    (
        "p",
        "本次集中开工项目共135个，总投资652.8亿元，年度计划投资186.4亿元，平均单个项目总投资4.84亿元。"
        "其中，总投资10亿元以上项目17个，总投资318.6亿元，占全部项目总投资的48.8%；20亿元以上项目6个。"
        "与第二季度集中开工相比，项目个数增加8个，总投资增加38.6亿元。",
    ),
    (
        "p",
        "从前期准备看，本次开工项目中已取得用地手续的128个，占94.8%，需新增建设用地3860亩；"
        "立项、环评、能评等手续全部办结的项目131个；已到位资金148.6亿元，占总投资的22.8%。"
        "本次开工项目中招商引资项目41个，总投资236.4亿元，其中省外资金项目33个。",
    ),
    ("h", "二、分县（市、区）情况"),
    ("l", "各县（市、区）集中开工项目如下（项目个数／总投资／年度计划投资）："),
    ("l", "梁园区　　　10个／41.6亿元／12.3亿元"),
    ("l", "睢阳区　　　9个／38.2亿元／10.8亿元"),
    ("l", "民权县　　　14个／72.5亿元／19.6亿元"),
    ("l", "睢县　　　　12个／53.4亿元／15.7亿元"),
    ("l", "宁陵县　　　9个／31.8亿元／9.4亿元"),
    ("l", "柘城县　　　13个／64.7亿元／18.2亿元"),
    ("l", "虞城县　　　14个／68.9亿元／19.5亿元"),
    ("l", "夏邑县　　　13个／57.3亿元／16.1亿元"),
    ("l", "永城市　　　18个／112.6亿元／30.8亿元"),
    ("l", "商丘经开区　9个／52.3亿元／14.6亿元"),
    ("l", "示范区　　　8个／31.2亿元／9.1亿元"),
    ("l", "商丘高新区　6个／28.3亿元／10.3亿元"),
    (
        "p",
        "永城市项目个数和总投资均居全市第一；民权县、虞城县各14个，并列第二。",
    ),
    ("h", "三、项目结构"),
    (
        "p",
        "按类型分，工业项目78个，总投资402.5亿元，占61.7%；基础设施项目24个，总投资128.4亿元，占19.7%；"
        "社会民生项目21个，总投资76.3亿元，占11.7%；现代服务业项目12个，总投资45.6亿元，占7.0%。"
        "工业项目中，属于食品、装备制造、制冷、纺织服装、生物医药五大主导产业的项目52个，总投资286.9亿元，"
        "占工业项目总投资的71.3%；战略性新兴产业项目19个，总投资约112亿元。",
    ),
    (
        "p",
        "总投资10亿元以上的重点项目主要有：（一）永城市年产20万吨铝基新材料项目，总投资46.8亿元，"
        "年度计划投资8.5亿元；（二）民权县年产300万台商用冷链装备项目，总投资28.5亿元；"
        "（三）柘城县年产1200万克拉培育钻石及金刚石微粉项目，总投资21.6亿元；（四）虞城县五金工量具"
        "智能制造产业园项目，总投资15.2亿元，规划建设标准化厂房26万平方米；（五）商丘经开区年产10万吨"
        "速冻调理食品项目，总投资12.4亿元。",
    ),
    ("h", "四、前期集中开工项目推进情况"),
    (
        "p",
        "今年以来，全市已在一季度、二季度分别组织集中开工活动。第一季度集中开工项目148个，"
        "总投资763.5亿元；第二季度集中开工项目127个，总投资614.2亿元。截至8月底，前期集中开工的"
        "275个项目已开工268个，开工率97.5%，累计完成投资412.6亿元。连同本次，今年全市集中开工项目"
        "累计达到410个，总投资2030.5亿元。",
    ),
    (
        "p",
        "截至8月底，全市纳入省、市重点项目管理的512个项目完成投资1186.5亿元，占年度计划投资的72.6%，"
        "快于时序进度5.9个百分点。",
    ),
    ("h", "五、预计成效"),
    (
        "p",
        "本次集中开工项目全部建成达产后，预计可新增年产值536亿元、年税收21.4亿元，带动就业3.2万人以上。"
        "其中工业项目预计年内可新增规上工业企业15家以上。本次开工项目当年可完成投资60亿元左右，随着项目加快建设，预计前三季度全市固定资产投资增长7%以上。",
    ),
    ("h", "六、有关要求"),
    (
        "p",
        "各县（市、区）和功能区要于9月12日前将分会场安排、项目现场准备情况报市重点项目办；"
        "确保本次集中开工项目9月底前全部开工，开工率达到100%；提前谋划第四季度集中开工，"
        "力争项目不少于120个、总投资不低于600亿元。",
    ),
    (
        "p",
        "市重点项目办将会同市自然资源和规划局、市生态环境局等部门组成6个服务专班，对用地、环评等手续"
        "尚未办结的7个项目实行“一项目一专班”跟踪服务，每周通报开工进展，对9月底前仍未开工的项目"
        "在全市重点项目观摩评比中予以扣分。",
    ),
    ("l", ""),
    ("l", "联系人：刘思远　　电话：0370-3282196"),
    ("l", "报送：市委、市政府领导　　发送：各县（市、区）人民政府，市直有关单位"),
]

FIGURE = re.compile(r"\d[\d.]*(?:个百分点|万平方米|万克拉|亿元|万人|万台|万吨|个|亩|%)?(?:左右|以上)?")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number is never split from itself or its unit, closing punctuation
    never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        for m in FIGURE.finditer(text):
            if m.start() < cut < m.end():
                cut = m.start()
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += wrap(text) if kind == "p" else [text]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2
    return [lines[i : i + body] for i in range(0, len(lines), body)]


def build() -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setAuthor("商丘市重点项目建设领导小组办公室")
    c.setTitle("关于2025年第三季度重大项目集中开工活动安排的预告")
    c.setSubject("商丘市重点项目建设工作简报")
    c.setCreator("make_pdf.py")
    c.setProducer("reportlab")
    pl = pages(all_lines())
    for n, lines in enumerate(pl, start=1):
        c.setFont(FONT, 11)
        y = 790.0
        for line in lines:
            c.drawString(56, y, line)
            y -= 18.5
        c.drawCentredString(297.5, 40, f"— {n} —")
        c.showPage()
    c.save()
    return len(pl)


if __name__ == "__main__":
    n = build()
    print(f"wrote {NAME}: {n} pages")
