"""Builds 02_lidian_zhuanban_8yue_diaodu.docx (headings, paragraphs and one real Word table of tasks with
five columns 序号 | 任务 | 责任单位 | 完成时限 | 进展). python-docx stamps each zip member with the time of
saving, so the package is written again with a fixed time: the same bytes every time.

    /work/main/.venv/bin/python make_docx.py
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_lidian_zhuanban_8yue_diaodu.docx"

doc = Document()
doc.core_properties.author = "专班办公室"
doc.add_heading("宜春市锂电新能源产业链链长制工作专班8月调度情况", 0)
doc.add_paragraph("（2025年第8期）")
doc.add_paragraph("宜春市锂电新能源产业链链长制工作专班办公室　　2025年9月5日")
doc.add_paragraph(
    "9月3日，专班办公室召开8月调度会，市工信局、市发改委、市商务局、市自然资源局、市生态环境局以及各县市区、"
    "园区分管同志参加，逐项调度产业链运行、重点企业生产经营和企业问题办理情况。现将有关情况通报如下。"
)

doc.add_heading("一、产业链运行情况", 1)
doc.add_paragraph(
    "1—8月，全市锂电新能源产业链纳入统计的规上企业312家，实现营业收入1186.4亿元，同比增长6.8%，"
    "比1—7月提高0.9个百分点，占全市规上工业营业收入的43.3%，营业收入规模居全省锂电产业集群第一。分环节看，锂矿采选及锂盐、正负极材料及电解液、"
    "电芯及电池组三个环节分别实现营业收入318.2亿元、402.7亿元、336.5亿元；受碳酸锂价格拖累，锂盐环节营业收入"
    "下降9.4%，电芯及电池组环节则增长18.9%。8月当月，全市碳酸锂产量2.36万吨，同比增长21.5%；动力及储能电池"
    "产量8.7GWh，增长34.2%。1—8月，产业链完成投资214.6亿元，增长11.3%，占全市工业投资的四成以上。"
)

doc.add_heading("二、重点企业情况", 1)
doc.add_paragraph(
    "链长直接联系的28家重点企业中，有21家营业收入实现正增长，7家下降。链主企业江西锂岳新能源科技有限公司"
    "1—8月实现营业收入286.3亿元，增长15.7%，电池出货量超过30GWh，其年产20GWh动力电池扩建项目设备调试已完成85%。"
    "宜春鑫岚锂业有限公司、奉新泓泰锂电材料有限公司营业收入分别为64.8亿元和37.2亿元，其中鑫岚锂业下降12.6%；"
    "鑫岚锂业年产5万吨电池级碳酸锂技改项目已于8月18日投料试产。丰城高新区江西丰锂储能科技有限公司年产10GWh"
    "储能电池项目（一期）完成设备安装，预计10月底前投产，投产后可新增年营业收入约45亿元。"
)

doc.add_heading("三、问题办理和驻企联络员工作", 1)
doc.add_paragraph(
    "8月，专班继续实行“链长+驻企联络员”工作机制，链长带队走访企业9家次，驻企联络员走访企业146家次。"
    "当月新收集企业问题37个，比7月多5个，办结29个；按类型分，要素保障类、融资类、用工类、审批服务类问题分别为14个、9个、"
    "6个、8个。1—8月累计收集问题318个，已办结284个，办结率89.3%，较1—7月提高1.6个百分点；仍在办理的34个"
    "问题中，需提请省级层面协调的有5个。"
)
doc.add_paragraph(
    "目前全市共选派驻企联络员56名，其中市直部门22名、县市区和园区34名，重点企业均已明确专人联系。8月联络员"
    "人均走访2.6家次，通过“企业服务直通车”平台上报问题21个，占当月新收集问题的56.8%。"
)

doc.add_heading("四、重点任务推进情况", 1)
rows = [
    ("序号", "任务", "责任单位", "完成时限", "进展"),
    (
        "1",
        "推动锂岳新能源年产20GWh动力电池扩建项目投产",
        "宜春经开区管委会",
        "2025年10月31日",
        "设备调试完成85%",
    ),
    (
        "2",
        "协调鑫岚锂业选矿尾渣综合利用项目环评审批",
        "市生态环境局",
        "2025年9月30日",
        "已受理，正在技术审查",
    ),
    (
        "3",
        "组织银企对接，为链上中小企业新增授信不少于20亿元",
        "市委金融办",
        "2025年12月31日",
        "已新增授信13.4亿元",
    ),
    ("4", "引进锂电专业技术人才300人以上", "市人社局", "2025年12月31日", "已引进187人"),
    ("5", "督办6个超期未办结问题全部销号", "专班办公室", "2025年9月15日", "已销号4个"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, cells in enumerate(rows):
    for j, text in enumerate(cells):
        table.cell(i, j).text = text

doc.add_heading("五、存在的问题", 1)
doc.add_paragraph(
    "一是价格低位运行。碳酸锂价格在每吨7万元左右徘徊，部分锂盐企业开工率不足50%，利润空间普遍收窄。"
    "二是配套短板仍较明显，隔膜、铜箔等关键材料本地配套偏弱。三是中小企业融资难，链上中小企业贷款需求缺口约12亿元。"
)

doc.add_heading("六、下步工作", 1)
doc.add_paragraph(
    "9月，专班将组织链长专题会议1次、产销对接活动2场，重点推动丰锂储能项目按期投产；全年产业链营业收入"
    "力争达到1800亿元、增长8%以上，问题办结率保持在90%以上。"
)

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 5, 9, 0, 0))
        fixed.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(fixed, src.read(info.filename))
(HERE / NAME).write_bytes(out.getvalue())
print(f"wrote {NAME}")
