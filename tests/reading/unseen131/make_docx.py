"""Builds 01_jingji_yunxing_fenxi.docx: the 市统计局 analysis of the first three quarters, with headings,
paragraphs and one real Word table of the ten counties and districts.

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 10, 21, 15, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "徐州市统计局"
props.last_modified_by = "徐州市统计局综合处"
props.title = "前三季度全市经济运行情况分析"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("前三季度全市经济运行情况分析", 0)
doc.add_paragraph("徐州市统计局　　统计分析第27期　　2025年10月21日")
doc.add_paragraph(
    "今年以来，面对外部需求收缩和市场预期偏弱的双重压力，全市坚持稳中求进，抓项目、稳工业、促消费，"
    "主要指标逐季回升，经济运行呈现稳中有进、进中提质的特点。"
)

doc.add_heading("一、经济总量逐季回升", 1)
doc.add_paragraph(
    "据地区生产总值统一核算，前三季度全市地区生产总值达到7126.48亿元，按可比价计算比上年同期增长6.1%，"
    "增速较上半年加快0.2个百分点，高于全省0.4个百分点，居全省第3位。从累计走势看，一季度、上半年全市地区生产总值"
    "分别为2261.37亿元、4662.05亿元，一季度、上半年、前三季度分别增长5.8%、5.9%、6.1%，回升态势明显。"
    "分产业看，第一、二、三产业增加值分别为468.92亿元、2873.15亿元、3784.41亿元，分别增长3.4%、6.9%、5.8%。"
    "服务业支撑作用增强，第三产业增加值占地区生产总值的比重为53.1%，比上年同期提高0.6个百分点。"
)

doc.add_heading("二、工业生产稳中加快", 1)
doc.add_paragraph(
    "全市规模以上工业增加值同比增长7.8%，高于全省0.9个百分点，增速居全省第2位。9月当月增长8.4%，"
    "比8月加快1.1个百分点。分门类看，制造业增加值增长8.5%，电力、热力、燃气及水生产和供应业增长3.7%。"
    "工程机械、新能源、集成电路与ICT、生物医药与大健康等主导产业产值增长11.3%，占规上工业总产值的比重达到46.2%。"
    "主要产品中，挖掘机产量增长24.6%，太阳能电池产量下降8.9%。"
)

doc.add_heading("三、投资结构继续优化", 1)
doc.add_paragraph(
    "全市固定资产投资同比增长3.2%，在全省下降1.9%的情况下保持正增长，高于全省5.1个百分点。其中，工业投资"
    "增长9.6%，在全部投资中的比重达42.7%；工业技改投资增长14.2%；基础设施投资增长2.5%；房地产开发投资下降11.8%。"
    "360个市重点项目累计完成投资1324.5亿元，年度计划完成率81.8%，快于时序进度6.8个百分点。"
)

doc.add_heading("四、消费市场温和回暖", 1)
doc.add_paragraph(
    "社会消费品零售总额实现2985.63亿元，同比增长4.9%，增速比上半年提高0.5个百分点，居全省第4位。限额以上单位中，"
    "汽车类零售额增长6.7%，其中新能源汽车零售额增长38.2%；家电类和通讯器材类商品零售额分别增长21.4%、17.6%。"
)

doc.add_heading("五、外贸外资较快增长", 1)
doc.add_paragraph(
    "外贸进出口总值1078.4亿元，同比增长12.6%；出口、进口分别为812.5亿元、265.9亿元，分别增长14.1%、8.2%。"
    "实际使用外资12.86亿美元，增长6.4%。"
)

doc.add_heading("六、财政收入和金融信贷", 1)
doc.add_paragraph(
    "一般公共预算收入完成486.37亿元，同比增长3.6%；税收收入376.14亿元，税收占比77.3%，较上年同期提高1.2个百分点。"
    "9月末，金融机构人民币和外币存款余额12468.3亿元，同比增长8.1%；贷款余额11932.6亿元，同比增长9.4%，"
    "较年初增加782.5亿元。"
)

doc.add_heading("七、居民收入稳步增加", 1)
doc.add_paragraph(
    "全市居民人均可支配收入35826元，同比增长5.3%。分城乡看，城镇居民人均可支配收入44712元，同比增长4.8%，"
    "农村居民为24368元，增长6.1%，农村居民收入增速快于城镇居民1.3个百分点。居民消费价格指数同比上涨0.3%。"
)

doc.add_heading("八、县区和园区", 1)
doc.add_paragraph(
    "分县区看，铜山区地区生产总值1236.58亿元，总量居全市第一，占全市的17.4%；邳州市、沛县总量分别为1008.35亿元、"
    "862.47亿元。增速方面，贾汪区、睢宁县、沛县分别增长7.2%、6.9%、6.6%，分别居全市第1、2、3位；增速高于全市"
    "平均水平的县区有6个。功能区方面，徐州经开区、徐州高新区、淮海国际陆港规上工业总产值分别增长9.8%、12.4%、"
    "15.1%。各县区地区生产总值见下表。"
)
doc.add_paragraph("表1　2025年前三季度各县区地区生产总值")
rows = [
    ("县区", "地区生产总值（亿元）", "比上年同期增长（%）", "增速排位"),
    ("鼓楼区", "420.33", "4.7", "10"),
    ("云龙区", "668.21", "5.5", "8"),
    ("贾汪区", "318.76", "7.2", "1"),
    ("泉山区", "721.64", "5.1", "9"),
    ("铜山区", "1236.58", "6.2", "6"),
    ("丰县", "571.83", "5.9", "7"),
    ("沛县", "862.47", "6.6", "3"),
    ("睢宁县", "612.39", "6.9", "2"),
    ("新沂市", "705.92", "6.4", "4"),
    ("邳州市", "1008.35", "6.3", "5"),
    ("全市", "7126.48", "6.1", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph("注：各县区地区生产总值为统一核算数，相加等于全市总量；增速按不变价格计算。")

doc.add_heading("九、几点判断", 1)
doc.add_paragraph(
    "从先行指标看，9月全市工业用电量增长7.3%，新签约亿元以上项目持续增加，四季度经济有望保持回升势头。"
    "综合测算，预计全年规上工业增加值增长7.5%以上。下阶段，要紧盯全年地区生产总值增长6%左右的预期目标，"
    "确保全年固定资产投资增长3%以上，力争社会消费品零售总额增长5%。"
)
doc.add_paragraph("执笔：陈思远　　审核：刘嘉禾　　联系电话：0516-83735218")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "01_jingji_yunxing_fenxi.docx").write_bytes(out.getvalue())
