"""Builds 04_lianzhang_wenti_qingdan.pdf with reportlab: the year's summary of the industrial-chain-chief
(链长制) problem lists, set in the non-embedded Adobe font STSong-Light, with a ruled table (序号, 链条,
问题数, 已解决, 办结率（%）) and a page number at each page's foot.

reportlab is not in the project's environment; it was installed for this set only with
``pip install --target /tmp/rl102 reportlab``. ``rl_config.invariant`` fixes the document id and dates,
so each run writes the same bytes:

    /work/main/.venv/bin/python make_pdf.py
"""

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl102")

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
NAME = "04_lianzhang_wenti_qingdan.pdf"
FONT = "STSong-Light"

pdfmetrics.registerFont(UnicodeCIDFont(FONT))
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=24, alignment=1)
SUB = ParagraphStyle("sub", fontName=FONT, fontSize=11, leading=18, alignment=1)
HEAD = ParagraphStyle("head", fontName=FONT, fontSize=12, leading=20, spaceBefore=6)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18, wordWrap="CJK", firstLineIndent=22)
NOTE = ParagraphStyle("note", fontName=FONT, fontSize=10, leading=16)

PARAS: list[tuple[str, str]] = [
    (
        "p",
        (
            "今年以来，全市围绕8条重点产业链，落实“一条产业链、一名市领导、一个工作专班”的推进机制，"
            "通过链长走访、链主企业座谈和“企呼我应”平台收集企业诉求，对问题实行收集、交办、督办、销号闭环管理。"
            "截至11月30日，各链条累计收集问题253个，已解决221个，正在推进32个，问题办结率87.4%，"
            "比上年提高5.2个百分点。其中11月新收集问题14个，当月解决17个，解决数已超过新增数。"
        ),
    ),
    ("h", "一、问题收集和办理情况"),
    (
        "p",
        (
            "从问题类型看，要素保障类问题96个，占全部问题的37.9%，其中用地38个、用能21个、融资37个；"
            "政策落实类58个；市场开拓类47个；人才用工类32个；其他类20个。从办理层级看，"
            "由县（市、区）和园区直接解决138个，市级链长专班协调解决71个，提请省级有关部门协调解决12个。"
            "已解决问题平均办理用时23天，比上年缩短6天。回访中，企业对已办结问题的满意度为96.8%，"
            "对个别满意度不高的问题，专班已责成责任单位重新办理。"
        ),
    ),
    ("h", "二、分链条情况"),
    (
        "p",
        (
            "分链条看（详见附表），电子信息产业链收集问题46个，数量最多，已解决42个。电子信息、食品饮料两条链"
            "办结率分别为91.3%、91.2%，分列8条链的第一、第二位。文旅康养产业链办结率83.3%，在8条链中最低，"
            "低于全市平均水平4.1个百分点，主要是景区配套用地问题办理周期较长。新材料产业链尚有6个问题未办结，"
            "为各链条最多，集中在高纯材料项目能评和园区污水处理能力两方面。智能机电产业链收集问题36个，"
            "其中融资和用地问题18个；清洁能源产业链办结率89.3%，比上年提高8.6个百分点；纺织服装、生物医药"
            "两条链问题数分别为25个、19个，办结率均在84%左右。"
        ),
    ),
    ("h", "三、链长制工作成效"),
    (
        "p",
        (
            "市级链长今年带队开展调研走访86次，召开链长专题会议24次；协调金融机构为链上企业新增授信48.7亿元，"
            "组织产销对接活动15场，促成签约金额23.4亿元。1—11月，8条重点产业链实现规上工业产值1764.5亿元，"
            "同比增长11.2%，占全市规上工业总产值的76.2%；其中电子信息产业链产值412.6亿元，增长21.4%，"
            "新材料产业链产值356.2亿元，增长9.6%。链上新引进项目57个，协议投资318.6亿元，"
            "其中10亿元以上项目9个。8条链的链主企业本地配套率达到38.5%，比上年提高2.1个百分点。"
        ),
    ),
    ("h", "四、典型问题办理案例"),
    (
        "p",
        (
            "（一）赤壁市一家新材料企业扩产项目用能指标不足，链长专班协调省级部门调剂能耗指标3.2万吨标准煤，"
            "项目已于8月投产。（二）通城县云鹭智能装备有限公司反映高技能人才招聘难，人社部门为其举办专场招聘会3场，"
            "帮助企业招到技术工人126名。（三）嘉鱼县楚澜食品有限公司出口订单下滑，商务部门帮助其对接跨境电商平台2家，"
            "10—11月线上出口额达到3600万元。（四）咸宁高新区湖北锦川光电科技有限公司的配套企业融资难，"
            "专班协调3家银行推出“链易贷”产品，累计放款5.6亿元，惠及链上中小企业41家。"
        ),
    ),
    ("h", "五、未办结问题分析"),
    (
        "p",
        (
            "未办结的32个问题中，涉及用地报批的11个，需省级以上部门协调的9个，因企业自身原因暂缓推进的12个。"
            "经逐项研判，预计12月底前可再办结18个，全年问题办结率有望达到94%左右。"
            "对超过60天仍未办结的问题，专班已按程序提级督办。"
        ),
    ),
    ("h", "六、下步打算"),
    (
        "p",
        (
            "2025年，将把问题办结率纳入链长制年度考核，力争各链条问题办结率保持在90%以上，"
            "问题平均办理用时压缩到20天以内；全年新引进链上项目不少于60个、协议投资突破350亿元，"
            "推动链主企业带动本地配套率再提高3个百分点。对办结率低于85%的链条，由市级链长专题听取汇报、"
            "挂牌督办，确保企业反映的问题件件有着落、事事有回音。"
        ),
    ),
]

