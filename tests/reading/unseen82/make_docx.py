"""Builds 02_yiyao_lianzhang_taizhang.docx: headings, paragraphs and one real Word table (the task ledger).

The same bytes every time: the document properties carry fixed dates, and the package is written again
with every member stamped with one fixed time, so nothing depends on the clock.

    /work/main/.venv/bin/python <this folder>/make_docx.py
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_yiyao_lianzhang_taizhang.docx"
STAMP = (2025, 10, 15, 9, 0, 0)

TITLE = "泰州市生物医药产业链链长制工作台账（2025年第三季度）"
LINES = ["泰州市生物医药产业链链长办公室（设在市工业和信息化局）　2025年10月15日"]

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "一、链长会议情况",
        [
            "9月26日，副市长、生物医药产业链链长孙立衡在中国医药城召开第三季度链长会议，听取链长办关于"
            "前三季度链上运行和企业诉求办理情况的汇报，现场协调企业问题11个，逐项明确牵头部门和办结时限。"
            "本季度链长办组织“链长进企业”走访4轮、走访链上企业96家次，召开供需对接会3场，促成合作意向27项，"
            "涉及金额8.6亿元。",
        ],
    ),
    (
        "二、产业链运行情况",
        [
            "前三季度，全市生物医药产业链纳统规上企业386家，其中中国医药城214家，占比55.4%。产业链实现产值"
            "1326.8亿元，同比增长11.6%，增幅较上半年上升0.8个百分点，高于全市规上工业总产值增速3.9个百分点，"
            "占全市规上工业总产值的11.3%，产业规模居全省第2位。9月份产值162.4亿元，增长13.1%。",
            "分领域看，化学药、生物制品、医疗器械、中药、医药服务及其他产值分别为482.6亿元、316.4亿元、"
            "265.3亿元、142.1亿元和120.4亿元；生物制品、医疗器械分别增长18.7%和13.5%，中药下降1.4%。",
            "链主企业泰州华济药业集团有限公司产值372.9亿元，增长7.8%；江苏仁昇生物制药有限公司产值58.7亿元，"
            "增长32.4%；泰州康睿医疗器械有限公司产值21.3亿元，比上年同期增加4.6亿元。链上产值超10亿元的企业"
            "有23家，较上年末增加3家；今年新增规上企业19家，新获药品注册证书37个，其中创新药2个。"
            "链上在建项目47个，总投资412.7亿元，1—9月完成投资92.6亿元，完成年度计划的81.2%，"
            "超过时序进度6.2个百分点。",
        ],
    ),
    (
        "三、企业问题收集和解决情况",
        [
            "今年以来，链长办通过走访、12345政务服务热线和“医药城企业服务直通车”平台累计收集问题158个、"
            "已解决137个，解决率86.7%，比6月末提高2.1个百分点。按类型分，要素保障类43个、审批注册类38个、"
            "融资类29个、人才用工类26个、其他22个。第三季度新收集问题41个，解决问题38个（含上半年结转的问题）。"
            "未解决的21个问题中，需提请省级部门协调的有6个，主要涉及委托生产、研发用物品通关等事项。",
            "本季度解决的典型问题：为仁昇生物协调新建厂房用地约46亩；为康睿医疗对接银行授信3亿元；"
            "为江苏济泰疫苗科技有限公司办结进口设备免税手续，节约资金近900万元。",
        ],
    ),
    ("四、重点任务推进表", []),
]

TABLE = [
    ("序号", "任务", "责任单位", "完成时限", "进展"),
    (
        "1",
        "推动华济药业年产30亿片（粒）固体制剂智能化车间建成投产",
        "中国医药城管委会",
        "2025年12月底前",
        "主体完工，设备安装完成75%",
    ),
    ("2", "新培育规上生物医药企业25家", "市工信局、各市（区）", "2025年12月底前", "已完成19家，占76%"),
    ("3", "组织链上企业与12家三甲医院开展临床对接", "市卫生健康委", "2025年11月底前", "已对接9家"),
    ("4", "为链上中小企业新增授信不少于20亿元", "市委金融办", "2025年12月底前", "已新增15.8亿元，完成79%"),
    (
        "5",
        "建成中国医药城疫苗工程中心二期（总投资5亿元）",
        "中国医药城管委会",
        "2026年6月底前",
        "完成投资3.2亿元，占总投资的64%",
    ),
    (
        "6",
        "招引生物医药项目不少于40个，其中10亿元以上项目5个",
        "市商务局",
        "2025年12月底前",
        "已签约33个，进度82.5%",
    ),
]

AFTER: list[tuple[str, list[str]]] = [
    (
        "五、下步工作",
        [
            "当前链上企业研发费用占营业收入的比重为6.8%，比上年同期下降0.4个百分点，高端研发人才缺口约1200人，"
            "仍需重点破解。四季度，链长办将逐项跟踪任务推进表，全年产业链产值力争突破1800亿元、增长12%以上；"
            "预计全年新增规上企业可达25家；企业问题解决率确保保持在90%以上；年底前再召开链长会议1次。",
        ],
    ),
]


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = props.last_modified_by = "泰州市生物医药产业链链长办公室"
    props.title = TITLE
    props.created = props.modified = dt.datetime(*STAMP)
    props.revision = 1
    doc.add_heading(TITLE, 0)
    for line in LINES:
        doc.add_paragraph(line)
    for heading, paras in SECTIONS:
        doc.add_heading(heading, 1)
        for para in paras:
            doc.add_paragraph(para)
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    table.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for heading, paras in AFTER:
        doc.add_heading(heading, 1)
        for para in paras:
            doc.add_paragraph(para)
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=STAMP)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    data = build()
    (HERE / NAME).write_bytes(data)
    print(f"wrote {NAME}: {len(data)} bytes")
