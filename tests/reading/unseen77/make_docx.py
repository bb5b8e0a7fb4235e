"""Builds 02_gongxinju_gongye_yunxing.docx (headings, paragraphs and one real Word table of the 11 units).
The package is rewritten with fixed member dates, so the same bytes come out every time."""

import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
doc = Document()
doc.add_heading("2024年全市工业经济运行情况", 0)
doc.add_paragraph("聊城市工业和信息化局　　2025年1月24日")

doc.add_heading("一、总体运行", 1)
doc.add_paragraph(
    "2024年，全市工业经济顶住需求偏弱、价格下行的压力，总体保持较快增长。全年规模以上工业增加值同比增长8.7%，"
    "高于全省0.4个百分点，增速居全省第3位，较上年前移2位。分季度看，一季度、上半年、前三季度分别增长7.9%、8.2%、8.5%，"
    "逐季回升；12月份当月增长9.4%，比11月份加快0.8个百分点。"
)
doc.add_paragraph(
    "效益方面，规上工业企业实现营业收入6215.8亿元，增长7.2%；利润总额246.7亿元，增长13.5%；营业收入利润率为3.97%，"
    "比上年提高0.21个百分点。全市2136家规上工业企业中，增加值实现增长的有1482家，增长面为69.4%。"
    "（注：规上工业统计起点为年营业收入2000万元。）"
)

doc.add_heading("二、重点产业", 1)
doc.add_paragraph(
    "有色金属、轴承、食品三大产业营业收入分别为2386.5亿元、528.4亿元和612.9亿元，依次增长9.3%、12.1%、7.8%，"
    "三者合计占全市规上工业营业收入的56.8%。"
)
doc.add_paragraph(
    "有色金属产业延链成效明显。全年铝材产量412.6万吨，增长6.8%；铜材产量153.2万吨，增长15.4%。"
    "茌平区有色金属产业营业收入占全市该产业的71.3%，信茌铝业年产30万吨新能源汽车轻量化部件项目于10月投产。"
)
doc.add_paragraph(
    "轴承产业量质齐升。全市轴承规上企业186家，其中临清市142家；轴承出口交货值48.7亿元，增长21.6%，"
    "增速比全市规上工业出口交货值高出9.8个百分点。"
)
doc.add_paragraph(
    "食品产业稳中有进。全市食品规上企业328家，冠县、莘县、阳谷县食品产业营业收入分别增长11.2%、8.5%、6.9%；"
    "东阿县阿胶及其制品产值增长10.4%。"
)
doc.add_paragraph(
    "新动能加快成长。高技术制造业增加值增长15.8%，占规上工业的比重为10.6%，比上年提高1.3个百分点；"
    "装备制造业增加值增长11.4%。全年实施500万元以上技改项目623个，工业技改投资增长14.7%。"
)

doc.add_heading("三、各县（市、区）运行情况", 1)
doc.add_paragraph("表　2024年各县（市、区）规上工业增加值增速及位次")
rows = [
    ("县（市、区）", "规上工业增加值增速（%）", "全市位次", "较上年位次变化"),
    ("临清市", "12.6", "1", "升2"),
    ("茌平区", "10.8", "2", "降1"),
    ("高唐县", "10.1", "3", "升4"),
    ("聊城高新区", "9.7", "4", "持平"),
    ("东阿县", "9.2", "5", "升1"),
    ("阳谷县", "8.5", "6", "降4"),
    ("冠县", "8.1", "7", "升1"),
    ("聊城经开区", "7.6", "8", "降3"),
    ("莘县", "6.9", "9", "升1"),
    ("东昌府区", "5.8", "10", "降1"),
    ("度假区", "3.4", "11", "持平"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, cell in enumerate(row):
        table.cell(i, j).text = cell
doc.add_paragraph(
    "从表中看，临清市、茌平区、高唐县、聊城高新区、东阿县5个单位增速高于全市，高唐县进位最多，前移4位；"
    "度假区增速低于全市5.3个百分点，阳谷县位次下滑较大。"
)

doc.add_heading("四、需要关注的问题", 1)
doc.add_paragraph(
    "一是部分行业持续承压，建材行业增加值下降6.3%，纺织服装行业下降2.7%。二是企业效益分化，"
    "全市规上工业亏损企业398家，亏损面18.6%，比上年扩大0.9个百分点。三是新增规上企业后劲不足，"
    "全年新纳统企业中营业收入不足5000万元的占七成左右。"
)

doc.add_heading("五、2025年工作打算", 1)
doc.add_paragraph(
    "2025年，全市规上工业增加值力争增长7%以上，新增规上工业企业150家以上；工业技改投资增长10%左右；"
    "新培育省级专精特新中小企业不少于100家；有色金属产业营业收入确保突破2500亿元。据对重点企业订单的监测，预计一季度全市规上工业增加值增长7.5%左右。"
    "各县（市、区）要于2月28日前报送年度工业运行目标，市工信局每月10日前通报上月运行情况。"
)
buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 24, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(info, src.read(item.filename))
(HERE / "02_gongxinju_gongye_yunxing.docx").write_bytes(out.getvalue())
