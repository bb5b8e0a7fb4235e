"""Builds 03_lianzhang_renwu_qingdan.docx: the notice of 廊坊市 链长办 that issues the 2026 task list of the
key industrial chains (one real Word table: 序号｜产业链｜链长｜重点任务｜责任单位｜完成时限) together with
the progress of January to April.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 5, 8, 9, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "廊坊市链长办"
props.last_modified_by = "廊坊市链长办"
props.title = "关于印发《廊坊市重点产业链链长制2026年重点任务清单》的通知"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("廊坊市重点产业链链长制工作领导小组办公室文件", 0)
doc.add_paragraph("廊链办〔2026〕3号")
doc.add_heading("关于印发《廊坊市重点产业链链长制2026年重点任务清单》的通知", 1)
doc.add_paragraph("各县（市、区）人民政府，廊坊开发区、临空经济区管委会，市直有关部门：")
doc.add_paragraph(
    "现将《廊坊市重点产业链链长制2026年重点任务清单》印发给你们，同时将1—4月链长制工作推进情况通报如下，"
    "请结合实际抓好落实。"
)

doc.add_heading("一、1—4月工作进展", 2)
doc.add_paragraph(
    "我市确定的电子信息、现代商贸物流、生命健康、高端装备制造、新型绿色建材、特色家居六条重点产业链，"
    "截至4月底共有链上企业1368家，其中规模以上企业486家，比上年同期增加21家；链主企业18家。"
    "电子信息、现代商贸物流、高端装备制造三条链的链上企业分别为212家、426家、238家，"
    "三条链合计占全部链上企业的64.0%。"
)
doc.add_paragraph(
    "1—4月，链上规上企业实现营业收入1124.6亿元，同比增长8.0%。分链看，电子信息产业链营业收入286.4亿元，"
    "增长15.6%，占六条链合计的25.5%，增速居六条产业链第一；现代商贸物流产业链312.8亿元，增长6.2%；"
    "生命健康产业链98.7亿元，增长11.3%；高端装备制造产业链185.2亿元，增长9.1%；新型绿色建材产业链"
    "142.3亿元，下降2.4%；特色家居产业链99.2亿元，增长4.7%。预计上半年链上规上企业营业收入突破1750亿元。"
)
doc.add_paragraph(
    "从链主企业看，18家链主企业实现营业收入412.7亿元，占链上规上企业营业收入的36.7%。分区域看，"
    "固安县生命健康产业链企业营业收入61.4亿元，占该链的62.2%；香河县家居企业线上销售额18.6亿元，增长23.5%；"
    "霸州市金属玻璃家具企业出口交货值9.8亿元，增长12.7%。"
)
doc.add_paragraph(
    "链长制运转顺畅。1—4月，各位链长累计走访链上企业94家次，召开产业链专题协调会12场，"
    "收集企业反映问题153个，已解决126个，问题解决率82.4%；尚未解决的27个问题中，涉及用地、融资的19个"
    "已明确责任单位和办结时限。链上在谈项目64个；签约落地项目23个，签约额218.5亿元，其中京津企业投资项目"
    "14个。在4月16日的二季度集中开工活动中，电子信息、生命健康、高端装备制造三条链共有28个项目开工。"
)

doc.add_heading("二、存在的问题", 2)
doc.add_paragraph(
    "一是新型绿色建材产业链受房地产市场调整影响较大，营业收入持续下降，大城县保温建材企业中约四成开工不足。"
    "二是链主企业带动作用不强，18家链主企业本地配套率平均不足30%，关键零部件和原材料仍主要从外地采购。"
    "三是生命健康产业链创新药项目储备偏少，在谈项目仅有5个，且多处于早期洽谈阶段。"
    "四是要素保障仍有短板，企业反映的问题中用地、融资类合计占近四成。"
)

doc.add_heading("三、2026年重点任务清单", 2)
rows = [
    ("序号", "产业链", "链长", "重点任务", "责任单位", "完成时限"),
    (
        "1",
        "电子信息",
        "杜明远（副市长）",
        "推动新型显示模组、半导体材料等项目建设，全年链上规上企业营业收入达到900亿元，新引进亿元以上项目8个",
        "市工业和信息化局、固安县人民政府",
        "2026年12月底",
    ),
    (
        "2",
        "现代商贸物流",
        "邵文清（副市长）",
        "建设京南物流枢纽，新增A级物流企业5家以上，链上规上企业营业收入增长8%以上",
        "市商务局、市发展改革委",
        "2026年12月底",
    ),
    (
        "3",
        "生命健康",
        "许慧敏（副市长）",
        "推动创新药和高端医疗器械产业化，新增二类以上医疗器械注册证30个，在谈项目增加到15个",
        "市科学技术局、市市场监督管理局",
        "2026年11月底",
    ),
    (
        "4",
        "高端装备制造",
        "杜明远（副市长）",
        "培育省级专精特新中小企业20家，实施技术改造项目45个以上",
        "市工业和信息化局",
        "2026年11月底",
    ),
    (
        "5",
        "新型绿色建材",
        "邵文清（副市长）",
        "完成大城县12家保温建材企业绿色化改造，产品抽检合格率稳定在98%以上",
        "大城县人民政府、市住房和城乡建设局",
        "2026年9月底",
    ),
    (
        "6",
        "特色家居",
        "许慧敏（副市长）",
        "支持香河县、霸州市家居企业拓展线上渠道，全年线上销售额力争突破60亿元",
        "香河县人民政府、霸州市人民政府",
        "2026年12月底",
    ),
    (
        "7",
        "六条产业链",
        "总链长（市长）",
        "链长每季度走访链上企业不少于2次，问题解决率保持在85%以上，链主企业本地配套率比上年提高5个百分点",
        "各链长单位",
        "常态化推进",
    ),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("四、有关要求", 2)
doc.add_paragraph(
    "各链长单位要对照清单细化工作措施，每月5日前报送上月任务进展，6月底前开展半年评估；对任务推进滞后、"
    "完成进度低于时序进度的产业链，由总链长约谈。市链长办将把各链任务完成情况纳入年度综合考核。"
)
doc.add_paragraph("联系人：田晓川　联系电话：0316-2027635")
doc.add_paragraph("廊坊市重点产业链链长制工作领导小组办公室")
doc.add_paragraph("2026年5月8日")
doc.add_paragraph("（此件公开发布）")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "03_lianzhang_renwu_qingdan.docx").write_bytes(out.getvalue())
