"""Builds 01_fagaiwei_yuedu_fenxi.docx: the 市发展改革委 analysis of the economy in 1—5月 2025 (headings,
paragraphs, a real Word table of the main indicators and a second one of the counties and parks).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "01_fagaiwei_yuedu_fenxi.docx"
FIXED = datetime(2025, 6, 20, 9, 30, 0)

MAIN = [
    ("指标", "单位", "1—5月", "同比增长(%)", "全省位次"),
    ("规模以上工业增加值", "%", "—", "8.9", "4"),
    ("规上工业营业收入", "亿元", "1892.4", "7.6", "—"),
    ("工业用电量", "亿千瓦时", "42.16", "9.7", "—"),
    ("固定资产投资", "%", "—", "6.3", "5"),
    ("  其中：工业投资", "%", "—", "18.6", "—"),
    ("社会消费品零售总额", "亿元", "612.48", "5.7", "6"),
    ("进出口总额", "亿元", "98.64", "15.2", "3"),
    ("一般公共预算收入", "亿元", "128.36", "3.4", "7"),
    ("  其中：税收收入", "亿元", "84.57", "2.1", "—"),
    ("一般公共预算支出", "亿元", "386.72", "4.6", "—"),
    ("5月末本外币存款余额", "亿元", "7826.5", "8.1", "—"),
    ("5月末本外币贷款余额", "亿元", "6142.3", "10.4", "—"),
    ("居民消费价格", "%", "—", "0.1", "—"),
]

COUNTY = [
    ("县市区", "规上工业增加值增长(%)", "固定资产投资增长(%)", "社会消费品零售总额增长(%)"),
    ("颍州区", "7.6", "5.8", "6.2"),
    ("颍东区", "9.2", "7.4", "5.1"),
    ("颍泉区", "6.3", "-3.2", "4.8"),
    ("临泉县", "9.8", "8.1", "5.9"),
    ("太和县", "12.1", "9.6", "6.4"),
    ("阜南县", "8.4", "-1.5", "5.3"),
    ("颍上县", "11.4", "6.7", "5.6"),
    ("界首市", "13.6", "10.3", "6.0"),
    ("阜阳经开区", "10.7", "12.4", "—"),
    ("合肥产业园", "15.8", "21.6", "—"),
]


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


doc = Document()
props = doc.core_properties
props.author = "阜阳市发展和改革委员会"
props.last_modified_by = "阜阳市发展和改革委员会"
props.title = "2025年1—5月全市经济运行情况分析"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("2025年1—5月全市经济运行情况分析", 0)
doc.add_paragraph("阜阳市发展和改革委员会　　经济运行分析　2025年第5期")
doc.add_paragraph("阜发改运行〔2025〕58号　　　　2025年6月20日")
doc.add_paragraph(
    "市委、市政府：依据市统计局、市财政局、人民银行阜阳市分行等单位报送的数据，我委对1—5月全市经济运行"
    "作了梳理，现将有关情况分析如下。"
)

doc.add_heading("一、总体判断", 1)
doc.add_paragraph(
    "1—5月，全市经济延续稳中向好的走势，工业和外贸拉动有力，消费温和回暖，投资增速有所放缓。"
    "从全省看，规上工业增加值、进出口总额增速分别居全省第4位、第3位，固定资产投资、社会消费品零售总额"
    "增速分别居全省第5位、第6位，一般公共预算收入增速居全省第7位。"
)

doc.add_heading("二、主要指标运行情况", 1)
doc.add_paragraph(
    "（一）工业生产加快增长。全市规上工业增加值同比增长8.9%，增速比1—4月加快0.4个百分点、比一季度加快"
    "1.2个百分点，高于全省1.3个百分点；5月当月增长10.2%，为今年以来单月最高。规上工业营业收入1892.4亿元，"
    "增长7.6%；工业用电量42.16亿千瓦时，增长9.7%。工业行业大类中有23个实现增长，增长面为74.2%；汽车制造业、"
    "电气机械和器材制造业分别增长24.6%、18.3%，农副食品加工业增长6.2%。"
)
doc.add_paragraph(
    "（二）投资增速小幅回落。全市固定资产投资增长6.3%，比1—4月回落0.5个百分点，仍高于全省3.9个百分点。"
    "工业投资增长18.6%，在全部投资中的比重达到38.2%，比上年同期提高3.5个百分点；民间投资下降2.7%；"
    "房地产开发投资下降9.8%，降幅比1—4月收窄1.4个百分点。全市826个市级以上重点项目完成投资742.15亿元，"
    "为年度计划的46.8%，超出时序进度5.1个百分点。"
)
doc.add_paragraph(
    "（三）消费市场温和回升。社会消费品零售总额612.48亿元，增长5.7%，比1—4月加快0.2个百分点，"
    "高于全省0.8个百分点。5月当月实现零售额128.35亿元，增长6.9%；受以旧换新政策带动，限额以上单位"
    "家用电器和音像器材类、通讯器材类零售额分别增长38.6%、27.4%。"
)
doc.add_paragraph(
    "（四）外贸保持较快增长。进出口总额98.64亿元，增长15.2%。其中，出口76.31亿元，增长18.4%；"
    "进口22.33亿元，增长5.3%。发制品、纺织服装出口分别增长21.7%和9.6%。"
)
doc.add_paragraph(
    "（五）财政金融总体平稳。一般公共预算收入128.36亿元，增长3.4%；其中税收收入84.57亿元，增长2.1%，"
    "税收占比为65.9%。一般公共预算支出386.72亿元，增长4.6%。5月末，金融机构本外币各项存款余额7826.5亿元、"
    "贷款余额6142.3亿元，分别增长8.1%、10.4%，贷款余额比年初增加412.6亿元。居民消费价格同比上涨0.1%。"
)
doc.add_paragraph(
    "（六）招商引资势头较好。1—5月全市新签约项目386个，协议投资2146.8亿元，增长12.6%；"
    "省外资金到位642.35亿元，增长9.8%，完成年度目标的42.8%。"
)
doc.add_paragraph("表1　2025年1—5月阜阳市主要经济指标")
table(doc, MAIN)

doc.add_heading("三、县市区运行情况", 1)
doc.add_paragraph(
    "县市区中，界首市规上工业增加值增长13.6%，增速最高；太和县、颍上县分别增长12.1%、11.4%；"
    "颍泉区增长6.3%，低于全市2.6个百分点。固定资产投资方面，颍泉区、阜南县分别下降3.2%、1.5%，"
    "拖累全市投资增速。社零增速以太和县6.4%为最高。园区方面，合肥产业园规上工业增加值增长15.8%，"
    "增速在全市各地中排第一，固定资产投资增长21.6%；阜阳经开区规上工业增加值、固定资产投资分别增长10.7%、12.4%。"
)
doc.add_paragraph("表2　1—5月县市区及园区主要指标增速")
table(doc, COUNTY)

doc.add_heading("四、需要关注的问题", 1)
doc.add_paragraph(
    "一是投资增速持续放缓，颍泉区、阜南县投资负增长，新开工项目接续不够。二是财政收入质量有待提高，"
    "税收收入增速低于一般公共预算收入1.3个百分点。三是房地产市场仍在筑底，商品房销售面积下降8.6%。"
)

doc.add_heading("五、下步建议", 1)
doc.add_paragraph(
    "紧扣“双过半”要求，力争上半年市级以上重点项目完成投资800亿元以上；确保全年规上工业增加值增长9%以上、"
    "固定资产投资增长7%左右。今年是“十四五”规划收官之年，建议对规划确定的重大项目逐一对账销号。"
    "综合研判，预计上半年全市地区生产总值增长6.2%左右，规上工业增加值增长9%左右。"
)
doc.add_paragraph("抄送：市统计局、市财政局、市投资促进局。")
doc.add_paragraph("联系人：经济运行科　孙启明　电话：0558-2216037")

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
