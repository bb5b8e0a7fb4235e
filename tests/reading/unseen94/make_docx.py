"""Builds 02_shuangguoban_tongbao.docx: the 梅州市重点项目工作领导小组办公室 bulletin on the half-year
"双过半" of the city's key projects, with the counties' completion and ranks in one real Word table.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
NAME = "02_shuangguoban_tongbao.docx"
FIXED = datetime(2024, 7, 12, 10, 0, 0)
TITLE = "关于2024年上半年全市重点项目建设“双过半”情况的通报"

PARAS_1 = [
    (
        "h1",
        "一、总体情况",
    ),
    (
        "p",
        "今年全市共安排市重点项目386个，计划总投资2968.4亿元，其中当年计划完成投资612.5亿元。1—6月，市重点项目累计完成投资"
        "338.7亿元，同比增长8.6%，完成年度计划的55.3%，超过时序进度5.3个百分点，实现了“时间过半、任务过半”。"
        "6月当月完成投资71.6亿元，为年内单月最高；1—5月累计完成267.1亿元，完成率43.6%。",
    ),
    (
        "p",
        "列入省重点建设项目计划的78个项目完成投资149.2亿元，完成年度计划的56.3%，比全省平均水平高1.8个百分点，"
        "完成率在全省排第6位。分类型看，产业项目完成投资142.6亿元，占全部完成投资的42.1%；基础设施项目完成"
        "128.4亿元；民生及社会事业项目完成67.7亿元。",
    ),
    (
        "p",
        "项目开工方面，年内计划新开工项目142个，截至6月30日已开工97个，开工率68.3%，比5月底提高10.6个百分点；"
        "竣工投产方面，已有21个项目建成投产，占全年计划竣工项目58个的36.2%。",
    ),
    ("h1", "二、各县（市、区）推进情况"),
    (
        "p",
        "8个县（市、区）中有6个完成率超过50%，蕉岭县、梅江区、五华县分列前三位；丰顺县、平远县未实现“过半”，"
        "分别落后时序进度1.0个和2.7个百分点。各地完成情况如下表（按完成率排序）。",
    ),
]

TABLE = [
    (
        "县（市、区）",
        "年度计划投资（亿元）",
        "1—6月完成投资（亿元）",
        "完成率（%）",
        "比时序进度（百分点）",
        "排名",
    ),
    ("蕉岭县", "46.5", "27.9", "60.0", "+10.0", "1"),
    ("梅江区", "52.6", "31.4", "59.7", "+9.7", "2"),
    ("五华县", "64.8", "38.2", "59.0", "+9.0", "3"),
    ("梅县区", "78.3", "44.9", "57.3", "+7.3", "4"),
    ("大埔县", "43.7", "23.3", "53.3", "+3.3", "5"),
    ("兴宁市", "71.5", "37.6", "52.6", "+2.6", "6"),
    ("丰顺县", "49.2", "24.1", "49.0", "-1.0", "7"),
    ("平远县", "45.7", "21.6", "47.3", "-2.7", "8"),
    ("县（市、区）合计", "452.3", "249.0", "55.1", "+5.1", "—"),
]

PARAS_2 = [
    (
        "p",
        "注：县（市、区）数据含辖区内园区项目；市直部门牵头的项目单列统计，完成投资89.7亿元，完成率56.0%。",
    ),
    (
        "p",
        "园区方面，梅州高新区完成投资18.6亿元，完成率62.4%；广州（梅州）产业转移工业园完成投资12.3亿元，"
        "完成率51.7%，两个园区均已过半。",
    ),
    (
        "p",
        "从大项目看，总投资10亿元以上的32个项目完成投资126.5亿元，完成年度计划的58.7%，对全市投资的拉动作用"
        "明显。梅县区年产12GW高效光伏组件项目于6月开工建设，当月完成投资2.1亿元；梅江区城区防洪排涝提升工程"
        "完成投资3.8亿元，完成率达72.5%；蕉岭县绿色建材产业园项目上半年完成投资4.6亿元，已完成全年任务的"
        "八成以上。",
    ),
    ("h1", "三、存在问题"),
    (
        "p",
        "（一）部分项目进度明显滞后。386个项目中，完成率低于30%的有43个，其中12个项目上半年投资仍为零。"
        "尚未开工的45个计划新开工项目中，受用地报批制约的19个，资金未落实的11个。",
    ),
    (
        "p",
        "（二）产业项目支撑偏弱。产业项目年度计划完成率为51.8%，低于全部项目3.5个百分点，制造业项目中总投资"
        "超过5亿元的仅9个。",
    ),
    (
        "p",
        "（三）要素保障仍有短板。目前尚有37宗项目用地未完成报批，涉及用地约2860亩；已下达的46.8亿元专项债券资金"
        "支出进度为62.5%，有4个县低于全市平均。",
    ),
    ("h1", "四、交办事项"),
    (
        "p",
        "1.丰顺县、平远县要逐个项目分析滞后原因，于7月15日前将整改方案报市重点办，确保三季度末完成年度计划的"
        "75%以上。责任单位：丰顺县人民政府、平远县人民政府。",
    ),
    (
        "p",
        "2.对尚未开工的45个项目实行“一项目一专班”，力争7月底前再开工20个以上，9月底前开工率达到90%以上。"
        "责任单位：各县（市、区）人民政府，市发展改革局。",
    ),
    (
        "p",
        "3.加快37宗项目用地报批，8月31日前全部上报省自然资源厅。责任单位：市自然资源局，各县（市、区）人民政府。",
    ),
    (
        "p",
        "4.加快专项债券资金支出，7月底前支出进度达到80%以上，9月底前全部支出完毕。责任单位：市财政局、"
        "市发展改革局。",
    ),
    (
        "p",
        "下半年，各地各部门要对照全年目标倒排工期，确保全年市重点项目完成投资620亿元以上、省重点项目完成年度计划的"
        "100%以上。市重点办将每月通报进度，对连续两个月排名末位的县（市、区）进行约谈。",
    ),
]


def add(doc, items):
    for kind, text in items:
        if kind == "h1":
            doc.add_heading(text, 1)
        else:
            doc.add_paragraph(text)


doc = Document()
props = doc.core_properties
props.author = "梅州市重点项目工作领导小组办公室"
props.last_modified_by = "市重点办项目协调科"
props.title = TITLE
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 3

head = doc.add_paragraph("梅州市重点项目工作领导小组办公室")
head.alignment = WD_ALIGN_PARAGRAPH.CENTER
num = doc.add_paragraph("梅市重点办〔2024〕17号")
num.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_heading(TITLE, 0)
doc.add_paragraph("各县（市、区）人民政府，市直有关单位：")
doc.add_paragraph(
    "为压实项目建设责任，推动全年投资目标如期完成，市重点办对上半年全市重点项目建设情况进行了调度核实，"
    "现将有关情况通报如下。"
)
add(doc, PARAS_1)
table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
table.style = "Table Grid"
for i, row in enumerate(TABLE):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
add(doc, PARAS_2)
sign = doc.add_paragraph("梅州市重点项目工作领导小组办公室")
sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
date = doc.add_paragraph("2024年7月12日")
date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("（联系人：市重点办项目协调科 温晓峰，电话：0753-2251748）")
doc.add_paragraph("抄送：市委办公室，市人大常委会办公室，市政协办公室。")

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
