"""Builds 02_jizhong_kaigong_q4.docx (headings, paragraphs and one real Word table of eight projects).

The core properties are fixed and the package is rewritten with one fixed timestamp for every member, so the
file has the same bytes every time:

    /work/main/.venv/bin/python <this folder>/make_docx.py
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_jizhong_kaigong_q4.docx"
STAMP = dt.datetime(2025, 12, 3, 9, 0, 0)

PARAS: list[tuple[str, str]] = [
    ("t", "周口市发展和改革委员会关于2025年第四批重大项目集中开工情况的报告"),
    ("p", "周发改〔2025〕214号"),
    ("p", "市人民政府："),
    (
        "p",
        "按照市委、市政府“项目为王”的工作部署，11月27日，全市2025年第四批重大项目集中开工活动在周口经开区"
        "主会场和各县（市、区）分会场同步举行。现将有关情况报告如下。",
    ),
    ("h", "一、基本情况"),
    (
        "p",
        "本批共集中开工项目136个，总投资682.4亿元，其中今年计划完成投资98.6亿元，单个项目平均投资5.02亿元。其中，"
        "投资亿元以上的项目112个，占项目总数的82.4%；10亿元以上项目18个，总投资318.9亿元，占本批总投资的46.7%。"
        "与三季度第三批集中开工相比，项目个数增加21个，总投资增加113.6亿元。",
    ),
    (
        "p",
        "按项目级别分，省重点项目24个、总投资286.5亿元，市重点项目71个、总投资301.2亿元，县级重点项目41个、"
        "总投资94.7亿元。按产业类别分，工业项目78个、总投资412.6亿元，占本批总投资的60.5%，其中先进制造业项目53个；"
        "基础设施项目29个、总投资163.8亿元；社会民生项目29个、总投资106.0亿元。从投资主体看，民间投资项目97个，"
        "占项目总数的71.3%。",
    ),
    ("h", "二、分地区情况"),
    (
        "p",
        "周口经开区主会场开工项目10个，总投资92.7亿元，总投资居全市第1位。项城市开工项目16个、总投资86.3亿元，"
        "项目个数全市最多；郸城县、鹿邑县、沈丘县分别开工14个、13个、13个，总投资分别为61.2亿元、58.4亿元、"
        "54.9亿元。港区开工项目6个，总投资68.5亿元，以临港物流和装备制造项目为主。川汇区、淮阳区、商水县、太康县"
        "开工项目分别为9个、11个、12个、12个，总投资依次为48.4亿元、44.1亿元、45.3亿元、47.6亿元；扶沟县、"
        "西华县均开工10个，总投资均不足40亿元。",
    ),
    ("h", "三、重点项目"),
    (
        "p",
        "本批项目中产业带动性强的重大项目较多，部分项目情况见下表。周口经开区恒瑞达年产30万吨特种纸项目总投资"
        "26.5亿元，是本批投资规模最大的工业项目；港区通用码头扩建项目建成后可新增泊位8个，年吞吐能力提升至600万吨。",
    ),
]

TABLE = [
    ("项目名称", "建设地点", "总投资（亿元）", "年度计划（亿元）"),
    ("周口恒瑞达年产30万吨特种纸项目", "周口经开区", "26.5", "3.2"),
    ("项城市年产2亿支医用导管项目", "项城市", "12.8", "2.1"),
    ("郸城县年产20万吨生物基材料项目", "郸城县", "18.6", "2.5"),
    ("周口港区年吞吐能力600万吨通用码头扩建项目", "港区", "15.4", "1.8"),
    ("沈丘县年产12万吨高端铝材项目", "沈丘县", "9.7", "1.6"),
    ("鹿邑县年产8000万支化妆刷项目", "鹿邑县", "6.3", "1.2"),
    ("太康县年产3000台节能锅炉项目", "太康县", "7.2", "1.1"),
    ("川汇区沙颍河北岸片区城市更新项目", "川汇区", "11.9", "2.4"),
]

TAIL: list[tuple[str, str]] = [
    ("h", "四、前三批项目推进情况"),
    (
        "p",
        "今年以来，全市共组织集中开工活动四批，累计开工项目487个，总投资2316.8亿元。前三批351个项目1—11月"
        "完成投资612.7亿元，完成年度计划的96.3%，高于时序进度4.6个百分点，已投产或部分投产项目87个。截至12月2日，"
        "第四批项目已实际开工128个，开工率94.1%。",
    ),
    ("h", "五、存在问题和下步打算"),
    (
        "p",
        "从调度情况看，部分项目前期手续仍不完备：本批项目中有11个项目用地手续尚未全部办结，涉及用地约1260亩；"
        "申报专项债券的19个项目中，已获批9个，获批额度18.7亿元，资金缺口依然较大。",
    ),
    (
        "p",
        "下一步，我委将会同各县（市、区）和有关部门，对未开工的8个项目实行一项目一专班，确保12月20日前全部开工；"
        "全年重点项目完成投资确保达到年度计划的105%以上。同时提前谋划2026年一季度集中开工，力争项目不少于150个、"
        "总投资突破700亿元。本批项目全部达产后，预计可新增年产值约860亿元，带动新增就业2.3万人。",
    ),
    ("p", "周口市发展和改革委员会"),
    ("p", "2025年12月3日"),
]


def add(doc, kind: str, text: str) -> None:
    if kind == "t":
        doc.add_heading(text, 0)
    elif kind == "h":
        doc.add_heading(text, 1)
    else:
        doc.add_paragraph(text)


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = "周口市发展和改革委员会"
    props.last_modified_by = "周口市发展和改革委员会"
    props.title = "第四批重大项目集中开工情况的报告"
    props.created = STAMP
    props.modified = STAMP
    props.last_printed = STAMP
    props.revision = 1
    for kind, text in PARAS:
        add(doc, kind, text)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    for kind, text in TAIL:
        add(doc, kind, text)
    raw = io.BytesIO()
    doc.save(raw)
    # repack with one fixed timestamp so that the bytes do not depend on when the script runs
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    data = build()
    (HERE / NAME).write_bytes(data)
    print(f"wrote {NAME}: {len(data)} bytes")
