"""Builds 01_shuangguoban_tongbao.docx: a 州发改委 通报 on the first half of 2025 (headings, paragraphs
and one real Word table of the counties' key-project progress).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "01_shuangguoban_tongbao.docx"
FIXED = datetime(2025, 7, 16, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "恩施州发展和改革委员会"
props.last_modified_by = "恩施州发展和改革委员会"
props.title = "关于2025年上半年全州重点项目建设“双过半”情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("关于2025年上半年全州重点项目建设“双过半”情况的通报", 0)
doc.add_paragraph("恩州发改投资〔2025〕46号")
doc.add_paragraph("各县市人民政府，恩施高新区管委会，州直有关部门：")
doc.add_paragraph(
    "为压紧压实稳投资责任，州发展改革委会同州统计局，对全州省、州重点项目上半年的推进进度和主要经济指标的"
    "完成情况逐项进行了核查。现将有关情况通报如下。"
)

doc.add_heading("一、总体完成情况", 1)
doc.add_paragraph(
    "今年全州共安排省、州重点项目426个，年度计划投资680亿元。1—6月，426个项目累计完成投资355.64亿元，"
    "占年度计划的52.3%，快于时序进度2.3个百分点，完成率较上年同期高出1.8个百分点，如期实现“时间过半、任务过半”。"
    "其中，64个省级重点项目完成投资111.92亿元，完成年度计划的52.8%；362个州级重点项目完成投资243.72亿元，"
    "完成率52.1%。"
)
doc.add_paragraph(
    "开复工方面，年度计划新开工的158个项目中，上半年已开工126个，开工率79.7%；268个续建项目已全部复工。"
    "未开工的32个项目中，有14个仍卡在用地报批环节。"
)
doc.add_paragraph(
    "从投向看，产业项目完成投资168.27亿元，占全部完成投资的47.3%，比上年同期提高2.6个百分点；"
    "基础设施项目完成投资121.46亿元，社会民生项目完成投资65.91亿元。项目储备方面，截至6月底全州储备"
    "拟于下半年开工的项目96个，总投资412.8亿元，其中总投资10亿元以上的9个，为下半年投资增长提供了支撑。"
)

doc.add_heading("二、主要指标完成情况", 1)
doc.add_paragraph(
    "从州统计局反馈的快报数据看，上半年全州地区生产总值增长5.9%，低于年度预期目标0.6个百分点；"
    "规模以上工业增加值增长8.4%，高于年度目标0.4个百分点；全州固定资产投资增长6.8%，距年度目标还差1.2个百分点。"
    "社会消费品零售总额318.74亿元，增长5.4%，只完成年度目标660亿元的48.3%，未达到序时要求；"
    "地方一般公共预算收入41.26亿元，完成年度预算80亿元的51.6%。"
)
doc.add_paragraph(
    "招商引资方面，上半年全州新签约亿元以上项目146个，协议投资1086.5亿元；实际到位资金486.3亿元，"
    "完成年度目标的54.0%。新增规模以上工业企业64家，完成全年120家目标任务的53.3%。"
)

doc.add_heading("三、分县市（区）推进情况", 1)
doc.add_paragraph(
    "恩施市、利川市、建始县、巴东县、咸丰县、鹤峰县和恩施高新区等7个县市（区）重点项目完成率均超过时序进度，"
    "实现“双过半”。其中，恩施市、巴东县完成率分别为54.9%、54.8%，居全州第一、第二位。"
    "宣恩县、来凤县完成率分别为48.8%、48.6%，分别低于时序进度1.2个、1.4个百分点；州直部门牵头的项目"
    "完成率48.4%，低于时序进度1.6个百分点。恩施高新区计划新开工的12个项目已全部开工，开工率100%，"
    "在各县市（区）中率先实现计划新开工项目全部开工。州直项目中，交通项目完成投资21.36亿元、完成率46.3%，"
    "水利项目完成投资9.82亿元、完成率49.1%，拖了州直项目整体进度的后腿。各县市（区）完成情况见下表。"
)
rows = [
    ("单位", "年度计划投资（亿元）", "1—6月完成投资（亿元）", "完成率（%）", "与时序进度比（百分点）"),
    ("恩施市", "128.0", "70.31", "54.9", "+4.9"),
    ("利川市", "96.0", "51.55", "53.7", "+3.7"),
    ("建始县", "62.0", "31.99", "51.6", "+1.6"),
    ("巴东县", "70.0", "38.36", "54.8", "+4.8"),
    ("宣恩县", "48.0", "23.42", "48.8", "-1.2"),
    ("咸丰县", "52.0", "27.61", "53.1", "+3.1"),
    ("来凤县", "46.0", "22.36", "48.6", "-1.4"),
    ("鹤峰县", "40.0", "20.92", "52.3", "+2.3"),
    ("恩施高新区", "38.0", "20.71", "54.5", "+4.5"),
    ("州直项目", "100.0", "48.41", "48.4", "-1.6"),
    ("全州合计", "680.0", "355.64", "52.3", "+2.3"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph("注：时序进度按50%计算。")

doc.add_heading("四、存在的问题", 1)
doc.add_paragraph(
    "一是开工进度不均衡。宣恩县、来凤县计划新开工项目的开工率均不足70%，部分项目前期工作深度不够，"
    "迟迟不能落地。二是要素保障仍有短板。全州仍有14个项目用地报批未完成，涉及用地约1860亩；"
    "另有11个项目存在资金缺口，合计超过9亿元。三是部分指标与年度目标差距较大，社会消费品零售总额、"
    "固定资产投资增速低于预期，下半年追赶压力不小。四是入库纳统不及时，已开工项目中有9个尚未纳入投资统计。"
)

doc.add_heading("五、下步工作要求", 1)
doc.add_paragraph(
    "各县市（区）要对照年度目标倒排工期、挂图作战，确保三季度末重点项目完成年度计划的75%以上、"
    "开工率达到90%以上，力争全年完成投资700亿元以上。7月底前，尚未开工的32个项目要逐一明确开工时间，"
    "已开工未纳统的项目要全部完成入库。对完成率连续两个月低于时序进度的县市（区），由州稳增长工作专班"
    "进行约谈。"
)
doc.add_paragraph(
    "请各县市（区）于7月25日前将下半年重点项目推进计划和问题清单报州发展改革委投资科，"
    "州发展改革委将在8月上旬组织开展现场督导。"
)
doc.add_paragraph("恩施州发展和改革委员会")
doc.add_paragraph("2025年7月16日")
doc.add_paragraph("（联系人：向晓彤　电话：0718-8226413）")

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
