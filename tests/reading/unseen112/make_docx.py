"""Builds 01_qiansanjidu_jingji_yunxing.docx: the 营口市统计局 note on the economy in 2025 1—9月, with
headings, paragraphs and one real Word table (指标｜单位｜1—9月｜同比增长｜上半年增速).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "01_qiansanjidu_jingji_yunxing.docx"
FIXED = datetime(2025, 10, 24, 9, 30, 0)

doc = Document()
props = doc.core_properties
props.author = "营口市统计局"
props.last_modified_by = "营口市统计局"
props.title = "2025年前三季度营口市经济运行情况"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("2025年前三季度营口市经济运行情况", 0)
doc.add_paragraph("营口市统计局　　2025年10月24日")
doc.add_paragraph(
    "前三季度，面对外部需求偏弱、部分行业价格走低等多重压力，全市上下扎实推进稳增长各项举措，"
    "港口、石化、装备等重点领域持续发力，主要指标增速较上半年有所回升，经济运行总体平稳、稳中有进。"
)

doc.add_heading("一、地区生产总值", 1)
doc.add_paragraph(
    "经地区生产总值统一核算，前三季度全市地区生产总值达到1168.42亿元，以不变价计算，同比增长5.3%，"
    "增速比上半年提高0.3个百分点，快于全省0.4个百分点，位列全省第4。三次产业中，第一产业实现增加值88.67亿元，"
    "增长3.6%；第二产业实现增加值512.38亿元，增长6.1%；第三产业完成567.37亿元，增长4.8%。"
    "第三产业增加值占地区生产总值的比重为48.6%。"
)

doc.add_heading("二、农业生产", 1)
doc.add_paragraph(
    "前三季度，全市实现农林牧渔业总产值186.5亿元，同比增长3.8%。9月末，生猪存栏62.4万头，同比下降2.1%；"
    "前三季度水产品产量28.6万吨，增长4.4%。秋粮长势总体较好，全年粮食生产有望再获丰收。"
)

doc.add_heading("三、工业生产", 1)
doc.add_paragraph(
    "前三季度，全市规模以上工业增加值同比增长7.2%，增速居全省第3位，较上半年提升0.6个百分点，"
    "比全省平均水平高1.5个百分点；其中9月当月增长8.1%。分行业看，石油、煤炭及其他燃料加工业增长9.4%，"
    "黑色金属冶炼和压延加工业增长4.1%，以镁质材料为主的非金属矿物制品业增长6.8%，装备制造业增长11.3%。"
)
doc.add_paragraph(
    "9月末，全市规上工业企业1162家，比年初净增37家。1—9月，全市规上工业企业营业收入2286.5亿元，"
    "同比增长4.7%；实现利润总额68.9亿元，下降3.2%，降幅比上半年收窄2.5个百分点。全市工业用电量85.36亿千瓦时，"
    "增长6.4%。"
)

doc.add_heading("四、服务业", 1)
doc.add_paragraph(
    "1—8月，全市规模以上服务业企业营业收入同比增长5.9%，其中交通运输、仓储和邮政业营业收入增长7.3%。"
    "前三季度，全市港口完成货物吞吐量17264万吨，增长2.3%；集装箱吞吐量398.6万标准箱，增长5.8%。"
)

doc.add_heading("五、固定资产投资", 1)
doc.add_paragraph(
    "前三季度，全市固定资产投资同比增长3.8%，比上半年回落0.9个百分点，增速居全省第5位。分领域看，"
    "工业投资增长15.6%，占全部投资的比重达到41.3%；基础设施投资增长2.7%；房地产开发投资下降12.4%；"
    "新建商品房销售面积68.7万平方米，同比下降9.8%。全市新开工亿元以上项目128个，比上年同期增加14个。"
)

doc.add_heading("六、消费品市场", 1)
doc.add_paragraph(
    "前三季度，全市社会消费品零售总额512.64亿元，同比增长4.1%，比上半年提高0.2个百分点。"
    "分城乡看，城镇市场实现零售额431.20亿元，增长3.9%；乡村市场实现零售额81.44亿元，增长5.2%。"
    "限额以上单位中，汽车类零售额增长6.3%，家电和音像器材类零售额增长18.5%，石油及制品类零售额下降2.8%。"
    "9月当月，全市社会消费品零售总额增长5.6%。"
)

doc.add_heading("七、对外贸易", 1)
doc.add_paragraph(
    "前三季度，全市外贸进出口总额412.6亿元，同比增长6.8%。其中，出口完成268.3亿元，增长9.2%；"
    "进口完成144.3亿元，增长2.6%。"
)

doc.add_heading("八、财政金融", 1)
doc.add_paragraph(
    "前三季度，全市一般公共预算收入98.36亿元，同比增长3.5%。其中，税收收入71.52亿元，增长4.8%，"
    "税收占比为72.7%，比上年同期提高0.9个百分点。一般公共预算支出186.47亿元，增长2.1%。"
)
doc.add_paragraph(
    "截至9月末，全市本外币存款余额3826.5亿元，同比增长6.2%；"
    "本外币贷款余额2954.8亿元，增长4.3%，较年初增加96.7亿元。"
)

doc.add_heading("九、居民收入和消费价格", 1)
doc.add_paragraph(
    "前三季度，全市全体居民人均可支配收入32156元，同比增长4.9%。按常住地分，城镇居民人均可支配收入38472元，"
    "同比增长4.3%；农村居民人均可支配收入19865元，同比增长6.1%，增速快于城镇居民1.8个百分点。"
    "居民消费价格同比下降0.2%，其中食品烟酒类价格同比下降1.1%，服务价格上涨0.6%。"
)

doc.add_paragraph("附表：营口市2025年前三季度主要经济指标")
rows = [
    ("指标", "单位", "1—9月", "同比增长（%）", "上半年增速（%）"),
    ("地区生产总值", "亿元", "1168.42", "5.3", "5.0"),
    ("规上工业增加值", "—", "—", "7.2", "6.6"),
    ("一般公共预算收入", "亿元", "98.36", "3.5", "2.9"),
    ("固定资产投资", "—", "—", "3.8", "4.7"),
    ("外贸进出口总额", "亿元", "412.6", "6.8", "5.1"),
    ("社会消费品零售总额", "亿元", "512.64", "4.1", "3.9"),
    ("居民消费价格", "—", "—", "-0.2", "-0.3"),
    ("城镇居民人均可支配收入", "元", "38472", "4.3", "4.5"),
    ("农村居民人均可支配收入", "元", "19865", "6.1", "6.4"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph(
    "注：地区生产总值总量按现价计算，增速按不变价格计算；规上工业增加值和固定资产投资只公布增速。"
)
doc.add_paragraph("责任编辑：魏思远　　咨询电话：0417-2836159")

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
