"""Builds 02_sheng_shi_zhongdian_xiangmu_jindu.pdf with reportlab: the city's key-project office bulletin
on the first half-year's progress of provincial and municipal key projects. The text layer is set in the
non-embedded Adobe CID font STSong-Light; paragraphs are wrapped by reportlab's CJK line breaking, so
sentences run on across lines and pages; the county table is a drawn grid (each cell comes out on a line of
its own); a page number at each page's foot.

reportlab is not in the project venv; it was installed with ``pip install --target /tmp/rl109 reportlab``.
``invariant=1`` fixes the creation date and the document id, so each run writes the same bytes:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/tmp/rl109")

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "02_sheng_shi_zhongdian_xiangmu_jindu.pdf"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=26, alignment=TA_CENTER)
CENTER = ParagraphStyle("center", fontName=FONT, fontSize=11, leading=18, alignment=TA_CENTER)
PLAIN = ParagraphStyle("plain", fontName=FONT, fontSize=11, leading=18, wordWrap="CJK")
BODY = ParagraphStyle("body", parent=PLAIN, firstLineIndent=22)
HEAD = ParagraphStyle("head", parent=PLAIN, fontSize=12, leading=22)
RIGHT = ParagraphStyle("right", parent=PLAIN, alignment=TA_RIGHT)

HEADER = [
    (TITLE, "关于全市省市重点项目2025年上半年建设进度情况的通报"),
    (CENTER, "韶重点办〔2025〕18号"),
    (PLAIN, "各县（市、区）人民政府，韶关高新区、莞韶产业园管委会，市直有关单位："),
    (
        BODY,
        "根据各地各部门报送的项目进度和市统计局固定资产投资在库数据，现将2025年1—6月全市省重点项目"
        "和市重点项目建设进度情况通报如下。",
    ),
]

BEFORE_TABLE = [
    (HEAD, "一、总体进展情况"),
    (
        BODY,
        "（一）省重点项目。今年我市共有省重点建设项目56个，年度计划投资218.6亿元。1—6月累计完成投资"
        "131.4亿元，占年度计划的60.1%，快于时序进度10.1个百分点，比全省平均完成率高4.8个百分点，"
        "完成率居全省第6位、粤北第1位。其中，续建项目38个，完成投资97.2亿元；新开工项目18个，已开工15个，"
        "开工率83.3%。年度计划完成率超过70%的项目有14个。",
    ),
    (
        BODY,
        "（二）市重点项目。今年共安排市重点项目318个，其中建设项目276个、预备项目42个。建设项目年度计划投资"
        "612.5亿元，1—6月完成投资352.8亿元，完成率57.6%，高出时序进度7.6个百分点，较上年同期提高2.3个百分点。"
        "建设项目中续建项目168个、新开工项目108个；新开工项目已开工79个，开工率73.1%。6月当月完成投资"
        "72.6亿元，比5月多完成8.9亿元。据各地上报，预计7月还将有12个新开工项目开工。"
        "预备项目中已有9个完成前期工作，转入建设阶段。建设项目中计划投资10亿元以上的项目19个，"
        "完成投资126.8亿元，占35.9%。",
    ),
    (HEAD, "二、分领域进展情况"),
    (
        BODY,
        "产业项目132个，完成投资168.9亿元，占市重点建设项目完成投资的47.9%；基础设施项目96个，完成投资"
        "121.6亿元；民生和社会事业项目48个，完成投资62.3亿元。三类项目年度计划完成率分别为60.0%、54.2%"
        "和58.3%。省重点项目中，能源项目11个，完成投资38.7亿元；交通项目9个，完成投资42.3亿元。"
        "重点产业项目中，浈江智算产业园（一期）项目完成投资21.6亿元，完成年度计划的72.0%；"
        "韶关高新区年产5万吨高端铝合金型材项目主体厂房已封顶，累计完成投资6.85亿元；乳源年产3万吨电子级"
        "氢氟酸项目今年完成投资4.12亿元，6月底进入设备调试阶段。",
    ),
    (HEAD, "三、各县（市、区）进展情况"),
    (
        BODY,
        "按建设项目所在地统计，各县（市、区）完成情况见下表。市直及跨区域项目39个，完成投资81.36亿元，"
        "完成率59.9%，不参与排名。曲江区、仁化县、韶关高新区完成率分列全市第一、二、三位；新丰县、翁源县完成率低于"
        "时序进度，分别落后8.6个和3.8个百分点。",
    ),
    (CENTER, "表　2025年1—6月各县（市、区）市重点建设项目完成情况"),
]

TABLE = [
    ["县（市、区）", "项目数（个）", "年度计划（亿元）", "1—6月完成（亿元）", "完成率（%）", "排名"],
    ["武江区", "26", "58.40", "33.12", "56.7", "6"],
    ["浈江区", "24", "52.60", "28.35", "53.9", "8"],
    ["曲江区", "31", "78.20", "50.06", "64.0", "1"],
    ["始兴县", "17", "26.30", "13.42", "51.0", "9"],
    ["仁化县", "19", "31.50", "19.81", "62.9", "2"],
    ["翁源县", "20", "33.80", "15.62", "46.2", "10"],
    ["乳源县", "18", "29.70", "17.58", "59.2", "5"],
    ["新丰县", "16", "27.40", "11.35", "41.4", "11"],
    ["乐昌市", "22", "41.60", "23.54", "56.6", "7"],
    ["南雄市", "23", "44.90", "26.83", "59.8", "4"],
    ["韶关高新区", "21", "52.30", "31.76", "60.7", "3"],
    ["市直及跨区域", "39", "135.80", "81.36", "59.9", "—"],
    ["合计", "276", "612.50", "352.80", "57.6", "—"],
]

AFTER_TABLE = [
    (HEAD, "四、滞后项目情况"),
    (
        BODY,
        "截至6月底，全市市重点建设项目中完成率低于30%的滞后项目共23个，其中省重点项目4个。"
        "滞后较为突出的项目有：",
    ),
    (
        BODY,
        "（1）新丰县年产20万吨再生铝项目，年度计划投资4.50亿元，完成0.62亿元，完成率13.8%，主要因环评批复延迟；",
    ),
    (
        BODY,
        "（2）翁源县兰花产业园冷链仓储项目，年度计划投资1.80亿元，完成0.35亿元，完成率19.4%，主要因用地报批未完成；",
    ),
    (
        BODY,
        "（3）浈江区犁市片区道路改造工程，年度计划投资2.60亿元，完成0.58亿元，完成率22.3%，主要因征拆推进缓慢；",
    ),
    (
        BODY,
        "（4）始兴县100兆瓦农光互补光伏发电项目，年度计划投资3.20亿元，完成0.79亿元，完成率24.7%，"
        "主要因接网方案调整；",
    ),
    (
        BODY,
        "（5）乐昌市城区污水管网提质增效工程，年度计划投资1.50亿元，完成0.41亿元，完成率27.3%，主要因雨季施工受阻。",
    ),
    (BODY, "其余18个滞后项目名单见附件。"),
    (HEAD, "五、下一步工作要求"),
    (
        BODY,
        "（一）倒排工期抢进度。各地要对照年度计划倒排工期，力争三季度末省重点项目完成年度计划的80%以上、"
        "市重点项目完成年度计划的75%以上。",
    ),
    (
        BODY,
        "（二）盯紧新开工项目。剩余29个计划新开工市重点项目要逐个明确开工时间，确保9月底前全部开工。",
    ),
    (
        BODY,
        "（三）强化滞后项目督办。对完成率低于30%的项目实行“一项目一专班”，挂图作战、限期整改，"
        "整改情况纳入年度考核。",
    ),
    (PLAIN, "附件：滞后市重点项目名单"),
    (RIGHT, "韶关市重点项目建设工作领导小组办公室"),
    (RIGHT, "2025年7月12日"),
    (PLAIN, "（联系人：陈思远，电话：0751-8887512）"),
]


def foot(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 36, f"— {doc.page} —")
    canvas.restoreState()


def flow(items):
    out = []
    for style, text in items:
        out.append(Paragraph(text, style))
        if style is TITLE:
            out.append(Spacer(1, 6))
    return out


def build(path: Path) -> None:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=72,
        rightMargin=72,
        topMargin=64,
        bottomMargin=64,
        title="关于全市省市重点项目2025年上半年建设进度情况的通报",
        author="韶关市重点项目建设工作领导小组办公室",
        subject="韶重点办〔2025〕18号",
        creator="韶关市重点项目建设工作领导小组办公室",
        invariant=1,
    )
    table = Table(TABLE, colWidths=[80, 62, 78, 86, 62, 34], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [*flow(HEADER), *flow(BEFORE_TABLE), Spacer(1, 4), table, Spacer(1, 8), *flow(AFTER_TABLE)]
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


if __name__ == "__main__":
    build(HERE / NAME)
    print(f"wrote {NAME}")
