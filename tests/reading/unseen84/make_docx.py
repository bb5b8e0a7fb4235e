"""Builds 02_zhuqi_lianluoyuan_yuebao.docx (headings, paragraphs and one real Word table of open tickets).

The document properties and the zip entries' dates are fixed, so the same bytes come out every time:

    .venv/bin/python <this folder>/make_docx.py
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_zhuqi_lianluoyuan_yuebao.docx"
STAMP = dt.datetime(2026, 11, 6, 9, 0, 0)

doc = Document()
props = doc.core_properties
props.author = "三明市驻企联络员工作领导小组办公室"
props.last_modified_by = "市驻企办"
props.title = "三明市驻企联络员工作月报（2026年第10期）"
props.created = STAMP
props.modified = STAMP
props.last_printed = STAMP
props.revision = 1

doc.add_heading("三明市驻企联络员工作月报", 0)
doc.add_paragraph("2026年第10期（总第34期）")
doc.add_paragraph("三明市驻企联络员工作领导小组办公室（设在市工信局）　　2026年11月6日")

doc.add_heading("一、驻企服务基本情况", 1)
doc.add_paragraph(
    "截至10月底，全市共选派驻企联络员1286名，其中市直部门选派214名、县（市、区）选派1072名，"
    "联系服务企业2143家。全市1743家规上工业企业中，已有1687家落实联络员，覆盖率96.8%；"
    "尚未配备的56家均为今年新升规企业，将于11月底前全部配齐。三明高新区选派联络员46名，服务企业173家。"
)
doc.add_paragraph(
    "10月份，联络员走访企业3562家次，比9月增加418家次，人均走访2.8家次；牵头召开政企恳谈会、"
    "现场办公会27场，参会企业312家。"
)

doc.add_heading("二、问题收集和办理", 1)
doc.add_paragraph(
    "10月份新收集企业问题286个，当月办结312个（含往月结转问题）。1—10月累计收集问题2864个，"
    "已办结2619个，办结率91.4%，比9月底提高1.9个百分点；未办结245个，其中超过承诺时限的18个。"
)
doc.add_paragraph(
    "按问题类型分，要素保障类（用地、用电、用工）786个，占27.4%；融资类612个，占21.4%；审批服务类548个；"
    "市场开拓类437个；政策兑现类329个；其他类152个。融资类问题办结率最高，达95.6%；要素保障类问题"
    "协调环节多、周期长，办结率为86.3%，比平均水平低5.1个百分点。"
)
doc.add_paragraph(
    "分地区看，永安市、沙县区、尤溪县收集问题较多，分别为412个、356个、331个，办结率分别为94.2%、"
    "92.7%、90.3%，其中永安市办结率居全市第1位。泰宁县、建宁县办结率均不足85%，需加大督办力度。"
    "三明高新区收集问题148个，已全部办结。"
)
doc.add_paragraph(
    "从办理时长看，已办结问题平均用时6.8个工作日，比上年同期缩短1.5个工作日；其中当场解决或3个工作日内"
    "办结的1243个，占47.5%。"
)

doc.add_heading("三、服务成效", 1)
doc.add_paragraph(
    "1—10月，通过驻企服务协调银行机构为企业新增授信18.4亿元，帮助企业兑现惠企政策资金5.2亿元，"
    "两项合计23.6亿元，比上年同期增加6.7亿元；协调解决企业用工3270人、项目用地约1260亩。"
    "10月开展的企业回访中，企业对驻企服务的满意率为97.3%，比上月提高0.5个百分点。"
    "联络员还帮助12家企业申报省级专精特新中小企业，其中8家已通过认定。"
)

doc.add_heading("四、未办结重点问题清单", 1)
rows = [
    ("企业", "问题", "责任单位", "时限", "状态"),
    (
        "福建永联新材料有限公司",
        "二期项目约86亩用地未完成农转用报批",
        "永安市自然资源局",
        "11月30日",
        "材料已报省厅",
    ),
    ("三明华熠光电科技有限公司", "流动资金缺口2000万元", "兴业银行三明分行", "11月20日", "已对接授信"),
    ("沙县闽宏机械制造有限公司", "新厂房用电增容2500千伏安", "国网沙县供电公司", "11月25日", "线路施工中"),
    (
        "福建尤溪恒泰竹业有限公司",
        "急需招聘熟练技工120名",
        "尤溪县人社局",
        "12月15日",
        "已组织专场招聘2场",
    ),
    ("大田县鑫岩铸造有限公司", "出口退税386万元未到账", "大田县税务局", "11月15日", "审核中"),
    (
        "宁化县绿源食品有限公司",
        "冷库项目环评批复超期",
        "市生态环境局宁化分局",
        "11月10日",
        "已超期，挂牌督办",
    ),
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

doc.add_heading("五、下月工作安排", 1)
doc.add_paragraph(
    "11月份计划走访企业3600家次以上；对18个超期问题实行挂牌督办，11月底前全部办结；力争年底前累计办结率"
    "达到95%以上，企业满意率保持在97%以上。市驻企办将会同12345政务服务便民热线，建立企业诉求“接诉即办”"
    "转办通道，对联络员反映的共性问题每月汇总一次，提交市政府专题会议研究。"
)
doc.add_paragraph("联系人：吴晓岚　　联系电话：0598-8236417")


def fixed_bytes(document) -> bytes:
    """The saved package with every zip entry dated STAMP, in the order python-docx writes them."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


(HERE / NAME).write_bytes(fixed_bytes(doc))
print(f"wrote {NAME}")
