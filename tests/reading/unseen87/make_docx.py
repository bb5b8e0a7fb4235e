"""Builds 02_zhaoshang_xiangmu_kuku.docx (headings, paragraphs and one real Word table of eight projects).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 4, 9, 9, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "玉溪市投资促进局"
props.last_modified_by = "玉溪市投资促进局"
props.title = "玉溪市招商引资项目库运行情况报告（2025年第一季度）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("玉溪市招商引资项目库运行情况报告", 0)
doc.add_paragraph("（2025年第一季度）")
doc.add_paragraph("玉投促报〔2025〕6号　　玉溪市投资促进局　　2025年4月9日")
doc.add_paragraph(
    "市委、市政府：按照招商项目入库、签约、开工、投产全流程跟踪的要求，市投资促进局对项目库一季度的变动逐项作了核对，"
    "有关情况报告如下。"
)

doc.add_heading("一、项目库总体情况", 1)
doc.add_paragraph(
    "截至3月31日，市招商引资项目库共有在库项目412个，计划总投资2386.5亿元，同比分别增长9.9%和12.8%。"
    "按推进阶段分，在谈项目176个、计划投资884.2亿元；签约待开工项目98个、612.7亿元；在建项目103个、701.3亿元；"
    "已投产项目35个、188.3亿元。计划投资亿元以上的项目268个，占在库项目的65.0%；10亿元以上项目52个，"
    "计划投资合计1362.8亿元，占在库总投资的57.1%。"
)

doc.add_heading("二、一季度项目流转", 1)
doc.add_paragraph(
    "一季度新入库项目67个、计划投资318.4亿元，比上年同期多入库12个；因投资方调整布局等原因出库项目9个。"
    "新签约项目41个，协议投资236.8亿元，增长18.6%；由签约转入开工的项目29个，由在建转为投产的项目11个。"
    "签约及以上阶段的项目占在库项目的57.3%，比上年末提高2.6个百分点。一季度全市引进省外到位资金128.6亿元，"
    "增长11.2%，完成年度目标任务520亿元的24.7%，落后时序进度0.3个百分点，到位资金总量居全省第4位。"
)

doc.add_heading("三、分产业情况", 1)
doc.add_paragraph(
    "新能源电池产业在库项目58个，计划投资726.4亿元，占在库总投资的30.4%，一季度新签约9个、协议投资97.5亿元；"
    "先进制造（含有色金属精深加工）项目41个、352.6亿元；文旅康养项目63个、498.3亿元；绿色食品项目96个、254.7亿元；"
    "生物医药和大健康项目47个、186.5亿元；现代物流、数字经济等其余项目107个、368.0亿元。"
    "文旅康养项目平均单体规模7.9亿元，绿色食品项目平均只有2.7亿元，小而散的问题较突出。"
)

doc.add_heading("四、分地区情况", 1)
doc.add_paragraph(
    "红塔区（含玉溪高新区、研和工业园区）在库项目118个，计划投资761.2亿元，项目个数和计划投资均居全市第一；"
    "澄江市、通海县、江川区分别有在库项目46个、41个、39个。易门县、新平县一季度新签约项目分别为6个、5个；"
    "峨山县、元江县一季度新入库项目均不足3个。"
)

doc.add_heading("五、重点项目推进", 1)
doc.add_paragraph("纳入市级重点调度的8个招商项目情况见下表。")
rows = [
    ("项目名称", "产业", "计划投资（亿元）", "状态", "责任单位"),
    ("年产10GWh储能电池及系统集成项目", "新能源电池", "56.0", "在建", "玉溪高新区管委会"),
    ("年产5万吨电池级磷酸铁项目", "新能源电池", "22.5", "签约", "易门县人民政府"),
    ("年产3万吨高性能电解铜箔项目", "先进制造", "31.4", "签约", "研和工业园区管委会"),
    ("抚仙湖北岸生态康养度假区项目", "文旅康养", "38.6", "在谈", "澄江市人民政府"),
    ("通海高原蔬菜冷链物流园项目", "绿色食品", "8.2", "在建", "通海县人民政府"),
    ("华宁柑橘精深加工项目（一期）", "绿色食品", "4.6", "投产", "华宁县人民政府"),
    ("元江芒果全产业链示范园项目", "绿色食品", "6.3", "在建", "元江县人民政府"),
    ("年产2000吨植物提取物项目", "生物医药和大健康", "3.8", "在谈", "峨山县人民政府"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("六、存在的问题", 1)
doc.add_paragraph(
    "一是在谈项目转化偏慢，洽谈超过6个月仍未签约的项目有37个，涉及计划投资211.4亿元。二是签约项目落地不快，"
    "签约满一年仍未开工的项目14个，其中用地尚未落实的9个。三是主导产业招商后劲不足，新能源电池产业一季度新签约"
    "协议投资同比下降8.4%。"
)

doc.add_heading("七、下步工作", 1)
doc.add_paragraph(
    "二季度力争新签约项目50个以上、协议投资不少于300亿元；确保上半年省外到位资金达到260亿元以上，完成年度目标的一半；"
    "全年在库项目保持在450个左右，新入库项目突破250个。"
)
doc.add_paragraph("联系人：周雨辰　电话：0877-2069418")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "02_zhaoshang_xiangmu_kuku.docx").write_bytes(out.getvalue())
