"""Builds 03_xianqu_paiming.docx: a ranking notice on the counties' and districts' quality of growth in the
first quarter, with two real Word tables (scores and ranks by group; growth of five indicators by unit).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_xianqu_paiming.docx"
FIXED = datetime(2026, 4, 24, 15, 30, 0)

RANKS = [
    ("组别", "县（市、区）", "综合得分", "组内排名", "上季度排名", "位次变化"),
    ("县（市）", "林州市", "91.36", "1", "1", "持平"),
    ("县（市）", "滑县", "88.72", "2", "4", "上升2位"),
    ("县（市）", "汤阴县", "87.05", "3", "2", "下降1位"),
    ("县（市）", "安阳县", "85.48", "4", "3", "下降1位"),
    ("县（市）", "内黄县", "83.94", "5", "5", "持平"),
    ("市辖区", "殷都区", "90.14", "1", "3", "上升2位"),
    ("市辖区", "文峰区", "89.67", "2", "1", "下降1位"),
    ("市辖区", "龙安区", "86.93", "3", "2", "下降1位"),
    ("市辖区", "北关区", "84.25", "4", "4", "持平"),
]

GROWTH = [
    (
        "县（市、区）",
        "地区生产总值",
        "规上工业增加值",
        "社会消费品零售总额",
        "固定资产投资",
        "一般公共预算收入",
    ),
    ("林州市", "7.6", "11.3", "5.6", "8.2", "6.4"),
    ("滑县", "6.1", "9.0", "5.9", "14.6", "9.8"),
    ("汤阴县", "5.2", "3.2", "5.0", "7.4", "3.1"),
    ("安阳县", "5.6", "8.7", "4.1", "6.5", "4.6"),
    ("内黄县", "5.4", "7.9", "5.2", "5.8", "2.7"),
    ("殷都区", "6.8", "12.4", "4.9", "10.3", "5.3"),
    ("文峰区", "5.5", "6.2", "6.8", "-2.3", "3.8"),
    ("龙安区", "5.0", "7.1", "4.6", "4.4", "-3.6"),
    ("北关区", "4.9", "5.8", "5.1", "9.1", "2.2"),
    ("全市", "5.8", "8.6", "5.3", "6.9", "4.2"),
]


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


doc = Document()
props = doc.core_properties
props.author = "安阳市推进经济高质量发展工作领导小组办公室"
props.last_modified_by = "安阳市推进经济高质量发展工作领导小组办公室"
props.title = "关于2026年一季度全市县（市、区）经济发展质量评价排名情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph("安阳市推进经济高质量发展工作领导小组办公室")
doc.add_paragraph("安高质办〔2026〕4号")
doc.add_heading("关于2026年一季度全市县（市、区）经济发展质量评价排名情况的通报", 0)
doc.add_paragraph("各县（市、区）人民政府，安阳高新区、安阳示范区管委会，市直有关单位：")
doc.add_paragraph(
    "依据《安阳市县（市、区）经济发展质量评价办法》，市推进经济高质量发展工作领导小组办公室会同市统计局，"
    "对各县（市、区）2026年一季度经济发展质量作了评价。评价指标涵盖经济增长、质量效益、创新转型、绿色发展、"
    "民生改善等方面，共18项；县（市）和市辖区分开评价、分组排名，采用百分制计分，安阳高新区、安阳示范区"
    "另行考核。现将评价结果通报如下。"
)

doc.add_heading("一、总体情况", 1)
doc.add_paragraph(
    "一季度，全市地区生产总值增长5.8%，规上工业增加值增长8.6%，固定资产投资增长6.9%，社会消费品零售总额"
    "增长5.3%，一般公共预算收入增长4.2%，主要指标增速均高于全省。县（市）组平均得分87.31分，比上季度提高1.06分；"
    "市辖区组平均得分87.75分，比上季度提高0.48分。各地得分和位次见表1，主要指标增速见表2。"
)
doc.add_paragraph(
    "从主要指标看，地区生产总值增速高于全市的有林州市、殷都区、滑县3个；规上工业增加值增速高于全市的"
    "有4个；固定资产投资增速高于全市的有5个，文峰区为负增长；一般公共预算收入只有龙安区下降，"
    "其余8个县（市、区）均为正增长。"
)

doc.add_heading("二、县（市）组", 1)
doc.add_paragraph(
    "林州市综合得分91.36分，居县（市）组第1位，位次与上季度持平。林州市一季度地区生产总值增长7.6%，"
    "高于全市1.8个百分点，增速居各县（市）第1位；规上工业增加值增长11.3%。"
)
doc.add_paragraph(
    "滑县得分88.72分，比上季度提高2.16分，位次上升2位，居第2位。滑县固定资产投资增长14.6%，"
    "增速在县（市）组中排第1位；一般公共预算收入增长9.8%。"
)
doc.add_paragraph(
    "汤阴县、安阳县分居第3位、第4位，位次均较上季度下降1位。汤阴县规上工业增加值仅增长3.2%，"
    "低于全市5.4个百分点；安阳县社会消费品零售总额增长4.1%，低于全市1.2个百分点。"
    "内黄县得分83.94分，居第5位，与上季度持平，民生改善类指标失分较多，一般公共预算收入增长2.7%，低于全市1.5个百分点。"
)

doc.add_heading("三、市辖区组", 1)
doc.add_paragraph(
    "殷都区得分90.14分，由上季度的第3位升至第1位；规上工业增加值增长12.4%，增幅列全市第1位。"
    "文峰区得分89.67分，居第2位，比上季度下降1位；社会消费品零售总额增长6.8%，高于全市1.5个百分点，"
    "但固定资产投资下降2.3%。龙安区居第3位，比上季度下降1位，一般公共预算收入下降3.6%。"
    "北关区居第4位，与上季度持平，固定资产投资增长9.1%。"
)

doc.add_paragraph("表1　2026年一季度县（市、区）经济发展质量评价得分及排名")
table(doc, RANKS)
doc.add_paragraph("表2　2026年一季度县（市、区）主要指标增速（单位：%）")
table(doc, GROWTH)

doc.add_heading("四、有关要求", 1)
doc.add_paragraph(
    "各县（市、区）要对照评价结果找差距、补短板，排名下降的要认真分析原因，于5月10日前向市推进经济高质量发展"
    "工作领导小组办公室报送整改措施。对连续两个季度处于组内末位的，由市政府分管领导进行约谈。季度评价结果按20%的权重计入年度目标考核。"
    "对位次上升的滑县、殷都区予以通报表扬，请其在全市经济运行分析会上作交流发言。"
    "二季度是全年目标任务承上启下的关键时段，全市力争上半年地区生产总值增长6%以上、规上工业增加值增长8.5%以上。"
)
doc.add_paragraph("附件：安阳市县（市、区）经济发展质量评价指标及权重")
doc.add_paragraph("安阳市推进经济高质量发展工作领导小组办公室")
doc.add_paragraph("2026年4月24日")
doc.add_paragraph("（联系人：薛文涛　联系电话：0372-5122637）")

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
print(f"wrote {NAME}")