TABLE_TITLE = "附表　各重点产业链问题清单办理情况（截至2024年11月30日）"
TABLE = [
    ["序号", "链条", "问题数", "已解决", "办结率（%）"],
    ["1", "电子信息", "46", "42", "91.3"],
    ["2", "新材料", "41", "35", "85.4"],
    ["3", "智能机电", "36", "31", "86.1"],
    ["4", "清洁能源", "28", "25", "89.3"],
    ["5", "食品饮料", "34", "31", "91.2"],
    ["6", "纺织服装", "25", "21", "84.0"],
    ["7", "生物医药", "19", "16", "84.2"],
    ["8", "文旅康养", "24", "20", "83.3"],
    ["合计", "", "253", "221", "87.4"],
]
NOTES = [
    "注：问题数为2024年1月1日至11月30日各链条收集并录入平台的问题；办结率＝已解决÷问题数。",
    "抄送：市委办公室，市政府办公室，市直有关部门。",
    "咸宁市链长制工作专班办公室　　2024年12月20日印发",
]


def foot(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 36, f"— {doc.page} —")
    canvas.restoreState()


def story() -> list:
    out = [
        Paragraph("咸宁市重点产业链链长制问题清单办理情况汇总（2024年度）", TITLE),
        Paragraph("咸宁市链长制工作专班办公室　　2024年12月20日", SUB),
        Spacer(1, 10),
    ]
    for kind, text in PARAS:
        out.append(Paragraph(text, HEAD if kind == "h" else BODY))
    out += [Spacer(1, 12), Paragraph(TABLE_TITLE, HEAD), Spacer(1, 6)]
    table = Table(TABLE, colWidths=[40, 110, 70, 70, 80])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("SPAN", (0, -1), (1, -1)),
            ]
        )
    )
    out += [table, Spacer(1, 8)]
    out += [Paragraph(n, NOTE) for n in NOTES]
    return out


if __name__ == "__main__":
    doc = SimpleDocTemplate(
        str(HERE / NAME),
        pagesize=A4,
        title="咸宁市重点产业链链长制问题清单办理情况汇总（2024年度）",
        author="咸宁市链长制工作专班办公室",
        subject="链长制问题清单",
        creator="咸宁市链长制工作专班办公室",
        leftMargin=64,
        rightMargin=64,
        topMargin=64,
        bottomMargin=64,
    )
    doc.build(story(), onFirstPage=foot, onLaterPages=foot)
    print(f"wrote {NAME}")
