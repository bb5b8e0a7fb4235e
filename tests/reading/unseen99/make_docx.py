"""Builds 03_lianzhangzhi_tuijinhui_jiyao.docx: minutes of a chain-chief meeting on two industrial chains
(headings, paragraphs and one real Word table of tasks: 事项, 责任单位, 完成时限).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_lianzhangzhi_tuijinhui_jiyao.docx"
FIXED = datetime(2025, 6, 9, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "镇江市产业链链长制工作办公室"
props.last_modified_by = "镇江市产业链链长制工作办公室"
props.title = "镇江市重点产业链链长制工作推进会议纪要"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("镇江市重点产业链链长制工作推进会议纪要", 0)
doc.add_paragraph("〔2025〕第3期")
doc.add_paragraph("镇江市产业链链长制工作办公室　　　　2025年6月9日")
doc.add_paragraph(
    "6月6日下午，副市长、智能电气产业链链长周启航和副市长、航空航天产业链链长沈若岚在市行政中心共同主持召开"
    "重点产业链推进会，听取两条产业链1—5月运行情况汇报，现场协调企业反映的问题，研究部署下阶段工作。"
    "市工信局、市发展改革委、市自然资源和规划局、市人社局、市商务局、市地方金融管理局，扬中市、丹阳市、"
    "镇江经开区、镇江高新区有关负责同志，以及链上12家企业负责人参加会议。现将会议议定事项纪要如下。"
)

doc.add_heading("一、两条产业链运行情况", 1)
doc.add_paragraph(
    "（一）智能电气产业链。链上纳入台账管理的重点企业148家，其中规上企业112家、链主企业6家。1—5月，"
    "产业链实现营业收入486.3亿元，同比增长9.7%，占全市规上工业营业收入的21.4%。扬中市是产业链的主要承载地，"
    "实现营业收入271.6亿元，占全链的55.9%。链上在建重点项目23个，总投资218.6亿元，1—5月完成投资41.2亿元，"
    "完成年度计划的45.3%。链主企业江苏华屹电气股份有限公司营业收入63.8亿元，增长17.5%，新增海外订单9.6亿元。"
)
doc.add_paragraph(
    "（二）航空航天产业链。台账企业64家，其中规上企业41家、链主企业3家，镇江经开区集聚其中的38家，占59.4%。"
    "1—5月，产业链实现营业收入97.8亿元，增长14.2%，增速比一季度加快2.6个百分点。在建项目11个，总投资86.4亿元，"
    "1—5月完成投资16.9亿元。链主企业镇江翔宇航空复材科技有限公司复合材料结构件交付量增长约三成，"
    "研发投入占营业收入的比重达到6.8%。"
)
doc.add_paragraph(
    "两条产业链合计台账企业212家。会议认为，两条链总体运行良好，但链主企业带动配套的能力还不强，"
    "本地配套率偏低，智能电气产业链本地配套率约为42%，航空航天产业链不足25%。"
    "1—5月，两条链共实施技改项目57个，完成技改投资28.3亿元，增长21.6%，其中5月当月新增技改备案项目8个。"
)

doc.add_heading("二、企业反映问题的协调情况", 1)
doc.add_paragraph(
    "会前，链长制办公室共梳理两条产业链企业反映的问题26个，其中智能电气产业链17个、航空航天产业链9个；"
    "截至会前已办结17个，办结率65.4%。会上对尚未办结的问题逐一进行了协调："
)
doc.add_paragraph(
    "1.江苏华屹电气股份有限公司二期智能开关柜厂房即将投产，需要用电增容8000千伏安。市供电部门表示已完成方案审查，"
    "将压缩施工周期，确保按期接电。"
)
doc.add_paragraph(
    "2.镇江翔宇航空复材科技有限公司扩产后流动资金缺口约1.5亿元。市地方金融管理局已组织3家合作银行上门对接，"
    "初步确定授信1.2亿元，余下部分通过供应链金融解决。"
)
doc.add_paragraph(
    "3.扬中恒锐智能开关有限公司等企业反映技术工人紧缺，缺口近300人。会议明确由市人社局牵头，"
    "联合扬中市举办专场招聘，并在市高职院校开设订单班。"
)
doc.add_paragraph(
    "4.镇江高新区航空结构件精密加工项目用地指标不足，尚缺46亩。市自然资源和规划局同意在全市统筹调剂解决。"
)
doc.add_paragraph(
    "5.丹阳市启明航电科技有限公司申报省级专精特新企业需要市级推荐意见，市工信局当场答复纳入本批次推荐名单。"
)

doc.add_heading("三、议定事项", 1)
doc.add_paragraph(
    "（一）稳住全年目标。力争全年智能电气产业链营业收入突破1200亿元，航空航天产业链营业收入增长15%以上；"
    "年内两条链新招引亿元以上项目不少于20个。"
)
doc.add_paragraph(
    "（二）抓好问题闭环。尚未办结的9个问题实行台账销号，责任单位每周报送进展，6月底前全部办结。"
)
doc.add_paragraph(
    "（三）提升本地配套。由链主企业开列配套需求清单，市工信局每季度组织一次供需对接活动，"
    "力争年底智能电气产业链本地配套率提高到45%。"
)
doc.add_paragraph("会议确定的具体任务分工见下表。")

rows = [
    ("序号", "事项", "责任单位", "完成时限"),
    ("1", "协调华屹电气二期厂房用电增容8000千伏安", "市供电公司、扬中市", "2025年7月31日"),
    ("2", "组织合作银行为翔宇航空复材落实授信1.2亿元", "市地方金融管理局", "2025年6月30日"),
    ("3", "举办两条产业链专场招聘会，帮助企业招用技术工人300人以上", "市人社局、扬中市", "2025年7月15日"),
    ("4", "为航空结构件精密加工项目调剂用地指标46亩", "市自然资源和规划局、镇江高新区", "2025年8月31日"),
    ("5", "对未办结的9个问题逐项明确办结时限并跟踪销号", "市工信局", "2025年6月30日"),
    ("6", "编制智能电气产业链招商图谱，新增目标企业50家以上", "市商务局、市工信局", "2025年9月30日"),
    ("7", "推动链上企业新增省级专精特新企业10家", "市工信局、各辖市区", "2025年12月31日"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_paragraph("出席：周启航　沈若岚")
doc.add_paragraph("列席：市工信局、市发展改革委等部门和有关地区负责同志，链上企业负责人")
doc.add_paragraph(
    "分送：市委办公室、市政府办公室，各辖市区人民政府，镇江经开区、镇江高新区管委会，市各有关部门"
)
doc.add_paragraph("镇江市产业链链长制工作办公室　　2025年6月9日印发（共印40份）")

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
