"""Builds 01_nianzhong_zongjie_fagaiwei.docx: the 市发改委's year-end work summary for 2024 (headings,
paragraphs, a numbered list and one real Word table of the key projects by level).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "01_nianzhong_zongjie_fagaiwei.docx"
FIXED = datetime(2025, 1, 10, 9, 30, 0)
TITLE = "齐齐哈尔市发展和改革委员会2024年工作总结和2025年工作安排"

doc = Document()
props = doc.core_properties
props.author = "齐齐哈尔市发展和改革委员会"
props.last_modified_by = "齐齐哈尔市发展和改革委员会"
props.title = TITLE
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading(TITLE, 0)
doc.add_paragraph("齐发改呈〔2025〕2号　　齐齐哈尔市发展和改革委员会　　2025年1月10日")
doc.add_paragraph(
    "市委、市政府：2024年，市发改委把项目建设作为稳增长的主抓手，盯紧开复工、投资完成、资金争取和前期储备几个环节，"
    "全年工作任务总体完成较好。现将一年来的工作和明年的打算报告如下。"
)

doc.add_heading("一、2024年工作完成情况", 1)
doc.add_heading("（一）重点项目建设", 2)
doc.add_paragraph(
    "全年全市纳入市级调度的重点项目共326个，项目总投资1846.3亿元，当年安排投资计划512.6亿元。"
    "分级别看，省重点项目68个，年度计划投资186.4亿元；市重点项目258个，年度计划投资326.2亿元。"
    "到年底，重点项目开复工319个，开复工率为97.9%；全年完成投资538.9亿元，为年度计划的105.1%，"
    "同比增长11.4%。其中，省重点项目完成投资197.3亿元，完成率105.8%，投资额比上年增长12.6%，"
    "增速在全省排第3位；市重点项目完成投资341.6亿元，完成率104.7%。全年竣工或部分竣工的项目有104个。"
    "受重点项目带动，全市固定资产投资增长6.8%，高于全省3.4个百分点，增速列全省第4位；"
    "其中工业投资增长15.2%，占全部投资的比重升至31.6%。"
)
doc.add_paragraph(
    "分地区看，龙江县、富拉尔基区重点项目完成投资分别为48.6亿元和45.2亿元，居各县（市、区）前两位；"
    "齐齐哈尔高新区完成投资39.8亿元，增长21.7%。梅里斯达斡尔族区、克东县重点项目完成率均不足100%，"
    "主要是个别项目因设备到货推迟而滞后。"
)
doc.add_paragraph("表1　2024年重点项目分级别完成情况")
rows = [
    ("级别", "项目数（个）", "年度计划投资（亿元）", "完成投资（亿元）", "完成率（%）"),
    ("省重点项目", "68", "186.4", "197.3", "105.8"),
    ("市重点项目", "258", "326.2", "341.6", "104.7"),
    ("合计", "326", "512.6", "538.9", "105.1"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("（二）“双过半”目标", 2)
doc.add_paragraph(
    "6月末，全市重点项目开复工率达到91.4%，投资完成率达到53.2%，如期实现“双过半”，这已是我市连续第三年过线。"
    "回看前两年，2022年6月末开复工率、投资完成率分别为86.7%和50.6%，2023年6月末分别为89.5%和51.8%。"
    "与上年同期相比，今年两项指标分别提高1.9个和1.4个百分点，是三年来最好的一次。"
)

doc.add_heading("（三）集中开工", 2)
doc.add_paragraph(
    "全年共组织集中开工活动3批次。4月16日春季集中开工，开工项目86个，总投资212.5亿元；"
    "6月20日第二批集中开工项目62个，总投资148.7亿元；9月12日第三批集中开工项目39个，总投资96.4亿元。"
    "三批合计开工187个项目，总投资457.6亿元，其中总投资10亿元以上的项目14个，"
    "比上年集中开工的同类项目少2个。"
)

doc.add_heading("（四）争取上级资金", 2)
doc.add_paragraph(
    "全年争取中央预算内投资18.67亿元，支持项目97个，资金额比上年增长14.3%，居全省第2位；"
    "单看四季度，新争取4.12亿元、支持项目23个。争取新增地方政府专项债券额度56.8亿元，支持项目73个，"
    "其中用作项目资本金的6.2亿元，占10.9%；12月又有一批额度9.3亿元下达我市，已全部分配到具体项目。"
    "争取超长期特别国债资金12.4亿元，支持项目28个。三项合计87.87亿元，比上年多争取15.6亿元。"
)

doc.add_heading("（五）项目谋划储备", 2)
doc.add_paragraph(
    "截至12月末，市项目储备库有在库项目612个，总投资2318.5亿元，其中投资亿元以上的项目403个。"
    "12月，委里组织对各地报送的储备项目进行集中审核，新入库项目47个、总投资163.2亿元，"
    "同时把前期工作长期停滞的18个项目移出库外。"
)

doc.add_heading("（六）审批服务", 2)
doc.add_paragraph(
    "依托投资项目在线审批监管平台，全年办理审批、核准、备案事项2186件，平均用时压缩至2.5个工作日，"
    "比上年缩短1个工作日；对重点项目实行容缺受理112件，帮助项目提前开工平均约40天。"
)

doc.add_heading("二、存在的主要问题", 1)
for item in [
    "1．接续项目偏少。总投资10亿元以上的新开工项目比上年减少5个，大项目“等米下锅”的情况在部分县区仍然存在。",
    "2．要素保障偏紧。年底仍有7个重点项目因用地、林地或环评手续未办结而未能开工。",
    "3．民间投资信心不足。全年民间投资下降2.7%，在全部投资中所占比重不足四成。",
]:
    doc.add_paragraph(item)

doc.add_heading("三、2025年工作安排", 1)
doc.add_paragraph(
    "2025年，全市计划安排重点项目350个以上，年度计划投资560亿元，其中省重点项目力争达到75个；"
    "固定资产投资力争增长8%左右。争取中央预算内投资20亿元以上，新增专项债券额度不低于60亿元。"
    "一季度末，重点项目前期手续办结比例要达到60%；4月中旬组织春季集中开工，开工项目不少于80个；"
    "上半年继续实现重点项目开复工率、投资完成率“双过半”；全年储备库在库项目保持在650个左右。"
)
doc.add_paragraph("联系人：刘景川　电话：0452-2418637")

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
