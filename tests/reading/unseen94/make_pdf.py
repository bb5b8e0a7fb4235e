"""Builds 03_zhaoshang_yinzi.pdf: the 梅州市投资促进局 half-year work summary on attracting investment,
set with reportlab in the non-embedded Adobe font STSong-Light, a running head and a page number at each
page's foot, and one table of major signed projects.

reportlab is not in the project venv; it is installed apart and put on the path. ``invariant=1`` fixes the
document's dates and ids, so each run writes the same bytes:

    pip install --target /tmp/rl94 reportlab
    PYTHONPATH=/tmp/rl94 /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "03_zhaoshang_yinzi.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "梅州市投资促进局2024年上半年招商引资工作总结"

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，市投资促进局围绕“百千万工程”和制造业当家，用好广州对口帮扶协作机制，聚焦电子信息、"
        "新能源等主导产业开展精准招商，招商引资工作取得阶段性成效。现将上半年工作总结如下。",
    ),
    ("h", "一、主要成效"),
    (
        "p",
        "（一）签约规模稳步扩大。上半年，全市新签约项目156个，协议投资额486.3亿元，同比增长14.2%，"
        "完成全年目标900亿元的54.0%，比1—5月提高12.5个百分点。其中，亿元以上项目98个，协议投资451.7亿元，"
        "占协议投资总额的92.9%；10亿元以上项目14个，协议投资226.5亿元，比上年同期多5个。单个项目平均协议投资"
        "3.12亿元，比上年同期增加0.41亿元。分季度看，一季度签约项目68个、协议投资198.7亿元，二季度签约88个、"
        "287.6亿元，分别比一季度多20个和88.9亿元；6月当月签约31个、协议投资112.6亿元。协议投资额居全省山区5市"
        "第1位。",
    ),
    (
        "p",
        "（二）主导产业集聚成势。按产业分，电子信息项目32个、协议投资138.6亿元，新能源项目18个、96.4亿元，"
        "两大主导产业合计占协议投资总额的48.3%；先进材料项目21个、72.5亿元；生物医药与健康项目15个、41.8亿元；"
        "现代农业与食品项目38个、52.3亿元；文化旅游项目17个、48.9亿元；商贸物流等其他项目15个、35.8亿元。"
        "电子信息、新能源、先进材料、生物医药四类制造业项目合计86个、协议投资349.3亿元，占71.8%。",
    ),
    (
        "p",
        "（三）项目落地转化加快。对签约项目建立“落地—开工—投产”全流程台账，实行周调度、月通报。截至6月底，"
        "上半年签约的156个项目中，已注册落地128个，落地率82.1%；已开工87个，开工率55.8%；已建成投产26个。"
        "2023年签约的项目今年上半年新开工41个、新投产19个。全市实际到位资金132.4亿元，增长9.6%，完成全年260亿元"
        "目标的50.9%，到位资金居全省第9位。",
    ),
    (
        "p",
        "（四）湾区招商成效明显。来自粤港澳大湾区的项目104个，占新签约项目的66.7%。其中，依托广州对口帮扶"
        "引进项目37个、协议投资118.2亿元，增长23.5%；来自深圳、东莞、佛山的项目分别为29个、16个、11个。"
        "园区承接能力增强，广州（梅州）产业转移工业园新签约项目19个、协议投资87.4亿元，梅州高新区新签约项目"
        "23个、协议投资95.6亿元。",
    ),
    (
        "p",
        "（五）招商活动扎实开展。上半年共举办和参加各类招商推介活动46场，其中赴珠三角开展专题招商23场；"
        "市领导带队外出招商63批次，接待来梅考察客商218批次、1900余人次。3月在广州举办的梅州投资推介会现场签约"
        "项目27个、协议投资163.5亿元。",
    ),
    ("h", "二、重点签约项目"),
    ("p", "上半年签约的10亿元以上项目中，已落地或开工的8个项目情况如下："),
    ("table", ""),
    ("note", "注：其余6个10亿元以上项目正在办理注册手续。"),
    ("h", "三、存在问题"),
    (
        "p",
        "一是项目质量有待提升。签约项目中亿元以下的小项目仍有58个，占37.2%，投资强度和税收贡献不高。"
        "二是落地转化不够平衡。上半年签约项目中仍有28个未注册落地；2023年签约的项目中尚有19个未开工，其中签约"
        "超过一年的7个。三是招商力量相对薄弱。全市专职招商人员86人，县级招商机构专职人员平均不足8人，熟悉产业链"
        "的专业人才较少。",
    ),
    ("h", "四、下半年工作打算"),
    (
        "p",
        "下半年，力争新签约项目150个以上，全年协议投资突破900亿元、实际到位资金达到260亿元以上；确保上半年"
        "签约项目年底前落地率达到90%以上、开工率达到70%以上。继续深化与广州的对口帮扶协作，组织“客商回归”"
        "系列活动不少于20场，三季度在深圳举办专场推介会1场，重点引进电子信息、新能源产业链上下游项目。",
    ),
]

TABLE = [
    ["序号", "项目名称", "产业", "协议投资\n（亿元）", "落户地", "进展"],
    ["1", "年产12GW高效光伏组件项目", "新能源", "35.0", "梅县区", "已开工"],
    ["2", "高多层印制电路板及封装基板项目", "电子信息", "28.0", "梅州高新区", "已落地"],
    ["3", "年产10万吨锂电池负极材料项目", "新能源", "22.5", "广州（梅州）产业转移工业园", "已开工"],
    ["4", "客家围龙屋文旅度假区项目", "文化旅游", "18.6", "大埔县", "已落地"],
    ["5", "电子元器件产业园项目", "电子信息", "16.0", "五华县", "已开工"],
    ["6", "年产50万吨高性能陶瓷新材料项目", "先进材料", "15.2", "丰顺县", "已落地"],
    ["7", "年产5万吨预制菜中央厨房项目", "现代农业与食品", "12.0", "兴宁市", "已开工"],
    ["8", "新型储能电站项目", "新能源", "10.5", "平远县", "已落地"],
]

BASE = ParagraphStyle("base", fontName=FONT, fontSize=11.5, leading=19, wordWrap="CJK", firstLineIndent=23)
HEAD = ParagraphStyle("head", parent=BASE, firstLineIndent=0, fontSize=12.5, spaceBefore=6, spaceAfter=2)
TITLE_STYLE = ParagraphStyle(
    "title", parent=BASE, firstLineIndent=0, fontSize=17, leading=26, alignment=TA_CENTER
)
SUB = ParagraphStyle("sub", parent=BASE, firstLineIndent=0, alignment=TA_CENTER)
NOTE = ParagraphStyle("note", parent=BASE, fontSize=10, leading=15, firstLineIndent=0)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=9.5, leading=13, firstLineIndent=0)


def page_furniture(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawString(20 * mm, A4[1] - 14 * mm, "梅州市投资促进局")
    canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, "2024年上半年工作总结")
    canvas.line(20 * mm, A4[1] - 16 * mm, A4[0] - 20 * mm, A4[1] - 16 * mm)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
    canvas.restoreState()


def project_table() -> Table:
    rows = [[Paragraph(cell.replace("\n", "<br/>"), CELL) for cell in row] for row in TABLE]
    table = Table(rows, colWidths=[10 * mm, 52 * mm, 24 * mm, 18 * mm, 44 * mm, 16 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ]
        )
    )
    return table


def story() -> list:
    out = [
        Paragraph(TITLE, TITLE_STYLE),
        Paragraph("（2024年7月18日）", SUB),
        Spacer(1, 6),
    ]
    for kind, text in BODY:
        if kind == "h":
            out.append(Paragraph(text, HEAD))
        elif kind == "table":
            out += [Spacer(1, 4), project_table(), Spacer(1, 4)]
        elif kind == "note":
            out.append(Paragraph(text, NOTE))
        else:
            out.append(Paragraph(text, BASE))
    return out


if __name__ == "__main__":
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        title=TITLE,
        author="梅州市投资促进局",
        creator="梅州市投资促进局综合科",
        invariant=1,
    )
    doc.build(story(), onFirstPage=page_furniture, onLaterPages=page_furniture)
    print(f"wrote {NAME}")
