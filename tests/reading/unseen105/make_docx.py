"""Builds 03_xiangmu_bao_lianxi.docx (headings, paragraphs and one real Word table, the project list).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 5, 9, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "运城市重点项目推进办公室"
props.last_modified_by = "运城市重点项目推进办公室"
props.title = "2025年市级领导包联重点项目推进情况（截至4月30日）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

section = doc.sections[0]
section.orientation = WD_ORIENT.LANDSCAPE
section.page_width, section.page_height = Mm(297), Mm(210)
section.left_margin = section.right_margin = Mm(18)

doc.add_heading("2025年市级领导包联重点项目推进情况", 0)
doc.add_paragraph("（截至4月30日）")
doc.add_paragraph("运城市重点项目推进办公室　　　　2025年5月9日")

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "按照市委、市政府安排，今年共确定市级领导包联重点项目48个，由14位市级领导分别包联，项目总投资1186.4亿元，"
    "年度计划投资296.8亿元。截至4月30日，包联项目已完成投资104.5亿元，占年度计划的35.2%，"
    "快于时序进度1.9个百分点；完成率较上年同期高2.7个百分点。一季度包联项目完成投资72.9亿元，完成率为24.6%；"
    "4月当月完成投资31.6亿元，比3月多完成5.2亿元，是今年以来完成投资最多的一个月。"
)
doc.add_paragraph(
    "从开工情况看，48个项目中续建项目29个，计划新开工项目19个。计划新开工项目已开工14个，开工率73.7%，"
    "比3月末提高15.8个百分点。从进度看，完成率超过时序进度的项目31个，落后于时序进度的17个，"
    "其中完成率低于20%的6个。"
)
doc.add_paragraph(
    "分领域看，工业项目26个，完成投资62.8亿元，完成率38.1%；能源项目7个，完成投资17.4亿元；"
    "交通水利项目8个，完成投资14.6亿元；社会民生项目7个，完成投资9.7亿元，完成率只有24.3%，进度最慢。"
    "分地区看，绛县包联项目完成率最高，为44.7%；平陆县最低，仅为16.2%。"
)

doc.add_heading("二、项目推进清单", 1)
doc.add_paragraph("产业类和基础设施类包联项目推进情况见下表（节选）。")
rows = [
    (
        "序号",
        "项目名称",
        "所在地",
        "包联市领导",
        "总投资（亿元）",
        "年度计划（亿元）",
        "1—4月完成（亿元）",
        "完成率（%）",
        "存在问题",
    ),
    ("1", "年产20万吨高性能铝合金板带项目", "运城经开区", "郭振林", "46.0", "12.0", "4.86", "40.5", "无"),
    (
        "2",
        "年产5万吨高纯镁及镁合金精深加工项目",
        "闻喜县",
        "贾文涛",
        "28.5",
        "8.0",
        "2.31",
        "28.9",
        "环评批复尚未取得",
    ),
    ("3", "焦化产能置换及焦炉煤气综合利用项目", "河津市", "贾文涛", "62.3", "15.0", "5.62", "37.5", "无"),
    (
        "4",
        "年产3万辆新能源商用车扩能项目",
        "运城空港经济开发区",
        "王晓岚",
        "35.0",
        "10.0",
        "3.94",
        "39.4",
        "配套供电线路尚未接入",
    ),
    (
        "5",
        "苹果冷链物流及果汁深加工产业园项目",
        "临猗县",
        "薛明远",
        "12.6",
        "4.5",
        "0.86",
        "19.1",
        "用地指标缺口约80亩",
    ),
    ("6", "生物医药产业园（二期）项目", "盐湖区", "王晓岚", "18.4", "6.0", "2.28", "38.0", "无"),
    ("7", "垣曲抽水蓄能电站项目", "垣曲县", "柴建军", "78.9", "11.0", "3.65", "33.2", "无"),
    (
        "8",
        "芮城50万千瓦风光储一体化项目",
        "芮城县",
        "柴建军",
        "24.7",
        "9.0",
        "1.58",
        "17.6",
        "升压站用地手续滞后",
    ),
    ("9", "年产2000台轨道交通牵引电机扩能项目", "永济市", "卫国华", "9.8", "3.5", "1.42", "40.6", "无"),
    ("10", "国道209线万荣至稷山段改线工程", "万荣县、稷山县", "卫国华", "21.6", "5.0", "1.86", "37.2", "无"),
    (
        "11",
        "新绛古城保护利用一期工程",
        "新绛县",
        "薛明远",
        "7.5",
        "2.4",
        "0.41",
        "17.1",
        "文物保护方案尚在审批",
    ),
    (
        "12",
        "市妇幼保健院新院区建设项目",
        "盐湖区",
        "郭振林",
        "11.2",
        "3.0",
        "0.53",
        "17.7",
        "施工图审查未完成，资金到位不足",
    ),
    ("13", "稷山县高标准农田及节水灌溉工程", "稷山县", "薛明远", "6.8", "3.2", "1.18", "36.9", "无"),
    (
        "14",
        "平陆县城区供水管网改造工程",
        "平陆县",
        "卫国华",
        "4.6",
        "2.0",
        "0.22",
        "11.0",
        "管材招标重新组织，开工推迟",
    ),
    (
        "15",
        "年产1000万平方米光伏玻璃深加工项目",
        "夏县",
        "贾文涛",
        "15.6",
        "5.0",
        "1.05",
        "21.0",
        "主要设备进场延后",
    ),
    ("16", "年产30万套汽车铝合金轮毂项目", "绛县", "王晓岚", "13.2", "4.0", "2.14", "53.5", "无"),
    ("", "以上合计", "", "", "396.7", "103.6", "33.91", "32.7", ""),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("三、包联调度情况", 1)
doc.add_paragraph(
    "1—4月，各位包联市领导共深入项目现场调度62次，召开专题协调会19场，协调解决问题87个，其中当场解决的59个，"
    "占67.8%；需市级层面协调的28个已全部交办，办结21个。表中所列项目的完成率为32.7%，略低于时序进度，"
    "平陆县城区供水管网改造工程完成率仅11.0%，是全部包联项目中最低的。"
)

doc.add_heading("四、需要协调解决的问题", 1)
doc.add_paragraph(
    "一是用地保障。临猗县苹果冷链物流及果汁深加工产业园项目用地指标缺口约80亩，芮城风光储一体化项目升压站"
    "用地手续滞后，需自然资源部门加快组卷报批。二是审批手续。年产5万吨高纯镁项目环评批复尚未取得，"
    "市妇幼保健院新院区施工图审查仍未完成。三是资金到位。有4个项目存在资金缺口，合计约9.6亿元，"
    "其中政府投资项目2个、缺口3.1亿元，需财政和金融部门协同帮助解决。"
)

doc.add_heading("五、下步安排", 1)
doc.add_paragraph(
    "5月底前，剩余5个计划新开工项目全部开工，开工率达到100%；6月底前，包联项目累计完成投资达到148.4亿元以上，"
    "完成年度计划的50%以上。对进度持续滞后的项目，由包联市领导现场调度，市政府督查室跟踪督办。"
    "同时做好项目储备，二季度力争新增包联储备项目不少于10个。"
)
doc.add_paragraph("联系人：畅晓东　电话：0359-2086417")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "03_xiangmu_bao_lianxi.docx").write_bytes(out.getvalue())
