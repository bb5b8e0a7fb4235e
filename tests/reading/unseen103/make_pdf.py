"""Builds 04_lianzhang_renwu_qingdan.pdf with reportlab: the 链长制 task list of 衢州市's 锂电新材料 chain,
each task a block of lines (任务, 牵头单位, 配合单位, 完成时限, 进展), then a summary paragraph. The text is
set in the non-embedded CID font STSong-Light and wrapped at about 40 characters a line, as a typeset page's
lines are (a number is never split; closing punctuation never starts a line); a page number at each foot.

reportlab is not in the project's environment; it was installed apart (pip install --target /tmp/rl103
reportlab). ``invariant=1`` fixes the dates and document id, so each run writes the same bytes:

    PYTHONPATH=/tmp/rl103 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "04_lianzhang_renwu_qingdan.pdf"
FONT = "STSong-Light"
WIDTH = 40
LEFT, TOP, BOTTOM, LEAD = 56, 786, 70, 17
INDENT = "\u3000\u3000"

HEAD = [
    "衢州市锂电新材料产业链链长制2025年重点任务清单",
    "（截至8月31日推进情况）",
    "衢州市锂电新材料产业链链长制工作专班办公室　2025年9月5日",
]
INTRO = (
    "按照市委、市政府关于深化产业链链长制的部署，现将锂电新材料产业链2025年重点任务逐项推进情况汇总如下。"
    "各牵头单位对照完成时限抓好落实，配合单位主动对接，专班办公室按月跟踪、按季通报。"
)

# (任务, 牵头单位, 配合单位, 完成时限, 进展)
TASKS: list[tuple[str, str, str, str, str]] = [
    (
        "全年产业链规上工业产值突破1000亿元。",
        "市经信局",
        "各县（市、区）政府，衢州智造新城、衢州高新技术产业园区管委会",
        "2025年12月底",
        "序时推进。1—8月链上规上企业实现产值686.4亿元，同比增长24.8%，完成年度目标的68.6%。",
    ),
    (
        "新招引产业链亿元以上项目20个，其中10亿元以上项目5个。",
        "市投资促进中心",
        "市经信局、市商务局",
        "2025年12月底",
        "序时推进。已签约亿元以上项目15个，总投资326.5亿元，其中10亿元以上项目6个，10亿元以上项目招引任务已提前完成。",
    ),
    (
        "推动12个链上重大项目完成年度投资150亿元。",
        "市重大项目办",
        "市发改委、市自然资源和规划局",
        "2025年12月底",
        "序时推进。1—8月完成投资108.3亿元，完成率72.2%；其中9个项目已进入设备安装阶段。",
    ),
    (
        "衢江区年产20万吨锂电新材料前驱体项目主体结构完工。",
        "衢江区政府",
        "市重大项目办、市经信局",
        "2025年7月底",
        "滞后（已超期）。主要设备进场推迟，主体结构完成约85%，预计9月底完工。",
    ),
    (
        "锂电池回收利用示范线建成投产。",
        "衢州智造新城管委会",
        "市生态环境局",
        "2025年10月底",
        "滞后。设备采购招标流标后重新挂网，已完成投资1.2亿元，仅占计划投资3亿元的40.0%。",
    ),
    (
        "新增链上规上工业企业15家。",
        "市经信局",
        "市统计局、各县（市、区）政府",
        "2025年12月底",
        "序时推进。今年已新增11家，完成任务的73.3%。",
    ),
    (
        "新培育省级专精特新中小企业10家以上。",
        "市经信局",
        "各县（市、区）政府",
        "2025年8月底",
        "已完成。新认定省级专精特新中小企业12家。",
    ),
    (
        "组织实施产业链关键技术攻关项目5项。",
        "市科技局",
        "链上龙头企业、在衢高校和科研院所",
        "2025年6月底",
        "已完成。5项全部立项，安排市级财政科技资金2400万元，带动企业研发投入1.35亿元。",
    ),
    (
        "建成省级锂电材料中试基地。",
        "市科技局",
        "衢州高新技术产业园区管委会",
        "2025年6月底",
        "已完成。中试基地6月通过省级认定，已为23家企业提供中试服务。",
    ),
    (
        "保障链上项目新增工业用地1200亩。",
        "市自然资源和规划局",
        "各县（市、区）政府",
        "2025年12月底",
        "序时推进。已供地865亩，完成72.1%。",
    ),
    (
        "落实链上重点项目新增用能指标30万吨标准煤。",
        "市发改委",
        "国网衢州供电公司",
        "2025年9月底",
        "序时推进。已落实24.6万吨标准煤，占82.0%。",
    ),
    (
        "引进锂电领域高层次人才200名。",
        "市委人才办",
        "市人力社保局",
        "2025年12月底",
        "序时推进。已引进146名，其中博士38名。",
    ),
    (
        "设立总规模50亿元的锂电新材料产业链基金。",
        "市财政局",
        "市国资委",
        "2025年5月底",
        "已完成。基金5月完成设立，首期到位资金20亿元，已投资项目4个、金额6.5亿元。",
    ),
    (
        "开展链上企业政企恳谈活动4次。",
        "市经信局",
        "市级有关部门",
        "2025年8月底",
        "已完成。已开展4次，收集企业诉求57条，办结52条。",
    ),
    (
        "帮助链上企业降本减负3亿元。",
        "市经信局",
        "市税务局、国网衢州供电公司",
        "2025年8月底",
        "已完成。累计为企业减负3.8亿元，完成目标的126.7%。",
    ),
    (
        "组织链上企业参加境外展会10场以上。",
        "市商务局",
        "市贸促会",
        "2025年8月底",
        "已完成。组织参展12场，达成意向订单1.6亿美元。",
    ),
]

SUMMARY = (
    "推进小结：清单所列16项重点任务中，截至8月31日已完成7项，占43.8%；按序时推进7项；滞后2项，"
    "其中超过完成时限仍未完成的1项（第4项），专班办公室已向责任单位发出督办单。1—8月链上规上企业产值"
    "占全市规上工业销售产值的31.4%，比上年同期提高4.2个百分点。下一步，对滞后任务实行周报告、月点评，"
    "力争10月底前第4项任务完成销号，全年重点任务完成率达到90%以上。"
)

NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = "") -> list[str]:
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


def all_lines() -> list[tuple[str, int]]:
    """(text, font size) for every line, a blank line as ("", 0)."""
    out = [(HEAD[0], 15), (HEAD[1], 12), (HEAD[2], 11), ("", 0)]
    out += [(line, 11) for line in wrap(INTRO, INDENT)]
    out.append(("", 0))
    for n, (task, lead, helper, due, progress) in enumerate(TASKS, start=1):
        out += [(line, 11) for line in wrap(task, f"{n}．任务：")]
        out += [(line, 11) for line in wrap(f"牵头单位：{lead}；配合单位：{helper}")]
        out.append((f"完成时限：{due}", 11))
        out += [(line, 11) for line in wrap(progress, "进展：")]
    out.append(("", 0))
    out += [(line, 11) for line in wrap(SUMMARY, INDENT)]
    return out


def build(path: Path) -> int:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("衢州市锂电新材料产业链链长制2025年重点任务清单")
    c.setAuthor("衢州市锂电新材料产业链链长制工作专班办公室")
    c.setCreator("make_pdf.py")
    page, y = 1, TOP
    for text, size in all_lines():
        if y < BOTTOM:
            c.setFont(FONT, 10)
            c.drawCentredString(A4[0] / 2, 40, f"— {page} —")
            c.showPage()
            page, y = page + 1, TOP
        if text:
            c.setFont(FONT, size)
            c.drawString(LEFT, y, text)
        y -= LEAD
    c.setFont(FONT, 10)
    c.drawCentredString(A4[0] / 2, 40, f"— {page} —")
    c.showPage()
    c.save()
    return page


if __name__ == "__main__":
    pages = build(HERE / NAME)
    print(f"wrote {NAME}: {pages} pages")
