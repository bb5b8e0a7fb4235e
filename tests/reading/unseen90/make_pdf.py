"""Builds 03_zhuqi_lianluoyuan_baogao.pdf: a two-page report set with reportlab in Noto Sans CJK SC,
the CJK font this machine has (fc-list :lang=zh). reportlab embeds TrueType outlines only, so the
font's CFF outlines are turned into quadratic ones with fontTools first, after the font is cut down
to the characters the report uses. Body lines are wrapped at a fixed width as a typeset page's are,
so a sentence runs on across lines; the county table is drawn as a ruled grid, one string per cell.

Deterministic: the font's timestamps are kept, and the canvas is made with invariant=1, so every run
writes the same bytes. reportlab is not in the project's venv; install it beside this file first:

    /work/main/.venv/bin/python -m pip install --no-deps --target _tmp/site reportlab==5.1.0
    PYTHONPATH=_tmp/site /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import io
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
NAME = "03_zhuqi_lianluoyuan_baogao.pdf"
FONT_FILE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_INDEX = 2  # Noto Sans CJK SC
SIZE = 10.5
LEAD = 17.5
LEFT = 62
TOP = 780
BOTTOM = 70
TABLE_ROW = 19
WIDTH = 45  # characters a body line holds
INDENT = "\u3000\u3000"

HEAD = [
    ("title", "汉中市驻企联络员工作情况报告"),
    ("center", "（2025年1—11月）"),
    ("center", "汉助企办〔2025〕19号"),
    ("center", "汉中市助企服务工作专班办公室　　2025年12月10日"),
]

BODY: list[tuple[str, str]] = [
    ("p0", "市委、市政府："),
    (
        "p",
        "今年3月全市推行驻企联络员制度以来，各县区、各部门按照“一企一员、闭环办理”的要求，"
        "组织联络员深入企业生产经营一线，面对面收集问题、点对点协调解决。现将1—11月工作情况报告如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "（一）联络员队伍。全市共选派驻企联络员612名，其中市级部门干部138名、县区干部474名；"
        "包联服务企业1024家，其中规上工业企业836家、限上商贸企业112家、重点服务业企业76家，"
        "规上工业企业实现包联全覆盖。",
    ),
    (
        "p",
        "（二）走访服务。1—11月，联络员累计走访企业9866家次，平均每名联络员走访16.1家次；"
        "召开政企座谈会、现场办公会214场，宣讲惠企政策覆盖3.2万余人次。11月当月走访企业912家次，"
        "比10月当月增加67家次。",
    ),
    (
        "p",
        "（三）问题收集和解决。1—11月，累计收集企业问题诉求1478个，已解决1362个，解决率92.2%，"
        "比1—10月提高0.5个百分点；正在推进的116个问题中，需要省级以上部门协调的有23个。"
        "11月当月新收集问题102个，办结100个。",
    ),
    ("h", "二、问题分类和办理情况"),
    (
        "p",
        "从问题类型看，融资需求类问题386个，占全部问题的26.1%，占比最高；用工类247个、政策兑现类213个、"
        "用地和规划类174个、水电气保障类158个、审批手续类136个，其他问题164个。",
    ),
    (
        "p",
        "融资类问题已解决341个，解决率88.3%，比全部问题低3.9个百分点。联络员协调银行机构为287家企业"
        "新增授信48.6亿元，发放贷款36.2亿元，其中首贷户64家。用工类问题已全部办结，帮助企业招用工"
        "4860人，组织专场招聘会38场。政策兑现方面，推动兑付各类奖补资金2.37亿元，惠及企业412家。"
        "水电气保障方面，协调解决企业用电报装、增容问题89件，平均办理时间压缩至12天。",
    ),
    ("h", "三、主要做法"),
    (
        "p",
        "一是建立问题台账。实行“收集—交办—办理—反馈”闭环管理，一般问题5个工作日内答复、"
        "15个工作日内办结，办理结果由联络员当面向企业反馈。二是强化分级协调。县区解决不了的问题"
        "提交市级专班，今年以来市级专班召开调度会11次，协调解决跨部门问题96个。三是开展专项对接。"
        "聚焦融资难，组织政银企对接活动26场，现场签约金额31.5亿元；聚焦用工难，联合人社部门"
        "在城固县、勉县、汉中经开区举办用工对接会。四是加强考核通报。每月通报各县区问题解决率，"
        "今年已对工作滞后的县区约谈分管负责人3人次。",
    ),
    ("h", "四、分县区情况"),
    ("p", "各县区（园区）工作情况见表1。"),
]

TABLE_TITLE = "表1　各县区（园区）驻企联络员工作情况（2025年1—11月）"
TABLE = [
    ["单位", "包联企业（家）", "收集问题（个）", "已解决（个）", "解决率（%）"],
    ["汉台区", "168", "236", "219", "92.8"],
    ["南郑区", "112", "174", "153", "87.9"],
    ["城固县", "118", "168", "157", "93.5"],
    ["洋县", "86", "121", "112", "92.6"],
    ["西乡县", "74", "108", "99", "91.7"],
    ["勉县", "98", "152", "139", "91.4"],
    ["宁强县", "62", "89", "83", "93.3"],
    ["略阳县", "58", "96", "86", "89.6"],
    ["镇巴县", "41", "57", "53", "93.0"],
    ["留坝县", "22", "26", "26", "100.0"],
    ["佛坪县", "16", "18", "18", "100.0"],
    ["汉中经开区", "124", "182", "170", "93.4"],
    ["航空智慧新城", "45", "51", "47", "92.2"],
    ["合计", "1024", "1478", "1362", "92.2"],
]

AFTER: list[tuple[str, str]] = [
    (
        "p",
        "从表中看，留坝县、佛坪县收集的问题全部解决，解决率并列全市第一；城固县、汉中经开区解决率"
        "分别为93.5%、93.4%，居全市第三、第四位。南郑区、略阳县解决率分别为87.9%、89.6%，"
        "分别低于全市4.3个、2.6个百分点。全市有8个县区（园区）解决率高于全市平均水平。",
    ),
    ("h", "五、存在的问题"),
    (
        "p",
        "一是部分问题解决难度大。涉及土地指标、历史遗留产权等问题办理周期长，超过60天仍未办结的问题有41个。"
        "二是工作开展不平衡。个别联络员走访频次偏低，今年走访不足10次的联络员有37名。"
        "三是办理质量有待提高。回访中企业对办理结果表示不满意的问题有19个，占已解决问题的1.4%。",
    ),
    ("h", "六、下步工作打算"),
    (
        "p",
        "一是12月底前对包联企业开展一轮全覆盖走访，确保全年问题解决率达到93%以上。"
        "二是对超期未办结问题逐一挂牌督办，力争年底前办结30个以上。"
        "三是2026年将包联企业扩大到1200家左右，把专精特新企业和科技型中小企业纳入包联范围，"
        "推动联络员走访由“有事才去”向“常态服务”转变。四是加强联络员培训和激励，"
        "明年一季度前完成全部联络员轮训，对企业评价好的联络员在评先评优中优先考虑。",
    ),
    ("p0", "联系人：李沐阳　　联系电话：0916-2539716"),
]

NUMBER = set("0123456789.%")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str) -> list[str]:
    """Lines of WIDTH characters; a number is never split and closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and text[cut] in NUMBER and text[cut - 1] in NUMBER:
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def every_char() -> str:
    parts = [t for _, t in HEAD + BODY + AFTER] + [TABLE_TITLE] + [c for row in TABLE for c in row]
    return "".join(parts) + "— 0123456789共第页"


