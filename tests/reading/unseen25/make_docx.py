"""Builds 04_nongyenongcun_qiuliang.docx: the city agriculture bureau's note on the autumn grain harvest and
rural incomes (title, issuing line, numbered headings, body paragraphs, a small Word table of crops)."""

from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
doc = Document()
doc.add_heading("南阳市农业农村局关于2026年全市秋粮生产和农民增收情况的报告", 0)
doc.add_paragraph("宛农〔2026〕87号")
doc.add_paragraph("市委农办、市人民政府：")
doc.add_paragraph(
    "今年以来，全市农业农村系统认真落实粮食安全党政同责，克服“夏旱连秋旱”和9月中下旬持续阴雨等不利影响，"
    "狠抓秋粮面积落实、田间管理和机收减损，秋粮再获丰收，农民收入稳步增长。现将有关情况报告如下。"
)

doc.add_heading("一、秋粮生产总体情况", 1)
doc.add_paragraph(
    "据市统计部门联合测产调查，全市秋粮播种面积736.8万亩，比上年增加12.4万亩；平均亩产398.6公斤，比上年提高5.2公斤；"
    "秋粮总产量293.7万吨，比上年增长3.1%，面积、单产、总产实现“三增”。加上夏粮，预计全年粮食总产量可达761.9万吨，"
    "秋粮占全年粮食总产的38.5%。"
)

doc.add_heading("二、分品种生产情况", 1)
doc.add_paragraph(
    "玉米：种植面积512.3万亩，平均亩产412.5公斤，总产211.3万吨，是秋粮增产的主力。今年推广密植精准调控技术，"
    "示范区玉米亩产普遍比大田高出80公斤以上。"
)
doc.add_paragraph(
    "水稻：主要分布在唐河、桐柏、淅川、邓州等地，种植面积86.4万亩，平均亩产548.2公斤，总产47.4万吨。"
)
doc.add_paragraph(
    "大豆：种植面积71.6万亩，平均亩产156.3公斤，总产11.2万吨。"
    "红薯（折粮）、谷子、高粱等其他秋粮合计种植66.5万亩，总产23.8万吨。"
)
doc.add_paragraph(
    "从县区看，唐河县、邓州市、新野县秋粮总产量分别为41.6万吨、39.8万吨、27.3万吨，居全市前列。"
    "秋季油料方面，全市花生种植面积283.4万亩，总产96.7万吨，面积和总产继续稳居全省第一。"
)
doc.add_paragraph("主要秋粮作物生产情况表")
table = doc.add_table(rows=1, cols=4)
table.style = "Table Grid"
heads = ["作物", "面积（万亩）", "亩产（公斤）", "总产（万吨）"]
for cell, head in zip(table.rows[0].cells, heads, strict=False):
    cell.text = head
for row in [
    ("玉米", "512.3", "412.5", "211.3"),
    ("水稻", "86.4", "548.2", "47.4"),
    ("大豆", "71.6", "156.3", "11.2"),
    ("秋粮合计", "736.8", "398.6", "293.7"),
]:
    cells = table.add_row().cells
    for cell, value in zip(cells, row, strict=False):
        cell.text = value
doc.add_paragraph(
    "今年全市新建和改造提升高标准农田46万亩。秋收期间投入各类收获机械4.2万台，玉米、水稻机收率分别达到97.8%、95.2%，"
    "机收损失率控制在国家标准以内。"
)

doc.add_heading("三、粮食价格和收购情况", 1)
doc.add_paragraph(
    "10月下旬，全市玉米平均收购价每斤1.12元，比上年同期低0.05元；中晚籼稻每斤1.36元，同比上涨2.3%；"
    "大豆每斤2.18元，同比下跌4.4%；花生（带壳）每斤3.85元，与上年基本持平。截至10月31日，全市各类市场主体累计收购玉米48.6万吨、"
    "稻谷13.8万吨，收购进度总体正常，未出现“卖粮难”。"
)

doc.add_heading("四、农民增收情况", 1)
doc.add_paragraph(
    "前三季度，全市农村居民人均可支配收入15983元，同比增长6.8%，增速高于城镇居民2.1个百分点，居全省第3位。"
    "从四项收入看，工资性收入6581元，增长7.8%，占可支配收入的41.2%，仍是农民增收的第一来源；"
    "经营净收入5623元，增长5.6%；财产净收入308元，增长3.1%；转移净收入3471元，增长7.0%。"
    "农村居民人均消费支出11238元，增长5.4%。"
)
doc.add_paragraph(
    "9月末，全市农村劳动力转移就业238.6万人，其中今年新增转移就业3.2万人。"
    "脱贫人口人均纯收入达到11863元，增长9.4%，增幅高于全市农村居民收入增幅。"
)

doc.add_heading("五、存在的问题", 1)
doc.add_paragraph(
    "一是局地灾害影响较重。9月中下旬的连阴雨造成部分低洼地块积水，全市秋作物受灾面积约18.6万亩，其中绝收1.2万亩。"
    "二是种粮比较效益偏低。玉米、大豆价格走低，农资和人工成本刚性上涨，农民种粮积极性受到一定影响。"
    "三是农民增收后劲不足，经营净收入增速放缓，新型经营主体带动能力有待提升。"
)

doc.add_heading("六、下步工作打算", 1)
doc.add_paragraph(
    "一是抓好秋冬种，确保小麦播种面积稳定在1080万亩以上，力争11月15日前基本播完。二是做好秋粮收购服务，"
    "督促各地落实收购资金，防止出现压级压价。三是多措并举促增收，力争全年农民人均可支配收入增速达到7%左右，"
    "确保全年粮食总产稳定在760万吨以上。"
)
doc.add_paragraph("南阳市农业农村局")
doc.add_paragraph("2026年11月6日")
doc.save(HERE / "04_nongyenongcun_qiuliang.docx")
