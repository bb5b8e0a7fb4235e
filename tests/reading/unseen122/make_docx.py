"""Builds 02_zhongdian_xiangmu_shiyue_diaodu.docx: the October progress notice on the city's key projects,
with headings, paragraphs and one real Word table (县区｜项目数｜年度计划投资｜1—10月完成｜完成率｜排名).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_shiyue_diaodu.docx"
FIXED = datetime(2025, 11, 6, 9, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "菏泽市重点项目建设指挥部办公室"
props.last_modified_by = "菏泽市重点项目建设指挥部办公室"
props.title = "关于2025年10月份全市重点项目建设情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("关于2025年10月份全市重点项目建设情况的通报", 0)
doc.add_paragraph("菏重项指办〔2025〕31号")
doc.add_paragraph("各县区人民政府，菏泽高新区、菏泽经开区管委会，市直有关部门：")
doc.add_paragraph(
    "10月份，各县区、各部门紧盯年度目标，抢抓冬季施工前的有利时机，全力推动项目开工、在建项目提速、"
    "竣工项目投产，全市重点项目建设保持较快进度。现将有关情况通报如下。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "今年全市共列入调度的重点项目486个，总投资3862.4亿元，年度计划投资1300.0亿元。其中，省级重点项目62个，"
    "年度计划投资368.5亿元；市级重点项目424个，年度计划投资931.5亿元。"
)
doc.add_paragraph(
    "1—10月，全市重点项目累计完成投资1148.6亿元，完成年度计划的88.4%，超过时序进度（83.3%）5.1个百分点，"
    "完成率比9月末提高8.7个百分点。10月当月完成投资113.1亿元，比9月份多完成6.8亿元。分级别看，"
    "省级重点项目完成投资336.2亿元，完成率91.2%，高于全部重点项目2.8个百分点，62个项目中已有17个提前完成"
    "年度计划投资；市级重点项目完成投资812.4亿元，完成率87.2%。"
)

doc.add_heading("二、开工和竣工情况", 1)
doc.add_paragraph(
    "新开工方面，年度计划新开工项目212个，截至10月底已开工203个，开工率95.8%，比9月末提高8.5个百分点，"
    "其中10月份新开工18个，均为第四季度集中开工项目。省级重点项目中计划新开工的24个已全部开工，开工率100%。"
    "尚未开工的9个项目涉及年度计划投资27.4亿元，主要分布在成武县、鄄城县和菏泽经开区。"
    "续建项目274个，均已复工并正常推进。"
)
doc.add_paragraph(
    "竣工方面，年度计划竣工项目138个，已竣工97个，竣工率70.3%，其中10月份竣工11个。已竣工项目中投产达效的"
    "工业项目52个，1—10月实现产值186.3亿元。"
)

doc.add_heading("三、各县区（功能区）推进情况", 1)
doc.add_paragraph("各县区（功能区）重点项目投资完成情况见下表，排名按完成率确定。")
rows = [
    ("县区", "项目数（个）", "年度计划投资（亿元）", "1—10月完成（亿元）", "完成率（%）", "排名"),
    ("牡丹区", "62", "176.4", "158.9", "90.1", "4"),
    ("定陶区", "38", "98.2", "86.1", "87.7", "7"),
    ("曹县", "58", "162.5", "155.3", "95.6", "1"),
    ("单县", "46", "118.6", "106.4", "89.7", "5"),
    ("成武县", "34", "82.3", "65.5", "79.6", "10"),
    ("巨野县", "48", "134.8", "125.2", "92.9", "2"),
    ("郓城县", "45", "121.5", "108.2", "89.1", "6"),
    ("鄄城县", "36", "86.7", "70.4", "81.2", "9"),
    ("东明县", "41", "112.4", "96.8", "86.1", "8"),
    ("菏泽高新区", "40", "108.9", "98.6", "90.5", "3"),
    ("菏泽经开区", "38", "97.7", "77.2", "79.0", "11"),
    ("合计", "486", "1300.0", "1148.6", "88.4", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph(
    "从完成率看，曹县、巨野县、菏泽高新区位居前三，其中曹县完成率高出时序进度12.3个百分点；鄄城县、成武县、"
    "菏泽经开区完成率低于时序进度，分别落后2.1、3.7、4.3个百分点，需加快追赶。从总量看，牡丹区完成投资158.9亿元，"
    "居全市第一。"
)

doc.add_heading("四、部分重点项目动态", 1)
doc.add_paragraph(
    "东明县年产20万吨高端聚烯烃新材料项目（总投资45.6亿元）主装置进入设备安装阶段，1—10月完成投资17.2亿元，"
    "占项目年度计划投资的91.5%。曹县年产30万套高端实木家居产业园项目（总投资26.8亿元）一期厂房已全部封顶，"
    "10月份完成投资2.4亿元。菏泽高新区生物医药创新产业园项目今年完成投资9.8亿元，3栋标准化厂房交付使用。"
    "鲁西新区地下综合管廊项目累计建成管廊12.6公里。郓城县城乡供水一体化项目铺设供水管网约86公里，"
    "建成后受益人口近40万人。"
)

doc.add_heading("五、要素保障情况", 1)
doc.add_paragraph(
    "今年以来，市重点项目建设指挥部收集重点项目用地、环评、融资等方面问题346个，已协调解决326个，办结率94.2%。"
    "全市为重点项目保障建设用地1.86万亩，争取专项债券资金42.6亿元，支持项目38个；组织银企对接活动9场，"
    "为重点项目新增授信216.5亿元。"
)

doc.add_heading("六、存在的问题", 1)
doc.add_paragraph(
    "一是县区之间进度不平衡，3个县区（功能区）完成率仍低于时序进度，最低的菏泽经开区比曹县低16.6个百分点。"
    "二是部分在建项目投资强度偏弱，月度完成投资不足500万元的项目有14个。三是个别新开工项目前期手续办理缓慢，"
    "施工许可尚未取得的项目仍有5个。"
)

doc.add_heading("七、下步工作", 1)
doc.add_paragraph(
    "各县区、各有关部门要对照年度目标倒排工期。11月底前，全市重点项目力争完成年度计划投资的95%以上；"
    "确保尚未开工项目年底前全部开工，全年开工率达到100%；年内竣工项目力争达到130个以上；"
    "确保全年完成重点项目投资1300亿元以上。落后于时序进度的县区要在11月10日前报送追赶措施。"
)
doc.add_paragraph("联系人：李文博　　电话：0530-5312876")
doc.add_paragraph("菏泽市重点项目建设指挥部办公室　　2025年11月6日")
doc.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。")

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
