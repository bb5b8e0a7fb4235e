"""Builds 04_sange_yipi_huodong.docx: a report on the city's fourth-quarter "三个一批" investment event
(headings, paragraphs and one real Word table of ten projects).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2023, 12, 18, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "晋中市商务局"
props.last_modified_by = "晋中市商务局"
props.title = "关于全市第四季度招商引资“三个一批”活动情况的报告"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("关于全市第四季度招商引资“三个一批”活动情况的报告", 0)
doc.add_paragraph("市商务报〔2023〕57号　　晋中市商务局　　2023年12月18日")
doc.add_paragraph("市委、市政府：")
doc.add_paragraph(
    "12月12日，全市第四季度招商引资“三个一批”活动在介休市举行，市主会场与各县（区、市）、开发区分会场"
    "同步进行，集中签约一批、开工一批、投产一批项目，国内外客商和企业代表260余人参加。现将活动有关情况报告如下。"
)

doc.add_heading("一、总体情况", 1)
doc.add_paragraph(
    "本季度活动共签约项目86个，总投资612.4亿元；开工项目74个，总投资438.2亿元；投产项目52个，总投资"
    "215.6亿元。三类项目合计212个，总投资1266.2亿元。与第三季度相比，签约项目增加12个，签约总投资增加"
    "95.3亿元；开工项目总投资比上年同期增长18.6%。"
)
doc.add_paragraph(
    "从项目质量看，签约项目中总投资10亿元以上的项目19个，合计398.5亿元，占签约总投资的65.1%；制造业项目"
    "52个，占签约项目的60.5%，其中新能源、新材料项目23个。签约外资项目3个，合同外资1.2亿美元。"
    "昔阳县签约的年产20万吨可降解材料项目总投资52.0亿元，是本季度单体规模最大的签约项目。投产项目中"
    "工业项目38个，全部达产后预计年新增产值126亿元，新增就业岗位4800个。"
)
doc.add_paragraph(
    "从全年看，四个季度的“三个一批”活动累计签约项目318个、总投资2105.3亿元，开工项目276个、总投资"
    "1563.8亿元，投产项目189个、总投资806.4亿元。截至11月底，前三季度签约的232个项目中已开工141个，"
    "开工率60.8%。1—11月，全市招商引资实际到位资金486.3亿元，完成年度目标任务525亿元的92.6%，"
    "居全省第2位；全市省市重点工程累计完成投资571.8亿元，招商项目的支撑作用持续增强。"
)

doc.add_heading("二、分县（区、市）情况", 1)
doc.add_paragraph(
    "签约方面，榆次区、晋中开发区、介休市签约项目分别为14个、13个、11个，签约总投资分别为98.6亿元、"
    "126.3亿元、72.4亿元，晋中开发区签约总投资居全市第一。开工方面，太谷区、山西农谷开工项目均为8个，"
    "以农产品精深加工和农机装备为主；榆次区开工项目总投资41.7亿元，居全市第二。投产方面，灵石县、平遥县"
    "投产项目分别为7个、6个。榆社县、和顺县本季度签约项目均不足3个，招商工作需进一步加力。"
)

doc.add_heading("三、部分重点项目", 1)
doc.add_paragraph("本季度集中签约、开工、投产的部分重点项目见下表。")
rows = [
    ("序号", "项目名称", "类别", "所在地", "总投资（亿元）", "主要建设内容"),
    ("1", "年产20万吨可降解材料项目", "签约", "昔阳县", "52.0", "可降解塑料聚合及改性生产线"),
    ("2", "新能源汽车零部件产业园项目", "签约", "晋中开发区", "35.6", "电驱系统、热管理部件生产基地"),
    ("3", "年产5万吨锂电池负极材料项目", "签约", "介休市", "28.4", "人造石墨负极材料生产线"),
    ("4", "古城文旅综合体项目", "签约", "平遥县", "18.7", "非遗展演、特色民宿和文创街区"),
    ("5", "功能食品产业园项目", "开工", "山西农谷", "12.5", "杂粮功能食品研发中心和生产车间"),
    ("6", "年产3000台智能农机装备项目", "开工", "太谷区", "8.6", "播种、植保和收获机械生产线"),
    ("7", "智慧物流港项目", "开工", "榆次区", "15.2", "冷链仓储、分拨中心和信息平台"),
    ("8", "年产1.5万吨高端铸件项目", "投产", "灵石县", "6.8", "铸造和机加工生产线"),
    ("9", "200兆瓦风电项目", "投产", "寿阳县", "14.3", "风电机组及升压站"),
    ("10", "年产15万吨焦炉煤气制LNG项目", "投产", "介休市", "9.6", "焦炉煤气净化和液化装置"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、主要做法", 1)
doc.add_paragraph(
    "（一）坚持链式招商。围绕特色专业镇和重点产业链，市县两级组建产业链招商小分队32支，本季度外出招商"
    "146批次，接待客商来访213批次，新对接项目线索95条。"
)
doc.add_paragraph(
    "（二）强化要素保障。对签约项目提前开展区域评估，推行“拿地即开工”，本季度有9个项目实现拿地即开工，"
    "开工项目从签约到开工平均用时4.5个月，比上季度缩短1.2个月。"
)
doc.add_paragraph(
    "（三）做优全程服务。落实“项目管家”制度，每个签约项目明确县级包联领导和项目管家，手续办理"
    "由管家全程代办，企业不跑腿或少跑腿。"
)

doc.add_heading("五、存在的问题", 1)
doc.add_paragraph(
    "一是签约项目落地偏慢。前三季度签约项目中仍有91个未开工，其中签约超过6个月的48个，主要受用地指标、"
    "能耗指标和企业资金等因素制约。二是项目结构还不够优。本季度签约项目中总投资1亿元以下的项目14个，"
    "链主型、龙头型项目偏少。三是县域之间不平衡，部分县招商工作仍停留在“等客上门”。"
)

doc.add_heading("六、下步打算", 1)
doc.add_paragraph(
    "一是抓好签约项目转化，对未开工项目实行“一项目一专班”，力争年底前再开工15个以上。二是确保全年实际到位"
    "资金突破530亿元，超额完成年度目标任务。三是提前谋划2024年一季度“三个一批”活动，力争签约项目总投资"
    "不低于500亿元、开工项目不少于60个。"
)
doc.add_paragraph("联系人：冯振宇　电话：0354-3350628")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "04_sange_yipi_huodong.docx").write_bytes(out.getvalue())
