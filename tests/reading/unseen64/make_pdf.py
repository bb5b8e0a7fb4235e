"""Builds 01_tongjiju_1_11yue_kuaibao.pdf byte by byte: a PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), about 44 lines a page, the body wrapped at about
36 characters as a typeset page's lines are (sentences run on across lines and across the page break),
a page number at each page's foot, and the indicator table as lines of text, columns split by
full-width bars.

The same approach as tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_1_11yue_kuaibao.pdf"
WIDTH = 36
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    ("c", "郴州市统计快报"),
    ("c", "2025年第11期"),
    ("c", "郴州市统计局编　2025年12月18日"),
]

BODY: list[tuple[str, str]] = [
    ("h", "1—11月全市经济运行简况"),
    (
        "p",
        "我市围绕年度目标持续加力，各项稳增长举措逐步显效，1—11月经济运行呈现工业回升、投资收窄、消费平稳、外贸走强的格局。快速汇总结果表明："
        "全市规模工业增加值累计增长7.4%，增速比1—10月高0.4个百分点、比全省平均高1.2个"
        "百分点，全省排名第3。",
    ),
    ("h", "一、工业生产加快回升"),
    (
        "p",
        "按登记注册类型分，国有控股类、股份制类、港澳台及外商投资类企业的增加值依次增长3.8%、7.9%和12.6%。"
        "重点行业中，有色冶炼及压延加工行业增加值增长9.2%，电子信息制造行业增长21.3%；非金属矿物制品行业下降4.5%。高技术制造业增加值增速达16.8%，在规模工业中所占份额升至"
        "13.6%，较上年同期上升1.9个百分点。11月当月，全市规模工业增加值增长8.6%。"
        "截至11月末，规模以上工业企业1386家，比去年同期净增57家。",
    ),
    ("h", "二、投资降幅继续收窄"),
    (
        "p",
        "1—11月，全市固定资产投资比上年同期下降1.7%，降幅比前10个月收窄0.9个百分点，落后全省"
        "2.4个百分点，居全省第11位。产业投资增长6.3%，其中工业投资增长9.7%；基础设施投资、房地产"
        "开发投资分别下降8.2%和11.4%，商品房销售面积减少6.9%。在库亿元以上施工项目586个，较上年"
        "同期多出41个，其中今年新开工213个，已完成投资286.5亿元。",
    ),
    ("h", "三、消费市场平稳增长"),
    (
        "p",
        "社零总额累计实现1296.73亿元，增长5.6%，增幅排全省第4位。城镇市场零售额1068.42亿元，增长5.3%；乡村市场零售额228.31亿元，增长7.1%。在"
        "限额以上单位，通讯器材类零售额增长27.9%、新能源汽车零售额增长34.6%，石油及制品类零售额同比减少3.2%。",
    ),
    ("h", "四、外贸保持较快增长"),
    (
        "p",
        "外贸进出口总值428.6亿元，增长18.9%，总量、增速分别居全省第4位和第2位。出口完成301.5亿元，"
        "增长22.4%；进口127.1亿元，增长11.6%。郴州综保区进出口195.2亿元，占全市外贸总值的45.5%。",
    ),
    ("h", "五、财政金融运行平稳"),
    (
        "p",
        "地方一般公共预算收入完成173.82亿元，同口径增长3.1%；税收收入112.64亿元，下降0.7%，占一般"
        "公共预算收入的64.8%。截至11月末，全市本外币存款余额5126.4亿元，增长9.3%，较年初增加402.7"
        "亿元；本外币贷款余额3987.2亿元，增长8.9%，较年初增加296.5亿元。",
    ),
    ("h", "六、物价温和上涨"),
    (
        "p",
        "11月份全市CPI同比上涨0.4%，1—11月累计上涨0.2%，比全省低0.1个百分点。",
    ),
    ("h", "七、县市区主要指标"),
    (
        "p",
        "县市区中，规模工业增加值增速前三位依次为资兴市10.3%、桂阳县9.6%、永兴县9.1%；固定资产投资"
        "仅苏仙区和北湖区实现正增长，增速分别为5.4%和3.2%。",
    ),
]
TABLE_TITLE = "附表　2025年1—11月郴州市主要经济指标"
TABLE_HEAD = ["指标", "单位", "1—11月", "同比±%", "全省位次"]
TABLE = [
    ["规模以上工业增加值", "%", "—", "7.4", "3"],
    ["固定资产投资", "%", "—", "-1.7", "11"],
    ["其中：产业投资", "%", "—", "6.3", "8"],
    ["社会消费品零售总额", "亿元", "1296.73", "5.6", "4"],
    ["进出口总额", "亿元", "428.6", "18.9", "2"],
    ["其中：出口", "亿元", "301.5", "22.4", "3"],
    ["一般公共预算收入", "亿元", "173.82", "3.1", "6"],
    ["其中：税收收入", "亿元", "112.64", "-0.7", "9"],
    ["全社会用电量", "亿千瓦时", "158.37", "6.1", "5"],
    ["金融机构存款余额", "亿元", "5126.4", "9.3", "—"],
    ["金融机构贷款余额", "亿元", "3987.2", "8.9", "—"],
    ["居民消费价格指数", "%", "—", "0.2", "—"],
]
TABLE_NOTE = "注：全省位次按增速由高到低排列；存贷款余额为11月末数据。"

TAIL: list[tuple[str, str]] = [
    (
        "p",
        "说明：本期数据为快报数，部分指标今后将根据年报进行修订。规上工业的起点标准为年主营收入2000万元。",
    ),
    ("l", "送：市委、市政府领导同志，市直各相关单位"),
    ("l", "责任编辑：曹慧琳　联系电话：0735-2281647"),
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while 0 < cut < len(text) and NUMBER.match(text[cut]) and NUMBER.match(text[cut - 1]):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def cells(row: list[str]) -> str:
    return "｜".join(row)


def all_lines() -> list[str]:
    out = [t for _, t in HEAD] + [""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE, cells(TABLE_HEAD)] + [cells(r) for r in TABLE] + [TABLE_NOTE, ""]
    for kind, text in TAIL:
        out += [text] if kind == "l" else wrap(text, first="")
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 11 Tf", "16.5 TL", "56 790 Td"]
    for line in lines:
        content.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
    content.append("ET")
    return "\n".join(content).encode("ascii")


def pdf_bytes(page_lines: list[list[str]]) -> bytes:
    """A PDF of several pages, one content stream each, all sharing one font; the same bytes every time."""
    n = len(page_lines)
    font, desc = 3, 4
    first_page = 5  # page k is object first_page + 2k, its content first_page + 2k + 1
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode("ascii"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [%d 0 R] >>" % (first_page + 2 * n),
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    for k, lines in enumerate(page_lines):
        body = stream(lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, first_page + 2 * k + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    objects.append(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor %d 0 R >>"
        % desc
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    pl = pages(all_lines())
    (HERE / NAME).write_bytes(pdf_bytes(pl))
    print(f"wrote {NAME}: {len(pl)} pages, {sum(len(p) for p in pl)} lines")
