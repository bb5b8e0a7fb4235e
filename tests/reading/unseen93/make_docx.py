"""Builds 02_zhongdian_xiangmu_nianzhong.docx: the 2023 year-end summary of 六安市's key projects, with
headings, paragraphs and one real Word table of the districts, counties and parks ranked by completion rate.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_nianzhong.docx"
FIXED = datetime(2024, 1, 15, 16, 30, 0)
ISSUER = "六安市重点项目建设领导小组办公室"

doc = Document()
props = doc.core_properties
props.author = ISSUER
props.last_modified_by = ISSUER
props.title = "六安市2023年重点项目建设工作总结"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 3

for text in (ISSUER, "六重项办〔2024〕3号"):
    doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_heading("六安市2023年重点项目建设工作总结", 0)
doc.add_paragraph("市委、市政府：")
doc.add_paragraph(
    "2023年，全市上下把重点项目建设作为稳增长、调结构的主抓手，坚持“项目为王”，以“双月集中开工”为牵引，"
    "项目谋划、开工、建设、投产各环节协同推进，全年任务圆满完成。现将有关情况总结如下。"
)

doc.add_heading("一、全年目标任务完成情况", 1)
doc.add_paragraph(
    "2023年，全市纳入市重点项目管理的项目860个，概算总投资4862.3亿元，当年计划完成投资1268.5亿元。截至12月底，"
    "市重点项目累计完成投资1342.7亿元，为年度计划的105.8%，比上年提高3.2个百分点，超额完成全年目标任务；"
    "其中12月份当月完成投资118.6亿元。12月末，860个项目中已开工（含续建）812个，开工率94.4%。"
    "其中，列入省重点项目312个，年度计划投资745.6亿元，完成投资812.4亿元，完成率109.0%，"
    "高于全省平均水平4.7个百分点，居全省第4位，较上年前移2位。"
)

doc.add_heading("二、主要工作成效", 1)
doc.add_paragraph(
    "（一）项目开工量质齐升。年初计划新开工项目318个，全年实际新开工346个，开工率108.8%。新开工项目中，"
    "亿元以上项目168个、10亿元以上项目37个，分别比上年增加21个、9个。全年组织开展集中开工活动6次，"
    "累计集中开工项目212个，总投资863.7亿元。"
)
doc.add_paragraph(
    "（二）竣工投产加快见效。全年计划竣工项目205个，实际竣工226个，竣工率110.2%。金寨县年产10GW高效光伏组件项目、"
    "叶集区年产30万立方米定制家居板材项目、霍山县年产5万吨高性能软磁材料项目等一批产业项目建成投产，"
    "全部达产后预计可新增年产值约186亿元。"
)
doc.add_paragraph(
    "（三）产业支撑更加有力。产业项目完成投资768.3亿元，增长15.4%，占全部完成投资的57.2%，比上年提高4.5个百分点；"
    "基础设施项目完成投资376.9亿元，社会民生项目完成投资197.5亿元。10亿元以上项目76个，完成投资418.6亿元，"
    "占全部完成投资的31.2%。分产业看，新能源和节能环保、先进装备制造、绿色食品三类产业项目完成投资"
    "依次为186.2亿元、152.8亿元和97.4亿元。"
)
doc.add_paragraph(
    "（四）要素保障持续强化。全年争取地方政府专项债券资金146.8亿元、中央预算内投资18.6亿元，"
    "供应重点项目建设用地2.36万亩。举办政银企对接会6场，为重点项目新增授信312.5亿元。落实市领导联系重点项目制度，"
    "全年收集项目推进中的问题428个，已办结412个，办结率96.3%。"
)
doc.add_paragraph(
    "（五）项目储备后劲增强。全年新谋划储备项目1265个，总投资6218.4亿元，其中亿元以上项目486个。"
    "经评审，536个项目列入2024年市重点项目预备清单，预备清单项目年度计划投资约740亿元。"
)

doc.add_heading("三、各县区（开发区）推进情况", 1)
doc.add_paragraph(
    "从年度计划完成率看，各县区、开发区均完成了年度计划投资。霍山县完成率最高，达111.8%；六安经开区、叶集区"
    "分列第二、第三位；金寨县完成率为100.6%，居末位。具体情况见下表。"
)
doc.add_paragraph("2023年各县区（开发区）市重点项目完成情况").alignment = WD_ALIGN_PARAGRAPH.CENTER
rows = [
    ("县区（开发区）", "项目个数（个）", "年度计划投资（亿元）", "完成投资（亿元）", "完成率（%）", "位次"),
    ("霍山县", "92", "128.6", "143.8", "111.8", "1"),
    ("六安经开区", "78", "142.3", "156.9", "110.3", "2"),
    ("叶集区", "64", "86.4", "94.2", "109.0", "3"),
    ("金安区", "112", "168.2", "178.4", "106.1", "4"),
    ("舒城县", "118", "176.5", "186.6", "105.7", "5"),
    ("六安高新区", "56", "98.7", "103.5", "104.9", "6"),
    ("霍邱县", "126", "182.4", "189.5", "103.9", "7"),
    ("裕安区", "108", "152.6", "156.2", "102.4", "8"),
    ("金寨县", "106", "132.8", "133.6", "100.6", "9"),
    ("合计", "860", "1268.5", "1342.7", "105.8", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、存在的问题", 1)
doc.add_paragraph(
    "一是项目前期工作仍有短板，年初计划新开工项目中仍有19个未能按期开工，涉及年度计划投资42.6亿元。"
    "二是民间投资项目推进偏慢，民间投资项目完成投资占全部完成投资的41.6%，比上年下降2.8个百分点。"
    "三是要素制约依然突出，部分项目用地、能耗指标尚未落实，重点项目用地缺口约3200亩。"
)

doc.add_heading("五、2024年工作打算", 1)
doc.add_paragraph(
    "2024年，全市拟安排市重点项目900个以上，总投资超过5000亿元，年度计划投资1350亿元左右。力争全年完成投资1400亿元以上，"
    "新开工项目不少于320个，竣工项目200个以上，产业项目投资占比保持在55%以上；确保省重点项目年度计划完成率达到105%以上，"
    "位次保持全省前5位。一季度力争完成投资300亿元以上，实现“开门红”。"
)
doc.add_paragraph("六安市重点项目建设领导小组办公室").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("2024年1月15日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("（联系人：陈思远　联系电话：0564-3932176）")

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
