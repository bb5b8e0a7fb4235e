"""Builds 03_zhongdian_xiangmu_diaodu_hui.docx: a meeting minute with headings, paragraphs and one real
Word table of eight projects (with a 合计 row).

The core properties and every zip entry's date are fixed, so each run writes the same bytes:

    /work/main/.venv/bin/python make_docx.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
NAME = "03_zhongdian_xiangmu_diaodu_hui.docx"
FIXED = datetime(2026, 4, 11, 10, 0, 0)
OFFICE = "清远市重点项目建设工作领导小组办公室"

PARAGRAPHS_1 = [
    "今年全市共安排市重点项目152个，总投资3865.2亿元，年度计划投资470.5亿元。其中，列入省重点建设项目计划的"
    "46个，年度计划投资218.6亿元；市级重点项目106个，年度计划投资251.9亿元。",
    "一季度，全市重点项目累计完成投资128.46亿元，年度计划完成率为27.3%，比时序进度（25%）快2.3个百分点，"
    "较上年同期提高1.9个百分点。其中，省重点项目完成投资61.84亿元，完成率28.3%，居全省第5位，比上年同期前移3位；"
    "市级重点项目完成投资66.62亿元，完成率26.4%。",
    "分类型看，产业项目68个，完成投资58.73亿元，占全部完成投资的45.7%；基础设施项目51个，完成投资47.25亿元；"
    "民生和社会事业项目33个，完成投资22.48亿元，同比增长12.6%。",
    "开工方面，年内计划新开工项目57个，一季度已开工24个，开工率42.1%，比上年同期低3.5个百分点。尚未开工的"
    "33个项目中，9个已具备开工条件，总投资87.6亿元，安排在4月下旬集中开工。",
    "分地区看，英德市完成率31.6%，居各县（市、区）第1位；清城区、清新区分别为28.9%、28.1%；连南县仅完成18.2%，"
    "落后时序进度6.8个百分点。功能区中，广清园完成率30.4%，清远高新区、广佛（佛冈）产业园分别为24.1%、26.7%。",
]

HEADER = ["序号", "项目名称", "责任单位", "年度计划（亿元）", "一季度完成（亿元）", "进度（%）", "存在问题"]
ROWS = [
    ["1", "广清园年产20万吨再生铝合金扁锭项目", "广清园管委会", "12.0", "3.42", "28.5", "—"],
    [
        "2",
        "清远高新区新能源汽车零部件产业园（一期）",
        "清远高新区管委会",
        "15.5",
        "3.10",
        "20.0",
        "进口设备报关延迟",
    ],
    ["3", "英德市年产60万吨高端陶瓷岩板生产线项目", "英德市政府", "9.8", "2.65", "27.0", "—"],
    [
        "4",
        "广佛（佛冈）产业园精密电子元器件基地项目",
        "佛冈县政府",
        "8.6",
        "1.55",
        "18.0",
        "二期用地约320亩未获批",
    ],
    ["5", "北江清远段航道扩能配套码头工程", "市交通运输局", "18.0", "5.04", "28.0", "—"],
    [
        "6",
        "清城区旧城片区城市更新项目（一期）",
        "清城区政府",
        "10.4",
        "2.08",
        "20.0",
        "征拆滞后，尚有46户未签约",
    ],
    ["7", "连州菜心产业园冷链加工中心项目", "连州市政府", "2.5", "0.78", "31.2", "—"],
    ["8", "阳山县年产5万吨竹木制品深加工项目", "阳山县政府", "3.2", "0.61", "19.1", "资金缺口约0.9亿元"],
    ["合计", "", "", "80.0", "19.23", "24.0", ""],
]

PROBLEMS = (
    "一是要素保障仍有短板。全市有7个项目因用地、用林报批未完成而影响进度，涉及用地约1260亩。二是资金到位偏慢，"
    "11个项目存在资金缺口，合计近23亿元。三是新开工项目接续不足，一季度开工率低于上年同期，"
    "部分县（市、区）储备项目前期工作深度不够。"
)

TASKS = [
    "（一）冲刺上半年目标。确保上半年市重点项目完成投资258.8亿元以上、完成年度计划的55%以上，省重点项目完成率"
    "力争保持全省前5名。完成时限：6月30日前。责任单位：各县（市、区）政府、各功能区管委会，市发展改革局牵头调度。",
    "（二）抓好集中开工。已具备条件的9个项目4月28日前全部开工；二季度新开工项目不少于22个，6月底开工率达到"
    "80%以上。完成时限：4月28日、6月30日。责任单位：市发展改革局，各县（市、区）政府。",
    "（三）解决用地问题。广佛（佛冈）产业园精密电子元器件基地二期约320亩用地于5月15日前上报省审批；"
    "其余项目用地问题逐一建立台账，每周调度一次。责任单位：市自然资源局，佛冈县政府。",
    "（四）缓解资金压力。组织银行对11个有资金缺口的项目开展“一对一”对接，力争二季度新增授信不低于15亿元。"
    "完成时限：6月30日前。责任单位：市委金融办。",
    "（五）清远高新区新能源汽车零部件产业园（一期）4月20日前完成进口设备报关，二季度完成投资不少于5亿元。"
    "责任单位：清远高新区管委会，市商务局。",
    "（六）对完成率落后时序进度5个百分点以上的项目实行红色预警、挂牌督办，每月通报一次。责任单位：市发展改革局。",
]


def build() -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = OFFICE
    props.last_modified_by = OFFICE
    props.title = "2026年一季度全市重点项目建设调度会纪要"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1

    doc.add_paragraph(OFFICE)
    doc.add_paragraph("会 议 纪 要")
    doc.add_paragraph("〔2026〕2号")
    doc.add_heading("2026年一季度全市重点项目建设调度会纪要", 0)
    doc.add_paragraph(
        "4月10日上午，副市长陈嘉树在市行政服务中心4楼会议室主持召开2026年一季度全市重点项目建设调度会，"
        "听取市发展改革局关于一季度市重点项目建设情况的汇报，逐个研究进度滞后项目存在的问题，部署二季度工作。"
        "各县（市、区）政府、各功能区管委会和市直有关部门负责同志参加会议。现将会议议定事项纪要如下。"
    )
    doc.add_heading("一、一季度重点项目建设总体情况", 1)
    for text in PARAGRAPHS_1:
        doc.add_paragraph(text)
    doc.add_heading("二、重点调度项目推进情况", 1)
    doc.add_paragraph(
        "会议逐一听取了8个重点调度项目的进展（见下表）。8个项目一季度合计完成投资19.23亿元，平均进度24.0%，"
        "其中有4个项目进度低于时序进度。"
    )
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for i, row in enumerate([HEADER, *ROWS]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.add_heading("三、存在的问题", 1)
    doc.add_paragraph(PROBLEMS)
    doc.add_heading("四、任务分解", 1)
    for text in TASKS:
        doc.add_paragraph(text)
    doc.add_paragraph(
        "会议要求，各责任单位要按照任务分解逐项落实，每月5日前向市重点项目办报送进展情况。据各地报送的计划测算，"
        "预计4月底全市重点项目累计完成投资165亿元左右。"
    )
    doc.add_paragraph(
        "出席：陈嘉树　黄雅琴　周立新　欧阳伟　谭嘉欣　各县（市、区）政府、功能区管委会分管负责同志"
    )
    doc.add_paragraph("列席：市自然资源局、市住房城乡建设局、市交通运输局、市商务局、市委金融办、市统计局")
    doc.add_paragraph("记录：冯子健")
    doc.add_paragraph(f"分送：市委办公室，市政府办公室，各县（市、区）政府。　　{OFFICE}　2026年4月11日印发")

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
