"""Builds 02_xiangmu_jizhong_kaigong.pdf with reportlab: a 廊坊日报 front-page news story on the
second-quarter batch of key projects started in April, set in the CID font STSong-Light (not
embedded, so the text layer is plain Unicode), wrapped at about 34 characters as a newspaper
column is, two pages with a page foot.

reportlab is not a dependency of the project; install it apart and put it on the path:

    pip install --target /tmp/rl130 reportlab
    PYTHONPATH=/tmp/rl130 .venv/bin/python <this folder>/make_pdf.py

``invariant=1`` and fixed document info make the same bytes on every run.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "02_xiangmu_jizhong_kaigong.pdf"
FONT = "STSong-Light"
WIDTH = 34
PER_PAGE = 38
INDENT = "\u3000\u3000"

HEAD = [
    "廊坊日报　2026年4月17日　星期五　第01版　要闻",
    "",
    "全市第二季度重点项目集中开工",
    "86个项目总投资512.6亿元　亿元以上项目占八成以上",
    "本报记者　魏书恒　通讯员　孟晓璐",
    "",
]

BODY = [
    "本报讯　4月16日上午，廊坊市2026年第二季度重点项目集中开工活动在固安县主会场举行，"
    "各县（市、区）和廊坊开发区、临空经济区设分会场同步开工。市委、市政府主要负责同志出席主会场活动"
    "并宣布开工，市四套班子有关领导分别在各分会场参加活动。",
    "记者从市发展改革委了解到，本批集中开工项目86个，总投资512.6亿元，平均单体投资5.96亿元。"
    "其中，亿元以上项目71个，占开工项目总数的82.6%；10亿元以上项目14个，总投资236.8亿元。"
    "与去年二季度集中开工相比，项目个数增加9个。从投资主体看，民间投资项目61个、总投资298.7亿元，"
    "占本批总投资的58.3%；单体投资最大的是三河市高端光学镜头及模组生产基地项目，总投资41.5亿元。",
    "从产业类别看，先进制造业项目38个、总投资246.3亿元，占本批总投资的48.0%；现代服务业项目22个、"
    "118.5亿元；基础设施项目14个、82.4亿元；社会民生项目12个、65.4亿元。先进制造业项目中，"
    "属于电子信息、生命健康、高端装备制造三条重点产业链的分别有11个、9个、8个；现代服务业项目以商贸物流为主，"
    "其中物流仓储项目9个、总投资47.3亿元。",
    "从区域分布看，三河市开工项目13个、总投资98.4亿元，项目个数和总投资均居全市第一；固安县、"
    "廊坊开发区分别开工11个、10个；霸州市、香河县各开工9个；安次区、广阳区、永清县、大城县、文安县、"
    "大厂县、临空经济区分别开工7个、6个、5个、4个、4个、5个、3个。",
    "承接京津产业转移是本批项目的一大亮点。本批项目中，来自京津的产业转移项目27个、总投资186.2亿元，"
    "占本批总投资的36.3%，比一季度提高4.5个百分点，其中来自北京的21个、来自天津的6个。香河县年产50万台智能家居机器人项目由北京一家科技企业"
    "投资建设，总投资32亿元，计划明年6月投产；固安县年产3000吨高端医用高分子材料项目总投资18.6亿元，"
    "达产后年产值可达25亿元；大厂县年产20万套装配式建筑部品部件项目总投资12.4亿元，主要为京津冀地区"
    "保障性住房建设配套。",
    "加上2月26日首批集中开工的102个项目（总投资534.3亿元），今年以来全市已集中开工项目188个、"
    "总投资1046.9亿元，比上年同期多开工21个、总投资增加163.5亿元。去年全年，我市集中开工项目356个、"
    "总投资1826.5亿元。",
    "据介绍，本批项目今年计划完成投资168.2亿元，全部建成达产后，预计可新增年产值380亿元、"
    "新增就业岗位1.2万个。按照全年安排，我市将分批集中开工省市重点项目400个以上。",
    "首批项目推进顺利。截至4月15日，2月集中开工的102个项目已全部实质性开工，累计完成投资96.8亿元，"
    "为年度计划的31.2%，其中6个项目已竣工投产。",
    "为保障项目顺利推进，我市对本批项目实行“一个项目、一名市级领导、一个工作专班”包联服务。"
    "目前，本批项目所需的1860亩建设用地已全部落实，已争取专项债券资金23.5亿元，累计办理立项、规划、"
    "施工许可等审批手续312件，平均审批时限压缩到15个工作日以内。市里还组织21家银行开展银企对接，"
    "为本批项目授信128.6亿元，已放款43.2亿元。",
    "在固安县主会场，年产3000吨高端医用高分子材料项目负责人告诉记者：“从签约到拿到施工许可证，"
    "每个环节都有专人帮办，项目比原计划提前开工。”在霸州市分会场，开工项目中金属玻璃家具及配套项目"
    "有5个、总投资21.7亿元；大城县开工的4个项目全部为保温建材和装配式建筑项目，是该县推动传统产业"
    "转型升级的重点。三河市开工项目中有8个位于燕郊高新区，以承接北京科技成果转化为主；临空经济区"
    "开工的3个项目均为航空物流和跨境电商项目，总投资19.6亿元。",
    "活动现场，主会场参建人员超过1500人，各类施工机械260余台同时作业。不少企业负责人表示，"
    "开工即冲刺，将倒排工期、挂图作战，争取早竣工、早投产、早见效。",
    "市发展改革委有关负责人表示，下一步将对集中开工项目实行周调度、月通报，力争本批项目5月中旬前"
    "全部实质性开工，确保上半年全市市重点项目完成投资突破650亿元。目前，第三批集中开工项目的谋划储备工作"
    "已经启动，拟于7月中旬举行。",
]
FOOT = ["", "（责任编辑：路晓岩　校对：郝帆）"]

TOKEN = re.compile(r"\d[\d.]*(?:%|个百分点|亿元|万元|亿|万|元|个|家|项|亩|件|份|吨|台|套)?")
NO_LINE_START = set("，。；、：）”")


def wrap(text: str) -> list[str]:
    """Lines of about WIDTH characters; a number is never split from its digits or its unit."""
    text = INDENT + text
    lines = []
    while len(text) > WIDTH:
        inner = {i for m in TOKEN.finditer(text) for i in range(m.start() + 1, m.end())}
        cut = WIDTH
        while cut < len(text) and (cut in inner or text[cut] in NO_LINE_START):
            cut += 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[str]:
    out = list(HEAD)
    for para in BODY:
        out += wrap(para)
    return out + FOOT


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(HERE / NAME), pagesize=A4, invariant=1)
    c.setTitle("全市第二季度重点项目集中开工")
    c.setAuthor("廊坊日报")
    c.setSubject("廊坊日报 2026年4月17日 第01版")
    c.setCreator("unseen130 make_pdf.py")
    c.setProducer("reportlab")
    lines = all_lines()
    chunks = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        y = 790.0
        for line in chunk:
            if line:
                c.setFont(FONT, 11)
                c.drawString(60, y, line)
            y -= 19
        c.setFont(FONT, 9)
        c.drawCentredString(A4[0] / 2, 40, f"— {number} —")
        c.showPage()
    c.save()
    print(f"wrote {NAME}: {len(chunks)} pages, {len(lines)} lines")


if __name__ == "__main__":
    main()
