"""Builds 03_zhongdian_xiangmu_jizhong_kaigong.docx (headings, paragraphs and one real Word table of the
starting and completed projects by county).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_zhongdian_xiangmu_jizhong_kaigong.docx"
FIXED = datetime(2024, 10, 23, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "百色市重大项目建设工作领导小组办公室"
props.last_modified_by = "百色市重大项目建设工作领导小组办公室"
props.title = "百色市2024年第四季度重大项目集中开工竣工活动情况报告"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("百色市2024年第四季度重大项目集中开工竣工活动情况报告", 0)
doc.add_paragraph("百重项办〔2024〕31号　　百色市重大项目建设工作领导小组办公室　　2024年10月23日")
doc.add_paragraph(
    "市委、市人民政府：10月16日，全市2024年第四季度重大项目集中开工竣工活动在平果市举行，设主会场1个、"
    "分会场12个，各县（市、区）和百色高新区同步开工、竣工一批重大项目。现将有关情况报告如下。"
)

doc.add_heading("一、活动总体情况", 1)
doc.add_paragraph(
    "本次活动共集中开工项目68个，总投资386.42亿元，今年计划完成投资72.5亿元；集中竣工项目41个，"
    "总投资152.86亿元。与第三季度集中开工活动相比，开工项目数多14个，总投资增加52.8亿元。开工项目中，"
    "总投资10亿元以上的项目11个，合计总投资241.3亿元，占本批开工总投资的62.4%；列入自治区层面统筹推进"
    "重大项目的16个，列入市级重大项目的37个。加上本批，今年以来全市已组织集中开工活动4次，累计开工项目"
    "236个、总投资1124.6亿元。"
)

doc.add_heading("二、项目结构", 1)
doc.add_paragraph(
    "从类型看，开工的工业项目32个，总投资214.6亿元，占本批开工总投资的55.5%，其中铝产业项目14个、"
    "总投资128.5亿元；基础设施项目17个、92.38亿元；社会民生项目12个、46.27亿元；农业和文旅项目7个、"
    "33.17亿元。竣工项目中，工业项目19个，基础设施项目9个，社会民生项目10个，农业和文旅项目3个。"
    "竣工的工业项目全部达产后，预计可新增年产值85亿元、新增就业岗位3200余个。从投资主体看，本批开工项目中"
    "民间投资项目41个、总投资178.9亿元，占开工总投资的46.3%，民间资本参与重大项目建设的积极性有所提高。"
)

doc.add_heading("三、分县（市、区）情况", 1)
doc.add_paragraph(
    "平果市开工项目9个、总投资96.43亿元，项目个数和总投资均居全市第一；百色高新区、靖西市分别开工8个，"
    "总投资分别为56.49亿元和52.64亿元。那坡县、凌云县、乐业县、西林县开工项目均为3个，单体规模偏小。"
    "竣工方面，平果市竣工6个、靖西市竣工5个，竣工项目总投资分别为31.48亿元、21.36亿元。各地情况见下表。"
)
rows = [
    ("县（市、区）", "开工项目（个）", "开工总投资（亿元）", "竣工项目（个）", "竣工总投资（亿元）"),
    ("右江区", "6", "28.35", "4", "12.60"),
    ("田阳区", "5", "24.80", "3", "9.45"),
    ("田东县", "7", "41.26", "4", "18.72"),
    ("德保县", "5", "22.14", "3", "10.38"),
    ("那坡县", "3", "9.65", "2", "4.16"),
    ("凌云县", "3", "8.72", "2", "3.85"),
    ("乐业县", "3", "10.18", "2", "5.24"),
    ("田林县", "4", "12.46", "2", "4.93"),
    ("西林县", "3", "7.93", "2", "3.67"),
    ("隆林各族自治县", "4", "15.37", "3", "7.82"),
    ("靖西市", "8", "52.64", "5", "21.36"),
    ("平果市", "9", "96.43", "6", "31.48"),
    ("百色高新区", "8", "56.49", "3", "19.20"),
    ("合计", "68", "386.42", "41", "152.86"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、重点项目简况", 1)
doc.add_paragraph(
    "主会场开工的平果鑫岭铝业有限公司年产50万吨高端铝板带箔项目，总投资45.6亿元，分期建设，"
    "全部达产后预计年产值120亿元。靖西市年产20万吨电子铝箔项目总投资18.3亿元；百色高新区新能源汽车"
    "铝合金零部件产业园项目总投资12.8亿元，一期计划2025年6月投产；右江区城区老旧小区改造和供排水管网"
    "更新项目总投资6.42亿元，涉及小区58个、居民7200余户。竣工项目中，田东锦桂新材料有限公司年产30万吨"
    "铝合金圆棒项目总投资9.6亿元，9月已试生产；乐业县大石围天坑群游客服务中心提升项目总投资2.35亿元。"
    "这批项目建成后，将进一步拉长铝产业链条，补齐城市基础设施和公共服务的短板。"
)

doc.add_heading("五、前三季度重大项目推进情况", 1)
doc.add_paragraph(
    "前三季度，全市186个自治区层面统筹推进重大项目完成投资412.3亿元，完成年度计划505.3亿元的81.6%，"
    "超过时序进度6.6个百分点。其中，铝产业重大项目完成投资126.8亿元，完成年度计划的86.2%。"
    "全年列入计划的52个新开工重大项目，已有46个开工，开工率为88.5%，比上半年提高17.3个百分点。"
    "要素保障方面，为本批开工项目落实建设用地3260亩，争取地方政府专项债券资金21.4亿元。"
)

doc.add_heading("六、存在的问题", 1)
doc.add_paragraph(
    "一是部分项目前期工作不扎实，本批开工项目中有9个仍存在征地拆迁遗留问题；二是社会资本项目融资偏难，"
    "有5个项目资金到位率不足50%；三是县域项目储备不均衡，凌云县、西林县开工项目平均总投资不到3亿元。"
)

doc.add_heading("七、下步工作安排", 1)
doc.add_paragraph(
    "四季度力争自治区层面统筹推进重大项目完成投资110亿元以上，确保全年完成投资超过520亿元；11月下旬再组织"
    "集中开工活动，新开工项目不少于20个；对本批开工项目实行周调度、月通报，确保12月底前实物工作量"
    "完成率达到85%以上。"
)
doc.add_paragraph("联系人：陆海鹏　电话：0776-2869035")

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
