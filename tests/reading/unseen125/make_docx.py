"""Builds 02_shuangguoban_tongbao.docx: the 市重点项目建设领导小组办公室 notice on the half-year
“双过半” of the key projects, with headings, paragraphs and one real Word table of the 县区（管委会）.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_shuangguoban_tongbao.docx"
FIXED = datetime(2025, 7, 10, 16, 30, 0)
OFFICE = "莆田市重点项目建设领导小组办公室"

doc = Document()
props = doc.core_properties
props.author = OFFICE
props.last_modified_by = OFFICE
props.title = "关于2025年上半年重点项目“双过半”情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph(OFFICE)
doc.add_heading("关于2025年上半年重点项目“双过半”情况的通报", 0)
doc.add_paragraph("莆重点办〔2025〕17号")
doc.add_paragraph("各县（区）人民政府、管委会，市直有关单位：")
doc.add_paragraph(
    "今年以来，各地各部门坚持以项目论英雄，围绕“项目攻坚提速年”的部署，压实包保责任，强化要素保障，"
    "重点项目建设总体进展顺利。现将上半年市重点项目推进情况通报如下。"
)

doc.add_heading("一、总体情况", 1)
doc.add_paragraph(
    "2025年全市共安排市重点项目386个，总投资3862.5亿元，年度计划投资726.8亿元；其中省重点项目68个，"
    "年度计划投资286.4亿元。1—6月，市重点项目累计完成投资418.63亿元，同比增长6.4%，完成年度计划的57.6%，"
    "超时序进度7.6个百分点，完成率较上年同期高2.1个百分点，实现“时间过半、任务过半”。省重点项目完成投资"
    "171.27亿元，完成率59.8%，超时序进度9.8个百分点，完成率居全省第3位。分季度看，一季度完成投资"
    "186.41亿元，二季度完成232.22亿元，二季度比一季度多完成45.81亿元；6月当月完成投资92.36亿元，"
    "为年内单月最高。"
)

doc.add_heading("二、开工和竣工", 1)
doc.add_paragraph(
    "年度计划新开工项目112个，1—6月已开工78个，开工率69.6%，新开工项目总投资412.6亿元；其中二季度新开工"
    "49个，比一季度多20个。竣工（含部分竣工）项目23个，完成年度竣工计划60个的38.3%，仍需加快。"
)

doc.add_heading("三、分县区（管委会）情况", 1)
doc.add_paragraph(
    "从县区（管委会）看，北岸开发区、秀屿区、莆田高新区完成率分别为62.6%、61.3%、60.9%，分列全市第一、"
    "第二、第三位；湄洲岛完成率49.4%，低于时序进度0.6个百分点，是唯一未过半的地区。各县区（管委会）"
    "进度见下表（市直单位负责的项目单列，不参加排名）。"
)
rows = [
    ("县区（管委会）", "项目数（个）", "年度计划（亿元）", "1—6月完成（亿元）", "完成率（%）", "排名"),
    ("城厢区", "52", "96.4", "56.83", "59.0", "4"),
    ("涵江区", "61", "118.7", "66.12", "55.7", "5"),
    ("荔城区", "48", "88.3", "47.36", "53.6", "7"),
    ("秀屿区", "55", "121.6", "74.58", "61.3", "2"),
    ("仙游县", "73", "132.5", "72.41", "54.6", "6"),
    ("北岸开发区", "34", "78.2", "48.93", "62.6", "1"),
    ("湄洲岛", "18", "26.4", "13.05", "49.4", "8"),
    ("莆田高新区", "21", "32.6", "19.86", "60.9", "3"),
    ("市直单位", "24", "32.1", "19.49", "60.7", "—"),
    ("合计", "386", "726.8", "418.63", "57.6", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、分领域情况", 1)
doc.add_paragraph(
    "产业项目214个，完成投资243.18亿元，占全部完成投资的58.1%；基础设施项目96个，完成投资112.46亿元；"
    "社会民生项目76个，完成投资62.99亿元。产业项目中，鞋业、工艺美术、食品等传统产业提升项目完成投资"
    "增长9.3%，新材料、电子信息项目完成投资增长14.8%。"
)

doc.add_heading("五、要素保障", 1)
doc.add_paragraph(
    "上半年共为重点项目争取地方政府专项债券资金46.8亿元，比上年同期多8.2亿元；协调银行新增项目贷款"
    "128.5亿元；保障项目用地1.26万亩，其中新增建设用地0.87万亩。市领导挂钩的42个重大项目累计召开现场"
    "协调会36场，协调解决问题157个，已办结144个，办结率91.7%。"
)

doc.add_heading("六、进度滞后项目", 1)
doc.add_paragraph(
    "截至6月底，全市仍有31个项目完成率低于30%，其中14个项目尚未开工。以下6个项目进度明显滞后，"
    "请责任单位倒排工期、加快推进："
)
for line in [
    "1.年产1200万双智能鞋材生产基地项目（涵江区），年度计划投资6.5亿元，完成31.2%；",
    "2.仙作红木家具文化产业园（二期）项目（仙游县），年度计划投资4.8亿元，完成28.6%；",
    "3.妈祖文化研学营地项目（湄洲岛管委会），年度计划投资3.2亿元，完成22.4%；",
    "4.黄石冷链物流中心项目（荔城区），年度计划投资5.6亿元，完成35.7%；",
    "5.笏石片区城市更新项目（秀屿区），年度计划投资7.2亿元，完成26.9%；",
    "6.年产30万吨精细化工新材料项目（北岸开发区），年度计划投资9.4亿元，完成33.0%。",
]:
    doc.add_paragraph(line)

doc.add_heading("七、下步工作要求", 1)
doc.add_paragraph(
    "各地要对照年度目标，逐月盯紧投资进度，力争1—9月完成年度计划投资的78%以上、全年完成投资750亿元以上；"
    "确保尚未开工的34个计划新开工项目9月底前全部开工，剩余37个年度竣工项目年底前建成；对完成率低于30%的"
    "31个项目实行挂图作战，一月一调度、一季一通报。市重点办将在三季度组织现场督导，督导结果纳入"
    "年度考评。"
)
doc.add_paragraph("本通报数据来源于莆田市重点项目管理平台，统计截至2025年6月30日。")
doc.add_paragraph(f"{OFFICE}　　2025年7月10日")
doc.add_paragraph("（联系人：黄志远　联系电话：0594-2283167）")
doc.add_paragraph("抄送：市委办、市人大办、市政府办、市政协办。　　共印45份")

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
