"""Builds 02_zhongdian_xiangmu_jidu_tongbao.docx: headings, paragraphs and one real Word table of the
county (district) progress of the key projects, with a 合计 row.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_jidu_tongbao.docx"
FIXED = datetime(2025, 10, 15, 9, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "延安市重点项目建设领导小组办公室"
props.last_modified_by = "延安市重点项目建设领导小组办公室"
props.title = "关于2025年三季度全市重点项目建设情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph("延安市重点项目建设领导小组办公室")
doc.add_heading("关于2025年三季度全市重点项目建设情况的通报", 0)
doc.add_paragraph("延重项办发〔2025〕19号")
doc.add_paragraph("各县（市、区）人民政府，延安高新区、延安新区管委会，市级有关部门：")
doc.add_paragraph(
    "为压实项目建设责任，市重点项目建设领导小组办公室会同市发展改革委、市统计局，对全市省市重点项目"
    "三季度推进情况进行了逐项核查。现将有关情况通报如下。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "今年全市共安排省市重点项目168个，其中省重点项目42个、市重点项目126个，总投资3265.8亿元，"
    "年度计划投资612.5亿元。1—9月，全市重点项目累计完成投资486.3亿元，完成年度计划的79.4%，"
    "高于时序进度（75%）4.4个百分点，比上年同期提高2.6个百分点；完成投资同比增长6.8%。"
    "三季度受汛期持续强降雨影响，当季完成投资167.4亿元，比二季度少完成38.9亿元；"
    "年度计划完成率由上半年末的52.1%提高到79.4%。"
)
doc.add_paragraph(
    "分级别看，42个省重点项目完成投资221.6亿元，完成年度计划268.4亿元的82.6%；"
    "126个市重点项目完成投资264.7亿元，完成率76.9%，高于时序进度1.9个百分点。"
    "分类别看，产业类项目93个，完成投资287.4亿元，占全部完成投资的59.1%；基础设施类项目41个，"
    "完成投资128.5亿元；社会民生类项目34个，完成投资70.4亿元。"
)

doc.add_heading("二、开工竣工情况", 1)
doc.add_paragraph(
    "年初确定的57个计划新开工项目中，1—9月已开工49个，开工率86.0%，比上半年末提高15.8个百分点，"
    "其中三季度新开工9个。38个计划年内竣工项目中，已竣工投用17个，竣工率44.7%，三季度新竣工6个。"
    "吴起县、黄陵县计划新开工项目已全部开工，开工率均为100%。"
)

doc.add_heading("三、各县（市、区）推进情况", 1)
doc.add_paragraph(
    "从完成率看，15个县（市、区）和园区中有9个超过时序进度，6个低于时序进度。黄陵县以86.0%的完成率"
    "排名第一，吴起县、洛川县分列第二、第三位；黄龙县、子长市、宜川县完成率均不足70%，"
    "分列第13、14、15位。"
    "市直部门牵头的12个跨区域项目完成年度计划的80.7%。具体情况见下表。"
)
doc.add_paragraph("表1　2025年1—9月各县（市、区）重点项目推进情况")
rows = [
    (
        "序号",
        "县（市、区）",
        "项目个数",
        "年度计划投资（亿元）",
        "1—9月完成投资（亿元）",
        "完成率（%）",
        "排名",
    ),
    ("1", "宝塔区", "24", "98.6", "80.3", "81.4", "5"),
    ("2", "安塞区", "11", "36.2", "29.8", "82.3", "4"),
    ("3", "延长县", "8", "22.4", "16.3", "72.8", "10"),
    ("4", "延川县", "9", "18.7", "13.2", "70.6", "12"),
    ("5", "志丹县", "10", "34.5", "27.1", "78.6", "8"),
    ("6", "吴起县", "12", "41.8", "35.6", "85.2", "2"),
    ("7", "甘泉县", "7", "15.3", "11.0", "71.9", "11"),
    ("8", "富县", "9", "28.6", "23.2", "81.1", "6"),
    ("9", "洛川县", "13", "33.9", "28.5", "84.1", "3"),
    ("10", "宜川县", "8", "17.2", "11.4", "66.3", "15"),
    ("11", "黄龙县", "6", "12.5", "8.7", "69.6", "13"),
    ("12", "黄陵县", "11", "39.4", "33.9", "86.0", "1"),
    ("13", "子长市", "9", "26.3", "18.1", "68.8", "14"),
    ("14", "延安新区", "10", "52.7", "40.6", "77.0", "9"),
    ("15", "延安高新区", "9", "38.9", "31.5", "81.0", "7"),
    ("16", "市直部门", "12", "95.5", "77.1", "80.7", "—"),
    ("", "合计", "168", "612.5", "486.3", "79.4", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、滞后项目情况", 1)
doc.add_paragraph(
    "截至9月底，全市仍有23个重点项目完成率低于时序进度20个百分点以上，涉及年度计划投资47.6亿元。"
    "其中进度明显滞后的项目如下："
)
doc.add_paragraph(
    "（一）宜川县壶口景区游客服务中心提升项目。年度计划投资3.2亿元，完成1.1亿元，完成率34.4%。"
    "主要原因是方案调整后施工图审查延后。责任单位：宜川县人民政府、市文化和旅游局。"
)
doc.add_paragraph(
    "（二）子长市北沟120万吨/年矿井改扩建项目。年度计划投资4.6亿元，完成1.9亿元，完成率41.3%。"
    "受安全整改影响，井下工程一度停工。责任单位：子长市人民政府、市能源局。"
)
doc.add_paragraph(
    "（三）黄龙县城区集中供热管网改造项目。年度计划投资1.8亿元，完成0.6亿元，完成率33.3%。"
    "管网路由涉及的征迁尚未完成。责任单位：黄龙县人民政府、市住房和城乡建设局。"
)
doc.add_paragraph(
    "（四）延川县红枣精深加工产业园项目（年加工鲜枣3万吨）。年度计划投资2.6亿元，完成1.0亿元，"
    "完成率38.5%。设备采购招标多次流标。责任单位：延川县人民政府、市农业农村局。"
)

doc.add_heading("五、下步要求", 1)
doc.add_paragraph(
    "四季度是完成全年任务的冲刺期。各县（市、区）和市级责任部门要对照年度计划倒排工期，"
    "确保四季度完成投资126.2亿元以上，全年完成年度计划投资；目前尚未开工的8个项目力争在11月底前全部开工，"
    "全年竣工投用项目达到30个以上。对上述滞后项目实行“一月一督办”，市重点办将在11月上旬"
    "组织第二轮现场督查，督查结果纳入年度目标责任考核。"
)
doc.add_paragraph("延安市重点项目建设领导小组办公室")
doc.add_paragraph("2025年10月15日")
doc.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。")
doc.add_paragraph("联系人：韩立峰　电话：0911-2136854　　（共印45份）")

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
