"""Builds 02_zhongdian_xiangmu_nianzhong.docx: a year-end report of 金华市重点建设领导小组办公室
with headings, paragraphs and two real Word tables (the four batches of 集中开工, and the units' progress
with 排名).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_nianzhong.docx"
FIXED = datetime(2024, 12, 18, 16, 30, 0)

BATCHES = [
    ("批次", "开工时间", "开工项目（个）", "总投资（亿元）", "其中10亿元以上项目（个）"),
    ("第一批", "2月18日", "126", "612.4", "18"),
    ("第二批", "4月26日", "98", "418.6", "11"),
    ("第三批", "7月19日", "87", "356.2", "9"),
    ("第四批", "10月25日", "103", "487.5", "14"),
    ("合计", "—", "414", "1874.7", "52"),
]

UNITS = [
    ("单位", "项目数（个）", "年度计划（亿元）", "1—11月完成（亿元）", "完成率（%）", "排名"),
    ("婺城区", "38", "112.0", "113.5", "101.3", "2"),
    ("金东区", "36", "118.0", "115.2", "97.6", "7"),
    ("兰溪市", "40", "108.0", "108.9", "100.8", "3"),
    ("东阳市", "46", "146.0", "141.3", "96.8", "8"),
    ("义乌市", "78", "286.0", "287.6", "100.6", "4"),
    ("永康市", "42", "132.0", "124.7", "94.5", "10"),
    ("浦江县", "30", "84.0", "83.1", "98.9", "5"),
    ("武义县", "32", "88.0", "86.2", "98.0", "6"),
    ("磐安县", "22", "46.0", "47.4", "103.0", "1"),
    ("金华开发区", "34", "118.0", "111.9", "94.8", "9"),
    ("市本级", "22", "48.0", "43.0", "89.6", "—"),
    ("合计", "420", "1286.0", "1262.8", "98.2", "—"),
]

PARAS = [
    (
        "h1",
        "一、总体进展",
    ),
    (
        "p",
        "2024年全市共安排重点建设项目420个，总投资8652.4亿元，年度计划投资1286.0亿元。其中，省重点建设项目68个，"
        "年度计划投资452.0亿元；市重点建设项目352个，年度计划投资834.0亿元。",
    ),
    (
        "p",
        "截至11月底，全市重点建设项目累计完成投资1262.8亿元，占年度计划的98.2%，快于时序进度6.5个百分点，"
        "较上年同期提高2.8个百分点。分级别看，省重点建设项目完成投资486.3亿元，完成率107.6%，已超年度计划34.3亿元，"
        "完成率居全省第3位；市重点建设项目完成投资776.5亿元，完成率93.1%。分类别看，产业项目完成投资612.4亿元，"
        "占全部完成投资的48.5%；基础设施项目完成405.7亿元；民生和社会事业项目完成244.7亿元。按目前进度测算，"
        "预计全年完成投资1368亿元左右，为年度计划的106.4%，超年度计划82亿元。",
    ),
    ("h1", "二、主要做法"),
    (
        "p",
        "坚持“周调度、月通报、季比拼”，全年召开市级重点项目协调会36次，协调解决用地、用林、审批等问题428个，"
        "问题解决率92.5%。深化“百名干部联百项目”活动，市级领导联系的重点项目全部建立专班，"
        "审批服务平均用时压缩到35个工作日以内。",
    ),
    ("h1", "三、集中开工"),
    (
        "p",
        "全年组织开展四批次重大项目集中开工活动，累计开工项目414个，总投资1874.7亿元，其中列入重点建设计划的项目186个。"
        "各批次情况见表1。第四批集中开工的103个项目中，产业项目71个，占68.9%，单体规模明显大于往年。",
    ),
    ("t1", "表1　2024年重大项目集中开工情况"),
    ("h1", "四、竣工投产"),
    (
        "p",
        "全年计划竣工项目86个，1—11月已竣工71个，竣工率82.6%，预计年底前竣工88个。已竣工项目总投资642.3亿元，其中产业项目39个，"
        "全部达产后可新增年产值约265亿元。义乌国际陆港物流枢纽一期、金义新区年产20万套新能源汽车电驱系统项目等"
        "一批标志性项目建成投用。",
    ),
    ("h1", "五、各地推进情况"),
    (
        "p",
        "各县（市、区）、金华开发区和市本级重点建设项目推进情况见表2（排名按完成率，市本级不参与排名）。"
        "磐安县、婺城区、兰溪市、义乌市等4个县（市、区）已提前完成年度计划，其中磐安县完成率103.0%，居全市第一；"
        "永康市、金华开发区完成率均低于95%，需加快追赶。",
    ),
    ("t2", "表2　各地重点建设项目推进情况（截至11月底）"),
    ("h1", "六、存在问题"),
    (
        "p",
        "一是要素制约依然突出，全市仍有23个项目用地指标未落实，涉及用地约1860亩。二是部分产业项目进度偏慢，"
        "永康市、金华开发区产业项目完成率均不足90%。三是新开工项目储备不足，明年计划新开工的230个项目中，"
        "已完成前期手续的仅96个，占41.7%。",
    ),
    ("h1", "七、2025年工作安排"),
    (
        "p",
        "2025年，全市拟安排重点建设项目450个左右，年度计划投资1350亿元以上，其中省重点建设项目力争达到72个。"
        "一季度力争集中开工项目130个以上、总投资600亿元以上；全年计划新开工项目230个、竣工项目90个，"
        "确保重点建设项目年度投资完成率达到100%以上。积极争取更多项目列入省“千项万亿”工程。",
    ),
]


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


def main() -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "金华市重点建设领导小组办公室"
    props.last_modified_by = "金华市重点建设领导小组办公室"
    props.title = "关于2024年全市重点建设项目推进情况的报告"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1

    doc.add_paragraph("金华市重点建设领导小组办公室文件")
    doc.add_paragraph("金重建办〔2024〕41号")
    doc.add_heading("关于2024年全市重点建设项目推进情况的报告", 0)
    doc.add_paragraph(
        "市委、市政府：今年以来，全市上下围绕“项目攻坚年”部署，以重点建设项目为抓手扩投资、稳增长，"
        "项目建设总体好于预期。现将截至11月底的推进情况和明年安排报告如下。"
    )
    for kind, text in PARAS:
        if kind == "h1":
            doc.add_heading(text, 1)
        elif kind == "p":
            doc.add_paragraph(text)
        else:
            doc.add_paragraph(text)
            table(doc, BATCHES if kind == "t1" else UNITS)
    doc.add_paragraph("金华市重点建设领导小组办公室　　2024年12月18日")
    doc.add_paragraph("抄送：市发展改革委，各县（市、区）人民政府，金华开发区管委会。")
    doc.add_paragraph("联系人：陈思远　　电话：0579-82134627")

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


if __name__ == "__main__":
    main()
