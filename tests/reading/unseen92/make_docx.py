"""Builds 02_jizhong_kaigong.docx: the municipal key-project office's notice on the first-quarter batch
start of key projects (a red-header style title block, a document number, headings, paragraphs and one
real Word table of the counties and districts).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_jizhong_kaigong.docx"
FIXED = datetime(2025, 4, 3, 16, 20, 0)

doc = Document()
props = doc.core_properties
props.author = "开封市重点项目建设工作领导小组办公室"
props.last_modified_by = "市发展改革委重点项目科"
props.title = "关于2025年一季度全市重点项目集中开工情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 3

doc.add_paragraph("开封市重点项目建设工作领导小组办公室")
doc.add_paragraph("汴重项办〔2025〕9号")
doc.add_heading("关于2025年一季度全市重点项目集中开工情况的通报", 0)
doc.add_paragraph("各县区人民政府，城乡一体化示范区管委会，市直有关单位：")
doc.add_paragraph(
    "按照省委、省政府“三个一批”活动统一安排，3月28日，全市2025年一季度重点项目集中开工活动在尉氏县"
    "主会场举行，各县区、示范区同步设立分会场，市委、市政府主要领导出席主会场活动并宣布开工。现将有关情况通报如下。"
)

doc.add_heading("一、集中开工总体情况", 1)
doc.add_paragraph(
    "本次全市共有86个项目集中开工，计划总投资512.6亿元，当年计划完成投资186.3亿元，开工项目个数和总投资分别居全省"
    "第6位、第8位。其中，总投资亿元以上项目61个、总投资476.9亿元，占本批总投资的93.0%；10亿元以上项目"
    "14个、总投资251.2亿元。与上年一季度集中开工相比，项目个数增加9个，总投资增长14.6%，亿元以上项目"
    "增加7个。同期开展的“签约一批”“投产一批”活动中，全市集中签约项目43个、合同金额326.4亿元，"
    "集中投产项目38个、总投资172.5亿元，预计达产后年新增产值215亿元。"
)
doc.add_paragraph(
    "按项目类型分，产业项目58个、总投资356.8亿元，占69.6%；基础设施项目16个、总投资98.4亿元；社会民生"
    "项目12个、总投资57.4亿元。产业项目中，先进制造业项目41个、总投资268.3亿元，现代服务业项目11个、"
    "总投资61.7亿元，现代农业项目6个、总投资26.8亿元，产业项目平均单体投资6.2亿元。从单体规模看，尉氏县年产20万吨高性能复合材料项目"
    "总投资38亿元，为本批投资最大的项目；兰考县年产300万套定制家居智能制造项目、杞县大蒜精深加工产业园"
    "项目总投资分别为26.5亿元、18.2亿元。"
)

doc.add_heading("二、分县区开工情况", 1)
doc.add_paragraph(
    "兰考县开工项目14个、总投资98.6亿元，均居全市第一；尉氏县、城乡一体化示范区总投资均超过85亿元。"
    "龙亭区、顺河回族区、鼓楼区、禹王台区合计开工项目19个、总投资83.1亿元，占全市的16.2%。"
    "各县区开工情况见下表。"
)
rows = [
    ("县区", "开工项目数（个）", "总投资（亿元）", "其中亿元以上项目（个）"),
    ("龙亭区", "6", "28.4", "4"),
    ("顺河回族区", "4", "17.6", "3"),
    ("鼓楼区", "5", "21.3", "3"),
    ("禹王台区", "4", "15.8", "2"),
    ("祥符区", "10", "52.7", "7"),
    ("杞县", "11", "58.9", "8"),
    ("通许县", "9", "46.2", "6"),
    ("尉氏县", "13", "86.5", "10"),
    ("兰考县", "14", "98.6", "11"),
    ("城乡一体化示范区", "10", "86.6", "7"),
    ("合计", "86", "512.6", "61"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("三、一季度重点项目推进情况", 1)
doc.add_paragraph(
    "今年全市共安排市级重点项目412个，年度计划投资1386.5亿元，其中续建项目186个、计划新开工项目226个。"
    "1—3月，市级重点项目累计完成投资402.8亿元，占年度计划的29.1%，超过时序进度4.1个百分点，比上年同期"
    "提高2.3个百分点。其中，省重点项目58个，年度计划投资512.3亿元，1—3月完成投资158.6亿元，完成率31.0%，"
    "高于全省平均水平2.4个百分点。计划新开工项目已开工137个，开工率60.6%。分县区看，杞县完成率最高，为34.6%，"
    "兰考县、城乡一体化示范区分别为33.8%、32.5%；鼓楼区、禹王台区完成率分别为21.7%、22.4%，"
    "低于时序进度，需加快推进。"
)

doc.add_heading("四、存在的问题", 1)
doc.add_paragraph(
    "一是部分项目要素保障滞后。本批开工项目中，尚有7个项目用地手续未办结，涉及用地约620亩；4个项目"
    "环评尚未批复。二是个别项目开工质量不高，有3个项目开工后未持续施工，现场仅有少量机械设备和施工人员。"
    "三是部分项目前期工作深度不够，入库项目中可研批复率仅为64.3%，储备项目接续不足。"
)

doc.add_heading("五、下步工作要求", 1)
doc.add_paragraph(
    "（一）抓好“双过半”。各县区要对照年度目标倒排工期，确保上半年市级重点项目完成投资达到年度计划的"
    "55%以上，计划新开工项目开工率达到85%以上。"
)
doc.add_paragraph(
    "（二）谋划二季度集中开工。二季度再组织一次集中开工活动，力争开工项目不少于90个、总投资不低于"
    "550亿元，其中亿元以上项目占比不低于70%。"
)
doc.add_paragraph(
    "（三）加快形成实物工作量。本批集中开工项目要在4月底前全部纳入统计，6月底前完成年度计划投资的"
    "40%以上。市重点项目办将按周调度开工项目进展，对推进不力的县区进行通报约谈。"
)
doc.add_paragraph(
    "（四）强化要素保障。对本批用地手续尚未办结的7个项目实行清单管理，由市自然资源和规划局牵头，"
    "4月15日前全部办结；环评尚未批复的项目由市生态环境局开辟绿色通道，限时完成审批。"
)
doc.add_paragraph("开封市重点项目建设工作领导小组办公室")
doc.add_paragraph("2025年4月3日")
doc.add_paragraph("（联系人：赵子航　联系电话：0371-23889516）")
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
