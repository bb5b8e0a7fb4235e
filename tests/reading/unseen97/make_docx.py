"""Builds 02_chanyelian_diaodu.docx: the 链长办's monthly dispatch of several industrial chains, with a
summary Word table of the chains and a Word table of the month's tasks (责任单位, 时限).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    .venv/bin/python <this folder>/make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "02_chanyelian_diaodu.docx"
FIXED = datetime(2025, 6, 12, 16, 30, 0)


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


doc = Document()
props = doc.core_properties
props.author = "市产业链链长制工作推进办公室"
props.last_modified_by = "市工信局综合处"
props.title = "全市重点产业链链长制工作月度调度通报（2025年第5期）"
props.created = FIXED
props.modified = FIXED
props.last_printed = FIXED
props.revision = 1

doc.add_paragraph("链长制工作调度通报")
doc.add_paragraph("2025年第5期（总第29期）")
doc.add_paragraph("宿迁市产业链链长制工作推进办公室　　　　2025年6月12日")
doc.add_heading("5月份全市重点产业链链长制工作调度情况", 1)
doc.add_paragraph("各链长、副链长，各县（区）人民政府，市各开发区、新区、园区管委会，市各牵头部门：")
doc.add_paragraph(
    "现将5月份全市重点产业链链长制工作调度情况通报如下。数据由市统计局、各链牵头部门提供，企业问题按“收集—交办—"
    "办理—反馈”闭环统计。"
)

doc.add_heading("一、总体情况", 2)
doc.add_paragraph(
    "1—5月，全市光电、新能源、绿色食品、高端纺织等重点产业链运行总体平稳，合计实现规上工业产值1223.1亿元，"
    "同比增长10.6%，占全市规上工业总产值的50.6%，比一季度提高0.9个百分点。5月份，链长办共收集企业反映问题"
    "28个，已解决20个，解决率71.4%，其余8个正在协调推进；今年以来累计收集问题131个，办结112个，办结率85.5%。"
    "当月各链长、副链长走访链上企业17次，召开链长专题会议4次，协调金融机构为链上企业新增授信23.6亿元。"
)
doc.add_paragraph("表1　5月份各产业链运行和问题办理情况")
table(
    doc,
    [
        ("产业链", "1—5月产值（亿元）", "同比增长（%）", "5月收集问题（个）", "已解决（个）", "在办（个）"),
        ("绿色食品", "412.6", "5.3", "9", "7", "2"),
        ("光电", "286.3", "18.7", "8", "5", "3"),
        ("新能源", "198.5", "24.3", "6", "4", "2"),
        ("高端纺织", "325.7", "3.9", "5", "4", "1"),
        ("合计", "1223.1", "10.6", "28", "20", "8"),
    ],
)

doc.add_heading("二、各产业链推进情况", 2)
doc.add_paragraph("（一）绿色食品产业链（链长：周怀远；牵头部门：市农业农村局、洋河新区管委会）")
doc.add_paragraph(
    "1—5月，链上规上企业实现产值412.6亿元，增长5.3%。其中，酒饮料板块产值238.4亿元，增长1.8%；食品加工板块"
    "产值174.2亿元，增长10.4%，增速比1—4月加快1.6个百分点。链主企业澜泉酒业实现营业收入186.3亿元，增长2.4%，"
    "入库税收41.7亿元。本月新增规上企业3家，链上规上企业达到146家。5月收集问题9个、解决7个，澜泉酒业陶坛"
    "酒库项目施工用电增容已于5月20日送电；2家配套包装企业反映的天然气价格问题正在协调。"
)
doc.add_paragraph("（二）光电产业链（链长：韩启明；牵头部门：市工信局、宿迁经开区管委会）")
doc.add_paragraph(
    "1—5月，链上规上企业实现产值286.3亿元，增长18.7%，增速在各链中最高。光伏组件产量5.42GW，增长22.6%；"
    "电池片产量6.18GW，增长15.2%。链主企业晶澄光能实现产值96.8亿元，增长26.1%，占全链产值的33.8%。"
    "晶澄光能年产2GW高效光伏组件项目设备安装已完成85%，计划6月底投产。5月收集问题8个、解决5个，在办的3个"
    "主要是技术工人缺口和出口退税进度，其中用工缺口约600人。"
)
doc.add_paragraph("（三）新能源产业链（链长：吴泽平；牵头部门：市发改委、苏宿工业园区管委会）")
doc.add_paragraph(
    "1—5月，链上规上企业实现产值198.5亿元，增长24.3%。其中，储能电池产值112.7亿元，增长35.6%；动力电池及材料"
    "产值85.8亿元，增长12.0%。链主企业锂源储能实现营业收入63.2亿元，增长31.5%，储能电池出货量4.6GWh。"
    "苏宿工业园区年产10GWh储能电池项目一期计划投资30亿元，已累计完成投资18.4亿元，占一期计划投资的61.3%。"
    "5月收集问题6个、解决4个，另有2个项目用地指标尚未落实。"
)
doc.add_paragraph("（四）高端纺织产业链（链长：孙立群；牵头部门：市商务局、泗阳县人民政府）")
doc.add_paragraph(
    "1—5月，链上规上企业实现产值325.7亿元，增长3.9%，比一季度回落1.2个百分点。链主企业绮纶新材料实现产值"
    "42.6亿元，下降2.8%，主要受涤纶长丝价格走低影响。泗阳县功能性纤维产业园本月新签约项目2个，协议投资13.5亿元。"
    "5月收集问题5个、解决4个，剩余1个为企业污水接管问题，已列入泗阳县月度督办。"
)

doc.add_heading("三、存在的问题", 2)
doc.add_paragraph(
    "一是部分链上企业订单不足。绿色食品产业链酒饮料板块1—5月有14家规上企业产值同比下降，高端纺织产业链产值增速"
    "连续两个月回落。二是要素保障仍有短板。光电产业链技术工人缺口较大，新能源产业链2个项目用地指标尚未落实，"
    "涉及用地约180亩。三是问题办结不够及时。累计在办的19个问题中，交办超过30天仍未办结的有7个。"
)

doc.add_heading("四、6月份重点任务", 2)
doc.add_paragraph("各牵头部门和责任单位要对照下表逐项推进，6月底前将完成情况报链长办。")
table(
    doc,
    [
        ("序号", "重点任务", "责任单位", "完成时限"),
        ("1", "推动澜泉酒业陶坛酒库项目主体封顶，新增储酒能力3万吨", "洋河新区管委会", "6月30日前"),
        (
            "2",
            "组织专场招聘会2场，帮助晶澄光能等企业招用技术工人500人以上",
            "市人社局、宿迁经开区管委会",
            "6月25日前",
        ),
        ("3", "推动年产10GWh储能电池项目一期完成设备安装", "苏宿工业园区管委会", "6月30日前"),
        ("4", "落实新能源产业链2个项目用地指标约180亩", "市自然资源和规划局、宿豫区人民政府", "7月15日前"),
        ("5", "组织链主企业与本地配套企业对接，促成配套采购不少于5亿元", "市工信局", "6月底前"),
        ("6", "帮助绮纶新材料申报省级智能制造示范工厂", "泗阳县人民政府", "6月20日前"),
        ("7", "对交办超过30天未办结的7个问题逐项会商销号", "链长办、各牵头部门", "6月15日前"),
    ],
)
doc.add_paragraph(
    "6月份是实现“双过半”的关键月，各链要力争上半年重点产业链产值增长11%以上，问题累计办结率达到90%以上。"
)
doc.add_paragraph("报：市委、市政府主要领导，各链长、副链长。")
doc.add_paragraph("送：市产业链链长制工作推进办公室成员单位。")
doc.add_paragraph("联系人：刘思源　电话：0527-84356072　　（共印30份）")

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
