"""Builds 01_gongye_tongbao.pdf with reportlab: the 湘潭市工信局 bulletin on industry in 1—11月 2024, two A4
pages set in the non-embedded Adobe font STSong-Light, a running head and a page number on each page, the
table of the nine 县市区、园区 split across the page break (its second half headed 续表).

reportlab is not in the project venv; install it beside it and run with it on the path:

    pip install --target /tmp/rl96 reportlab
    PYTHONPATH=/tmp/rl96 python3 make_pdf.py

``invariant=1`` fixes the creation date and the document id, so each run writes the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
NAME = "01_gongye_tongbao.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

BODY = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15.5, firstLineIndent=21, wordWrap="CJK")
HEAD = ParagraphStyle("head", parent=BODY, firstLineIndent=0, spaceBefore=3)
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=4)
MAST = ParagraphStyle(
    "mast", fontName=FONT, fontSize=24, leading=28, alignment=TA_CENTER, textColor=colors.red
)
CENTER = ParagraphStyle("center", fontName=FONT, fontSize=10.5, leading=16, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right", parent=BODY, firstLineIndent=0, alignment=TA_RIGHT)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=14, firstLineIndent=0)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12, alignment=TA_CENTER)

PARAS_1 = [
    ("p", "各县市区人民政府，湘潭高新区、湘潭经开区、昭山示范区、湘潭综合保税区管委会，市直有关单位："),
    ("p", "现将2024年1—11月全市工业经济运行情况通报如下。"),
    ("h", "一、总体运行情况"),
    (
        "p",
        "1—11月，全市规模工业增加值同比增长7.6%，增速比1—10月加快0.3个百分点，高于全省平均水平"
        "1.2个百分点，居全省14个市州第3位，较1—10月前移1位。11月当月，全市规模工业增加值增长9.2%，"
        "比10月加快1.4个百分点，为今年以来单月最高增速。",
    ),
    (
        "p",
        "11月末，全市规模工业企业达到1386家，比年初净增97家，其中1—11月新入规企业112家，完成年度目标"
        "（120家）的93.3%。1—11月规模工业企业实现营业收入3864.2亿元，同比增长6.9%；1—10月实现利润总额"
        "168.5亿元，增长4.1%。全市工业用电量78.36亿千瓦时，增长5.8%，其中11月当月7.62亿千瓦时，增长8.3%。"
        "工业投资增长14.6%，高于全部投资增速9.1个百分点；工业技改投资增长21.3%，占工业投资的比重为46.2%。",
    ),
    ("h", "二、分行业运行情况"),
    (
        "p",
        "全市纳入统计的38个工业行业大类中，有26个行业增加值同比增长，增长面为68.4%，比1—10月扩大"
        "2.6个百分点。重点行业中，汽车制造业增加值增长16.4%，电气机械和器材制造业增长11.7%，通用设备"
        "制造业增长9.3%，三个行业增加值合计占全市规模工业的31.5%；黑色金属冶炼和压延加工业增长2.8%，"
        "比1—10月回落0.6个百分点；化学原料和化学制品制造业受锂电材料价格下行影响，下降3.6%，降幅比"
        "1—10月收窄1.9个百分点。",
    ),
    (
        "p",
        "新动能支撑作用增强。高技术制造业增加值增长13.8%，占规模工业增加值的比重为12.9%，比上年同期"
        "提高1.1个百分点；装备制造业增加值增长10.2%，占比达到38.6%。六大高耗能行业增加值增长3.1%，"
        "低于全市4.5个百分点。从主要产品看，钢材产量1268.4万吨，增长1.9%；汽车14.26万辆，增长18.7%；"
        "发电机组186.3万千瓦，增长24.5%；锂离子电池正极材料8.72万吨，下降6.4%。",
    ),
    ("h", "三、园区运行情况"),
    (
        "p",
        "全市园区规模工业增加值增长8.3%，高于全市0.7个百分点，占全市规模工业增加值的比重为72.4%。"
        "湘潭经开区、湘潭高新区分别增长10.3%、8.9%；湘潭综合保税区依托加工贸易项目增长12.6%，"
        "增速继续领跑；昭山示范区增长5.2%，低于全市2.4个百分点。11月，全市园区新增入规企业9家。",
    ),
    ("h", "四、县市区、园区运行情况"),
    (
        "p",
        "从增速看，9个县市区、园区中有5个高于全市平均水平。湘潭综合保税区增速居第一位，湘潭经开区、"
        "湘乡市分列第二、第三位；岳塘区增速比1—10月提高0.9个百分点，排名前移2位；昭山示范区、韶山市"
        "排名靠后。具体见表1。",
    ),
]

TABLE_TITLE = "表1　1—11月各县市区、园区规模工业增加值增速及排名"
HEADER = ["单位", "增速（%）", "排名", "较上月升降"]
ROWS = [
    ["湘潭综合保税区", "12.6", "1", "—"],
    ["湘潭经开区", "10.3", "2", "↑1"],
    ["湘乡市", "9.4", "3", "↓1"],
    ["湘潭高新区", "8.9", "4", "—"],
    ["湘潭县", "8.6", "5", "↑1"],
    ["雨湖区", "7.4", "6", "↓1"],
    ["岳塘区", "7.1", "7", "↑2"],
    ["韶山市", "6.8", "8", "↓1"],
    ["昭山示范区", "5.2", "9", "↓1"],
]
SPLIT = 3  # rows on page 1

PARAS_2 = [
    ("s", "注：较上月升降为与1—10月排名比较，“↑”为前移，“↓”为后移，“—”为持平。"),
    ("h", "五、存在的问题"),
    (
        "p",
        "一是部分行业下行压力仍然较大。化学原料和化学制品制造业已连续多月负增长，规模以上锂电材料企业中"
        "有11家产值同比下降。二是新增入规后劲不足。距完成全年新入规目标还差8家，韶山市、昭山示范区"
        "1—11月新入规企业分别仅为3家、2家。三是企业效益承压。1—10月全市规模工业亏损企业183家，"
        "亏损面为13.6%，比上年同期扩大1.2个百分点。",
    ),
    ("h", "六、下步工作"),
    (
        "p",
        "12月是冲刺全年目标的关键月份。各县市区、园区要紧盯年度目标，逐企调度生产计划，力争全年规模"
        "工业增加值增长7.6%以上，确保完成全省下达的7.5%的目标任务。要加快培育入规企业，12月新增入规"
        "企业8家以上，确保全年新入规企业达到120家。要做好迎峰度冬电力保障，推动12月工业用电量增长"
        "6%以上。对增速低于全市平均水平的县市区、园区，市工信局将开展专项调度。",
    ),
]

CLOSING = [
    ("r", "湘潭市工业和信息化局"),
    ("r", "2024年12月18日"),
    ("s", "（联系人：彭志远，联系电话：0731-58236417）"),
    ("s", "抄送：市委办、市人大办、市政府办、市政协办，市发展改革委、市统计局。"),
    ("s", "湘潭市工业和信息化局办公室　　　　　　　　　　　　　　　2024年12月18日印发"),
]


def paragraphs(items: list[tuple[str, str]]) -> list:
    style = {"p": BODY, "h": HEAD, "s": SMALL, "r": RIGHT}
    return [Paragraph(text, style[kind]) for kind, text in items]


def table(rows: list[list[str]]) -> Table:
    data = [[Paragraph(c, CELL) for c in row] for row in [HEADER, *rows]]
    t = Table(data, colWidths=[48 * mm, 32 * mm, 24 * mm, 32 * mm])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ]
        )
    )
    return t


def on_page(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawString(25 * mm, A4[1] - 14 * mm, "湘潭市工业经济运行通报（2024年第11期）")
    canvas.drawRightString(A4[0] - 25 * mm, A4[1] - 14 * mm, "内部资料　注意保存")
    canvas.line(25 * mm, A4[1] - 16 * mm, A4[0] - 25 * mm, A4[1] - 16 * mm)
    canvas.setFont(FONT, 10.5)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
    canvas.restoreState()


def story() -> list:
    out: list = [
        Paragraph("湘潭市工业经济运行通报", MAST),
        Paragraph("2024年第11期（总第143期）", CENTER),
        Spacer(1, 2 * mm),
        Paragraph("湘潭市工业和信息化局　　　　　　　　　　　　　　2024年12月18日", CENTER),
        Spacer(1, 4 * mm),
        Paragraph("1—11月全市工业经济运行情况通报", TITLE),
    ]
    out += paragraphs(PARAS_1)
    out += [Spacer(1, 2 * mm), Paragraph(TABLE_TITLE, CENTER), Spacer(1, 1 * mm), table(ROWS[:SPLIT])]
    out += [PageBreak(), Paragraph("续表", SMALL), Spacer(1, 1 * mm), table(ROWS[SPLIT:]), Spacer(1, 2 * mm)]
    out += paragraphs(PARAS_2)
    out += [Spacer(1, 6 * mm)]
    out += paragraphs(CLOSING)
    return out


if __name__ == "__main__":
    path = HERE / NAME
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="1—11月全市工业经济运行情况通报",
        author="湘潭市工业和信息化局",
        subject="",
        creator="",
        producer="",
        invariant=1,
    )
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    print(f"wrote {NAME}")
