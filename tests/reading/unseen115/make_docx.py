"""Builds 02_zhongdian_xiangmu_sanjidu.docx: a project office's quarterly circular (headings, numbered
paragraphs, and one real Word table of the nine county-level areas and function zones).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_sanjidu.docx"
FIXED = datetime(2024, 10, 12, 9, 30, 0)
OFFICE = "扬州市重大项目建设推进办公室"

doc = Document()
props = doc.core_properties
props.author = OFFICE
props.last_modified_by = OFFICE
props.title = "关于2024年三季度全市重大项目推进情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("关于2024年三季度全市重大项目推进情况的通报", 0)
doc.add_paragraph("扬重大办〔2024〕27号")
doc.add_paragraph("各县（市、区）人民政府，市各功能区管委会，市各有关部门：")
doc.add_paragraph(
    "今年以来，各地各部门坚持“项目为王”，以重大项目建设的实绩稳投资、扩增量、优结构。根据全市重大项目"
    "建设协调推进机制要求，市重大项目办会同市发展改革委、市统计局对三季度全市重大项目推进情况进行了"
    "调度核实，现将有关情况通报如下。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "（一）省重大项目。今年我市列入省重大项目52个，其中实施类项目47个、储备类项目5个，实施类项目年度计划"
    "投资318.6亿元。1—9月，省重大项目累计完成投资262.4亿元，完成率82.4%，超过时序进度（75%）7.4个百分点，"
    "完成率居全省第5位。47个实施类项目中已开工44个，开工率93.6%。"
)
doc.add_paragraph(
    "（二）市重大产业项目。全市共安排市重大产业项目216个，年度计划投资862.0亿元。1—9月累计完成投资"
    "684.7亿元，完成率79.4%，超过时序进度4.4个百分点，比上年同期提高2.3个百分点。其中，新建项目128个，"
    "已开工117个，开工率91.4%；续建项目88个；累计竣工投产项目43个。三季度当季完成投资236.5亿元，"
    "比二季度多完成18.2亿元。"
)
doc.add_paragraph(
    "分类别看，先进制造业项目163个，完成投资548.2亿元，占全部完成投资的80.1%；现代服务业项目41个，"
    "完成投资112.6亿元；现代农业项目12个，完成投资23.9亿元。总投资10亿元以上的项目58个，完成投资"
    "412.3亿元，占比60.2%，对全市重大项目投资的支撑作用明显。"
)
doc.add_paragraph(
    "一批牵引性强的产业项目加快建设。江都区年产120艘绿色智能船舶项目主体工程完工，1—9月完成投资14.6亿元；"
    "扬州高新区年产2GWh储能电池项目一期已于8月投产，二期设备安装完成约六成；生态科技新城数字经济产业园项目"
    "完成年度计划的92.3%，高于全市平均12.9个百分点。"
)

doc.add_heading("二、三季度集中开工情况", 1)
doc.add_paragraph(
    "9月12日，全市2024年第三批重大项目集中开工活动举行，主会场设在仪征市，各县（市、区）和功能区同步"
    "设立分会场。本批集中开工项目38个，总投资246.8亿元，其中产业项目33个、总投资218.5亿元，产业项目"
    "投资占比88.5%；总投资10亿元以上的项目9个，单体规模最大的年产30万套新能源汽车电驱动总成项目总投资"
    "42亿元。今年以来，全市已组织三批次集中开工，累计开工项目112个，总投资683.4亿元。"
)

doc.add_heading("三、各地推进情况", 1)
doc.add_paragraph(
    "从各县（市、区）和功能区看，生态科技新城完成率85.1%，居全市第一；江都区、扬州经开区完成率分别为"
    "83.6%、82.4%，居第二、第三位。9个地区中，有8个完成率超过时序进度；宝应县完成率73.4%，低于时序进度"
    "1.6个百分点，列末位。各地具体情况见附表。"
)

doc.add_heading("四、存在的问题", 1)
doc.add_paragraph(
    "一是部分新建项目开工滞后。全市仍有11个新建项目未开工，其中受用地指标制约的5个、环评能评手续未批复的"
    "4个、资金未落实的2个。二是个别地区和项目进度偏慢。宝应县完成率低于时序进度；全市完成率低于60%的项目"
    "有19个，涉及年度计划投资86.3亿元，其中完成率不足30%的项目有6个。三是项目储备接续不足。四季度拟开工"
    "项目中，总投资20亿元以上的仅3个，大项目、好项目储备偏少。"
)

doc.add_heading("五、下一步工作要求", 1)
doc.add_paragraph(
    "（一）全力冲刺四季度。各地要对照年度目标倒排进度、挂图作战，确保全年市重大产业项目年度计划完成率"
    "达到100%以上；力争省重大项目全年完成投资超过335亿元，完成率达到105%以上。据各地排定的四季度计划"
    "测算，预计全年市重大产业项目完成投资可达880亿元左右。"
)
doc.add_paragraph(
    "（二）抓好新开工和储备项目。对11个未开工新建项目实行清单化管理，一项目一专班，力争11月底前全部开工；"
    "四季度力争再集中开工项目30个以上、总投资不低于200亿元。"
)
doc.add_paragraph(
    "（三）强化要素保障。市自然资源和规划局、市生态环境局等部门要对重大项目用地、环评审批开辟绿色通道，"
    "对手续齐全的项目，审批时限压缩至5个工作日以内。"
)
doc.add_paragraph(
    "（四）严格督查通报。市重大项目办将按月通报各地推进情况，对连续两个月完成率低于时序进度的地区，"
    "提请市政府进行约谈。"
)
doc.add_paragraph(OFFICE)
doc.add_paragraph("2024年10月12日")
doc.add_paragraph("（联系人：陈思远　电话：0514-87298416）")

doc.add_paragraph("附表　2024年1—9月各地市重大产业项目推进情况")
rows = [
    ("地区", "项目数（个）", "年度计划（亿元）", "1—9月完成（亿元）", "完成率（%）", "排名"),
    ("广陵区", "22", "86.4", "67.2", "77.8", "6"),
    ("邗江区", "30", "128.5", "104.6", "81.4", "4"),
    ("江都区", "34", "142.3", "118.9", "83.6", "2"),
    ("宝应县", "24", "84.6", "62.1", "73.4", "9"),
    ("仪征市", "28", "118.7", "90.8", "76.5", "7"),
    ("高邮市", "25", "92.4", "70.3", "76.1", "8"),
    ("扬州经开区", "20", "98.6", "81.2", "82.4", "3"),
    ("扬州高新区", "18", "64.8", "50.7", "78.2", "5"),
    ("生态科技新城", "15", "45.7", "38.9", "85.1", "1"),
    ("合计", "216", "862.0", "684.7", "79.4", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

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
