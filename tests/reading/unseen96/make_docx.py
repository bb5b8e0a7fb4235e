"""Builds 03_shuangguoban_huigu.docx: the 湘潭市重点项目推进领导小组办公室 bulletin on key projects in 1—11月
2024 (headings, paragraphs, one real Word table of the 省重点产业项目, the 问题交办 list).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_shuangguoban_huigu.docx"
FIXED = datetime(2024, 12, 10, 16, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "湘潭市重点建设项目推进领导小组办公室"
props.last_modified_by = "市重点办"
props.title = "湘潭市2024年1—11月重点建设项目推进情况通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 3

doc.add_heading("湘潭市重点建设项目推进情况通报", 0)
doc.add_paragraph("（2024年1—11月）")
doc.add_paragraph("潭重点办〔2024〕27号　　湘潭市重点建设项目推进领导小组办公室　　2024年12月10日")
doc.add_paragraph("各县市区人民政府，各园区管委会，市直有关单位：")
doc.add_paragraph(
    "今年以来，全市上下深入开展“项目建设攻坚年”活动，6月底全市重点项目投资完成率达到52.6%，提前实现"
    "“双过半”。进入四季度，各地各部门持续加压冲刺，重点项目建设总体进展顺利。现将1—11月推进情况通报如下。"
)

doc.add_heading("一、总体推进情况", 1)
doc.add_paragraph(
    "2024年，全市列入市级重点建设项目计划的共320个（含省重点项目28个），项目总投资合计2865.7亿元，当年安排投资650.0亿元。"
    "1—11月，全市重点项目累计完成投资623.85亿元，完成年度计划的96.0%，超过时序进度（91.7%）4.3个百分点，"
    "比上年同期提高2.1个百分点；完成率比1—10月提高9.0个百分点，其中11月当月完成投资58.36亿元。"
)
doc.add_paragraph(
    "分领域看，产业项目186个，完成投资351.2亿元，占全部完成投资的56.3%；基础设施项目82个，完成投资168.4亿元；"
    "社会民生项目52个，完成投资104.25亿元。开工投产方面，年度计划新开工项目118个，已开工109个，开工率92.4%；"
    "计划竣工投产项目64个，已竣工投产51个，竣工率79.7%。"
)

doc.add_heading("二、省重点项目推进情况", 1)
doc.add_paragraph(
    "全市28个省重点项目年度计划投资186.4亿元，1—11月完成投资178.62亿元，完成率95.8%，超过时序进度"
    "4.1个百分点，完成率在全省14个市州中排第5位。28个项目中，完成率超过时序进度的19个，低于时序进度的9个；"
    "年产10万吨磷酸锰铁锂正极材料项目受二期用地征拆影响，完成率仅为78.0%，落后时序进度13.7个百分点。"
    "省重点产业项目推进情况见表1。"
)
doc.add_paragraph("表1　2024年省重点产业项目推进情况（截至11月底）")
rows = [
    ("项目名称", "总投资（亿元）", "年度计划（亿元）", "1—11月完成（亿元）", "完成率（%）"),
    ("年产20GWh动力电池项目（一期）", "56.0", "18.0", "17.46", "97.0"),
    ("湘潭高新区风电装备智能制造基地项目", "32.5", "12.0", "11.52", "96.0"),
    ("年产10万吨磷酸锰铁锂正极材料项目", "28.6", "10.5", "8.19", "78.0"),
    ("湘潭综合保税区跨境电商产业园项目", "12.8", "5.2", "5.07", "97.5"),
    ("韶山红色文旅融合发展示范项目", "18.4", "6.0", "5.82", "97.0"),
    ("昭山示范区数字经济产业园项目", "15.2", "4.8", "4.04", "84.2"),
    ("湘潭县天易食品产业园项目", "9.6", "3.6", "3.51", "97.5"),
    ("雨湖区智能装备制造产业园项目", "11.3", "4.2", "4.37", "104.0"),
    ("岳塘区先进储能材料产业园项目", "14.5", "5.5", "5.12", "93.1"),
    ("小计", "198.9", "69.8", "65.10", "93.3"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("三、各县市区、园区推进情况", 1)
doc.add_paragraph(
    "从完成率看，湘潭经开区完成年度计划的101.2%，居全市第一，已提前完成全年任务；湘潭高新区、雨湖区分别为"
    "98.6%、97.3%；湘潭县95.6%，岳塘区95.2%，湘乡市94.1%，湘潭综合保税区93.8%。昭山示范区、韶山市完成率"
    "分别为89.4%、90.1%，分别落后时序进度2.3、1.6个百分点，需加快追赶。"
)

doc.add_heading("四、问题交办", 1)
doc.add_paragraph(
    "截至11月底，前期交办的43个问题已办结35个，办结率81.4%，尚有8个问题未办结，已转入下期继续跟踪。"
    "结合11月现场督导情况，本期新交办问题4个："
)
doc.add_paragraph(
    "1.年产10万吨磷酸锰铁锂正极材料项目：二期约86亩用地征拆未完成，涉及拆迁户17户，影响厂房主体施工。"
    "责任单位：湘乡市人民政府、市自然资源和规划局。完成时限：12月25日前。"
)
doc.add_paragraph(
    "2.昭山示范区数字经济产业园项目：110千伏专用变电站接入工程滞后，影响项目年底投运。"
    "责任单位：国网湘潭供电公司、昭山示范区管委会。完成时限：12月31日前。"
)
doc.add_paragraph(
    "3.湘潭综合保税区跨境电商产业园项目：二期仓储用房施工许可尚未办结，剩余0.13亿元年度计划投资难以形成"
    "实物工作量。责任单位：市住房城乡建设局、湘潭综合保税区管委会。完成时限：12月20日前。"
)
doc.add_paragraph(
    "4.岳塘区先进储能材料产业园项目：项目建设资金缺口约3.2亿元，银行项目贷款审批尚未完成。"
    "责任单位：岳塘区人民政府、市委金融办。完成时限：12月30日前。"
)

doc.add_heading("五、下步工作", 1)
doc.add_paragraph(
    "12月全市重点项目需完成投资26.15亿元以上，各地各部门要对照年度计划倒排工期，确保全年完成投资650亿元、"
    "年度计划完成率达到100%；尚未开工的9个项目力争12月底前全部开工。市重点办将于12月中旬对完成率低于时序进度"
    "的县市区、园区开展专项督查，督查结果纳入年度绩效考核。"
)
doc.add_paragraph("湘潭市重点建设项目推进领导小组办公室")
doc.add_paragraph("2024年12月10日")
doc.add_paragraph("抄送：市委办，市人大办，市政府办，市政协办，市发展改革委、市统计局。")
doc.add_paragraph("联系人：黎建华　联系电话：0731-58289106")

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
