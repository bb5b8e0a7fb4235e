"""Builds 03_renwu_qingdan_jindu.docx: the city's notice on how its 2024 list of key tasks stood after the
first quarter, with two real Word tables (progress by field; the quantified tasks with 序号 / 任务 / 目标 /
责任单位 / 时限 / 进展).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_renwu_qingdan_jindu.docx"
FIXED = datetime(2024, 4, 12, 10, 0, 0)

FIELDS = [
    ("领域", "任务数（项）", "已完成", "正常推进", "滞后"),
    ("经济发展", "34", "3", "28", "3"),
    ("改革创新", "18", "2", "14", "2"),
    ("生态环保", "12", "1", "11", "0"),
    ("民生保障", "22", "3", "18", "1"),
    ("合计", "86", "9", "71", "6"),
]

TASKS = [
    ("序号", "任务", "目标", "责任单位", "时限", "进展"),
    (
        "1",
        "地区生产总值增长",
        "增长6%左右",
        "市发展改革委、市统计局",
        "全年",
        "一季度增长5.8%，高于全省0.4个百分点",
    ),
    (
        "2",
        "规模以上工业增加值增长",
        "增长8%以上",
        "市工业和信息化局",
        "全年",
        "一季度增长8.6%，增速居全省第3位",
    ),
    ("3", "固定资产投资增长", "增长7%以上", "市发展改革委", "全年", "一季度增长6.3%，进度滞后"),
    (
        "4",
        "市重点项目完成投资",
        "完成年度计划投资1320亿元",
        "市发展改革委",
        "全年",
        "完成298.6亿元，占年度计划的22.6%",
    ),
    ("5", "新开工亿元以上项目", "300个以上", "市发展改革委", "全年", "一季度集中开工152个，完成目标的50.7%"),
    ("6", "新增规模以上工业企业", "新增150家", "市工业和信息化局", "全年", "新入规企业71家，完成47.3%"),
    ("7", "城镇新增就业", "5.5万人以上", "市人力资源和社会保障局", "全年", "新增1.48万人，完成26.9%"),
    ("8", "城镇老旧小区改造", "开工改造326个小区", "市住房和城乡建设局", "11月底", "已开工58个，开工率17.8%"),
    ("9", "高标准农田建设", "建成28万亩", "市农业农村局", "6月底", "已建成16.4万亩，占58.6%"),
    (
        "10",
        "细颗粒物（PM2.5）浓度",
        "年均浓度控制在42微克/立方米以内",
        "市生态环境局",
        "全年",
        "一季度平均浓度58微克/立方米，同比下降6.5%",
    ),
    (
        "11",
        "一季度招商签约",
        "签约亿元以上项目60个",
        "市商务局",
        "3月底",
        "签约64个，协议投资412.3亿元，已完成",
    ),
    ("12", "政务服务“一网通办”", "网上办理率达到95%", "市行政审批局", "3月底", "达到93.6%，逾期未完成"),
    ("13", "东二环北延工程开工", "主线工程开工", "市交通运输局", "3月底", "受征地拆迁影响尚未开工，逾期"),
    ("14", "新建改扩建中小学", "新增学位1.2万个", "市教育局", "8月底", "已开工校舍项目7个，涉及学位4800个"),
]


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


doc = Document()
props = doc.core_properties
props.author = "保定市人民政府督查室"
props.last_modified_by = "保定市人民政府督查室"
props.title = "保定市2024年度重点任务清单推进情况通报（第一季度）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("保定市2024年度重点任务清单推进情况通报", 0)
doc.add_paragraph("（第一季度）")
doc.add_paragraph("保督通〔2024〕5号　　保定市人民政府督查室　　2024年4月12日")
doc.add_paragraph("各县（市、区）人民政府、开发区管委会，市政府各部门：")
doc.add_paragraph(
    "按照《保定市2024年度重点任务清单》安排，市政府督查室会同市发展改革委，对清单所列重点任务一季度推进情况"
    "逐项进行了调度核查，并对部分任务现场抽查。现将有关情况通报如下。"
)

doc.add_heading("一、总体进展", 1)
doc.add_paragraph(
    "截至3月31日，清单所列86项重点任务中，已完成9项，占10.5%；正常推进71项，占82.6%；进度滞后6项，占7.0%。"
    "按清单时限应于一季度完成的12项任务中，按期完成9项，按期完成率75.0%；逾期未完成3项。与1—2月调度时相比，"
    "已完成任务增加5项，滞后任务减少2项。分领域看，经济发展类任务完成和推进情况相对较好，生态环保类任务"
    "没有滞后，民生保障类任务受季节影响，部分工程尚未进入施工期。各领域进展见表1。"
)
doc.add_paragraph(
    "分县（市、区）看，清单分解到各县（市、区）和开发区的任务共612项，一季度已完成73项，完成率11.9%。"
    "涿州市、定兴县、保定高新区完成率较高，分别为18.6%、15.2%、14.8%，其中涿州市居全市第1位；"
    "阜平县、涞源县完成率均不足5%，需加快推进。"
)
doc.add_paragraph("表1　重点任务分领域推进情况（单位：项）")
table(doc, FIELDS)

doc.add_heading("二、主要量化任务推进情况", 1)
doc.add_paragraph(
    "清单中有明确量化目标的任务共38项，表2列出其中主要任务。从一季度情况看，多数指标与时序进度基本同步，"
    "地区生产总值、规模以上工业增加值增速均快于全省，新开工亿元以上项目已完成全年目标的一半以上；"
    "固定资产投资、城镇老旧小区改造等任务进度偏慢。"
)
doc.add_paragraph("表2　主要量化任务推进情况（截至3月31日）")
table(doc, TASKS)

doc.add_heading("三、逾期和滞后任务", 1)
doc.add_paragraph(
    "逾期未完成的3项任务为：政务服务“一网通办”网上办理率（市行政审批局）、东二环北延工程开工（市交通运输局）、"
    "农村供水提质改造工程招标（市水利局）。其中，东二环北延工程因征地拆迁涉及的43户尚未签约，开工时间预计推迟到"
    "5月中旬。滞后任务中，经济发展类3项、改革创新类2项、民生保障类1项，涉及8个责任单位。固定资产投资一季度增长"
    "6.3%，比年度目标低0.7个百分点，主要是部分基础设施项目资金到位偏慢；老旧小区改造开工率比上年同期低4.2个"
    "百分点。"
)

doc.add_heading("四、下步工作要求", 1)
doc.add_paragraph(
    "一是对照时限倒排工期。各责任单位要逐项细化二季度节点，力争二季度末已完成任务达到25项以上，滞后任务"
    "控制在3项以内。二是盯紧关键指标。市重点项目上半年完成投资确保达到年度计划的50%，新入规企业上半年力争达到80家，"
    "城镇新增就业上半年完成3万人以上。三是严格督查问效。对逾期任务实行挂牌督办、销号管理，对整改不力的"
    "责任单位在全市通报。"
)
doc.add_paragraph("联系人：马文博　　电话：0312-3086247")

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
