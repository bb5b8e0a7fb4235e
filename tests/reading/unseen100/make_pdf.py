"""Builds 04_zhaoshang_qianyue_qingdan.pdf with reportlab: the signed-project list of the city's winter
招商 signing event, set in the non-embedded Adobe font STSong-Light, with a numbered table (序号, 项目名称,
总投资（亿元）, 签约地, 产业链) between an opening paragraph and a summary of the totals.

reportlab is not in the project's environment; it was installed with ``pip install --target /tmp/rl100
reportlab`` and is put at the end of ``sys.path``. ``invariant=1`` fixes the document id and dates, so each
run writes the same bytes:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append("/tmp/rl100")

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "04_zhaoshang_qianyue_qingdan.pdf"
FONT = "STSong-Light"

TITLE = "龙岩市2024年冬季招商引资项目集中签约活动签约项目清单"
SUBTITLE = "龙岩市招商引资工作领导小组办公室　　2024年12月20日"

INTRO = (
    "12月20日，市委、市政府在龙岩会展中心举办2024年冬季招商引资项目集中签约活动。此次签约围绕有色金属、"
    "新能源、新材料、机械装备四条主导产业链，兼顾文旅康养、数字经济、特色农业和现代物流等领域，"
    "集中签下一批带动力强、成长性好的项目。市领导与客商代表共同见证签约，"
    "签约仪式按先进制造、新兴产业、文旅及现代服务业三个板块依次进行。经与各签约单位逐项核对，现将签约项目清单公布如下。"
)

ROWS = [
    ("序号", "项目名称", "总投资（亿元）", "签约地", "产业链"),
    ("1", "年产5万吨高性能电解铜箔项目", "32.0", "上杭县", "有色金属"),
    ("2", "锂电池正极材料前驱体一体化项目", "45.0", "龙岩高新区", "新能源"),
    ("3", "年产2万台智能环保装备制造项目", "12.5", "龙岩经开区", "机械装备"),
    ("4", "专用车底盘及上装智能化改造项目", "8.6", "新罗区", "机械装备"),
    ("5", "冠豸山康养度假综合体项目", "15.8", "连城县", "文旅康养"),
    ("6", "汀州古城文旅街区提升项目", "6.2", "长汀县", "文旅康养"),
    ("7", "年产10万吨再生铝合金项目", "9.4", "武平县", "有色金属"),
    ("8", "稀土永磁电机及组件项目", "18.3", "长汀县", "新材料"),
    ("9", "高端石墨烯导热膜项目", "7.5", "永定区", "新材料"),
    ("10", "闽西算力中心（一期）项目", "11.0", "新罗区", "数字经济"),
    ("11", "年产3000吨水仙茶精深加工项目", "3.2", "漳平市", "特色农业"),
    ("12", "冷链物流与农产品集散中心项目", "5.6", "永定区", "现代物流"),
    ("13", "年产500万平方米光伏玻璃深加工项目", "14.2", "漳平市", "新能源"),
    ("14", "氟新材料产业园配套项目", "10.7", "上杭县", "新材料"),
    ("15", "智能电网成套设备生产基地项目", "6.8", "龙岩高新区", "机械装备"),
    ("16", "百香果种植及饮品加工项目", "2.4", "武平县", "特色农业"),
    ("17", "工业机器人精密减速器项目", "8.9", "龙岩经开区", "机械装备"),
    ("18", "年产1GWh储能电池系统集成项目", "20.0", "新罗区", "新能源"),
    ("19", "年产8000吨铜基新材料项目", "6.4", "上杭县", "有色金属"),
    ("20", "钠离子电池负极材料项目", "12.0", "武平县", "新能源"),
    ("21", "土楼文化数字演艺项目", "4.5", "永定区", "文旅康养"),
    ("22", "矿山装备再制造基地项目", "5.3", "漳平市", "机械装备"),
    ("23", "高纯稀土金属深加工项目", "9.6", "长汀县", "新材料"),
    ("24", "闽西农产品电商直播基地项目", "1.8", "连城县", "特色农业"),
]

SUMMARY = [
    "一、总体情况。本次集中签约项目24个，总投资277.7亿元，平均每个项目11.6亿元。总投资10亿元以上的项目10个，"
    "合计191.5亿元，占签约总投资的69.0%；锂电池正极材料前驱体一体化项目总投资45.0亿元，是本次单体规模最大的项目；"
    "总投资5亿元以下的项目4个。"
    "按投资主体分，央企和国企项目5个、民营企业项目17个、外资项目2个，外资项目合同外资1.26亿美元；"
    "按项目来源分，来自粤港澳大湾区的项目9个，来自长三角地区的项目6个。",
    "二、产业分布。有色金属、新能源、新材料、机械装备四条主导产业链签约项目16个，总投资227.2亿元，"
    "占签约总投资的81.8%。其中，新能源产业链项目4个、91.2亿元，有色金属产业链项目3个、47.8亿元，"
    "机械装备产业链项目5个、42.1亿元，新材料产业链项目4个、46.1亿元。文旅康养类签约3个项目、总投资26.5亿元；"
    "特色农业、现代物流和数字经济项目合计5个、24.0亿元。",
    "三、区域分布。新罗区签约项目3个、总投资39.6亿元；龙岩高新区、上杭县签约总投资分别为51.8亿元、49.1亿元，"
    "规模较大；两个开发区合计签约项目4个、总投资73.2亿元，各县（市、区）合计签约项目20个、总投资204.5亿元。",
    "四、预期效益。据签约各方测算，本次签约项目全部建成达产后，预计可实现年产值526亿元、年纳税18.6亿元，"
    "新增就业岗位1.3万个左右。",
    "五、全年进展。截至12月20日，全市今年累计签约招商项目326个，总投资1862.5亿元，同比增长14.8%；"
    "其中亿元以上项目218个，占66.9%；"
    "已开工项目198个，开工率60.7%，比上年同期提高4.2个百分点；签约项目累计到位资金486.3亿元。",
    "六、下步安排。市招商办将对每个签约项目落实“一个项目、一名领导、一个专班”跟踪服务，各签约地要在30日内"
    "完成项目备案并提出供地方案。力争本次签约项目2025年一季度开工不少于8个，上半年开工率达到60%以上，"
    "全年到位资金不低于100亿元，对未按期开工的项目实行季度通报。",
    "七、要素需求。本次签约项目共需新增用地约2860亩，其中工业用地2210亩，已落实供地指标的1680亩，占58.7%；"
    "需配套新增用电负荷约26万千瓦，供电部门已提前对接。",
]

NOTES = "注：1.总投资以签约协议载明的金额为准；2.序号按签约仪式顺序排列，不代表项目排序。"
CONTACT = "联系人：市招商办项目推进科　林晓岚　　电话：0597-2318806"


def build() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    title = ParagraphStyle("title", fontName=FONT, fontSize=15, leading=22, alignment=1, wordWrap="CJK")
    sub = ParagraphStyle("sub", fontName=FONT, fontSize=10.5, leading=16, alignment=1, wordWrap="CJK")
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap="CJK"
    )
    note = ParagraphStyle("note", fontName=FONT, fontSize=9, leading=14, wordWrap="CJK")
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=TITLE,
        author="龙岩市招商引资工作领导小组办公室",
        subject="招商引资项目集中签约清单",
        creator="make_pdf.py",
        producer="ReportLab",
        invariant=1,
    )
    table = Table(ROWS, colWidths=[1.2 * cm, 7.6 * cm, 2.8 * cm, 2.6 * cm, 2.6 * cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
        )
    )
    story = [Paragraph(TITLE, title), Paragraph(SUBTITLE, sub), Spacer(1, 8), Paragraph(INTRO, body)]
    story += [Spacer(1, 8), table, Spacer(1, 10)]
    story += [Paragraph(text, body) for text in SUMMARY]
    story += [Spacer(1, 6), Paragraph(NOTES, note), Paragraph(CONTACT, note)]
    doc.build(story)


if __name__ == "__main__":
    build()
    print(f"wrote {NAME}")
