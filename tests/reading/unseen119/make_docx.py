"""Builds 03_chanyelian_lianzhang_huiyi.docx, the minutes of 眉山's industrial-chain leaders' meeting
(headings, paragraphs and two real Word tables: the issue list by chain and the task division).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_chanyelian_lianzhang_huiyi.docx"
FIXED = datetime(2025, 9, 22, 10, 0, 0)


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


doc = Document()
props = doc.core_properties
props.author = "眉山市人民政府办公室"
props.last_modified_by = "眉山市人民政府办公室"
props.title = "眉山市重点产业链链长工作会议纪要"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("眉山市重点产业链链长工作会议纪要", 0)
doc.add_paragraph("第4期")
doc.add_paragraph("眉山市人民政府办公室　　　　　　　　　　2025年9月22日")
doc.add_paragraph(
    "9月19日，市长、锂电产业链链长罗秋雯在市政府第一会议室主持召开全市重点产业链链长工作会议，"
    "常务副市长、晶硅光伏产业链链长周明远，副市长、电子信息产业链链长郑嘉禾，副市长、绿色食品产业链链长"
    "袁述之出席。会议听取了市经济和信息化局关于1—8月重点产业链运行情况的汇报，链主企业和各链长办公室作了"
    "交流发言，研究了问题清单办理和下阶段重点任务。现纪要如下。"
)

doc.add_heading("一、产业链运行情况", 1)
doc.add_paragraph(
    "会议认为，今年以来各产业链链长、链长办公室和链主企业协同发力，重点产业链保持较快增长，"
    "对全市工业的支撑作用进一步增强。"
)
doc.add_paragraph(
    "锂电产业链。1—8月，链上规上工业企业46家，实现产值412.6亿元，同比增长28.4%，增速高于全市规上工业总产值"
    "17.9个百分点，产值规模居全省第2位。链主企业岷江锂能科技"
    "有限公司实现产值96.8亿元，增长41.2%，占全链产值的23.5%。全市磷酸铁锂正极材料产能达到35万吨，"
    "电解液产能达到12万吨。链上在建项目19个，总投资526.3亿元，1—8月完成投资64.5亿元。8月受持续高温"
    "有序用电影响，3家企业错峰生产，减少产值约6.5亿元。"
)
doc.add_paragraph(
    "晶硅光伏产业链。链上规上工业企业31家，实现产值386.2亿元，增长35.7%；高效电池片产量28.6GW，"
    "增长52.3%。链主企业东坡晶能科技有限公司实现产值118.4亿元，占全链产值的30.7%。链上在建项目18个，"
    "完成投资54.1亿元。受组件价格持续下行影响，链上企业利润总额同比下降17.4%，企业经营压力加大。"
)
doc.add_paragraph(
    "电子信息产业链实现产值86.3亿元，增长12.6%，今年新引进配套企业4家；绿色食品产业链实现产值142.7亿元，"
    "增长8.9%，其中泡菜产业产值88.5亿元，增长7.6%。"
)
doc.add_paragraph(
    "锂电、晶硅光伏两条产业链合计实现产值798.8亿元，占全市规上工业总产值的44.7%，已成为全市工业增长的"
    "主引擎。会议同时指出，产业链仍存在本地配套率不高、要素保障偏紧、企业用工不足等问题，"
    "锂电产业链本地配套率仅为38%左右，晶硅光伏链企业用工缺口约2300人。"
)

doc.add_heading("二、问题清单办理情况", 1)
doc.add_paragraph(
    "6月链长会议以来，各产业链共收集企业反映问题58个，已解决41个，解决率70.7%，其余17个正在推进。"
    "按类别分，用地用能类问题21个、融资类问题13个、用工类问题11个、审批服务类问题13个。"
    "分产业链情况如下表。"
)
table(
    doc,
    [
        ("产业链", "收集问题（个）", "已解决（个）", "解决率（%）"),
        ("锂电产业链", "24", "18", "75.0"),
        ("晶硅光伏产业链", "19", "14", "73.7"),
        ("电子信息产业链", "9", "5", "55.6"),
        ("绿色食品产业链", "6", "4", "66.7"),
        ("合计", "58", "41", "70.7"),
    ],
)

doc.add_heading("三、会议议定事项", 1)
doc.add_paragraph(
    "（一）关于锂电产业延链补链。由市经济和信息化局牵头，天府新区眉山片区、眉山经开区新区配合，"
    "9月30日前拿出锂电池回收利用项目招引方案；力争年内新签约亿元以上锂电配套项目3个以上，"
    "推动本地配套率提高到45%。"
)
doc.add_paragraph(
    "（二）关于用电保障。由国网眉山供电公司、市发展改革委负责，10月31日前协调为链主企业新增用电负荷"
    "8万千瓦，迎峰度冬期间优先保障重点链上企业连续生产。"
)
doc.add_paragraph(
    "（三）关于光伏企业用工。由市人力资源社会保障局牵头，10月15日前组织专场招聘会不少于5场，"
    "帮助链上企业招聘技术工人1500人以上；市教育局协调职业院校年内定向培养产业工人800人。"
)
doc.add_paragraph(
    "（四）关于融资支持。由市委金融办牵头，组织银行机构对链上企业新增授信不低于60亿元，其中中长期贷款"
    "占比不低于50%；对受价格下行影响较大的光伏企业，协调银行不抽贷、不断贷。"
)
doc.add_paragraph(
    "（五）关于问题清单。未解决的问题由各链长办公室逐项明确责任单位和时限，11月底前问题解决率达到90%以上；"
    "新增问题原则上15日内办结，办理情况每月报市经济和信息化局汇总。"
)
doc.add_paragraph(
    "（六）关于全年目标。会议要求，力争全年锂电产业产值突破600亿元、晶硅光伏产业产值突破550亿元，"
    "两链产值占全市规上工业总产值的比重达到45%左右；电子信息、绿色食品产业链产值增速均不低于10%。"
)

doc.add_heading("四、重点任务分工", 1)
table(
    doc,
    [
        ("序号", "任务", "责任单位", "完成时限"),
        ("1", "制定锂电池回收利用项目招引方案", "市经济和信息化局", "9月30日"),
        ("2", "为链主企业新增用电负荷8万千瓦", "国网眉山供电公司、市发展改革委", "10月31日"),
        ("3", "举办光伏企业专场招聘会不少于5场", "市人力资源社会保障局", "10月15日"),
        ("4", "建成甘眉工业园区标准化厂房二期12万平方米", "甘眉工业园区管委会", "12月31日"),
        ("5", "问题清单逐项销号，解决率达到90%以上", "各链长办公室", "11月30日"),
    ],
)
doc.add_paragraph(
    "会议强调，各链长办公室要把议定事项纳入月度调度，市政府督查室跟踪督办，办理结果在下次链长会议上通报。"
)
doc.add_paragraph(
    "出席：罗秋雯、周明远、郑嘉禾、袁述之。列席：市经济和信息化局、市发展改革委、市科技局、"
    "市人力资源社会保障局、市自然资源和规划局、市委金融办、国网眉山供电公司，天府新区眉山片区、"
    "眉山经开区新区、甘眉工业园区管委会，岷江锂能科技有限公司、东坡晶能科技有限公司负责同志。"
)
doc.add_paragraph("分送：市委办公室，市人大常委会办公室，市政协办公室，各区县人民政府。（共印40份）")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / NAME).write_bytes(out.getvalue())
