"""Builds 03_renwu_duban.docx: the 广安市 government's supervision office on its 2025 key tasks as of
31 July (headings, paragraphs and one real Word table of ten tasks with lead unit, deadline, progress and
status).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_renwu_duban.docx"
FIXED = datetime(2025, 8, 6, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "广安市人民政府督查室"
props.last_modified_by = "广安市人民政府督查室"
props.title = "2025年市政府重点工作任务推进情况督办通报（截至7月31日）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("2025年市政府重点工作任务推进情况督办通报", 0)
doc.add_paragraph("（截至2025年7月31日）")
doc.add_paragraph("广府督通〔2025〕8号　　广安市人民政府督查室　　2025年8月6日")
doc.add_paragraph("各县（市、区）人民政府，广安经开区、川渝高竹新区管委会，市政府有关部门：")
doc.add_paragraph(
    "按照市政府2025年重点工作任务分解方案，市政府督查室会同市级有关部门，对截至7月31日的任务推进情况"
    "逐项进行了梳理核实，现将有关情况通报如下。"
)

doc.add_heading("一、总体推进情况", 1)
doc.add_paragraph(
    "今年市政府确定年度重点工作任务120项，涉及牵头单位34个。截至7月31日，已完成38项，推进中71项，"
    "滞后11项；任务完成率31.7%，比6月底提高7.5个百分点；已完成和按序时推进的任务109项，占90.8%。"
    "滞后任务比6月底减少4项，其中市级部门牵头的7项、县（市、区）牵头的4项。"
)

doc.add_heading("二、分领域情况", 1)
doc.add_paragraph(
    "按领域分，经济发展类任务44项、已完成15项；项目建设类28项、已完成7项；改革开放类19项、已完成6项；"
    "民生保障类29项、已完成10项。民生保障类完成率34.5%，为各领域最高；项目建设类完成率25.0%，"
    "受汛期和要素保障影响，推进相对较慢。滞后任务主要集中在农村公路、城市防洪和部分产业项目用地保障等方面。"
)

doc.add_heading("三、分单位情况", 1)
doc.add_paragraph(
    "牵头任务较多的市级部门中，市发展改革委牵头18项、已完成7项，市经济和信息化局牵头15项、已完成5项，"
    "市投资促进局牵头9项、已完成4项。县（市、区）中，邻水县、岳池县承担的市级任务完成率分别为41.2%、37.5%，"
    "分别居全市第一、第二位；前锋区完成率为22.2%，低于全市9.5个百分点，需加大推进力度。"
)

doc.add_heading("四、部分重点任务推进情况", 1)
doc.add_paragraph("纳入本期重点督办的12项任务情况见下表，其中已完成2项、滞后2项。")
rows = [
    ("序号", "任务内容", "牵头单位", "责任单位", "完成时限", "进展情况", "状态"),
    (
        "1",
        "全年新签约招商引资项目300个以上、协议投资1800亿元以上",
        "市投资促进局",
        "各县（市、区）政府，广安经开区、川渝高竹新区管委会",
        "12月底",
        "1—7月新签约项目186个、协议投资1126.8亿元，分别完成62.0%、62.6%",
        "推进中",
    ),
    (
        "2",
        "实现省外到位资金800亿元",
        "市投资促进局",
        "各县（市、区）政府",
        "12月底",
        "累计到位496.3亿元，完成年度目标的62.0%",
        "推进中",
    ),
    (
        "3",
        "市重点项目完成投资620亿元",
        "市发展改革委",
        "各县（市、区）政府，市级有关部门",
        "12月底",
        "完成投资402.8亿元，完成年度计划的65.0%",
        "推进中",
    ),
    (
        "4",
        "计划新开工市重点项目112个",
        "市发展改革委",
        "各县（市、区）政府",
        "9月底",
        "已开工87个，开工率77.7%",
        "推进中",
    ),
    (
        "5",
        "川渝高竹新区新引进产业项目20个以上",
        "川渝高竹新区管委会",
        "邻水县政府",
        "12月底",
        "新签约项目12个，完成60.0%",
        "推进中",
    ),
    (
        "6",
        "新建改造农村公路450公里",
        "市交通运输局",
        "各县（市、区）政府",
        "11月底",
        "完成238公里，完成52.9%，低于时序进度5.4个百分点",
        "滞后",
    ),
    (
        "7",
        "新增城镇就业2.3万人",
        "市人力资源社会保障局",
        "各县（市、区）政府",
        "12月底",
        "新增1.52万人，完成66.1%",
        "推进中",
    ),
    (
        "8",
        "改造城镇老旧小区126个",
        "市住房城乡建设局",
        "各县（市、区）政府",
        "10月底",
        "已全部开工，完工72个，完工率57.1%",
        "推进中",
    ),
    (
        "9",
        "新建高标准农田18.5万亩",
        "市农业农村局",
        "各县（市、区）政府",
        "6月底",
        "已建成18.5万亩，完成100%",
        "已完成",
    ),
    (
        "10",
        "新建5G基站800个",
        "市经济和信息化局",
        "各县（市、区）政府",
        "12月底",
        "已建成816个，完成102.0%",
        "已完成",
    ),
    (
        "11",
        "华蓥山景区全年接待游客突破600万人次",
        "华蓥市政府",
        "市文化广电旅游局",
        "12月底",
        "接待游客352.6万人次，完成58.8%",
        "推进中",
    ),
    (
        "12",
        "建成岳池县城区防洪堤3.6公里",
        "岳池县政府",
        "市水利局",
        "8月底",
        "完成2.1公里，受汛期影响工期滞后约20天",
        "滞后",
    ),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("五、建议提案办理和热线诉求处置", 1)
doc.add_paragraph(
    "今年市人大代表建议152件、市政协委员提案217件，已分别办结141件、198件，办结率分别为92.8%、91.2%。"
    "1—7月，12345政务服务便民热线受理群众诉求4.86万件，按期办结率98.6%，群众满意率93.4%。"
)

doc.add_heading("六、督查督办开展情况", 1)
doc.add_paragraph(
    "今年以来，市政府督查室开展实地督查26次，发出督办函43份，对3个任务滞后的责任单位主要负责人进行了约谈。"
    "督查中发现的28个问题已整改销号23个，整改率82.1%。"
)

doc.add_heading("七、下步要求", 1)
doc.add_paragraph(
    "对滞后的11项任务实行挂牌督办，确保8月底前有9项以上回到序时进度；9月底前全市任务完成率达到50%以上。"
    "对连续两个月滞后的单位，将在全市范围内通报。请各牵头单位于每月5日前报送任务进展。"
)
doc.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政协办公室。")
doc.add_paragraph("广安市人民政府督查室　　2025年8月6日印发")
doc.add_paragraph("联系人：邓文博　电话：0826-2331056")

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
print(f"wrote {NAME}")
