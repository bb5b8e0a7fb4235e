"""Builds 01_zhengfu_gongzuo_baogao_zhaiyao.docx (headings, paragraphs and a bulleted list of 2025 tasks).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "01_zhengfu_gongzuo_baogao_zhaiyao.docx"
FIXED = datetime(2025, 1, 12, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "龙岩市人民政府办公室"
props.last_modified_by = "龙岩市人民政府办公室"
props.title = "龙岩市人民政府工作报告（摘要）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("龙岩市人民政府工作报告（摘要）", 0)
doc.add_paragraph("——2025年1月9日在龙岩市第六届人民代表大会第五次会议上")
doc.add_paragraph("龙岩市人民政府市长　陈永嘉")
doc.add_paragraph("各位代表：")
doc.add_paragraph(
    "受市人民政府委托，现将政府工作情况向大会作报告，请各位代表审议，也请政协委员和列席人员提出宝贵意见。以下为报告摘要。"
)

doc.add_heading("一、2024年工作回顾", 1)
doc.add_paragraph(
    "刚刚过去的一年，外部需求起伏不定，铜、金等有色金属价格大起大落，一些传统行业订单收缩。"
    "全市上下咬定目标不放松，抓工业、扩投资、促消费、惠民生，经济运行好于年初预期。经初步核算，"
    "全年实现地区生产总值3418.75亿元，同比增长5.7%，增幅比全省高0.2个百分点，居全省第三位；规模以上工业增加值增长8.1%，"
    "增速居全省第二；全社会固定资产投资比上年增长4.2%；社会消费品零售总额升至1286.40亿元、同比增长5.3%；"
    "外贸进出口实现412.7亿元，增长9.4%；一般公共预算总收入291.6亿元、地方一般公共预算收入158.3亿元，分别增长2.8%、3.6%；"
    "城镇居民和农村居民的人均可支配收入依次为50862元和27316元，增幅依次为4.6%和6.7%。"
)
doc.add_heading("（一）工业底盘更加厚实", 2)
doc.add_paragraph(
    "有色金属产业产值突破1200亿元，新材料、新能源两个产业产值分别增长18.6%、26.3%，机械装备产业产值达到486.2亿元。"
    "新增规模以上工业企业138家，年末规上工业企业达到1526家；新认定高新技术企业167家，高新技术企业总数达到742家，"
    "比上年末净增81家。全年完成工业技改投资216.4亿元，增长12.8%。龙岩高新区规上工业产值增长11.5%，"
    "在全省省级以上开发区综合发展水平考评中排名第9位；龙岩经开区全年新落地亿元以上项目17个。"
)
doc.add_heading("（二）项目投资持续发力", 2)
doc.add_paragraph(
    "全年312个省市重点项目共完成投资783.5亿元，占年度投资计划的118.6%，其中产业项目完成投资462.3亿元，占59.0%；"
    "新开工项目96个，竣工投产项目58个。"
    "通过超长期特别国债、中央预算内投资等渠道争取上级资金46.8亿元，较上年增加9.3亿元。"
    "招商引资方面，全年签约项目341个、总投资1926.3亿元，其中50亿元以上的项目6个。"
)
doc.add_heading("（三）开放活力不断增强", 2)
doc.add_paragraph(
    "外贸出口298.35亿元，增长12.1%，对共建“一带一路”国家出口增长17.4%。实际使用外资4.86亿元。"
    "龙岩陆地港全年完成集装箱吞吐量12.6万标箱，增长15.3%；铁海联运班列开行632列，增长近两成。"
    "文旅消费持续升温，全年接待游客5862.4万人次、实现旅游收入628.3亿元，分别增长9.6%、11.2%。"
)
doc.add_heading("（四）城乡面貌加快改善", 2)
doc.add_paragraph(
    "年末常住人口城镇化率为64.8%，较上年末上升0.9个百分点。改造城镇老旧小区146个，惠及居民1.9万余户；"
    "新改建农村公路386公里。粮食产量达到52.84万吨、增产1.3%；建成高标准农田6.2万亩。"
    "全市空气质量优良天数比例98.9%，继续位居全省前列。"
)
doc.add_heading("（五）民生福祉持续增进", 2)
doc.add_paragraph(
    "用于民生的支出占到一般公共预算支出的79.2%。全年城镇新增就业3.12万人，调查失业率始终低于5.5%；"
    "新建和改扩建中小学、幼儿园25所，增加学位1.2万余个；基本医疗保险参保率稳定在95%以上。"
)
doc.add_paragraph(
    "把时间拉长来看，近五年全市发展迈上了新台阶：地区生产总值由2019年的2678.30亿元增加到3418.75亿元，"
    "年均增长5.0%；五年累计完成固定资产投资1.08万亿元；规上工业企业由2019年末的1082家增加到1526家；"
    "城乡居民人均可支配收入年均分别增长5.8%、7.6%。"
)
doc.add_paragraph(
    "同时也要清醒看到，民间投资连续两年下降，2024年降幅为1.9%；财政收支矛盾突出，市本级刚性支出占比接近九成；"
    "有色金属产业占规上工业产值的比重超过四分之一，结构偏重的问题依然存在。"
)

doc.add_heading("二、2025年发展目标和重点工作", 1)
doc.add_paragraph(
    "今年是“十四五”规划收官之年。统筹考虑发展基础和支撑条件，今年全市经济社会发展的主要预期目标建议如下："
    "地区生产总值增长6%左右，规上工业增加值增长7%以上，全社会固定资产投资增长5%左右，"
    "社会消费品零售总额增长6%，地方一般公共预算收入增长3%左右，城乡居民收入增速跟经济增速大体同步，"
    "城镇新增就业不少于3万人、调查失业率控制在5.5%左右，居民消费价格涨幅控制在3%左右，"
    "粮食产量不低于52万吨，节能降耗完成省定目标。"
)
doc.add_paragraph("围绕上述目标，重点抓好以下几件事：")
for item in [
    "力争有色金属产业产值达到1300亿元，全年新增规上工业企业100家以上；",
    "实施省市重点项目320个以上，确保全年完成投资800亿元以上；",
    "新签约招商项目不少于350个，其中50亿元以上项目5个以上；",
    "预计今年投产的新项目将带来新增工业产值150亿元左右，拉动规上工业产值增长8%；",
    "新改建农村公路300公里，再改造城镇老旧小区120个。",
]:
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph("各位代表，新的一年任务艰巨、使命光荣，让我们一起拼搏实干，奋力谱写龙岩高质量发展新篇章！")

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