def ttf_font() -> io.BytesIO:
    """Noto Sans CJK SC cut to the report's characters, with its outlines made quadratic."""
    font = TTCollection(FONT_FILE).fonts[FONT_INDEX]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=every_char())
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    for tag in ("VORG", "GPOS", "GSUB", "GDEF", "BASE"):
        if tag in font:
            del font[tag]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for key in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, key, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcTimestamp = False
    out = io.BytesIO()
    font.save(out)
    out.seek(0)
    return out


def lines_of(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "h":
            out.append(("line", text))
        else:
            out += [("line", s) for s in wrap(text, INDENT if kind == "p" else "")]
    return out


def layout() -> list[list[tuple[str, str]]]:
    """Pages of (kind, text) lines, filled in order; the grid ('table') goes whole to a page that holds it."""
    flow = [*HEAD, ("gap", ""), *lines_of(BODY), ("center", TABLE_TITLE), ("table", "")]
    flow += lines_of(AFTER)
    pages: list[list[tuple[str, str]]] = [[]]
    room = TOP - BOTTOM
    for kind, text in flow:
        need = {"title": 30, "gap": LEAD / 2, "table": TABLE_ROW * len(TABLE) + 10}.get(kind, LEAD)
        if kind == "center" and text == TABLE_TITLE:
            need += TABLE_ROW * len(TABLE) + 10  # keep the caption with its table
        if need > room:
            pages.append([])
            room = TOP - BOTTOM
        pages[-1].append((kind, text))
        room -= LEAD if kind == "center" and text == TABLE_TITLE else need
    return pages


def draw_table(c: canvas.Canvas, y: float) -> float:
    widths = [110, 92, 92, 92, 86]
    row_h = TABLE_ROW
    x0 = LEFT
    for r, row in enumerate(TABLE):
        x = x0
        for w, cell in zip(widths, row, strict=True):
            c.rect(x, y - row_h + 5, w, row_h, stroke=1, fill=0)
            c.drawCentredString(x + w / 2, y - 9, cell)
            x += w
        y -= row_h
        if r == 0:
            c.setLineWidth(0.6)
    return y - 10


def build() -> bytes:
    pdfmetrics.registerFont(TTFont("NotoSC", ttf_font()))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("汉中市驻企联络员工作情况报告（2025年1—11月）")
    c.setAuthor("汉中市助企服务工作专班办公室")
    c.setCreator("make_pdf.py")
    pages = layout()
    for n, lines in enumerate(pages, start=1):
        y = TOP
        for kind, text in lines:
            if kind == "title":
                c.setFont("NotoSC", 17)
                c.drawCentredString(A4[0] / 2, y, text)
                y -= 30
            elif kind == "center":
                c.setFont("NotoSC", SIZE)
                c.drawCentredString(A4[0] / 2, y, text)
                y -= LEAD
            elif kind == "gap":
                y -= LEAD / 2
            elif kind == "table":
                c.setFont("NotoSC", 10)
                y = draw_table(c, y)
            else:
                c.setFont("NotoSC", SIZE)
                c.drawString(LEFT, y, text)
                y -= LEAD
        c.setFont("NotoSC", 9)
        c.drawCentredString(A4[0] / 2, 40, f"— {n} —")
        c.showPage()
    c.save()
    return buf.getvalue()


if __name__ == "__main__":
    data = build()
    (HERE / NAME).write_bytes(data)
    print(f"wrote {NAME}: {len(data)} bytes")
