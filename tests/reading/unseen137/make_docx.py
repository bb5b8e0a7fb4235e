"""Builds 01_nengyuan_chanye_jiance.docx (headings, paragraphs and one real Word table of crude oil output
by county).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 9, 16, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "庆阳市发展和改革委员会"
props.last_modified_by = "庆阳市发展和改革委员会"
props.title = "庆阳市能源化工产业运行监测报告（2026年1—8月）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("庆阳市能源化工产业运行监测报告", 0)
doc.add_paragraph("（2026年1—8月）")
doc.add_paragraph("能源运行监测第8期　　庆阳市发展和改革委员会　　2026年9月16日")

doc.add_heading("一、总体运行情况", 1)
doc.add_paragraph(
    "今年以来，全市能源化工产业稳产增产的势头持续巩固，油、气、煤、电四大产品产量全面增长，新能源装机规模继续扩大，"
    "对全市工业的支撑作用进一步增强。1—8月，全市64户规上能源化工企业完成工业总产值612.48亿元，同比增长7.3%，"
    "占全市规上工业总产值的78.6%；能源化工产业增加值增长8.1%，高于全市规上工业增加值增速0.9个百分点。"
    "全市规上工业增加值同比增长7.2%，增速比全省快0.8个百分点，居全省第4位。"
)
doc.add_paragraph(
    "从当月看，8月份全市规上工业增加值增长6.9%；能源化工产业增加值增长7.6%，受部分油井集中检修影响，"
    "增速比7月份回落0.8个百分点。"
)

doc.add_heading("二、主要产品生产情况", 1)
doc.add_paragraph(
    "（一）原油。1—8月，全市生产原油742.6万吨，同比增长3.2%，完成全年1120万吨目标任务的66.3%，"
    "低于时序进度0.4个百分点。8月当月产油94.1万吨，增长2.8%，日均产油3.04万吨。分县区看，"
    "华池县产量最多，为210.4万吨，占全市的28.3%；宁县增速最快，增长6.8%；合水县受老区块产量自然递减影响，"
    "下降2.4%。各县区产量见表1。"
)
doc.add_paragraph("表1　1—8月分县区原油产量")
rows = [
    ("县区", "原油产量（万吨）", "同比增长（%）", "占全市比重（%）"),
    ("华池县", "210.4", "4.1", "28.3"),
    ("环县", "186.2", "5.6", "25.1"),
    ("庆城县", "152.7", "1.2", "20.6"),
    ("镇原县", "98.5", "3.9", "13.3"),
    ("合水县", "61.3", "-2.4", "8.3"),
    ("宁县", "22.4", "6.8", "3.0"),
    ("西峰区", "11.1", "-5.1", "1.5"),
    ("全市合计", "742.6", "3.2", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph("注：分县区占比因四舍五入，合计不等于100%。")

doc.add_paragraph(
    "（二）天然气。1—8月，全市天然气产量28.36亿立方米，增长12.4%，增速比上半年加快1.5个百分点；"
    "8月产气3.71亿立方米，增长9.8%。其中环县产气16.82亿立方米，增长18.6%，占全市的59.3%。"
)
doc.add_paragraph(
    "（三）原煤。1—8月，全市规上工业原煤产量1286.5万吨，增长15.7%，产量居全省第2位。"
    "其中宁县624.3万吨、正宁县418.6万吨、环县243.6万吨，分别增长11.2%、19.8%、21.4%。"
    "8月份全市产煤168.2万吨，增长13.5%。目前全市在产煤矿9处、在建煤矿4处，在建煤矿合计设计产能2400万吨/年。"
)
doc.add_paragraph(
    "（四）电力。1—8月，全市规上工业发电量136.82亿千瓦时，增长17.2%。其中，火电84.56亿千瓦时，增长9.3%；"
    "风电36.41亿千瓦时、光伏发电15.85亿千瓦时，分别增长29.6%、40.7%。新能源发电量合计52.26亿千瓦时，"
    "增长32.8%，占全部发电量的38.2%，比上年同期提高4.5个百分点。经特高压通道外送电量61.3亿千瓦时，增长26.1%。"
)
doc.add_paragraph(
    "（五）新能源装机。截至8月底，全市新能源并网装机达到1126.4万千瓦，占电力总装机1782.3万千瓦的63.2%，"
    "规模居全省第3位。其中风电712.8万千瓦、光伏413.6万千瓦。今年以来新增并网183.5万千瓦，"
    "完成年度新增300万千瓦目标的61.2%；环县、华池县分别新增96.0万千瓦、42.5万千瓦。"
)
doc.add_paragraph(
    "（六）石油化工。全市原油加工量198.4万吨，增长2.1%；生产汽油、柴油合计141.7万吨，增长1.6%；"
    "聚丙烯12.6万吨，增长7.9%。受成品油价格回落影响，炼化企业营业收入下降3.8%。"
)

doc.add_heading("三、项目投资情况", 1)
doc.add_paragraph(
    "1—8月，全市能源化工领域完成固定资产投资186.3亿元，增长11.6%，占全市固定资产投资的41.8%。"
    "列入市列重大项目的能源化工项目37个，完成投资142.6亿元，完成年度计划202.6亿元的70.4%。"
    "环县洪德200万千瓦风光储一体化项目已累计完成投资38.7亿元，占总投资52.4亿元的73.9%，"
    "首批风机已于7月并网；庆阳经开区年产20万吨储能材料项目一期8月建成投产。"
)

doc.add_heading("四、需要关注的问题", 1)
doc.add_paragraph(
    "一是原油稳产难度加大。老油区自然递减率达到11.6%，新井产量接替压力逐年上升，8月份有5个采油作业区产量低于计划。"
    "二是新能源消纳矛盾显现。8月份全市新能源利用率为94.7%，比上年同期下降2.3个百分点，午间弃光现象增多。"
    "三是煤矿接续不足。4处在建煤矿中有2处因采矿权手续未办结，进度滞后于计划。"
)

doc.add_heading("五、下步工作建议", 1)
doc.add_paragraph(
    "围绕“保油、增气、扩煤、强电”，9—12月重点抓好四个方面：确保完成全年原油1120万吨目标任务；"
    "预计全年天然气产量43亿立方米左右；力争原煤产量突破1900万吨、年底新能源并网装机突破1240万千瓦；"
    "确保全年发电量达到200亿千瓦时以上，外送电量增长20%以上。"
)
doc.add_paragraph("报送：市委、市政府领导　　分送：各县（区）人民政府、庆阳经开区管委会，市直有关部门")
doc.add_paragraph("联系人：马晓东　　电话：0934-8612357")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "01_nengyuan_chanye_jiance.docx").write_bytes(out.getvalue())
