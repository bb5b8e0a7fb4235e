"""Builds 02_xiangmu_guanmo_pingbi.docx: a notice of the results of a city-wide key-project inspection
contest, with headings, paragraphs and one real Word table (eight units' project counts, investment,
scores and places).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_xiangmu_guanmo_pingbi.docx"
FIXED = datetime(2024, 12, 12, 10, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "咸宁市重点项目建设指挥部办公室"
props.last_modified_by = "咸宁市重点项目建设指挥部办公室"
props.title = "关于2024年下半年全市重点项目观摩评比结果的通报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("关于2024年下半年全市重点项目观摩评比结果的通报", 0)
doc.add_paragraph("咸重项办〔2024〕21号")
doc.add_paragraph("各县（市、区）人民政府，咸宁高新区、咸宁经开区管委会，市直有关单位：")
doc.add_paragraph(
    "12月2日至5日，市委、市政府组织开展2024年下半年全市重点项目观摩评比活动。观摩团由市领导和市直部门负责人组成，"
    "逐个察看项目现场、听取各地汇报，按照比投资完成、比项目质量、比要素保障、比现场管理的要求现场打分。"
    "现将有关情况通报如下。"
)

doc.add_heading("一、观摩项目基本情况", 1)
doc.add_paragraph(
    "本次共观摩项目46个，总投资608.1亿元，年度计划投资298.5亿元，1—11月完成投资271.2亿元，"
    "完成年度计划的90.9%。其中，工业项目31个、总投资419.7亿元，占观摩项目总投资的69.0%；"
    "服务业和基础设施项目15个、总投资188.4亿元。按建设状态分，今年新开工项目19个，续建项目27个。"
    "总投资10亿元以上的项目有21个，数量比上半年观摩时多5个。"
)
doc.add_paragraph(
    "从全市面上看，1—11月全市612个市级重点项目完成投资942.3亿元，为年度计划的95.6%，"
    "快于时序进度4.1个百分点；年初计划新开工的226个项目已开工218个，开工率96.5%。"
)

doc.add_heading("二、评比结果", 1)
doc.add_paragraph(
    "评比分县（市、区）和园区两个组进行。县（市、区）组中，赤壁市以93.6分排名第一，咸安区、嘉鱼县"
    "分别以92.1分、91.4分位列第二、第三名；崇阳县、通城县、通山县分别以88.7分、87.9分、86.2分"
    "位列第四、第五、第六名。县（市、区）组平均得分90.0分。园区组中，咸宁高新区得90.8分，"
    "咸宁经开区得88.1分，分别排第一、第二名。与上半年相比，崇阳县得分提高3.2分，"
    "通山县得分下降1.4分。各单位得分及观摩项目情况见下表。"
)
rows = [
    ("单位", "观摩项目（个）", "总投资（亿元）", "1—11月完成投资（亿元）", "综合得分", "组内名次"),
    ("赤壁市", "8", "126.4", "58.3", "93.6", "1"),
    ("咸安区", "7", "98.7", "46.1", "92.1", "2"),
    ("嘉鱼县", "7", "112.5", "49.8", "91.4", "3"),
    ("崇阳县", "5", "54.2", "23.6", "88.7", "4"),
    ("通城县", "5", "47.9", "21.4", "87.9", "5"),
    ("通山县", "4", "38.6", "16.5", "86.2", "6"),
    ("咸宁高新区", "6", "88.3", "37.9", "90.8", "1"),
    ("咸宁经开区", "4", "41.5", "17.6", "88.1", "2"),
    ("合计", "46", "608.1", "271.2", "—", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph(
    "从各地情况看，赤壁市8个观摩项目中有7个是工业项目，1—11月完成投资占其年度计划的96.2%；"
    "嘉鱼县观摩项目总投资112.5亿元，仅次于赤壁市，居县（市、区）组第二位，平均单体投资16.1亿元，"
    "在县（市、区）组中最高；咸安区7个观摩项目中有4个是现代服务业项目，冷链物流、商贸综合体等项目带动作用明显；崇阳县5个观摩项目均为今年新开工项目，其中3个已进入设备安装阶段；"
    "咸宁高新区观摩项目1—11月完成投资37.9亿元，占其总投资的42.9%。"
    "通山县观摩项目数量最少、体量偏小，4个项目中有2个开工滞后，拉低了综合得分。"
)

doc.add_heading("三、优秀观摩项目", 1)
doc.add_paragraph(
    "经观摩团推选，评出优秀观摩项目5个：赤壁市年产3万吨锂电池正极材料项目、咸宁高新区年产5GW高效光伏组件项目、"
    "嘉鱼县年产60万台新能源汽车驱动电机项目、咸安区智慧冷链物流园项目、咸宁经开区年产8000吨生物基可降解材料项目。"
    "其中，赤壁市正极材料项目总投资32.5亿元，一期已于10月建成投产，今年完成投资11.8亿元；"
    "嘉鱼县驱动电机项目从签约到投产用时11个月，投产后预计年产值可达45亿元；"
    "咸安区冷链物流园建成冷库库容12万吨，已有38家商贸企业入驻。"
)

doc.add_heading("四、存在的问题", 1)
doc.add_paragraph(
    "观摩中也发现一些问题：一是部分项目投资进度偏慢，46个观摩项目中有7个1—11月完成投资不足年度计划的70%；"
    "二是要素保障仍有短板，通山县2个项目因用地报批延误，开工时间推迟近3个月；"
    "三是个别项目现场管理不规范，安全文明施工措施落实不到位，现场打分中有4个项目该项得分低于6分。"
)

doc.add_heading("五、奖惩措施", 1)
doc.add_paragraph(
    "按照全市重点项目建设考核办法，对两个组排名第一的赤壁市、咸宁高新区各奖励项目前期工作经费200万元，"
    "对排名第二的咸安区、咸宁经开区各奖励100万元；对县（市、区）组排名末位的通山县，"
    "由市重点项目建设指挥部约谈其主要负责同志。"
)

doc.add_heading("六、下步要求", 1)
doc.add_paragraph(
    "各地要对照观摩中指出的问题逐项整改，于12月25日前将整改情况报市重点项目建设指挥部办公室。"
    "12月要全力冲刺，确保全年市级重点项目完成投资突破1000亿元、完成年度计划的100%以上；"
    "同时提前谋划明年项目，力争2025年一季度新开工市级重点项目不少于60个，为明年上半年观摩储备一批好项目。"
)
doc.add_paragraph("咸宁市重点项目建设指挥部办公室")
doc.add_paragraph("2024年12月12日")
doc.add_paragraph("（联系人：陈嘉禾　电话：0715-8263091）")

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
