"""Builds 04_nongyenongcun_gaobiaozhun.docx (headings and paragraphs, and one real Word table of the
counties' high-standard farmland tasks)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
doc = Document()

p = doc.add_paragraph("荆州市农业农村局")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
title = doc.add_heading("关于2026年高标准农田建设和乡村振兴项目推进情况的报告", 0)
p = doc.add_paragraph("（截至2026年10月31日）")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("市人民政府：")
doc.add_paragraph(
    "今年以来，我局把高标准农田建设和乡村振兴项目作为稳粮保供、强村富民的关键抓手，实行周调度、月通报，"
    "会同各县市区抢抓晴好天气组织施工。现将有关进展情况报告如下。"
)

doc.add_heading("一、高标准农田建设进展", 1)
doc.add_paragraph(
    "（一）总体进度。省下达我市今年高标准农田建设任务58.6万亩，其中新建36.2万亩、改造提升22.4万亩，"
    "批复总投资17.58亿元，亩均投入约3000元。截至10月底，全市已建成49.3万亩，完成率84.1%，高于全省平均进度"
    "3.6个百分点，进度在全省排第2位；累计完成投资14.02亿元，占批复总投资的79.8%。已建成面积中，"
    "新建31.5万亩、改造提升17.8万亩。"
)
doc.add_paragraph("（二）分县市区进度。各县市区年度任务和完成情况见下表。")

rows = [
    ("县市区", "年度任务（万亩）", "已完成（万亩）", "完成率"),
    ("荆州区", "5.2", "4.6", "88.5%"),
    ("江陵县", "6.4", "5.7", "89.1%"),
    ("松滋市", "7.1", "6.3", "88.7%"),
    ("公安县", "9.3", "8.9", "95.7%"),
    ("石首市", "6.8", "5.5", "80.9%"),
    ("监利市", "13.6", "11.2", "82.4%"),
    ("洪湖市", "10.2", "7.1", "69.6%"),
    ("全市合计", "58.6", "49.3", "84.1%"),
]
table = doc.add_table(rows=len(rows), cols=4)
table.style = "Table Grid"
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        table.cell(r, c).text = value

doc.add_paragraph(
    "从各地看，公安县进度最快，完成率居全市第一；洪湖市完成率比全市低14.5个百分点，主要是汛期田间持续渍水，"
    "有3个标段直到9月中旬才进场施工。监利市任务量最大，占全市任务的23.2%，目前机械和人员投入已明显加大。"
)
doc.add_paragraph(
    "（三）建设成效。已建成的项目区新增高效节水灌溉面积8.6万亩，新建和整修沟渠1260公里、田间机耕路830公里，"
    "市级抽检工程质量合格率为98.7%，田块平整、灌排配套、路网通达的效果初步显现。"
)

doc.add_paragraph(
    "（四）资金和要素保障。市级财政配套资金1.35亿元已于9月底前全部拨付到县，县级配套资金到位率为91.4%。"
    "各地统筹整合涉农资金，优先保障项目区土方、泵站和渠系建设，没有出现因资金不到位而停工的情况。"
)

doc.add_heading("二、乡村振兴项目推进情况", 1)
doc.add_paragraph(
    "（一）衔接资金项目。今年全市纳入项目库的衔接资金项目423个，安排衔接资金6.82亿元，其中用于产业发展4.18亿元，"
    "占61.3%。截至10月底，已开工398个，开工率94.1%；已完工276个，完工率65.2%；资金已支出4.95亿元，"
    "支出进度72.6%，比1—9月加快6.8个百分点。产业项目带动3.7万名脱贫群众和监测对象就业增收。"
)
doc.add_paragraph(
    "（二）和美乡村建设。今年创建省级和美乡村示范村45个，已基本完成建设31个。农村户厕改造年度任务1.4万户，"
    "已新改建1.26万户，完成年度任务的90.0%。"
)

doc.add_heading("三、存在的问题", 1)
doc.add_paragraph(
    "一是进度不平衡，洪湖市、石首市高标准农田建设进度落后于全市。二是部分项目开工偏晚，全市还有25个衔接资金项目"
    "未开工，另有8个项目资金支出进度不到30%。三是建后管护机制还不够健全，个别项目区存在重建轻管现象。"
)

doc.add_heading("四、下步打算", 1)
doc.add_paragraph(
    "一是倒排工期抓收尾，确保12月底前全面完成58.6万亩建设任务并组织县级初验。二是加快衔接资金支出，"
    "年底前支出进度达到95%以上，项目完工率达到90%以上。三是落实管护主体和经费，推动建成一片、管好一片。"
)
doc.add_paragraph("荆州市农业农村局")
doc.add_paragraph("二〇二六年十一月六日")
doc.save(HERE / "04_nongyenongcun_gaobiaozhun.docx")
