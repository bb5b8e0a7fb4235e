"""Builds 01_yuedu_jingji_jianxi.docx: the 市发展改革委's monthly brief for 1—8月 2025, with a page header,
a page-number footer, prose sections and one real Word table of the main indicators (the first column holds
the indicator with its unit in brackets).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
NAME = "01_yuedu_jingji_jianxi.docx"
FIXED = datetime(2025, 9, 24, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "景德镇市发展和改革委员会"
props.last_modified_by = "市发展改革委经济运行科"
props.title = "2025年1—8月全市经济运行简析"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 3

section = doc.sections[0]
section.header.paragraphs[0].text = "经济运行简析　　　　　　　　　　　　　　　　景德镇市发展和改革委员会"
foot = section.footer.paragraphs[0]
foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
foot.add_run("— ")
field = OxmlElement("w:fldSimple")
field.set(qn("w:instr"), "PAGE")
run = OxmlElement("w:r")
text = OxmlElement("w:t")
text.text = "1"
run.append(text)
field.append(run)
foot._p.append(field)
foot.add_run(" —")


def para(text: str, center: bool = False) -> None:
    p = doc.add_paragraph(text)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


para("经济运行简析", center=True)
para("2025年第8期（总第93期）", center=True)
para("景德镇市发展和改革委员会　　　　　　　　　　2025年9月24日")
doc.add_heading("2025年1—8月全市经济运行简析", 1)
para(
    "今年以来，面对外部需求波动、部分行业订单不足等多重压力，全市上下坚持稳中求进，聚焦稳工业、抓项目、促消费、"
    "拓外贸，经济运行总体平稳、稳中向好，多数主要指标增速高于全省平均水平。上半年，全市地区生产总值588.46亿元，"
    "同比增长5.9%，增速居全省第2位。进入三季度，工业生产和项目投资加快回升，8月份主要指标延续了向好态势。"
)

doc.add_heading("一、主要指标运行情况", 2)
para(
    "（一）工业生产加快回升。1—8月，全市规模以上工业增加值同比增长7.8%，比1—7月提升0.3个百分点，"
    "高出全省1.2个百分点，增速居全省第3位，位次比上半年前移1位。单看8月，规上工业增加值增长9.6%，为年内单月最高。"
    "分产业看，陶瓷、航空、精细化工、医药四个重点产业增加值分别增长10.4%、15.7%、6.3%和4.8%。8月末全市规上工业企业"
    "612家，比年初净增38家；1—8月规上工业企业实现营业收入1096.4亿元，增长6.9%，利润总额58.73亿元，增长3.5%。"
    "全社会用电量61.27亿千瓦时，增长6.8%，其中工业用电量33.05亿千瓦时，增长7.4%，与工业生产走势基本吻合。"
)
para(
    "（二）项目投资稳步向好。1—8月，全市固定资产投资增长5.2%，比上半年提高1.1个百分点，高于全省3.4个百分点，"
    "居全省第5位。从结构看，工业投资增长12.6%，高于全部投资7.4个百分点，占全部投资的比重为41.3%；基础设施投资"
    "增长3.1%；民间投资下降1.5%，房地产开发投资下降9.8%。全市286个市级重点项目累计完成投资428.6亿元，"
    "完成年度计划的70.0%，超过时序进度3.3个百分点。"
)
para(
    "（三）消费市场平稳增长。1—8月，全市社会消费品零售总额386.42亿元，增长5.6%，高于全省0.9个百分点，居全省第4位，"
    "增速与1—7月持平。限额以上单位消费品零售额增长7.2%，其中新能源汽车类、通讯器材类零售额分别增长36.5%、18.9%，"
    "石油及制品类下降4.1%。文旅消费带动明显，全市接待游客4526.3万人次，增长12.8%；实现旅游综合收入486.2亿元，"
    "增长14.1%。暑期陶溪川、御窑厂等景区接待量同比增长两成以上。"
)
para(
    "（四）外贸出口保持较快增长。1—8月，全市外贸进出口总额98.6亿元，增长14.2%，增速居全省第2位，但比1—7月"
    "回落1.6个百分点。其中出口81.3亿元，增长16.7%；进口17.3亿元，增长3.8%。陶瓷产品出口23.5亿元，增长21.4%，"
    "占全市出口的28.9%。"
)
para(
    "（五）财政金融运行稳健。1—8月，全市一般公共预算收入62.37亿元，增长3.4%，居全省第6位；其中税收收入44.15亿元，"
    "增长6.1%，税收占比70.8%，比上年同期提高1.8个百分点；非税收入下降2.6%。一般公共预算支出143.86亿元，增长2.9%。"
    "8月末，全市金融机构本外币各项存款余额2236.8亿元，同比增长7.9%；各项贷款余额1978.4亿元，增长9.2%，"
    "比年初增加128.6亿元。"
)
para(
    "（六）民生和物价总体稳定。上半年，全市城镇居民人均可支配收入25864元，增长4.9%；农村居民人均可支配收入"
    "12376元，增长6.3%，快于城镇居民1.4个百分点。1—8月，居民消费价格同比下降0.2%，其中食品类价格下降1.5%。"
    "城镇新增就业1.86万人，完成全年目标任务的84.5%。"
)

para("附表　2025年1—8月景德镇市主要经济指标", center=True)
rows = [
    ("指标（单位）", "1—8月", "同比增长（%）", "增速全省位次"),
    ("规模以上工业增加值（%）", "—", "7.8", "3"),
    ("固定资产投资（%）", "—", "5.2", "5"),
    ("　其中：工业投资（%）", "—", "12.6", "—"),
    ("社会消费品零售总额（亿元）", "386.42", "5.6", "4"),
    ("外贸进出口总额（亿元）", "98.6", "14.2", "2"),
    ("　其中：出口（亿元）", "81.3", "16.7", "—"),
    ("一般公共预算收入（亿元）", "62.37", "3.4", "6"),
    ("　其中：税收收入（亿元）", "44.15", "6.1", "—"),
    ("全社会用电量（亿千瓦时）", "61.27", "6.8", "—"),
    ("金融机构本外币存款余额（亿元）", "2236.8", "7.9", "—"),
    ("金融机构本外币贷款余额（亿元）", "1978.4", "9.2", "—"),
    ("居民消费价格（%）", "—", "-0.2", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, cell_text in enumerate(row):
        table.cell(i, j).text = cell_text
para("注：存贷款余额为8月末数，增速为同比；位次为增速在全省11个设区市中的排位。")

doc.add_heading("二、需要关注的问题", 2)
para(
    "一是工业增长分化明显。精细化工、医药产业增速低于全市平均，部分日用陶瓷企业订单不足，8月末全市规上工业"
    "亏损企业97家，亏损面15.8%。二是民间投资仍在负增长区间，房地产开发投资降幅较大，对全部投资形成拖累。"
    "三是外贸增速有所回落，部分海外市场订单波动，9月份出口面临一定下行压力。"
)

doc.add_heading("三、下一步工作建议", 2)
para(
    "一是全力冲刺三季度。紧盯规上工业、固定资产投资等关键指标，力争前三季度规上工业增加值增长8%左右、固定资产"
    "投资增长5.5%以上，确保主要指标增速稳居全省前列。二是加快项目建设。9月份力争新开工亿元以上项目15个以上，"
    "确保三季度重点项目完成投资186亿元。三是持续扩大消费。用好消费品以旧换新政策，办好“瓷都金秋消费季”活动，"
    "力争全年社会消费品零售总额突破600亿元。四是稳住外贸基本盘。组织陶瓷企业参加秋季广交会等展会，确保全年外贸"
    "进出口增长12%以上。五是抓好财政收支。加强重点税源监控，全年一般公共预算收入增长3%以上。"
)
para("（本简析数据来源于市统计局、市财政局、人民银行景德镇市分行等单位，部分为快报数。）")
para("联系人：程思远　　电话：0798-8392615")

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
