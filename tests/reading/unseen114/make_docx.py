"""Builds 02_gongxinju_nianzhong_zongjie.docx: headings, paragraphs and one real Word table of the six
industrial clusters.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_gongxinju_nianzhong_zongjie.docx"
FIXED = datetime(2025, 1, 10, 15, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "威海市工业和信息化局"
props.last_modified_by = "威海市工业和信息化局"
props.title = "威海市工业和信息化局2024年工作总结和2025年工作打算"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("威海市工业和信息化局2024年工作总结和2025年工作打算", 0)
doc.add_paragraph("威海市工业和信息化局　　2025年1月10日")
doc.add_paragraph(
    "2024年，市工业和信息化局在市委、市政府领导下，聚焦工业立市、产业强市，抓运行、育集群、促技改、强企业、推数字化，"
    "全市工业经济顶住外需收缩和部分行业周期下行的压力，稳中有进、量质齐升。现就全年工作作如下总结。"
)

doc.add_heading("一、工业经济运行情况", 1)
doc.add_paragraph(
    "全市规上工业增加值同比增长8.6%，高于全省0.9个百分点，增速居全省第3位，比上年前移2个位次。规上工业"
    "实现营业收入4512.3亿元、利润总额268.4亿元，分别增长7.9%和9.2%。全年新纳入规上统计的工业企业203家、退出85家，"
    "年末规上工业企业达到2146家，为历年最多。全社会工业用电量178.6亿千瓦时，增长6.9%。分月看，12月当月规上工业"
    "增加值同比增长9.4%，增速较11月提高0.8个百分点，全年走势前低后高。分区市看，荣成市、威海经开区、文登区规上工业增加值"
    "分别增长11.2%、10.4%、9.8%，分列各区市前三位；乳山市增长3.1%，低于全市5.5个百分点。"
)
doc.add_paragraph(
    "全年组织开展“千名干部联千企”服务活动，走访企业3260家次，收集企业反映的用工、融资、用能等问题1230个，"
    "已解决1184个，解决率96.3%；协调金融机构为中小工业企业新增贷款128.6亿元。"
)

doc.add_heading("二、产业集群发展", 1)
doc.add_paragraph(
    "全市重点培育的六大产业集群共有规上企业734家，实现营业收入2627.3亿元，占全市规上工业营业收入的58.2%。"
    "医疗器械与生物医药集群营业收入首次突破600亿元，达到612.5亿元，增长11.3%，龙头企业威海澜舟医疗器械股份有限公司"
    "营业收入118.6亿元，增长13.5%。船舶与海洋工程装备集群全年造船完工413.5万载重吨，新承接订单286.0万载重吨，"
    "年末手持订单612.4万载重吨，营业收入增长24.1%，增速居六大集群首位。轮胎及橡胶制品集群全年生产轮胎外胎"
    "6842.6万条，营业收入486.2亿元，增长6.8%。碳纤维及复合材料集群营业收入增长15.7%，碳纤维产能达到1.2万吨。"
    "电子信息集群受打印机外需回落影响，营业收入下降2.6%。六大集群中有3个营业收入增速高于全市规上工业平均水平。"
    "各集群主要指标见下表。"
)
rows = [
    ("产业集群", "规上企业（家）", "营业收入（亿元）", "增长（%）"),
    ("医疗器械与生物医药", "186", "612.5", "11.3"),
    ("船舶与海洋工程装备", "74", "318.6", "24.1"),
    ("轮胎及橡胶制品", "58", "486.2", "6.8"),
    ("碳纤维及复合材料", "42", "96.4", "15.7"),
    ("电子信息", "163", "574.9", "-2.6"),
    ("海洋食品", "211", "538.7", "4.2"),
    ("合计", "734", "2627.3", "7.1"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("三、技术改造和设备更新", 1)
doc.add_paragraph(
    "全年实施投资500万元以上工业技改项目436个，工业技改投资增长15.6%，占工业投资的比重为58.3%。组织128个项目"
    "申报大规模设备更新，总投资186.4亿元，其中37个项目获得超长期特别国债等资金支持2.36亿元。争取省级以上技改和"
    "转型升级专项资金1.82亿元，比上年增加0.46亿元。"
)

doc.add_heading("四、优质企业培育", 1)
doc.add_paragraph(
    "新认定省级专精特新中小企业168家，总数达到1026家；新获评国家级“专精特新”小巨人企业14家，总数达到67家，"
    "数量居全省第5位；新增国家级制造业单项冠军企业3家，累计达到19家。全年新增规上工业企业中，营业收入亿元以上的"
    "有41家。全市高新技术企业达到1285家，比上年净增146家；高新技术产业产值占规上工业总产值的比重达到63.4%，"
    "比上年提高2.2个百分点。"
)

doc.add_heading("五、数字化转型", 1)
doc.add_paragraph(
    "新培育省级智能工厂9家、数字化车间36个；规上工业企业数字化改造覆盖率达到82.5%，比上年提高6.4个百分点。"
    "全年新建5G基站1326个，累计建成9850个；重点工业互联网平台连接设备超过16万台（套）。"
)

doc.add_heading("六、存在的问题", 1)
doc.add_paragraph(
    "一是电子信息集群负增长，打印机产量下降4.6%，对全市工业增长形成拖累。二是企业盈利分化，规上工业亏损企业占比为"
    "23.8%，比上年扩大1.5个百分点。三是中小企业数字化改造进度不一，约四成中小企业仍停留在单点应用阶段。"
)

doc.add_heading("七、2025年工作打算", 1)
doc.add_paragraph(
    "2025年，全市规上工业增加值增长7%左右，工业技改投资增长10%以上；力争新增省级专精特新中小企业150家以上、"
    "国家级“专精特新”小巨人企业10家；推动医疗器械与生物医药集群营业收入突破700亿元；确保年末规上工业企业突破"
    "2200家。新培育省级智能工厂10家以上，规上工业企业数字化改造覆盖率达到90%。随着在手订单集中交付，"
    "预计船舶与海洋工程装备集群营业收入增长20%左右。"
)
doc.add_paragraph("联系人：刘文韬　　电话：0631-5287164")

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
