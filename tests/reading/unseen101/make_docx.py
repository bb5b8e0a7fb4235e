"""Builds 04_sanjidu_jizhong_kaigong.docx (headings, paragraphs and one real Word table of the thirteen
县市区 and 开发区) with python-docx, under the project's interpreter:

    /work/main/.venv/bin/python <this folder>/make_docx.py

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "04_sanjidu_jizhong_kaigong.docx"
FIXED = datetime(2025, 7, 9, 15, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "渭南市发展和改革委员会"
props.last_modified_by = "渭南市发展和改革委员会"
props.title = "关于全市2025年第三季度重点项目集中开工活动有关情况的报告"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph("渭南市发展和改革委员会")
doc.add_paragraph("渭发改投资〔2025〕142号")
doc.add_heading("关于全市2025年第三季度重点项目集中开工活动有关情况的报告", 0)
doc.add_paragraph("市委、市政府：")
doc.add_paragraph(
    "为抢抓三季度施工黄金期，以项目建设的加速度稳住全年投资基本盘，7月3日，全市2025年第三季度重点项目"
    "集中开工活动在渭南高新区主会场举行，各县市区和渭南经开区同步设立12个分会场，参加活动的企业代表和干部群众约1500人。"
    "现将有关情况报告如下。"
)

doc.add_heading("一、总体情况", 1)
doc.add_paragraph(
    "本次集中开工项目168个，总投资612.4亿元，年度计划投资186.3亿元，平均单个项目总投资3.65亿元。"
    "与上年三季度集中开工相比，项目个数多12个，总投资增长18.7%。从项目规模看，总投资亿元以上的项目121个，"
    "占开工项目总数的72.0%；10亿元以上的项目14个，总投资256.8亿元，占本次开工项目总投资的41.9%。"
    "开工项目中列入省市重点项目的有52个，集中开工后全市省市重点项目新开工率提高到94.5%。"
)

doc.add_heading("二、项目结构", 1)
doc.add_paragraph(
    "分类型看，产业项目104个，总投资398.6亿元，占总投资的65.1%；基础设施项目36个，总投资126.5亿元；"
    "社会民生项目28个，总投资87.3亿元。产业项目中，先进制造业项目46个、能源化工项目21个、农产品加工项目19个、"
    "现代服务业项目18个。新能源、新材料和增材制造等新兴产业项目31个，总投资173.2亿元，比上年三季度集中开工增长34.6%。"
    "从建设周期看，当年开工、当年投产的项目27个，预计年内可新增产值约58亿元。"
    "从投资主体看，民间投资项目97个，总投资286.7亿元，占46.8%，民间资本参与重大项目建设的积极性有所回升。"
)

doc.add_heading("三、分县市区情况", 1)
doc.add_paragraph(
    "各县市区、开发区开工项目情况见下表。渭南高新区开工项目个数和总投资均居全市第一；韩城市总投资74.9亿元，"
    "居全市第二；潼关县开工项目7个，总投资不足20亿元，项目储备偏少的问题需要重视。"
)
rows = [
    ("县市区（开发区）", "开工项目（个）", "总投资（亿元）", "年度计划投资（亿元）"),
    ("临渭区", "18", "58.6", "17.9"),
    ("华州区", "11", "32.4", "10.2"),
    ("潼关县", "7", "18.3", "5.6"),
    ("大荔县", "14", "41.7", "13.5"),
    ("合阳县", "10", "27.9", "8.4"),
    ("澄城县", "11", "36.2", "10.8"),
    ("蒲城县", "15", "62.8", "18.6"),
    ("白水县", "8", "21.5", "6.7"),
    ("富平县", "17", "68.4", "20.3"),
    ("韩城市", "13", "74.9", "21.6"),
    ("华阴市", "9", "24.6", "7.8"),
    ("渭南高新区", "20", "98.5", "30.2"),
    ("渭南经开区", "15", "46.6", "14.7"),
    ("合计", "168", "612.4", "186.3"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、重点开工项目", 1)
for text in [
    "（一）渭南高新区年产3000台工业级增材制造装备项目，总投资28.6亿元，今年计划投资6.2亿元，"
    "全部建成后预计年产值45亿元，将进一步补齐本地增材制造装备整机环节。",
    "（二）韩城市年产5万吨镁合金精深加工项目，总投资15.3亿元，主要生产汽车轻量化零部件。",
    "（三）蒲城县300兆瓦农光互补光伏发电项目，总投资12.8亿元，建成后年均发电量约4.2亿千瓦时。",
    "（四）渭南经开区年产20万套新能源汽车热管理系统项目，总投资11.2亿元，由长三角一家零部件企业投资建设。",
    "（五）富平县羊乳制品精深加工项目，总投资9.6亿元，设计年处理鲜羊奶10万吨。",
    "（六）大荔县沙苑农产品冷链物流园项目，总投资6.9亿元，新建冷库库容8万吨。",
]:
    doc.add_paragraph(text)

doc.add_heading("五、上半年重点项目建设情况", 1)
doc.add_paragraph(
    "今年全市共安排省市重点项目412个，年度计划投资912.5亿元。上半年累计完成投资512.8亿元，年度计划已完成56.2%，"
    "快于时序进度6.2个百分点，完成比例较上年同期高3.1个百分点。其中，省级重点项目58个，年度计划投资323.5亿元，"
    "上半年完成投资198.6亿元，完成率61.4%。计划新开工的236个项目中，上半年已开工171个，开工率72.5%。"
)

doc.add_heading("六、存在的问题", 1)
doc.add_paragraph(
    "一是要素保障压力较大，集中开工项目中仍有23个项目用地手续未全部办结，涉及土地约3200亩。"
    "二是资金落实有短板，资本金到位率低于30%的项目有9个。三是个别县市区开工项目以续建和小体量项目为主，"
    "新开工的产业项目不多，对全年投资的支撑作用有限。"
)

doc.add_heading("七、下步工作", 1)
doc.add_paragraph(
    "一是建立集中开工项目周调度机制，确保7月底前全部进场施工。二是力争三季度全市省市重点项目完成投资280亿元以上，"
    "前三季度累计完成年度计划的85%以上。三是提前谋划第四季度集中开工活动，计划开工项目不少于150个。"
    "四是确保全年完成年度计划，力争省市重点项目完成投资突破950亿元。"
    "五是对开工后连续两个月没有形成实物工作量的项目，按程序调出省市重点项目名单。"
)
doc.add_paragraph("渭南市发展和改革委员会")
doc.add_paragraph("2025年7月9日")
doc.add_paragraph("（联系人：投资科　吴晓峰　电话：0913-2087346）")

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
