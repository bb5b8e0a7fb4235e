"""Builds 04_gushi_zhaoshang.docx (a county's report to its 县委、县政府 on 招商引资 in 1—9月: headings,
paragraphs and one real Word table of key projects with a 合计 row).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
FIXED = datetime(2024, 10, 12, 16, 20, 0)

doc = Document()
props = doc.core_properties
props.author = "固始县投资促进中心"
props.last_modified_by = "固始县投资促进中心"
props.title = "关于全县2024年1—9月招商引资工作情况的汇报"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 3


def para(text: str, align: WD_ALIGN_PARAGRAPH | None = None) -> None:
    p = doc.add_paragraph(text)
    if align is not None:
        p.alignment = align


doc.add_heading("关于全县2024年1—9月招商引资工作情况的汇报", 0)
para("固始县投资促进中心", WD_ALIGN_PARAGRAPH.CENTER)
para("县委、县政府：")
para(
    "今年以来，我县坚持把招商引资作为经济工作的“一号工程”，围绕纺织服装、绿色食品、装备制造、新能源新材料"
    "等主导产业开展精准招商，签约、落地、开工、投产各环节推进总体较好。现将1—9月工作情况汇报如下。"
)

doc.add_heading("一、主要指标完成情况", 1)
para(
    "（一）签约。1—9月，全县新签约招商项目62个，合同总金额418.6亿元，同比增长14.2%。其中，亿元以上项目47个，"
    "合同金额398.3亿元，占签约总额的95.2%；10亿元以上项目11个。从来源地看，长三角地区项目26个，珠三角地区13个，"
    "京津冀地区8个，省内及其他地区15个。"
)
para("（二）落地。签约项目中已注册落地38个，落地率61.3%，比上半年提高8.4个百分点。")
para(
    "（三）开工。落地项目中已开工建设33个，开工率86.8%；其中亿元以上项目28个，计划总投资176.5亿元，"
    "今年以来完成投资42.3亿元。"
)
para("（四）投产。新竣工投产项目19个，全部达产后预计可新增年产值46亿元左右、新增就业3500人以上。")
para(
    "（五）到位资金。实际到位省外资金86.4亿元，同比增长9.3%，完成年度目标112亿元的77.1%，超过时序进度"
    "2.1个百分点，完成率居全市第1位；实际利用外资2860万美元，增长12.6%。在全市第三季度重点项目建设观摩评比中，"
    "我县综合得分93.62分，居县区组第一。"
)

doc.add_heading("二、主要做法", 1)
para(
    "（一）聚焦主导产业链招商。制定纺织服装、绿色食品、装备制造、新能源新材料等产业链招商图谱，分链组建专班，"
    "由县级领导任链长。1—9月，纺织服装产业签约项目14个、合同金额96.3亿元；绿色食品产业18个、87.5亿元；"
    "装备制造产业12个、121.4亿元；新能源新材料产业9个、78.2亿元；其他产业9个、35.2亿元。"
    "装备制造产业项目平均单体规模10.1亿元，居各产业之首。"
)
para(
    "（二）用好老乡资源以商招商。依托在外固始籍商会和企业家联谊会，开展“老乡回归”系列活动，"
    "1—9月签约回归项目27个，合同金额156.7亿元，占全县签约总额的37.4%。"
)
para(
    "（三）驻外小分队常态化招商。在长三角、珠三角、京津冀设立驻外招商小分队6支，1—9月外出招商218批次，"
    "接待来固考察客商163批次，新掌握有效项目信息94条。"
)
para(
    "（四）驻企服务保落地。全面推行“一企一专员”驻企服务，从县直单位选派驻企服务专员126名，"
    "对全县148家规上工业企业和33个在建招商项目实行包联服务全覆盖。专员累计走访企业1340家次，"
    "收集企业诉求215个，已办结198个，办结率92.1%，其余17个正在协调推进。"
)
para(
    "（五）以活动促招商。依托中国（固始）根亲文化节、长三角产业对接会等平台，1—9月共举办和参加各类招商活动"
    "12场，现场签约项目21个，合同金额136.8亿元，占全县签约总额的32.7%。"
)
para("1—9月重点招商项目推进情况见下表。")
rows = [
    ("序号", "项目名称", "投资方", "总投资（亿元）", "签约时间", "进展情况"),
    ("1", "年产30万吨功能性饲料项目", "豫禾农牧科技有限公司", "12.0", "2024年3月", "已投产"),
    ("2", "智能纺织服装产业园项目", "嘉兴锦织服饰集团有限公司", "25.6", "2024年2月", "主体完工"),
    ("3", "年产5GWh储能电池项目", "深圳澜储新能源科技有限公司", "31.5", "2024年5月", "已开工"),
    ("4", "固始鹅块预制菜加工项目", "固始县淮源食品有限公司", "6.8", "2024年4月", "已投产"),
    ("5", "年产50万套智能家居项目", "佛山市凯澜家居有限公司", "10.2", "2024年6月", "已开工"),
    ("6", "油茶精深加工产业园项目", "上海润茗生物科技有限公司", "8.5", "2024年7月", "已落地"),
    ("7", "豫皖冷链物流园项目", "合肥联运供应链管理有限公司", "15.3", "2024年8月", "已开工"),
    ("8", "年产2000台智能农机装备项目", "江苏田丰农机有限公司", "9.4", "2024年9月", "已签约"),
    ("合计", "", "", "119.3", "", ""),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("三、存在的问题", 1)
para(
    "一是签约项目落地转化不够快。1—9月签约项目中仍有24个未注册落地，其中签约超过6个月的9个。"
    "二是重大项目支撑不足。全县在谈项目中50亿元以上项目仅有2个，与全市先进县区相比还有差距。"
    "三是要素保障压力较大。全县标准化厂房可供面积不足8万平方米，新增工业用地指标缺口约1200亩。"
)

doc.add_heading("四、下步打算", 1)
para(
    "四季度，重点抓好三个方面工作。一是冲刺全年目标。力争新签约亿元以上项目15个以上，确保全年实际到位"
    "省外资金完成112亿元、新开工项目达到45个。二是深化驻企服务。对未办结诉求逐一销号，年底前企业诉求"
    "办结率达到95%以上。三是强化要素保障。年内新建标准化厂房20万平方米，盘活闲置土地600亩以上。"
)
para("固始县投资促进中心", WD_ALIGN_PARAGRAPH.RIGHT)
para("2024年10月12日", WD_ALIGN_PARAGRAPH.RIGHT)
para("（联系人：方晓川　电话：0376-4927153）")

buf = io.BytesIO()
doc.save(buf)
out = io.BytesIO()
with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = item.external_attr
        dst.writestr(info, src.read(item.filename))
(HERE / "04_gushi_zhaoshang.docx").write_bytes(out.getvalue())
