"""Builds 03_chanyelian_huiyi.pdf with reportlab: a newspaper article on the 全州重点产业链推进会,
set in the CID font STSong-Light, the body wrapped at 34 characters as a typeset column is (so sentences
run on across lines and across the page break), the paper's name and date at the head of each page and
a page number at its foot. ``invariant=1`` keeps the bytes the same on every run:

    PYTHONPATH=/tmp/rl135 .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "03_chanyelian_huiyi.pdf"
FONT = "STSong-Light"
WIDTH = 34
PER_PAGE = 34
INDENT = "\u3000\u3000"
RUNNING_HEAD = "恩施日报　2025年7月25日　星期五　第2版　要闻"

HEAD = [
    "聚焦硒食品、茶、文旅等特色产业强链补链延链",
    "全州重点产业链推进会召开",
    "",
    "恩施日报全媒体记者　谭晓岚　通讯员　田雨辰",
    "",
]

BODY = [
    "本报讯　7月24日，全州重点产业链推进会在恩施市召开。会议通报上半年重点产业链"
    "“链长制”运行情况，硒食品精深加工、茶、文化旅游等产业链的链长单位作交流发言。州领导、"
    "硒食品精深加工产业链链长覃立新出席会议并讲话。会前，与会人员实地察看了恩施高新区硒资源综合利用"
    "产业园和芸岭硒源公司富硒饮品生产车间。会议以视频形式开到各县市。",
    "会上通报，全州确定的10条重点产业链共有链上企业1386家，其中规模以上企业512家。上半年，"
    "重点产业链实现营业收入628.7亿元，同比增长9.6%，比一季度加快1.2个百分点。今年以来，各链"
    "围绕补短板开展精准招商，新签约项目58个，协议投资326.4亿元。",
    "硒食品精深加工产业链是我州体量最大的特色产业链。上半年，该链342家链上企业实现营业收入"
    "186.5亿元，增长12.7%，增速在全州重点产业链中排第1位；链上规模以上企业达到128家，比年初"
    "净增9家。链主企业恩施芸岭硒源食品有限公司上半年营收突破10亿元，带动上下游配套企业30余家。"
    "分品类看，富硒茶、硒肉制品、硒饮品营业收入分别为68.4亿元、41.7亿元、23.6亿元，其中硒饮品"
    "增长最快，增速达到31.2%。该链今年以来新签约项目21个、协议投资118.6亿元，两项均占全州重点"
    "产业链的三分之一以上。会上还发布了硒食品精深加工产业链招商图谱，梳理出重点招引目标企业63家、"
    "储备招商项目45个，项目总投资约280亿元。",
    "茶产业链稳中有进。全州茶园面积稳定在186万亩左右，上半年干毛茶产量9.86万吨，增长6.3%；"
    "茶产业链营业收入152.3亿元，增长8.4%。茶叶出口势头较好，出口量1.28万吨，增长28.5%，"
    "“恩施玉露”“利川红”品牌在中亚、欧洲市场的订单明显增加。全州规模以上茶叶加工企业达到96家，"
    "比上年同期增加7家，鹤峰、宣恩两县茶叶加工产能利用率均超过八成。线上渠道增长较快，上半年全州"
    "茶叶网络零售额12.6亿元，增长35.4%。",
    "文旅产业链持续升温。上半年，全州接待游客4863.2万人次、实现旅游综合收入392.6亿元，"
    "分别增长11.8%、10.3%。7月以来，恩施大峡谷景区单日接待游客多次超过3万人次，"
    "“避暑游”“研学游”带动民宿、餐饮消费增长近两成。上半年全州新增等级民宿43家，"
    "新增床位近1800张，住宿接待能力进一步提升。",
    "与硒食品、文旅等链相比，部分链条增长偏慢。清洁能源产业链上半年营业收入74.8亿元，增长6.1%，"
    "低于全州重点产业链平均水平3.5个百分点；生物医药产业链营业收入仅增长2.4%，增速在重点产业链中"
    "排名靠后。",
    "链长制推行以来，各链长单位坚持“一链一专班”。今年以来，各链累计走访链上企业436家次，召开专题"
    "会议27场，推动链上企业签订产销协作协议52份。州内金融机构为链上企业新增授信86.4亿元、发放贷款"
    "61.2亿元，分别增长23.5%、18.9%，融资难问题有所缓解。",
    "会议指出，各链在推进中还面临龙头企业偏少、精深加工不足、要素保障不够等问题。今年以来，"
    "各产业链链长单位建立问题清单，累计收集企业反映的问题214个，已解决187个，解决率87.4%；"
    "剩余27个问题已逐一明确责任单位和办结时限，实行销号管理。从问题类型看，融资类问题68个，"
    "用工类问题41个，用地类问题35个，是企业反映最集中的几类问题。",
    "覃立新在讲话中要求，各链长单位要当好“施工队长”，把链长制从挂名变成实干。硒食品精深加工"
    "产业链力争全年营业收入突破400亿元、规模以上企业达到140家以上；茶产业链要在品牌整合和出口"
    "上下功夫，确保全年出口量增长20%以上；文旅产业链要抓住暑期旺季，力争全年接待游客超过1亿人次。"
    "全州重点产业链全年营业收入要确保增长10%以上，为全州经济稳增长多作贡献。下半年，各链要围绕"
    "缺失环节开展专题招商推介活动不少于12场，推动已签约项目早落地、早投产。",
    "芸岭硒源公司负责人在发言中表示，公司新建的富硒饮品生产线将于9月投产，投产后每年可新增产值"
    "约5亿元，预计带动周边农户增收。",
    "会上，各县市和恩施高新区分别汇报了本地产业链推进情况，州经信局、州农业农村局、州文旅局"
    "等部门负责同志作了表态发言。",
]

FOOT = ["（责任编辑：向　蓉）"]

NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str) -> list[str]:
    """Lines of WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = INDENT + text
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
    out = list(HEAD)
    for para in BODY:
        out += wrap(para)
    return [*out, "", *FOOT]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    lines = all_lines()
    pages = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    c = canvas.Canvas(str(HERE / NAME), pagesize=(595, 842), invariant=1)
    c.setTitle("全州重点产业链推进会召开")
    c.setAuthor("恩施日报")
    for n, page in enumerate(pages, start=1):
        c.setFont(FONT, 9)
        c.drawString(56, 806, RUNNING_HEAD)
        c.setFont(FONT, 11)
        y = 776
        for line in page:
            c.drawString(56, y, line)
            y -= 20
        c.setFont(FONT, 9)
        c.drawString(280, 40, f"— {n} —")
        c.showPage()
    c.save()
    print(f"wrote {NAME}: {len(pages)} pages, {len(lines)} lines")


if __name__ == "__main__":
    main()
