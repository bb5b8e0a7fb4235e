"""Builds 01_fagaiwei_zhongdian_xiangmu.docx: the 南通市发展和改革委员会 bulletin on 1—10月 progress of the
省重大项目 and 市重点项目, with two real Word tables (twelve 省重大项目; the counties' and parks' 市重点项目
completion and rank) and a page-number field in the footer.

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
NAME = "01_fagaiwei_zhongdian_xiangmu.docx"
FIXED = datetime(2024, 11, 11, 16, 30, 0)

PARAS_HEAD = [
    ("title", "南通市重大项目建设推进情况通报"),
    ("center", "（2024年第10期）"),
    ("center", "南通市发展和改革委员会　　　　　　　　2024年11月11日"),
    (
        "p",
        "各县（市、区）人民政府，市各园区管委会，市各有关部门：",
    ),
    (
        "p",
        "　　现将1—10月全市省重大项目和市重点项目建设推进情况通报如下。",
    ),
    ("h", "一、总体进展"),
    (
        "p",
        "　　（一）省重大项目。今年全市共有58个项目列入省重大项目实施计划，项目总投资3286.4亿元，"
        "今年计划完成投资612.5亿元。1—10月，省重大项目累计完成投资571.8亿元，完成年度计划的93.4%，比1—9月提高8.8个百分点，"
        "超时序进度10.1个百分点，完成率居全省第3位。10月当月完成投资53.6亿元。21个计划新开工省重大项目已开工"
        "19个，开工率90.5%；年内计划竣工的8个项目中，已有5个竣工或部分竣工。",
    ),
    (
        "p",
        "　　（二）市重点项目。全年安排市重点项目386个，计划总投资5823.7亿元，当年计划投资1468.0亿元。"
        "1—10月累计完成投资1352.6亿元，同比增长6.4%，完成年度计划的92.1%，超时序进度8.8个百分点；完成率比1—9月的"
        "83.6%提高8.5个百分点，10月当月完成投资125.4亿元。分类型看，产业项目296个，完成投资1028.3亿元，"
        "增长9.2%，占市重点项目完成投资的76.0%；基础设施项目54个，完成投资218.9亿元，下降3.2%；社会民生项目"
        "36个，完成投资105.4亿元，增长1.9%。",
    ),
    (
        "p",
        "　　（三）新开工和竣工。市重点项目中计划新开工项目172个，截至10月底已开工158个，开工率91.9%，"
        "其中10月新开工9个；10亿元以上新开工产业项目43个，总投资1126.5亿元。已竣工或部分竣工项目61个，比上年同期多"
        "7个。10月下旬，全市四季度重大项目集中开工活动在海安、如皋两地举行，集中开工项目47个，总投资386.2亿元，"
        "其中市重点项目9个。",
    ),
    ("h", "二、分地区情况"),
    (
        "p",
        "　　各地市重点项目推进情况见附表2。海安市完成率97.1%，居全市第一；如皋市、启东市完成率分别为95.4%、"
        "94.1%，列第二、第三位。各县（市、区）和园区完成率均超过时序进度，但通州湾示范区、苏锡通科技产业园区"
        "完成率分别为87.6%、85.9%，均低于全市平均水平4个百分点以上，港口、能源类项目投资释放偏慢。",
    ),
    ("h", "三、省重大项目推进情况"),
    (
        "p",
        "　　附表1所列12个省重大项目中，9个完成率超过90%。年产120万吨高性能纤维材料项目一期主体工程已封顶，"
        "10月完成设备招标；南通高新区生物医药产业园二期提前完成全年投资计划，完成率达101.8%；海门港新区LNG"
        "接收站配套管线工程受海域使用审批影响，完成率82.0%，在所列项目中最低。",
    ),
    ("h", "四、存在的问题"),
    (
        "p",
        "　　一是部分项目进度偏慢。市重点项目中完成率低于60%的项目有22个，其中产业项目17个，主要是市场预期"
        "变化后企业放缓设备投入。二是要素保障仍有短板。12个项目用地指标尚未落实，涉及用地约1860亩；另有"
        "5个项目能耗指标缺口合计约18万吨标准煤。三是项目储备接续不足。明年拟新开工的市重点项目中，完成"
        "立项、规划、用地等前期手续的仅占四成左右。",
    ),
    ("h", "五、下步工作"),
    (
        "p",
        "　　一要紧盯年度目标。各地要对照年度计划逐项排出11月、12月投资节点，确保省重大项目全年完成投资达到"
        "年度计划的110%以上，市重点项目全年完成投资1500亿元以上。二要加快开工进度。力争年底前计划新开工项目"
        "全部开工，开工率达到100%。三要强化要素保障。市自然资源和规划局、市生态环境局等部门要对用地、环评、"
        "能评实行清单化管理，12月15日前完成一轮集中会办。四要抓好项目储备。各地要按照“谋划一批、储备一批、"
        "开工一批”的要求，做好2025年省重大项目申报工作。",
    ),
    ("p", "　　附表：1.2024年部分省重大项目推进情况"),
    ("p", "　　　　　2.各县（市、区）和园区市重点项目推进情况"),
]

TABLE1_TITLE = "附表1　2024年部分省重大项目推进情况（截至10月底）"
TABLE1 = [
    (
        "序号",
        "项目名称",
        "建设单位",
        "总投资（亿元）",
        "年度计划（亿元）",
        "1—10月完成（亿元）",
        "完成率（%）",
    ),
    ("1", "通州湾港区通用码头二期工程", "江苏通州湾港口发展有限公司", "86.0", "18.0", "16.9", "93.9"),
    ("2", "年产120万吨高性能纤维材料项目", "南通华纶新材料有限公司", "210.0", "42.0", "40.3", "96.0"),
    ("3", "启东海上风电装备产业园项目", "启东澜帆海工装备有限公司", "65.0", "15.0", "12.8", "85.3"),
    ("4", "如皋年产30万台新能源汽车电驱系统项目", "如皋驰远动力科技有限公司", "48.0", "12.0", "11.2", "93.3"),
    ("5", "海安高端轴承产业园项目", "海安精衡轴承有限公司", "32.0", "8.0", "7.9", "98.8"),
    ("6", "南通经开区集成电路先进封测基地项目", "南通芯拓微电子有限公司", "120.0", "25.0", "21.6", "86.4"),
    ("7", "崇川区数字经济产业园项目", "南通紫琅数字产业发展有限公司", "28.0", "6.0", "5.7", "95.0"),
    ("8", "年产500万套高端家纺智能制造项目", "南通川姜织造有限公司", "24.0", "6.5", "6.4", "98.5"),
    ("9", "海门港新区LNG接收站配套管线工程", "海门港新区能源发展有限公司", "18.5", "5.0", "4.1", "82.0"),
    ("10", "如东洋口港年产80万吨绿色甲醇项目", "如东沧澜绿能化工有限公司", "95.0", "20.0", "18.2", "91.0"),
    ("11", "南通高新区生物医药产业园二期", "南通瑞霖医药科技有限公司", "22.0", "5.5", "5.6", "101.8"),
    ("12", "市区快速路网连通工程（二期）", "南通市交通建设投资有限公司", "46.0", "11.0", "10.2", "92.7"),
]

TABLE2_TITLE = "附表2　各县（市、区）和园区市重点项目推进情况"
TABLE2 = [
    ("地区", "项目数（个）", "年度计划投资（亿元）", "1—10月完成投资（亿元）", "完成率（%）", "全市排名"),
    ("海安市", "38", "152.0", "147.6", "97.1", "1"),
    ("如皋市", "41", "168.0", "160.3", "95.4", "2"),
    ("启东市", "36", "150.0", "141.2", "94.1", "3"),
    ("崇川区", "34", "128.0", "119.0", "93.0", "4"),
    ("通州区", "40", "156.0", "144.3", "92.5", "5"),
    ("海门区", "37", "146.0", "134.0", "91.8", "6"),
    ("南通经济技术开发区", "29", "118.0", "107.5", "91.1", "7"),
    ("如东县", "35", "142.0", "127.9", "90.1", "8"),
    ("通州湾示范区", "18", "96.0", "84.1", "87.6", "9"),
    ("苏锡通科技产业园区", "14", "58.0", "49.8", "85.9", "10"),
    ("市级部门", "64", "154.0", "136.9", "88.9", "—"),
    ("合计", "386", "1468.0", "1352.6", "92.1", "—"),
]

TAIL = [
    "注：完成率为1—10月完成投资占年度计划投资的比重；排名按完成率高低排列，市级部门不参加排名。",
    "抄送：省发展改革委，市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。",
    "联系人：顾晓岚　联系电话：0513-85096273",
]


def add_page_field(paragraph):
    """A PAGE field between dashes, as Word writes it."""
    paragraph.add_run("— ")
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)
    paragraph.add_run(" —")


def add_table(doc, title, rows):
    cap = doc.add_paragraph(title)
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
                run.font.bold = i == 0


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = "南通市发展和改革委员会"
    props.last_modified_by = "南通市发展和改革委员会"
    props.title = "南通市重大项目建设推进情况通报（2024年第10期）"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 3

    style = doc.styles["Normal"]
    style.font.name = "FangSong"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    for kind, text in PARAS_HEAD:
        if kind == "title":
            doc.add_heading(text, 0)
        elif kind == "h":
            doc.add_heading(text, 1)
        else:
            para = doc.add_paragraph(text)
            if kind == "center":
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    add_table(doc, TABLE1_TITLE, TABLE1)
    doc.add_paragraph("")
    add_table(doc, TABLE2_TITLE, TABLE2)
    for text in TAIL:
        doc.add_paragraph(text)

    buf = io.BytesIO()
    doc.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


if __name__ == "__main__":
    (HERE / NAME).write_bytes(build())
    print(f"wrote {NAME}")
