"""Builds 02_pinghu_gongye_1_10yue.docx (headings, paragraphs and one real Word table of the towns).

The package is rewritten with fixed zip dates and fixed document properties: the same bytes every run.
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
doc = Document()
doc.add_heading("平湖市2025年1—10月工业经济运行分析", 0)
doc.add_paragraph("平湖市经济和信息化局　　2025年11月18日")

doc.add_heading("一、总体运行情况", 1)
doc.add_paragraph(
    "1—10月，全市规上工业企业完成工业总产值1862.4亿元，同比增长7.8%；实现工业增加值368.5亿元，增长8.9%，"
    "增速高于嘉兴市0.3个百分点，在嘉兴各县（市、区）中居第3位，比1—9月前移1位。10月当月完成产值196.3亿元，"
    "增长6.5%，比9月放缓1.4个百分点。规上工业销售产值1828.7亿元，产销率98.2%，较上年同期下降0.4个百分点；"
    "出口交货值398.6亿元，增长4.3%，增幅比上半年回落2.6个百分点。"
)
doc.add_paragraph(
    "截至10月末，全市规上工业企业1046家，比年初净增87家，其中当年新投产入规企业52家。亏损企业218家，"
    "亏损面20.8%，比上年同期收窄1.6个百分点，亏损企业中纺织服装企业占近四成。全市工业用电量58.7亿千瓦时，增长6.9%；完成工业投资142.8亿元，"
    "增长11.5%，其中技改投资87.1亿元，增长13.9%，占工业投资的61.0%。"
)

doc.add_heading("二、重点行业运行情况", 1)
doc.add_paragraph(
    "汽车零部件、光机电、新能源、纺织服装四大主导行业产值分别为421.6亿元、356.8亿元、298.1亿元和187.4亿元，"
    "分别增长12.3%、9.6%、15.2%和下降1.8%，合计占全市规上工业产值的67.9%。汽车零部件行业中，新能源汽车"
    "配套产品产值增长23.7%，是全行业增长的主要拉动力；纺织服装行业受外需偏弱影响，箱包、服装出口订单"
    "减少，产值已连续数月负增长。依托独山港经济开发区，石化新材料行业实现产值239.5亿元，增长6.8%。"
)
doc.add_paragraph(
    "高新技术产业产值1302.6亿元，增长10.4%，占规上工业的69.9%；装备制造业增加值增长11.2%，快于全市规上工业"
    "2.3个百分点。重点企业方面，产值超50亿元的企业有6家，合计产值426.8亿元，增长9.1%；其中平湖达骏汽车部件"
    "有限公司产值82.4亿元，增长18.6%，浙江沪滨光电科技有限公司、平湖恒昇新能源装备有限公司产值分别增长"
    "21.3%、16.7%。"
)

doc.add_heading("三、镇街道运行情况", 1)
doc.add_paragraph(
    "分镇街道看，有7个镇街道实现产值正增长。钟埭街道规上工业产值412.7亿元，总量居全市首位；独山港镇增速达到"
    "12.6%，列全市镇街道第一，乍浦镇、曹桥街道分列第二、第三；林埭镇、广陈镇分别下降2.3%和0.8%。"
    "各镇街道情况见下表。"
)
rows = [
    ("镇街道", "规上工业产值（亿元）", "增速（%）", "位次"),
    ("当湖街道", "198.3", "6.3", "6"),
    ("钟埭街道", "412.7", "8.2", "4"),
    ("曹桥街道", "176.5", "9.4", "3"),
    ("新埭镇", "168.2", "7.1", "5"),
    ("新仓镇", "142.6", "4.2", "7"),
    ("广陈镇", "86.3", "-0.8", "8"),
    ("林埭镇", "106.5", "-2.3", "9"),
    ("乍浦镇", "214.9", "10.1", "2"),
    ("独山港镇", "356.4", "12.6", "1"),
    ("全市", "1862.4", "7.8", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, cell in enumerate(row):
        table.cell(i, j).text = cell
doc.add_paragraph("注：位次按增速由高到低排列。")

doc.add_heading("四、存在问题和下步打算", 1)
doc.add_paragraph(
    "当前工业运行仍面临一些困难：一是外需波动较大，出口型行业订单偏少；二是新增长点支撑不足，10月份新投产"
    "项目仅4个；三是企业成本压力加大，1—10月规上工业企业营业成本增长8.5%，高于营业收入增速1.1个百分点。"
)
doc.add_paragraph(
    "下一步，我局将紧盯年度目标，实行重点企业“一企一策”跟踪服务，力争全年规上工业产值突破2250亿元、"
    "增加值增长8.5%以上，确保新增规上工业企业100家以上；同时加快推进技改项目竣工投产，新增省级专精特新"
    "中小企业不少于20家。"
)

WHEN = datetime.datetime(2025, 11, 18, 9, 0, 0)
doc.core_properties.author = "平湖市经济和信息化局"
doc.core_properties.created = WHEN
doc.core_properties.modified = WHEN
doc.core_properties.last_modified_by = "平湖市经济和信息化局"
buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=WHEN.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(info, src.read(item.filename))
(HERE / "02_pinghu_gongye_1_10yue.docx").write_bytes(out.getvalue())
