"""Builds 02_shangbannian_jingji_fenxi.docx (a statistics bureau's half-year analysis: headings, paragraphs
and one real Word table of the districts, counties and parks).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_shangbannian_jingji_fenxi.docx"
FIXED = datetime(2025, 7, 21, 16, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "马鞍山市统计局"
props.last_modified_by = "马鞍山市统计局"
props.title = "2025年上半年马鞍山市经济运行分析"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph("统计分析　2025年第19期")
doc.add_heading("稳中有进　回升向好", 0)
doc.add_paragraph("——2025年上半年马鞍山市经济运行分析")
doc.add_paragraph("马鞍山市统计局　　2025年7月21日")
doc.add_paragraph(
    "上半年，面对外部环境复杂多变、钢铁等传统行业持续承压的形势，全市上下认真落实省委、省政府和市委、市政府决策部署，"
    "扎实推进“双招双引”和重点项目建设，全市经济运行总体平稳、稳中有进，主要指标增速好于全省平均水平。"
)

doc.add_heading("一、经济总量平稳增长", 1)
doc.add_paragraph(
    "根据地区生产总值统一核算结果，上半年全市实现地区生产总值1296.48亿元，按不变价格计算，同比增长6.2%，"
    "比一季度加快0.3个百分点，高于全省0.6个百分点，增速居全省第5位；其中二季度增长6.5%。分产业看，第一产业增加值"
    "52.36亿元，增长3.4%；第二产业增加值608.91亿元，增长7.1%；第三产业增加值635.21亿元，增长5.6%。"
    "一、二、三产业对经济增长的贡献率分别为2.2%、53.7%和44.1%，工业仍是拉动增长的主要力量。"
)

doc.add_heading("二、工业生产稳中有升", 1)
doc.add_paragraph(
    "上半年，全市规模以上工业增加值同比增长8.4%，比一季度回落0.5个百分点，高于全省0.4个百分点，增速居全省第7位。"
    "6月当月增长9.1%，比5月加快1.6个百分点，月度走势逐步企稳。分行业看，黑色金属冶炼和压延加工业增加值增长2.3%，"
    "汽车制造业增长18.6%，电气机械和器材制造业增长12.4%。工业战略性新兴产业产值增长14.8%，"
    "占规上工业总产值的比重为41.6%，比上年同期提高3.2个百分点。主要产品中，粗钢产量1186.4万吨，下降1.7%；"
    "汽车整车产量7.82万辆，增长31.5%；锂离子电池产量4.6亿只，增长46.3%。上半年全市新增规上工业企业43家，"
    "总数达到1652家。"
)

doc.add_heading("三、固定资产投资加快恢复", 1)
doc.add_paragraph(
    "上半年，全市固定资产投资同比增长5.3%，比一季度加快1.2个百分点，高于全省2.2个百分点，增速居全省第6位。"
    "分领域看，工业投资增长12.7%，其中制造业投资增长14.1%；基础设施投资增长4.6%；房地产开发投资下降11.8%。"
    "民间投资下降2.4%，降幅比一季度收窄1.5个百分点。计划总投资亿元以上在建项目612个，比上年同期增加38个，"
    "完成投资增长9.6%。全市重点项目完成投资458.3亿元，完成年度计划的56.4%，实现时间过半、任务过半。"
)

doc.add_heading("四、消费市场稳步回升", 1)
doc.add_paragraph(
    "上半年，全市社会消费品零售总额658.74亿元，同比增长5.8%，比一季度加快0.7个百分点，增速居全省第4位。"
    "按消费类型分，商品零售587.36亿元，增长5.4%；餐饮收入71.38亿元，增长9.1%。限额以上单位中，"
    "家用电器和音像器材类零售额增长26.5%，通讯器材类增长32.4%，汽车类下降3.1%，其中新能源汽车零售额增长38.7%，"
    "以旧换新政策效应持续释放。"
)

doc.add_heading("五、外贸进出口较快增长", 1)
doc.add_paragraph(
    "上半年，全市进出口总额276.5亿元，同比增长9.6%。其中，出口168.3亿元，增长12.5%；进口108.2亿元，增长5.4%。"
    "对“一带一路”沿线国家进出口118.7亿元，增长15.3%，占全市进出口总额的42.9%。"
)

doc.add_heading("六、财政金融运行平稳", 1)
doc.add_paragraph(
    "上半年，全市一般公共预算收入128.46亿元，同比增长3.8%，其中税收收入93.52亿元，增长4.6%，税收占比72.8%。"
    "一般公共预算支出236.17亿元，增长2.9%。6月末，全市金融机构本外币各项存款余额4316.8亿元，同比增长7.9%；"
    "各项贷款余额4027.5亿元，增长9.2%，比年初增加268.3亿元。"
)

doc.add_heading("七、居民收入持续增加", 1)
doc.add_paragraph(
    "上半年，全市全体居民人均可支配收入29316元，同比增长5.4%。按常住地分，城镇常住居民人均可支配收入36852元，"
    "增长4.7%；农村常住居民人均可支配收入19483元，增长6.5%，增速快于城镇居民1.8个百分点。"
    "全市居民消费价格同比上涨0.3%。"
)

doc.add_heading("八、县区、开发区运行情况", 1)
doc.add_paragraph(
    "从县区、开发区看，规上工业增加值增速较快的是马鞍山经开区、含山县和博望区，分别增长12.6%、11.4%、10.2%；"
    "固定资产投资增速较快的是马鞍山经开区和博望区，分别增长9.4%、8.7%。马鞍山经开区规上工业增加值和固定资产投资增速均居全市第一。"
    "和县固定资产投资下降1.8%，郑蒲港新区规上工业增加值增长5.9%，分别处于末位，需引起重视。各地主要指标见下表。"
)
doc.add_paragraph("表1　2025年上半年各县区、开发区主要指标")
rows = [
    ("县区、开发区", "规上工业增加值增速（%）", "位次", "固定资产投资增速（%）", "位次"),
    ("花山区", "6.8", "8", "3.6", "7"),
    ("雨山区", "7.9", "6", "4.9", "5"),
    ("博望区", "10.2", "3", "8.7", "2"),
    ("当涂县", "9.6", "4", "6.3", "4"),
    ("含山县", "11.4", "2", "2.1", "8"),
    ("和县", "7.2", "7", "-1.8", "9"),
    ("马鞍山经开区", "12.6", "1", "9.4", "1"),
    ("慈湖高新区", "8.5", "5", "7.2", "3"),
    ("郑蒲港新区", "5.9", "9", "4.2", "6"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("九、需要关注的问题和下步建议", 1)
doc.add_paragraph(
    "当前经济运行中仍有一些问题值得关注：一是钢铁行业产品价格低位运行，黑色金属冶炼和压延加工业利润总额同比下降23.6%；"
    "二是企业经营压力加大，规上工业企业亏损面为21.4%，比上年同期扩大2.6个百分点；三是房地产市场仍在调整，"
    "商品房销售面积下降8.9%。"
)
doc.add_paragraph(
    "从先行指标看，6月全市工业用电量增长7.2%，新签约项目加快落地，预计三季度经济将延续回升态势，"
    "前三季度地区生产总值增长6.3%左右。建议紧盯全年地区生产总值增长6.5%的预期目标，确保全年规上工业增加值"
    "增长8%以上、固定资产投资增长6%左右，推动新签约项目早开工、早投产，加快释放消费潜力。"
)
doc.add_paragraph("注：1．本分析数据均为快报数，部分指标因四舍五入，分项之和与总计略有出入。")
doc.add_paragraph("2．规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。")
doc.add_paragraph("（撰稿：综合科　审核：陈启航　电话：0555-2476153）")

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
