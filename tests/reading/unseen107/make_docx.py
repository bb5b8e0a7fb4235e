"""Builds 03_lianzhangzhi_tuijin.docx: the 1—10月 report of 抚州市's industrial-chain office, with
headings, paragraphs and one real Word table (eight chains and a total row).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_lianzhangzhi_tuijin.docx"
FIXED = datetime(2024, 11, 12, 10, 0, 0)

CHAINS = [
    ("产业链", "链长", "规上企业（家）", "营收（亿元）", "增速（%）", "收集问题（个）", "已解决（个）"),
    ("汽车及零部件", "陈立峰", "96", "286.4", "14.2", "42", "39"),
    ("电子信息", "周海涛", "168", "415.7", "9.6", "51", "45"),
    ("生物医药", "黄文清", "74", "168.3", "7.8", "36", "33"),
    ("新材料", "刘思源", "152", "372.5", "3.1", "47", "41"),
    ("现代轻纺", "吴建国", "186", "214.6", "-2.3", "39", "33"),
    ("绿色食品", "邓晓明", "172", "198.2", "5.4", "44", "40"),
    ("新能源", "徐卫华", "94", "203.8", "4.6", "31", "26"),
    ("数字经济", "曾丽萍", "84", "89.1", "11.3", "22", "19"),
    ("合计", "—", "1026", "1948.6", "6.5", "312", "276"),
]

PROBLEMS = [
    (
        "（一）本地配套不足。电子信息产业链本地配套率仅为27.6%，覆铜板、芯片封装等核心环节主要依赖外地采购，"
        "链主企业反映物流成本偏高。",
        "责任单位：市工信局、电子信息产业链工作专班；完成时限：2024年12月底前。",
    ),
    (
        "（二）用工阶段性紧张。现代轻纺、电子信息两条产业链旺季用工缺口约3600人，熟练技工和设备维护人员尤为短缺。",
        "责任单位：市人社局、各县区人民政府；完成时限：2024年11月底前。",
    ),
    (
        "（三）中小企业融资难。36家链上中小企业提出融资需求合计18.7亿元，目前尚有11家企业、5.4亿元需求未完成对接。",
        "责任单位：市委金融办、人民银行抚州市分行；完成时限：2024年12月15日前。",
    ),
    (
        "（四）项目要素制约。生物医药产业链有3个项目环评审批进度滞后；绿色食品产业链中，南丰县蜜桔精深加工率不足10%，"
        "产品附加值不高。",
        "责任单位：市生态环境局、市农业农村局、南丰县人民政府；完成时限：2024年12月底前。",
    ),
]

TASKS = [
    "一是冲刺全年目标。力争全年重点产业链营业收入突破2350亿元，增速保持在7%左右；全年新增规上企业80家以上。",
    "二是提升诉求办结质量。对未解决的36个诉求逐项明确责任人，确保年底前诉求解决率达到95%以上。",
    "三是强化链式招商。11—12月各产业链新签约项目不少于20个，重点引进电子信息、新能源产业链缺失环节的配套企业。",
    "四是做好要素保障。对问题清单所列事项实行清单化、销号式管理，由工作专班逐项调度，办结后及时销号，"
    "未按时限办结的在全市通报。",
    "五是开展链长季度评估。对诉求解决率低于全市平均水平的产业链，由市产业链办约谈工作专班负责人。",
]


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.author = "抚州市产业链链长制工作领导小组办公室"
    props.last_modified_by = "抚州市产业链链长制工作领导小组办公室"
    props.title = "抚州市重点产业链链长制工作推进情况报告（2024年1—10月）"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1

    doc.add_heading("抚州市重点产业链链长制工作推进情况报告", 0)
    doc.add_paragraph("（2024年1—10月）")
    doc.add_paragraph("抚产链办〔2024〕17号　　抚州市产业链链长制工作领导小组办公室　　2024年11月12日")
    doc.add_paragraph(
        "市委、市政府：今年以来，各产业链链长、副链长带头走企业、解难题、抓招商，推动产业链延链补链强链。"
        "现将1—10月链长制工作推进情况报告如下。"
    )

    doc.add_heading("一、总体情况", 1)
    doc.add_paragraph(
        "1—10月，全市重点产业链共有规上企业1026家，比年初净增58家；实现营业收入1948.6亿元，同比增长6.5%，"
        "在全市规上工业营业收入中占78.4%；实现利润总额86.7亿元，增长2.4%，占全市规上工业利润总额的76.9%，"
        "对全市工业增长的支撑作用持续增强。链上营收超10亿元的企业有34家，比上年同期增加5家。"
    )
    doc.add_paragraph(
        "链长履职方面，各链长、副链长累计走访企业326家次，召开链长调度会24次、产业链专题协调会41次，"
        "梳理企业诉求312个，目前已解决276个，解决率为88.5%，其余36个正在推进。产业链招商方面，围绕链主企业开展精准招商，"
        "新签约产业链项目63个，签约金额412.8亿元，其中单个项目10亿元以上的14个；新开工产业链项目47个，新投产38个。"
        "金融服务方面，组织银企对接会9场，为链上企业新增授信86.3亿元。"
    )
    doc.add_paragraph(
        "链主带动方面，全市21家链主企业合计实现营收612.4亿元，增长9.8%，占重点产业链营收的31.4%，"
        "带动上下游配套企业新增本地采购额27.5亿元。重点项目方面，东临新区年产5GWh储能电池项目（总投资32亿元）"
        "于9月开工建设；抚州高新区新能源汽车电驱系统项目一期已进入试生产，预计全年可新增产值15亿元左右。"
    )

    doc.add_heading("二、各产业链运行情况", 1)
    doc.add_paragraph("表1　重点产业链运行情况（1—10月）")
    table = doc.add_table(rows=len(CHAINS), cols=len(CHAINS[0]))
    table.style = "Table Grid"
    for i, row in enumerate(CHAINS):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.add_paragraph(
        "从增速看，汽车及零部件产业链营收增长14.2%，增速居各产业链第一，其中链主企业抚州驰域汽车零部件有限公司"
        "营收增长21.6%；数字经济、电子信息产业链分别增长11.3%、9.6%。电子信息产业链营收规模最大，达415.7亿元，"
        "占全部重点产业链营收的21.3%。现代轻纺产业链受外贸订单减少影响，营收下降2.3%，是唯一负增长的产业链。"
        "从诉求办理看，汽车及零部件产业链解决率最高，为92.9%；新能源产业链解决率为83.9%，低于全市平均水平"
        "4.6个百分点。"
    )

    doc.add_heading("三、问题清单", 1)
    for text, owner in PROBLEMS:
        doc.add_paragraph(text)
        doc.add_paragraph(owner)

    doc.add_heading("四、下步任务", 1)
    for text in TASKS:
        doc.add_paragraph(text)
    doc.add_paragraph("联系人：胡静怡　电话：0794-8239027")
    return doc


def main() -> None:
    buf = io.BytesIO()
    build().save(buf)
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
