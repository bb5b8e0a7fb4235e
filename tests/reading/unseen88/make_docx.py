"""Builds 02_zhongdian_xiangmu_diaodu.docx (headings, paragraphs and two real Word tables of projects,
one of provincial and one of city key projects).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_diaodu.docx"
FIXED = datetime(2025, 11, 6, 9, 30, 0)
HEADER = (
    "项目名称",
    "建设内容",
    "总投资（亿元）",
    "年度计划投资（亿元）",
    "1—10月完成（亿元）",
    "完成率（%）",
    "责任单位",
)

PROVINCIAL = [
    (
        "年产8GWh储能电池项目",
        "新建电芯、模组及PACK生产线，建筑面积26万平方米",
        "58.0",
        "18.0",
        "16.2",
        "90.0",
        "临沂高新区管委会",
    ),
    (
        "年产120万吨高端不锈钢冷轧项目",
        "建设冷轧生产线及配套公辅设施",
        "45.6",
        "15.0",
        "13.8",
        "92.0",
        "临港经济开发区管委会",
    ),
    (
        "年产60万立方米功能性人造板项目",
        "建设连续平压生产线3条",
        "22.4",
        "8.0",
        "7.1",
        "88.8",
        "费县人民政府",
    ),
    (
        "兰陵县蔬菜冷链物流及精深加工产业园项目",
        "建设冷库及精深加工车间，冷藏能力15万吨",
        "16.5",
        "6.0",
        "5.8",
        "96.7",
        "兰陵县人民政府",
    ),
    (
        "智能工程机械关键零部件产业园项目",
        "建设液压件、传动件生产车间",
        "31.2",
        "10.5",
        "8.3",
        "79.0",
        "临沂经济技术开发区管委会",
    ),
]
CITY_LEVEL = [
    (
        "临沂商城国际数字物流港项目",
        "建设智能分拨中心及仓储设施18万平方米",
        "26.8",
        "9.0",
        "8.1",
        "90.0",
        "兰山区人民政府",
    ),
    (
        "年产5万吨高性能铝合金型材项目",
        "建设熔铸、挤压生产线",
        "12.6",
        "5.0",
        "3.6",
        "72.0",
        "河东区人民政府",
    ),
    (
        "年产2万吨高性能钕铁硼磁材项目",
        "建设磁材生产车间及研发中心",
        "9.8",
        "4.2",
        "3.9",
        "92.9",
        "罗庄区人民政府",
    ),
    (
        "沂南县电动车整车及核心零部件产业园项目",
        "建设整车总装、电机电控生产线",
        "15.3",
        "6.5",
        "5.1",
        "78.5",
        "沂南县人民政府",
    ),
    (
        "蒙阴蜜桃精深加工及冷链仓储项目",
        "建设果汁、罐头生产线和冷库",
        "6.2",
        "3.0",
        "2.7",
        "90.0",
        "蒙阴县人民政府",
    ),
]


def add_table(doc, rows):
    table = doc.add_table(rows=len(rows) + 1, cols=len(HEADER))
    table.style = "Table Grid"
    for i, row in enumerate([HEADER, *rows]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text


doc = Document()
props = doc.core_properties
props.author = "临沂市重点项目推进办公室"
props.last_modified_by = "临沂市重点项目推进办公室"
props.title = "全市重点项目建设调度通报（2025年第10期）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("全市重点项目建设调度通报", 0)
doc.add_paragraph("（2025年第10期）")
doc.add_paragraph("临沂市重点项目推进办公室　　　　临重项办〔2025〕23号　　　　2025年11月6日")
doc.add_paragraph(
    "各县区人民政府（开发区管委会），市直有关部门：根据各县区报送和现场核查情况，现将截至10月31日"
    "全市省市重点项目建设进展通报如下。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "2025年，全市共安排省、市重点项目634个，概算总投资6162.4亿元，当年计划完成投资1856.0亿元。1—10月累计完成投资"
    "1598.2亿元，占年度计划的86.1%，超过时序进度2.8个百分点，比1—9月提高8.9个百分点。已开工项目607个，"
    "开工率95.7%；已竣工或部分投产项目93个。"
)

doc.add_heading("二、分层级推进情况", 1)
doc.add_paragraph(
    "（一）省重点项目。全市列入省重点的项目108个，概算总投资2316.8亿元，今年计划投资712.4亿元。1—10月完成投资"
    "638.7亿元，完成率89.7%，超时序进度6.4个百分点，完成率居全省第6位。已开工106个，开工率98.1%，"
    "其余2个项目正在办理施工许可。"
)
doc.add_paragraph(
    "（二）市重点项目。市重点项目526个，概算总投资3845.6亿元，今年计划投资1143.6亿元。1—10月完成投资959.5亿元，"
    "完成率83.9%，仅超时序进度0.6个百分点；已开工501个，开工率95.2%。其中，工业项目318个，完成投资602.4亿元，"
    "占市重点项目完成投资的62.8%。"
)

doc.add_heading("三、对照时序进度情况", 1)
doc.add_paragraph(
    "按10月末83.3%的时序进度对照，完成率达到或超过时序进度的项目472个，占74.4%；低于时序进度的项目162个，"
    "其中完成率低于60%的项目23个，需作为督导重点。"
)

doc.add_heading("四、分县区完成情况", 1)
doc.add_paragraph(
    "分县区（开发区）看，兰陵县、临沂临港经济开发区、费县完成率分别为95.3%、93.6%、92.1%，分别居全市第一、"
    "第二、第三位；兰山区、临沂高新区完成投资总量居前，分别完成236.4亿元、158.7亿元。沂南县、河东区、平邑县"
    "完成率分别为81.2%、80.6%、78.9%，均低于时序进度，其中平邑县落后时序进度4.4个百分点，排名全市末位。"
)

doc.add_heading("五、第四季度集中开工", 1)
doc.add_paragraph(
    "10月28日，全市2025年第四季度重点项目集中开工活动在临沂经济技术开发区主会场举行，各县区（开发区）设分会场"
    "同步开工。本批次集中开工项目96个，总投资528.3亿元，其中10亿元以上项目14个，总投资236.5亿元；工业项目"
    "61个，占63.5%；外资项目5个，合同外资1.86亿美元。今年各批次集中开工项目累计达到358个，总投资1972.6亿元。"
)

doc.add_heading("六、重点项目进展", 1)
doc.add_paragraph("表1　省重点项目进展情况（部分）")
add_table(doc, PROVINCIAL)
doc.add_paragraph("表2　市重点项目进展情况（部分）")
add_table(doc, CITY_LEVEL)

doc.add_heading("七、存在的问题", 1)
doc.add_paragraph(
    "一是部分项目进度滞后，完成率低于60%的项目仍有23个，主要集中在沂南县、平邑县。二是要素保障仍有缺口，"
    "14个项目用地手续尚未办结，涉及用地约1860亩；资金到位率不足50%的项目9个。三是部分已开工项目入库纳统滞后，"
    "尚有11个项目未纳入固定资产投资统计。"
)

doc.add_heading("八、下步工作", 1)
doc.add_paragraph(
    "一是冲刺年度目标。力争年底前省重点项目完成年度计划投资的105%以上，市重点项目完成100%以上，"
    "全年省市重点项目完成投资突破1900亿元。二是抓好未开工项目，确保未开工的27个项目11月底前全部开工。"
    "三是加强调度督导，对低于时序进度的项目实行周调度、周通报。四是提前谋划明年项目，年底前储备2026年"
    "省市重点项目700个以上、总投资不少于7000亿元。"
)
doc.add_paragraph("联系人：孙晓婷　电话：0539-8716420")

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
