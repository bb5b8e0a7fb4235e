"""Builds 02_zhongdian_xiangmu_dubanl_biao.docx: headings, paragraphs and one real Word table of nine
projects (项目名称｜责任单位｜年度计划｜1—8月完成｜完成率｜灯色｜存在问题).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_dubanl_biao.docx"
FIXED = datetime(2024, 9, 10, 15, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "自贡市重点项目建设工作领导小组办公室"
props.last_modified_by = "自贡市重点项目建设工作领导小组办公室"
props.title = "自贡市重点项目“红黄绿灯”督办情况通报（2024年1—8月）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("自贡市重点项目“红黄绿灯”督办情况通报", 0)
doc.add_paragraph("（2024年1—8月）")
doc.add_paragraph("自重项办〔2024〕27号　　自贡市重点项目建设工作领导小组办公室　　2024年9月10日")
doc.add_paragraph(
    "各区（县）人民政府，自贡高新区、自贡航空产业园管委会，市级有关部门："
    "根据《自贡市重点项目“红黄绿灯”督办办法》，市重点项目办对1—8月全市重点项目推进情况逐个进行了亮灯评价，"
    "现将有关情况通报如下。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "2024年全市共安排市重点项目186个，总投资1682.4亿元，年度计划投资412.6亿元。1—8月，市重点项目累计完成投资289.74亿元，"
    "年度计划完成率70.2%，快于时序进度3.5个百分点，完成率较上年同期高2.1个百分点。其中，31个省重点项目完成投资"
    "98.36亿元，完成年度计划131.5亿元的74.8%。8月当月完成投资38.52亿元，比7月多完成2.36亿元。"
)
doc.add_paragraph(
    "按建设性质分，计划新开工项目62个，已开工49个，开工率79.0%，其中8月新开工6个、总投资38.7亿元；"
    "续建项目124个，已有17个竣工投产。"
    "从投向看，产业类项目完成投资156.82亿元，占完成总额的54.1%，计划完成率72.4%；基础设施类项目87.35亿元，"
    "计划完成率68.1%；民生和社会事业类项目45.57亿元，计划完成率67.3%。"
)

doc.add_heading("二、亮灯情况", 1)
doc.add_paragraph(
    "评价以项目年度计划完成率与时序进度比较：完成率不低于时序进度的亮绿灯，落后时序进度10个百分点以内的亮黄灯，"
    "落后10个百分点以上或计划新开工项目未按期开工的亮红灯。截至8月底，时序进度为66.7%。"
)
doc.add_paragraph(
    "本期亮绿灯项目121个、黄灯项目47个、红灯项目18个，分别占项目总数的65.1%、25.3%和9.7%。与7月相比，"
    "绿灯项目增加7个，黄灯项目增加2个，红灯项目减少9个。红灯项目中，未按期开工的13个，投资进度落后时序进度"
    "10个百分点以上的5个；连续两个月亮红灯的项目有7个。红灯项目涉及年度计划投资46.2亿元，占全部年度计划投资的11.2%。"
)
doc.add_paragraph(
    "分地区看，沿滩区红灯项目最多，有4个；贡井区、荣县各3个；自流井区、大安区、富顺县和自贡高新区各2个。"
    "自贡航空产业园没有红灯项目，绿灯率达到100%；富顺县绿灯率最低，为52.4%。"
)

doc.add_heading("三、部分重点项目推进情况", 1)
doc.add_paragraph("选取部分亮灯项目列表如下（投资单位：亿元）。")
rows = [
    ("项目名称", "责任单位", "年度计划", "1—8月完成", "完成率（%）", "灯色", "存在问题"),
    ("自贡航空产业园通用飞机整机制造基地项目", "自贡航空产业园管委会", "12.00", "9.36", "78.0", "绿灯", "—"),
    ("川南氟硅新材料产业园二期项目", "自贡高新区管委会", "18.50", "13.88", "75.0", "绿灯", "—"),
    (
        "年产20万吨锂电池负极材料项目",
        "沿滩区人民政府",
        "15.00",
        "7.62",
        "50.8",
        "红灯",
        "主体设备到货推迟约2个月",
    ),
    (
        "自贡彩灯文化创意产业园项目",
        "自流井区人民政府",
        "6.40",
        "3.86",
        "60.3",
        "黄灯",
        "招商进度慢，入驻企业仅9家",
    ),
    (
        "富顺县城乡供水一体化项目",
        "富顺县人民政府",
        "5.20",
        "3.31",
        "63.7",
        "黄灯",
        "管网沿线尚有36户未签订征地协议",
    ),
    (
        "荣县陶瓷产业园标准化厂房项目",
        "荣县人民政府",
        "4.80",
        "0",
        "0",
        "红灯",
        "用地报批未完成，未按期开工",
    ),
    ("贡井区盐卤资源综合利用技改项目", "贡井区人民政府", "3.60", "2.95", "81.9", "绿灯", "—"),
    ("大安区老旧小区改造项目", "大安区人民政府", "2.90", "1.73", "59.7", "黄灯", "中央预算内资金下达较晚"),
    (
        "自贡东站综合交通枢纽配套工程",
        "市交通运输局",
        "8.00",
        "5.12",
        "64.0",
        "黄灯",
        "与铁路站房交叉施工，协调量大",
    ),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、存在的主要问题", 1)
doc.add_paragraph(
    "一是要素制约仍较突出。红灯项目中因用地报批未完成而滞后的有8个，涉及用地约1260亩。二是资金到位偏慢。"
    "1—8月重点项目到位资金265.3亿元，仅相当于完成投资的91.6%，部分政府投资项目依赖专项债券，"
    "已发行专项债券资金支出进度为58.3%。三是问题协调周期偏长。8月通过市重点项目协调会解决问题23个，"
    "尚有12个问题需市级层面继续协调，其中超过3个月未解决的有4个。"
)

doc.add_heading("五、整改要求", 1)
doc.add_paragraph(
    "（一）红灯项目限期整改。各责任单位要在9月15日前报送整改方案，明确措施、责任人和完成时限；"
    "对连续两个月亮红灯的项目，由市领导挂牌督办，实行周调度。力争9月底前全市红灯项目减少到10个以内，"
    "未开工项目在10月底前全部开工。"
)
doc.add_paragraph(
    "（二）黄灯项目加快追赶。各责任单位要倒排工期、挂图作战，力争三季度末黄灯项目减少到30个以内，"
    "其余项目完成率全部达到时序进度。"
)
doc.add_paragraph(
    "（三）全力冲刺目标任务。确保1—9月全市重点项目累计完成投资320亿元以上、完成年度计划的77.6%以上；"
    "力争全年完成投资430亿元，超额完成年度计划。"
)
doc.add_paragraph(
    "（四）严格督查问责。对连续三个月亮红灯且整改不力的项目，按程序调出年度计划，并在全市范围内通报。"
)
doc.add_paragraph("联系人：曾玉林　电话：0813-8110627")

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
