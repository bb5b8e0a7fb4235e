"""Builds 03_zhengxian_chuangyou_q3.docx (headings, paragraphs and one real Word table of the scores of the
fifteen units ranked).

The core properties and every zip entry's date are fixed, so each run writes the same bytes.
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime(2025, 10, 20, 9, 30, 0)
TITLE = "关于2025年第三季度县市区和园区争先创优考评结果的通报"

doc = Document()
props = doc.core_properties
props.author = "怀化市争先创优活动领导小组办公室"
props.last_modified_by = "怀化市争先创优活动领导小组办公室"
props.title = TITLE
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph("怀化市争先创优活动领导小组办公室")
doc.add_paragraph("怀争创办〔2025〕7号")
doc.add_heading(TITLE, 0)
doc.add_paragraph("各县市区人民政府，怀化高新区、怀化国际陆港管委会，市直有关单位：")
doc.add_paragraph(
    "为进一步激发各地比学赶超、争先创优的干劲，根据《怀化市县市区和园区争先创优考评办法（试行）》，"
    "市争先创优办以1—9月主要经济指标和重点工作完成情况为依据，对各县市区和怀化高新区、怀化国际陆港"
    "第三季度工作进行了考评，考评结果已经市争先创优活动领导小组审定。现将有关情况通报如下。"
)

doc.add_heading("一、考评基本情况", 1)
doc.add_paragraph(
    "本季度考评设经济运行、项目建设、产业发展、营商环境四类指标，满分100分，四类指标分别占40分、30分、"
    "20分、10分，共采集指标数据37项，其中统计部门提供的统计指标21项。参评单位平均得分86.16分，比第二季度提高1.37分；最高分94.86分，最低分77.65分，"
    "分差17.21分，比上季度缩小2.08分，各地之间的差距有所收窄。"
)
doc.add_paragraph(
    "按综合得分实行红黄绿灯管理：90分及以上的亮绿灯，80分至90分的亮黄灯，80分以下的亮红灯。"
    "本季度亮绿灯单位4个，比上季度增加1个；亮黄灯单位9个；亮红灯单位2个，比上季度减少1个。"
)

doc.add_heading("二、综合得分和排名", 1)
doc.add_paragraph("各单位第三季度综合得分、排名及与第二季度相比的升降情况见下表。")
rows = [
    ("单位", "综合得分", "排名", "较上季度升降"),
    ("鹤城区", "94.86", "1", "↑1"),
    ("怀化高新区", "93.52", "2", "↓1"),
    ("洪江市", "91.74", "3", "↑3"),
    ("中方县", "90.27", "4", "—"),
    ("芷江侗族自治县", "89.35", "5", "↑2"),
    ("怀化国际陆港", "88.61", "6", "↓3"),
    ("沅陵县", "87.48", "7", "↓2"),
    ("麻阳苗族自治县", "86.93", "8", "↑4"),
    ("靖州苗族侗族自治县", "85.16", "9", "—"),
    ("溆浦县", "84.02", "10", "↓2"),
    ("会同县", "82.75", "11", "↑2"),
    ("新晃侗族自治县", "81.38", "12", "↓2"),
    ("洪江区", "80.47", "13", "↓2"),
    ("通道侗族自治县", "78.24", "14", "↑1"),
    ("辰溪县", "77.65", "15", "↓1"),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
doc.add_paragraph("注：“↑”表示排名上升，“↓”表示排名下降，“—”表示排名不变。")

doc.add_paragraph(
    "从排名靠前的单位看，鹤城区以94.86分位居第一，比上季度前移1位，规模工业增加值、固定资产投资增速"
    "均居全市前三，市级重大项目完成投资86.74亿元，总量居全市第一；怀化高新区、洪江市分列第二、第三位，"
    "洪江市比上季度前移3位，是全市第一个新开工项目全部开工的县市区，招商引资到位资金增长13.2%。"
    "进步最快的是麻阳苗族自治县，排名比上季度前移4位，规模工业增加值增速由上半年的3.2%提高到8.6%，"
    "新增规模工业企业7家。"
)
doc.add_paragraph(
    "从排名靠后的单位看，辰溪县得分77.65分，居第15位，比上季度后退1位，固定资产投资下降6.3%，"
    "市级重大项目完成率72.3%，落后时序进度2.7个百分点；通道侗族自治县得分78.24分，居第14位，"
    "比上季度前移1位；项目建设类指标得分19.86分，比上季度提高1.52分，但仍低于参评单位平均水平。两县本季度亮红灯。"
    "新晃侗族自治县、洪江区排名均后退2位；怀化国际陆港后退3位，是本季度排名下降最多的单位，"
    "主要是外贸进出口增速由上半年的21.6%回落至9.8%。"
)
doc.add_paragraph(
    "从主要指标看，1—9月规模工业增加值增速较快的是怀化高新区、麻阳苗族自治县和鹤城区，分别增长9.8%、"
    "8.6%、8.2%，均高于全市6.8%的平均水平；固定资产投资增速较快的是洪江市、鹤城区和芷江侗族自治县，"
    "分别增长11.6%、9.3%、8.7%；另有4个县市区固定资产投资负增长。"
)
doc.add_paragraph(
    "分类看，经济运行类得分最高的是中方县，为36.84分；项目建设类得分最高的是怀化高新区，为28.73分；"
    "产业发展类得分最高的是鹤城区，为18.96分；营商环境类得分最高的是洪江市，为9.62分。"
    "项目建设类指标的平均得分为24.23分，得分率80.8%，仍是各地失分最多的一类指标。"
)

doc.add_heading("三、结果运用", 1)
doc.add_paragraph(
    "按照考评办法，对综合排名前3位的单位，每个单位安排项目前期工作经费奖励100万元；对亮红灯的单位，"
    "由市政府分管副市长约谈其主要负责同志，连续两个季度亮红灯的，在年度绩效考核中扣减2分。"
    "上季度亮红灯的会同县本季度得分82.75分，排名前移2位，已转为黄灯；辰溪县、通道侗族自治县连续两个季度"
    "亮红灯，将按规定在年度绩效考核中扣减相应分值。本季度考评结果按30%的权重计入年度综合考评。"
)

doc.add_heading("四、下步要求", 1)
doc.add_paragraph(
    "第四季度是冲刺全年目标的关键时期。各单位要对照通报中的差距和短板，逐项制定整改措施：一是亮红灯的"
    "辰溪县、通道侗族自治县要在10月31日前向市争先创优办报送整改方案；二是各地要紧盯项目建设类指标，"
    "确保全市市级重大项目年度计划完成率达到100%以上；三是力争第四季度参评单位平均得分达到88分以上，"
    "亮红灯单位控制在1个以内。"
)
doc.add_paragraph("怀化市争先创优活动领导小组办公室　　2025年10月20日")
doc.add_paragraph("（联系人：谭子涵　电话：0745-2726415）")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "03_zhengxian_chuangyou_q3.docx").write_bytes(out.getvalue())
