"""Builds 03_lianzhang_wenti_qingdan.docx: the chain-leader office's bulletin on problems raised by firms
(headings, paragraphs and one real Word table of ten problems).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 11, 7, 10, 0, 0)
OFFICE = "滨州市产业链链长制工作专班办公室"

doc = Document()
props = doc.core_properties
props.author = OFFICE
props.last_modified_by = OFFICE
props.title = "滨州市重点产业链企业诉求问题清单办理情况通报（第10期）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_heading("滨州市重点产业链企业诉求问题清单办理情况通报", 0)
doc.add_paragraph("（第10期）")
doc.add_paragraph(f"滨链专班〔2025〕10号　　{OFFICE}　　2025年11月7日")
doc.add_paragraph("各产业链链长单位、链主企业，各县（市、区）人民政府，各开发区管委会，市直有关部门：")
doc.add_paragraph(
    "为落实链长制“问题清单、责任清单、时限清单”闭环管理要求，现将截至10月31日企业反映问题的办理情况通报如下。"
)

doc.add_heading("一、总体情况", 1)
doc.add_paragraph(
    "今年以来，全市各重点产业链通过链长走访、链主企业座谈、“企业吹哨、部门报到”等渠道，累计收集企业反映问题428件。"
    "截至10月31日，已办结371件，办结率86.7%，比1—9月提高2.0个百分点；正在办理45件，需长期推进12件。"
    "10月份新收集问题37件，当月办结40件。对已办结问题逐件回访企业，表示满意的358件，满意率96.5%。"
)

doc.add_heading("二、分类情况", 1)
doc.add_paragraph(
    "从问题类型看，要素保障类136件，占31.8%；审批服务类92件，占21.5%；融资类78件，占18.2%；"
    "用工人才类54件、市场拓展类41件、其他27件。要素保障类问题中，涉及用地的58件，涉及用电、用汽等用能的43件，"
    "涉及用水和污水处理的35件，办结率分别为81.0%、88.4%、91.4%。"
)

doc.add_heading("三、分产业链情况", 1)
doc.add_paragraph(
    "高端铝产业链反映问题最多，共68件，已办结57件，办结率83.8%；高端化工产业链54件，办结49件，办结率90.7%；"
    "纺织家纺、粮食加工产业链分别收集问题47件、39件。各产业链中，有9条办结率高于全市平均水平，5条低于全市平均水平，"
    "其中新能源产业链办结率仅为76.7%，低于全市10.0个百分点。"
)

doc.add_heading("四、分县市区情况", 1)
doc.add_paragraph(
    "邹平市、滨城区、博兴县收集问题分别为86件、63件、52件，办结率分别为90.7%、88.9%、86.5%。"
    "惠民县、阳信县办结率分别为78.9%、80.0%，分别低于全市7.8个、6.7个百分点。"
    "超期未办结问题5件，集中在用地报批和电力增容方面，已全部列入市级督办。"
)

doc.add_heading("五、重点问题清单", 1)
doc.add_paragraph("对需跨部门协调的10项重点问题列出清单如下，其中已办结4项、正在办理6项。")
rows = [
    ("序号", "产业链", "企业", "问题描述", "责任单位", "办理时限", "状态"),
    (
        "1",
        "高端铝",
        "滨州澜峰轻合金科技有限公司（邹平市）",
        "二期年产12万吨汽车轻量化铝材项目需新增工业用地约120亩，用地指标尚未落实",
        "市自然资源和规划局、邹平市人民政府",
        "2025年12月31日",
        "办理中",
    ),
    (
        "2",
        "高端化工",
        "山东海沅新材料有限公司（北海经开区）",
        "项目投产后需新增供汽能力60吨/小时，园区蒸汽管网尚未接通",
        "北海经开区管委会",
        "2025年11月15日",
        "已办结",
    ),
    (
        "3",
        "纺织家纺",
        "博兴县锦禾家纺有限公司",
        "出口订单增加，熟练挡车工缺口约150人",
        "市人力资源社会保障局、博兴县人民政府",
        "2025年11月30日",
        "办理中",
    ),
    (
        "4",
        "粮食加工",
        "惠民县丰穗粮油有限公司",
        "秋粮收储季流动资金缺口3000万元",
        "市委金融办、人民银行滨州市分行",
        "2025年10月31日",
        "已办结（已授信2000万元）",
    ),
    (
        "5",
        "新能源",
        "无棣县沐阳新能源有限公司",
        "20万千瓦渔光互补项目接网方案审查进度慢",
        "市发展改革委、国网滨州供电公司",
        "2025年12月31日",
        "办理中",
    ),
    (
        "6",
        "高端铝",
        "邹平市鸿铂铝箔有限公司",
        "新上冷轧机组需增加用电容量5万千伏安",
        "国网滨州供电公司",
        "2025年11月20日",
        "办理中",
    ),
    (
        "7",
        "高端装备",
        "滨州智拓装备科技有限公司（滨州高新区）",
        "申报省级技术改造专项，项目总投资1.2亿元，节能审查手续需协助完善",
        "市工业和信息化局、滨州高新区管委会",
        "2025年11月30日",
        "办理中",
    ),
    (
        "8",
        "医药健康",
        "滨州禾檀生物科技有限公司（滨城区）",
        "研发楼建设工程规划许可超出承诺时限15个工作日",
        "市行政审批服务局",
        "2025年10月25日",
        "已办结",
    ),
    (
        "9",
        "高端化工",
        "滨州瀚澄化工有限公司（沾化区）",
        "危化品运输车辆专用停车位缺口约80个",
        "沾化区人民政府、市交通运输局",
        "2025年12月31日",
        "办理中",
    ),
    (
        "10",
        "畜牧食品",
        "阳信县牧源肉牛屠宰有限公司",
        "冷链配送车辆进城通行证办理难",
        "市公安局交通警察支队",
        "2025年11月10日",
        "已办结",
    ),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("六、存在的问题", 1)
doc.add_paragraph(
    "一是部分问题办理周期偏长，已办结问题平均用时18.6个工作日，比上半年延长2.3个工作日。"
    "二是个别责任单位答复不够具体，以“正在研究”“按政策办理”代替解决方案，企业获得感不强。"
    "三是涉及省级审批和电网建设的问题推进慢，需要市级层面加强对上争取。"
)

doc.add_heading("七、下步工作", 1)
doc.add_paragraph(
    "11月底前，确保问题办结率达到90%以上；对超期未办结的5件问题实行周调度、挂图作战；"
    "力争全年问题办结率不低于92%，企业满意率保持在95%以上。各链长单位要把问题办理情况纳入年度考核，"
    "每月25日前向专班办公室报送进展。"
)
doc.add_paragraph("抄送：市委办公室，市政府办公室。")
doc.add_paragraph("联系人：庞思远　电话：0543-3381526")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "03_lianzhang_wenti_qingdan.docx").write_bytes(out.getvalue())
