"""Builds 02_zhongdian_xiangmu_jindu.docx: headings, paragraphs and one real Word table of ten projects.

The package is written through python-docx, then packed again with fixed member dates and fixed document
properties, so the same bytes come out every time:

    /work/main/.venv/bin/python <this folder>/make_docx.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhongdian_xiangmu_jindu.docx"
STAMP = datetime(2025, 7, 18, 10, 30, 0)

TITLE = "娄底市发展和改革委员会关于2025年上半年市重点项目建设进展情况的报告"
HEAD = ["娄发改投资〔2025〕58号", "市人民政府："]

PARAS: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，我委围绕市委、市政府确定的“项目建设年”部署，坚持“一月一调度、一季一讲评”，压紧压实项目责任，"
        "全市重点项目建设总体平稳。现将上半年有关情况报告如下。",
    ),
    ("h", "一、总体进展"),
    (
        "p",
        "2025年列入市重点的项目共248个，估算总投资2186.7亿元，全年计划完成投资612.0亿元。1—6月累计完成投资355.2亿元，"
        "投资完成率58.0%，超出时序进度8个百分点，比上年同期高3.6个百分点；完成投资同比增长9.8%。单看6月，"
        "当月完成投资71.6亿元，比5月多完成8.3亿元。全市46个省重点建设项目的投资完成率在全省排第4位，"
        "较一季度前移2位。",
    ),
    (
        "p",
        "新开工方面，年度计划新开工项目96个，截至6月底已开工83个，开工率86.5%，比上年同期提高4.2个百分点；"
        "续建项目152个，已有12个竣工或部分投产。",
    ),
    ("h", "二、分类推进情况"),
    (
        "p",
        "按项目级别看，248个市重点项目中同时列入省重点建设项目、省重大产业项目的分别有38个和15个，"
        "上半年分别完成投资96.4亿元和35.8亿元。",
    ),
    (
        "p",
        "按投向看，产业项目134个，完成投资198.6亿元，占全部完成额的55.9%，增长12.4%，其中制造业项目87个、"
        "完成投资126.7亿元；基础设施项目71个，完成投资104.3亿元，增长6.1%；社会民生项目43个，"
        "完成投资52.3亿元，下降3.5%。",
    ),
    (
        "p",
        "按地区看，冷水江市、娄底经开区完成率分别为61.5%和60.5%，排在前两位；新化县完成率53.3%，"
        "在各县市区和园区中排名靠后，比全市低4.7个百分点。",
    ),
    ("h", "三、重点项目进展明细"),
]

TABLE = [
    ["项目", "级别", "年度计划（万元）", "1—6月完成", "完成率", "进度"],
    ["娄底经开区年产30万吨硅钢深加工项目", "省重大产业", "120000", "71600", "59.7%", "超序时"],
    ["冷水江市锑品新材料产业园（一期）", "省重点", "45000", "27900", "62.0%", "超序时"],
    ["娄底高新区年产2GWh储能电池项目", "省重大产业", "80000", "36400", "45.5%", "滞后"],
    ["娄底市中心医院新院区建设项目", "省重点", "35000", "14350", "41.0%", "滞后"],
    ["双峰县农机装备产业园二期", "市重点", "32000", "20160", "63.0%", "超序时"],
    ["新化县文印产业园标准厂房项目", "市重点", "26000", "9880", "38.0%", "滞后"],
    ["娄星区老旧小区改造提质项目", "市重点", "22000", "13420", "61.0%", "超序时"],
    ["涟源市湄江旅游公路提质改造项目", "市重点", "18500", "11100", "60.0%", "超序时"],
    ["冷水江市禾青镇10万千瓦农光互补光伏项目", "省重点", "40000", "26000", "65.0%", "超序时"],
    ["娄底经开区5G智慧物流园项目", "市重点", "15000", "9600", "64.0%", "超序时"],
]

TAIL: list[tuple[str, str]] = [
    ("h", "四、存在的主要问题"),
    (
        "p",
        "一是部分项目进度滞后。截至6月底，投资完成率低于时序进度的项目有27个，占项目总数的10.9%，"
        "其中滞后10个百分点以上的9个。新化县文印产业园标准厂房项目完成率仅38.0%，滞后时序进度12个百分点；"
        "娄底市中心医院新院区建设项目滞后时序进度9个百分点；娄底高新区年产2GWh储能电池项目因设备进口延迟，"
        "滞后4.5个百分点。",
    ),
    (
        "p",
        "二是要素保障仍有缺口。尚有31个项目存在用地问题，涉及用地约1260亩；项目资金到位率71.3%，"
        "比一季度下降2.6个百分点，6个项目的融资缺口合计超过18亿元。",
    ),
    (
        "p",
        "三是接续项目不足。下半年拟开工的13个项目中，用地、环评等前期手续齐备的仅5个。",
    ),
    ("h", "五、下半年工作打算"),
    (
        "p",
        "我委将对滞后项目实行挂牌督办、逐个销号，确保剩余13个计划新开工项目9月底前全部开工，"
        "力争三季度末投资完成率达到80%以上；全年完成投资力争达到650亿元以上，年度计划完成率确保不低于106%。"
        "同时提早谋划2026年项目，新储备市重点项目不少于260个、总投资突破2500亿元。",
    ),
    ("p", "特此报告。"),
]

SIGN = ["娄底市发展和改革委员会", "2025年7月18日", "（联系人：贺晓峰　电话：0738-8516327）"]


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = "娄底市发展和改革委员会"
    props.last_modified_by = "娄底市发展和改革委员会"
    props.title = TITLE
    props.created = STAMP
    props.modified = STAMP
    props.revision = 1
    doc.add_heading(TITLE, 0)
    for line in HEAD:
        doc.add_paragraph(line)
    for kind, text in PARAS:
        doc.add_heading(text, 1) if kind == "h" else doc.add_paragraph(text)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for kind, text in TAIL:
        doc.add_heading(text, 1) if kind == "h" else doc.add_paragraph(text)
    for line in SIGN:
        doc.add_paragraph(line)
    raw = io.BytesIO()
    doc.save(raw)
    return repack(raw.getvalue())


def repack(data: bytes) -> bytes:
    """The same members in the same order, each dated STAMP, so the zip is the same every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    (HERE / NAME).write_bytes(build())
    print(f"wrote {NAME}")
