"""Builds 02_lianzhangzhi_jinzhan.docx: headings, paragraphs and one real Word table of the year's tasks.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_lianzhangzhi_jinzhan.docx"
FIXED = datetime(2026, 6, 10, 15, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "丽水市产业链链长制工作专班办公室"
props.last_modified_by = "丽水市经济和信息化局"
props.title = "丽水市产业链链长制工作推进情况报告（2026年1—5月）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("丽水市产业链链长制工作推进情况报告", 0)
doc.add_paragraph("（2026年1—5月）")
doc.add_paragraph("丽链办〔2026〕7号　　丽水市产业链链长制工作专班办公室　　2026年6月10日")
doc.add_paragraph(
    "市委、市政府：今年以来，专班办公室按照“一链一链长、一链一专班、一链一方案”的要求，推动标志性产业链"
    "补链、延链、强链。现将1—5月工作进展报告如下。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "全市半导体、精密制造、健康医药、时尚产业4条标志性产业链由11位市领导分别担任链长、副链长，各链均明确了牵头部门，"
    "共确定链主企业12家，梳理“链主+配套”企业清单316家。1—5月，各产业链共有规上企业771家，占全市规上工业企业的32.3%；"
    "实现营业收入854.1亿元，同比增长9.2%，高于全市规上工业营业收入增速0.5个百分点，占全市规上工业营业收入的72.0%。"
    "链长共带队走访企业63家次，召开链长专题会议9次，新招引亿元以上产业项目23个、协议投资215.6亿元。"
    "链主企业向本地配套企业下达订单23.7亿元，增长16.2%。"
)

doc.add_heading("二、分链运行情况", 1)
doc.add_paragraph(
    "（一）半导体产业链。规上企业57家，实现营业收入126.5亿元，增长24.3%，增速居各链首位。链主企业浙江括苍晶材科技有限公司、"
    "丽水瓯宁微电子股份有限公司、浙江栝阳光电材料有限公司营业收入合计71.8亿元，占全链的56.8%。新招引亿元以上项目6个、"
    "协议投资68.5亿元，年产120万片功率器件芯片项目主体厂房已封顶。"
)
doc.add_paragraph(
    "（二）精密制造产业链。规上企业412家，营业收入486.7亿元，增长9.8%，1—5月新增规上企业11家。其中缙云县锯床、带锯"
    "细分领域规上企业136家，营业收入118.3亿元，增长12.6%。新招引亿元以上项目9个、协议投资72.4亿元。"
)
doc.add_paragraph(
    "（三）健康医药产业链。规上企业64家，营业收入98.3亿元，增长7.4%。链主企业2家营业收入合计41.2亿元，增长10.5%；"
    "创新药研发持续推进，2个品种完成临床前研究。新招引亿元以上项目4个、协议投资39.6亿元。"
)
doc.add_paragraph(
    "（四）时尚产业链。规上企业238家，营业收入142.6亿元，下降2.1%，是唯一负增长的产业链。受海外订单减少影响，"
    "云和县木制玩具企业出口交货值下降6.8%；龙泉青瓷、龙泉宝剑和庆元竹木制品营业收入分别增长3.6%、5.2%、1.9%。"
    "新招引亿元以上项目4个、协议投资35.1亿元。"
)

doc.add_heading("三、问题收集和解决", 1)
doc.add_paragraph(
    "1—5月，通过链长走访、专班例会和驻企联络员等渠道，各产业链共收集企业问题186个，已解决152个，解决率81.7%；"
    "其中5月新收集37个、解决33个，累计解决率比1—4月的79.9%提高1.8个百分点。分链看，半导体、精密制造、健康医药、时尚产业分别收集48个、71个、29个、38个，"
    "解决率分别为85.4%、80.3%、86.2%、76.3%。尚未解决的34个问题中，用地用林类13个，融资类8个，人才用工类7个，"
    "其他6个；需要省级层面协调的5个，已报送省经信厅。已解决问题平均用时16.5天，比一季度缩短2.3天。"
)

doc.add_heading("四、重点任务推进情况", 1)
doc.add_paragraph("专班年初确定的6项年度重点任务，进展情况见下表。")
rows = [
    ("序号", "重点任务", "责任单位", "完成时限", "目前进展"),
    (
        "1",
        "年产120万片功率器件芯片项目完成设备安装调试",
        "丽水经开区管委会、市经信局",
        "2026年8月底",
        "设备到货率78%",
    ),
    (
        "2",
        "精密制造产业链全年新增规上工业企业25家以上",
        "缙云县政府、莲都区政府",
        "2026年12月底",
        "已新增11家",
    ),
    (
        "3",
        "健康医药产业链争取2个创新药品种获批开展临床试验",
        "市经信局、市市场监管局",
        "2026年10月底",
        "1个已获受理",
    ),
    (
        "4",
        "时尚产业链组织企业参加境外展会10场次以上",
        "市商务局、云和县政府、龙泉市政府",
        "2026年9月底",
        "已组织4场次",
    ),
    (
        "5",
        "各链全年新招引亿元以上项目60个以上",
        "市投资促进中心、各县（市、区）政府",
        "2026年12月底",
        "已招引23个，完成38.3%",
    ),
    ("6", "链长制问题解决率提高到90%以上", "各链牵头部门", "2026年12月底", "目前为81.7%"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("五、存在的问题", 1)
doc.add_paragraph(
    "一是时尚产业链外需偏弱，出口交货值自3月起逐月下降，稳订单压力较大。二是部分链主企业带动作用不强，"
    "本地配套率仅为27.5%，关键材料和零部件仍以外购为主。三是要素类问题解决偏慢，用地用林类问题31个，"
    "解决率只有58.1%。"
)

doc.add_heading("六、下步打算", 1)
doc.add_paragraph(
    "6月份，专班将重点抓好三件事：一是力争上半年各产业链营业收入合计突破1000亿元、增长10%左右；二是确保年底前"
    "问题解决率达到90%以上，用地用林类问题逐个明确销号时间；三是在上海、深圳举办产业链专场招商推介会2场以上。"
)
doc.add_paragraph("抄送：市委办公室，市政府办公室，各县（市、区）人民政府，丽水经开区管委会。")
doc.add_paragraph("联系人：叶晓岚　　联系电话：0578-2091763")

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
