"""Builds 02_gongye_zhoudiaodu.docx: the 市工信局 weekly industrial dispatch for week 35 (headings, paragraphs
and one real Word table of the nine 县（市、区）).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_gongye_zhoudiaodu.docx"
FIXED = datetime(2025, 9, 1, 17, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "商丘市工业和信息化局"
props.last_modified_by = "商丘市工业和信息化局"
props.title = "商丘市工业运行周调度情况（2025年第35周）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("商丘市工业运行周调度情况", 0)
doc.add_paragraph("（2025年第35周　8月25日—8月31日）")
doc.add_paragraph("商工信运行〔2025〕187号　　商丘市工业和信息化局　　2025年9月1日")
doc.add_paragraph(
    "按照全市工业经济运行周调度工作机制，市工业和信息化局对426家重点监测企业的生产经营情况进行了跟踪调度，"
    "结合统计部门发布的1—7月数据，现将本周情况通报如下。"
)

doc.add_heading("一、重点监测企业运行情况", 1)
doc.add_paragraph(
    "（一）开工生产。本周纳入调度的重点监测企业中，正常生产412家，开工率96.7%，比上周提高0.9个百分点；"
    "其中满负荷生产企业268家，占重点监测企业的62.9%。停产企业14家，其中季节性停产9家、因订单不足停产5家。"
    "分行业看，制冷企业开工率达到100%，纺织服装企业开工率为91.3%，低于全部重点监测企业5.4个百分点。"
)
doc.add_paragraph(
    "（二）产值情况。本周重点监测企业实现产值86.42亿元，比上周增加1.36亿元，同比增长8.7%；"
    "8月份累计实现产值368.15亿元，同比增长9.4%。其中，制冷企业受空调、冷柜等产品销售旺季拉动，"
    "本周产值同比增长15.2%；食品企业产值增长7.9%；装备制造企业产值增长10.6%。"
)
doc.add_paragraph(
    "（三）用电情况。本周重点监测企业用电量1.92亿千瓦时，同比增长7.6%。8月份全市工业用电量8.36亿千瓦时，"
    "同比增长8.1%，其中高耗能行业用电量下降2.7%。"
)
doc.add_paragraph(
    "（四）重点企业。本周产值超过1亿元的企业有28家，合计实现产值31.27亿元，占重点监测企业产值的36.2%。"
    "民权凯瑞制冷设备有限公司本周生产商用冷柜2.6万台，同比增长18.4%；永城汇铝新材料有限公司铝材产量1.15万吨，"
    "增长9.3%；虞城县恒量工具有限公司受出口订单回落影响，产值下降6.5%。"
)

doc.add_heading("二、1—7月全市规上工业运行情况", 1)
doc.add_paragraph(
    "1—7月，全市规上工业增加值同比增长8.3%，比全省高1.9个百分点，增速列全省第4位，位次比1—6月前移1位。"
    "截至7月底，全市规上工业企业达到1826家，今年以来新入规企业63家。1—7月规上工业企业营业收入2186.4亿元，"
    "同比增长6.9%；利润总额86.35亿元，增长5.7%。亏损企业312家，亏损面为17.1%，比1—6月收窄0.6个百分点。"
    "全年新入规企业目标为100家，1—7月已入规63家，完成全年目标的63.0%；8月份另有9家企业已提交入规申报材料。"
)
doc.add_paragraph("各县（市、区）1—7月规上工业增加值增速及位次见下表（按增速排序）。")
rows = [
    ("县（市、区）", "规上工业增加值增速（%）", "位次", "较上月位次变化"),
    ("永城市", "12.4", "1", "持平"),
    ("民权县", "11.2", "2", "上升1位"),
    ("柘城县", "11.0", "3", "下降1位"),
    ("睢县", "9.5", "4", "持平"),
    ("夏邑县", "8.9", "5", "上升2位"),
    ("虞城县", "8.4", "6", "下降1位"),
    ("宁陵县", "7.6", "7", "下降1位"),
    ("梁园区", "5.3", "8", "持平"),
    ("睢阳区", "4.0", "9", "持平"),
    ("全市", "8.3", "—", "—"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph(
    "从县（市、区）看，永城市增速继续保持全市第一；夏邑县位次进步最快，比上月上升2位；"
    "梁园区、睢阳区增速分别低于全市3.0个、4.3个百分点，拉低全市增速较多。功能区中，商丘经开区增长13.1%，"
    "商丘高新区增长9.8%，示范区增长6.2%。"
)

doc.add_heading("三、存在的问题", 1)
doc.add_paragraph(
    "一是部分行业订单偏紧。对重点监测企业的问卷调查显示，三季度在手订单比上年同期减少的企业有57家，"
    "占13.4%，主要集中在纺织服装、建材行业。二是用工缺口有所扩大。纺织服装、制鞋企业陆续进入秋冬季生产旺季，"
    "用工缺口1860人左右，比上月增加约300人。三是资金周转压力较大。有23家企业反映流动资金紧张，"
    "资金缺口约6.8亿元。四是个别企业停产时间较长，因订单不足停产的企业中，有2家停产已超过30天。"
    "五是安全生产压力加大。进入生产旺季，8月份全市共排查工业企业安全隐患236处，已整改221处，整改率93.6%，"
    "其余15处限期整改。"
)

doc.add_heading("四、下步工作措施", 1)
doc.add_paragraph(
    "（一）抓好重点企业包联。深化“万人助万企”活动，对反映困难较多的19家企业逐企制定帮扶措施，"
    "本周已协调解决用工、用地、融资等问题17个。"
)
doc.add_paragraph(
    "（二）强化要素保障。9月份组织银企对接活动2场，力争帮助40家以上企业新增融资5亿元以上；"
    "组织专场招聘会3场，确保9月底前用工缺口降至1000人以内。"
)
doc.add_paragraph(
    "（三）全力冲刺三季度。预计8月份全市规上工业增加值增长10%左右，1—8月增长8.5%左右。"
    "各县（市、区）要对照目标查漏补缺，力争9月份规上工业增加值增长9.5%以上，确保前三季度增速不低于8.5%、"
    "继续保持全省前5位。"
)
doc.add_paragraph(
    "（四）加快技术改造。全市今年实施的工业技改项目176个，截至8月底已投产98个，其中8月份新投产11个；"
    "对进度滞后的技改项目实行周调度，力争年底前投产率达到85%以上。"
)
doc.add_paragraph("联系人：王静怡　　电话：0370-3183527")

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
