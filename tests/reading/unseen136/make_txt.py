"""Builds 04_xiangmu_guanmo.txt (UTF-8): the 广安市 development and reform commission's report on the second
on-site tour of key projects (30—31 July 2025), saved from a word processor as plain text: lines hard-wrapped
at about 38 characters (a number never split), paragraphs indented with two full-width spaces, and the page
numbers of the printed copy left between paragraphs. Same bytes every run:

    /work/main/.venv/bin/python make_txt.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_xiangmu_guanmo.txt"
WIDTH = 38
PER_PAGE = 30
INDENT = "\u3000\u3000"

HEAD = [
    "广安市发展和改革委员会",
    "",
    "广发改〔2025〕156号",
    "",
    "关于全市2025年第二次重点项目现场观摩活动情况的报告",
    "",
    "市委、市政府：",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "7月30日至31日，市委、市政府组织开展今年第二次重点项目现场观摩活动，观摩组先后深入6个县"
        "（市、区）和广安经开区、川渝高竹新区，实地察看项目16个。现将观摩情况和全市重点项目推进情况"
        "报告如下。",
    ),
    ("h", "一、全市重点项目总体进展"),
    (
        "p",
        "今年全市共安排市重点项目300个，总投资2856.4亿元，年度计划投资620亿元。1—7月累计完成投资"
        "402.8亿元，为年度计划的65.0%，较时序进度快6.6个百分点，较上年同期提高2.9个百分点。其中7月"
        "当月完成投资63.5亿元；上半年完成339.3亿元，完成率54.7%。",
    ),
    (
        "p",
        "112个计划新开工项目已开工87个，开工率77.7%；竣工投产项目36个。分类别看，产业项目158个，"
        "完成投资221.6亿元，占全部完成投资的55.0%；基础设施项目84个，完成投资118.7亿元；社会民生项目"
        "58个，完成投资62.5亿元。",
    ),
    (
        "p",
        "全市列入省重点项目46个，1—7月完成投资186.5亿元，完成年度计划268.0亿元的69.6%，完成率居全省"
        "第5位、川东北经济区第1位。",
    ),
    ("h", "二、观摩项目情况"),
    (
        "p",
        "本次观摩的16个项目总投资512.7亿元，年度计划投资118.4亿元，1—7月完成投资80.6亿元，完成年度计划"
        "的68.1%。其中产业项目12个、基础设施项目3个、社会民生项目1个。主要项目情况如下：",
    ),
    (
        "p",
        "（一）广安经开区蓝锂新材年产10万吨锂电池负极材料一体化项目。总投资46.0亿元，开工以来累计完成"
        "投资29.4亿元。今年计划投资15.0亿元，1—7月完成10.8亿元，完成年度计划的72.0%。一期主体工程"
        "形象进度达到90%，预计10月试生产；二期完成场平，形象进度35%。全部达产后可实现年产值62亿元，"
        "带动就业1500人。",
    ),
    (
        "p",
        "（二）广安经开区绿色化工新材料产业园公共管廊项目。总投资8.6亿元，建设公共管廊12.4公里，已建成"
        "9.3公里，形象进度75%。今年计划投资4.2亿元，1—7月完成3.1亿元，完成73.8%。",
    ),
    (
        "p",
        "（三）川渝高竹新区新能源汽车零部件产业园二期项目。总投资18.6亿元，今年计划投资10.0亿元，1—7月"
        "完成6.9亿元，完成69.0%。新建标准化厂房24万平方米，已封顶17万平方米。建成后可引进配套企业30家"
        "以上，实现年产值50亿元左右，提供就业岗位3000个。",
    ),
    (
        "p",
        "（四）邻水县渝邻智造智能终端产业园项目。总投资22.4亿元，累计完成投资14.7亿元；今年计划投资"
        "9.0亿元，1—7月完成7.6亿元，完成84.4%，进度居观摩项目第一。3栋生产厂房已投用，形象进度85%。"
        "达产后年产智能终端2000万台，年产值80亿元，新增就业2500人。",
    ),
    (
        "p",
        "（五）岳池县年产5万吨医药中间体项目。总投资12.8亿元，今年计划投资6.0亿元，1—7月完成4.6亿元，"
        "完成76.7%；形象进度60%。达产后年产值18亿元、年缴税收1.2亿元，吸纳就业600人。",
    ),
    (
        "p",
        "（六）武胜县预制菜产业园项目。总投资9.5亿元，今年计划投资5.0亿元，1—7月完成3.2亿元，完成"
        "64.0%；冷链仓储中心已完工，形象进度55%。建成后年产值25亿元，带动1.2万户农户增收。",
    ),
    (
        "p",
        "（七）华蓥市光电显示模组项目。总投资15.0亿元，累计完成投资11.2亿元；今年计划投资6.5亿元，"
        "1—7月完成5.4亿元，完成83.1%。2条生产线已于6月投产，整体形象进度95%。达产后年产值40亿元，"
        "用工1800人。",
    ),
    (
        "p",
        "（八）前锋区绿色建材产业园项目。总投资11.3亿元，今年计划投资5.5亿元，1—7月完成2.9亿元，完成"
        "52.7%，低于时序进度5.6个百分点；形象进度40%。达产后年产值15亿元，就业450人。",
    ),
    ("h", "三、观摩评议情况"),
    (
        "p",
        "观摩组按照投资进度、建设质量、要素保障等指标对16个项目现场打分，平均得分86.4分，90分以上的"
        "项目5个。按县（市、区）和园区汇总，邻水县平均得分91.2分，在8个县（市、区）和园区中排第1位；"
        "前锋区平均得分79.5分，低于全市平均6.9分。",
    ),
    ("h", "四、存在的问题"),
    (
        "p",
        "一是项目推进不均衡，16个观摩项目中有3个完成率低于时序进度。二是要素保障仍有短板，观摩项目用地"
        "缺口约420亩，资金缺口近6.5亿元。三是部分已投产项目达产不足，平均达产率仅68%左右。",
    ),
    ("h", "五、下步工作"),
    (
        "p",
        "力争9月底全市市重点项目累计完成投资480亿元以上；确保计划新开工的112个项目年底前全部开工，"
        "全年完成投资620亿元。第三次现场观摩活动拟于10月下旬开展，届时将对本次发现的问题逐项复核。",
    ),
]

TAIL = [
    "",
    "广安市发展和改革委员会",
    "2025年8月8日",
    "",
    "（联系人：陈思齐，联系电话：0826-2345296）",
]

NUMBER = re.compile(r"[0-9.%—]")
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


def all_lines() -> list[str]:
    """The report's lines, with a page number between paragraphs once a page's worth has been written."""
    out = list(HEAD)
    page, on_page = 1, len(HEAD)
    for kind, text in BODY:
        block = [INDENT + text] if kind == "h" else wrap(text)
        if on_page + len(block) > PER_PAGE:
            out += ["", f"－{page}－", ""]
            page, on_page = page + 1, 0
        out += block
        on_page += len(block)
    out += [*TAIL, "", f"－{page}－"]
    return out


if __name__ == "__main__":
    lines = all_lines()
    (HERE / NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {NAME}: {len(lines)} lines")
