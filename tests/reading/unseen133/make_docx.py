"""Builds 02_xiangmu_tuijin_tongbao.docx: the 1—11月 notice of the city's key-project office, with headings,
paragraphs and one real Word table of the lagging projects and their reasons.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_xiangmu_tuijin_tongbao.docx"
FIXED = datetime(2025, 12, 19, 16, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "萍乡市重点项目建设推进领导小组办公室"
props.last_modified_by = "萍乡市重点项目建设推进领导小组办公室"
props.title = "关于2025年1—11月全市重点项目推进情况的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph("萍重项办字〔2025〕27号")
doc.add_heading("关于2025年1—11月全市重点项目推进情况的通报", 0)
doc.add_paragraph(
    "各县（区）人民政府，萍乡经济技术开发区、萍乡高新技术产业开发区、武功山风景名胜区管委会，市直有关单位："
)
doc.add_paragraph(
    "现将今年1—11月全市重点项目推进情况通报如下，请各地各部门对照时序进度查找差距，全力以赴打好年末收官战。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "今年全市共安排市重点项目326个，总投资2148.6亿元，年度计划投资612.4亿元。截至11月底，"
    "累计完成投资587.3亿元，投资完成率95.9%，高出时序进度（91.7%）4.2个百分点；"
    "与上年同期相比，完成率提高2.1个百分点。其中，新开工项目148个，已开工139个，开工率93.9%，"
    "尚有9个未开工；续建项目178个，累计完成投资361.5亿元；计划年内竣工的64个项目中已竣工51个，"
    "竣工率79.7%。"
)
doc.add_paragraph(
    "列入省大中型项目调度的142个项目，年度计划投资318.6亿元，1—11月完成301.2亿元，"
    "完成率94.5%，居全省第4位。分类型看，产业项目186个，完成投资342.8亿元，"
    "占全部完成投资的58.4%；基础设施项目78个，完成投资149.6亿元；社会民生项目62个，"
    "完成投资94.9亿元。重点项目有力支撑了全市投资增长，1—11月全市固定资产投资增长5.3%，"
    "工业投资增长12.8%。"
)
doc.add_paragraph(
    "四季度集中签约的42个项目、总投资386.5亿元，已有5个完成备案，其中2个进场施工；"
    "其余项目已全部明确责任领导和服务专员，列入2026年市重点项目储备库。"
)
doc.add_paragraph(
    "项目服务保障持续加力。今年以来市级层面召开重点项目调度会18次，现场协调解决用地、用电、融资等"
    "问题263个，已办结243个，办结率92.4%；为重点项目争取地方政府专项债券资金47.8亿元。"
)

doc.add_heading("二、各县区进度（红黄绿灯）", 1)
doc.add_paragraph(
    "按照投资完成率对照时序进度评定：完成率不低于时序进度的亮绿灯，低于时序进度5个百分点以内的亮黄灯，"
    "低于5个百分点以上的亮红灯。"
)
doc.add_paragraph(
    "绿灯（4个）：湘东区（98.6%）、芦溪县（97.2%）、萍乡经开区（96.8%）、上栗县（93.4%）。"
    "湘东区完成投资82.4亿元，完成率居全市第一。"
)
doc.add_paragraph("黄灯（2个）：安源区（89.5%）、萍乡高新区（88.1%），分别落后时序进度2.2、3.6个百分点。")
doc.add_paragraph(
    "红灯（2个）：莲花县（85.2%）、武功山风景名胜区（79.6%），分别落后时序进度6.5、12.1个百分点，"
    "两地要对照滞后项目清单逐项提出赶超措施。"
)
doc.add_paragraph("市直单位牵头的项目完成投资145.7亿元，完成率105.7%。")

doc.add_heading("三、滞后项目", 1)
doc.add_paragraph(
    "截至11月底，全市完成率低于60%的市重点项目共23个，涉及年度计划投资86.2亿元，"
    "其中产业项目14个。完成率最低的项目及滞后原因见下表，请责任单位逐项销号。"
)
rows = [
    ("序号", "项目名称", "责任单位", "年度计划投资（亿元）", "1—11月完成（亿元）", "完成率（%）", "滞后原因"),
    (
        "1",
        "年产3万吨锂电池负极材料项目",
        "莲花县",
        "6.50",
        "2.21",
        "34.0",
        "环评批复晚于预期，主体厂房8月才开工",
    ),
    (
        "2",
        "武功山金顶索道改造提升工程",
        "武功山风景名胜区管委会",
        "3.20",
        "1.28",
        "40.0",
        "林地使用手续未办结",
    ),
    ("3", "后埠片区城市更新项目（二期）", "安源区", "8.60", "3.87", "45.0", "征迁尚有37户未签约"),
    ("4", "智能电瓷生产线技术改造项目", "萍乡高新区", "2.80", "1.34", "47.9", "进口设备到港推迟"),
    ("5", "花炮产业园安全提升工程", "上栗县", "4.10", "2.05", "50.0", "设计方案调整"),
    ("6", "电瓷产品质量检测中心项目", "芦溪县", "1.90", "1.01", "53.2", "配套资金到位不足"),
    ("7", "工业陶瓷智慧物流园项目", "湘东区", "5.40", "3.02", "55.9", "土地摘牌推迟"),
    ("8", "年产5000吨特种陶瓷膜项目", "萍乡经开区", "3.60", "2.11", "58.6", "投资方融资未到位"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、存在的问题", 1)
doc.add_paragraph(
    "一是部分新开工项目迟迟不能开工。9个未开工项目涉及年度计划投资24.6亿元，其中6个卡在用地、"
    "林地报批环节。二是要素保障仍有缺口，11个项目用地报批未完成，涉及用地约1860亩。"
    "三是入库纳统不及时，已开工项目中还有7个未纳入固定资产投资统计，影响完成投资约9.3亿元。"
)

doc.add_heading("五、下步要求", 1)
doc.add_paragraph(
    "各县区、各责任单位要紧盯年度目标，确保12月底市重点项目完成年度计划投资的100%以上，"
    "全年完成投资力争达到630亿元；9个未开工项目确保年底前至少开工6个；红灯单位要在12月25日前"
    "报送整改措施。市重点项目办将于12月下旬开展年终督查，结果纳入年度综合考核。"
)
doc.add_paragraph("萍乡市重点项目建设推进领导小组办公室")
doc.add_paragraph("2025年12月19日")
doc.add_paragraph("（联系人：刘晨阳　联系电话：0799-6837215）")
doc.add_paragraph("抄送：市委办公室、市人大常委会办公室、市政府办公室、市政协办公室。")

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
