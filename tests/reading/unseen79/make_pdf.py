"""Builds 04_mubiao_jixiao_paiming_tongbao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters as a typeset
page's lines are (sentences run on across lines and across the page break), a page number at each page's
foot, and the score table as lines of text with full-width bars between the cells.

The PDF machinery follows tests/reading/unseen34/make_pdf.py. The same bytes every time:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_mubiao_jixiao_paiming_tongbao.pdf"
WIDTH = 36
PER_PAGE = 34
INDENT = "\u3000\u3000"

HEAD = [
    ("c", "遂宁市目标绩效管理办公室"),
    ("c", "遂目绩办〔2025〕43号"),
    ("c", "关于1—10月县（市、区）和园区争先创优排名情况的通报"),
]

BODY: list[tuple[str, str]] = [
    ("l", "各县（市、区）党委和政府，市级园区党工委、管委会，市直有关部门："),
    (
        "p",
        "按照《遂宁市县域经济和园区争先创优考评办法》，市目标绩效办会同市统计局、市发展改革委，对各县（市、区）和市级园区1—10月经济运行、项目建设和营商环境情况进行了测评。"
        "本次测评满分100分，其中经济运行类指标60分、项目建设类25分、营商环境类15分。现将结果通报如下。",
    ),
    ("h", "一、测评结果"),
    (
        "p",
        "（一）县（市、区）组。射洪市以93.42分继续排名第一；船山区91.86分，排名第二，较上月上升1位；"
        "蓬溪县88.57分，排名第三，较上月上升2位；大英县、安居区分别以"
        "86.20分、84.73分排第四、第五，较上月分别下降2位、1位。",
    ),
    (
        "p",
        "（二）园区组。遂宁经开区得分92.15分，较上月上升1位，排名第一；遂宁高新区90.68分，下降1位，"
        "排名第二；河东新区87.04分，排名第三，位次与上月持平。",
    ),
    (
        "p",
        "（三）梯队与红旗。综合得分90分以上的射洪市、船山区、遂宁经开区、遂宁高新区进入第一梯队；"
        "得分在85分至90分之间的蓬溪县、大英县、河东新区为第二梯队；安居区处于第三梯队。本月流动红旗"
        "授予射洪市和遂宁经开区，安居区因得分排在末位且低于85分，被亮“蜗牛”牌。今年以来，射洪市累计"
        "获得红旗7次，遂宁经开区4次；安居区累计被亮“蜗牛”牌3次。",
    ),
    ("h", "二、分项指标情况"),
    (
        "p",
        "经济运行方面，射洪市规上工业增加值增长12.3%，增速居县（市、区）第一，高于全市3.7个百分点；"
        "船山区、安居区分别增长9.1%和6.8%；蓬溪县、大英县分别增长5.8%、5.5%，低于全市2.8个和3.1个"
        "百分点。园区中，遂宁经开区、遂宁高新区规上工业增加值依次增长13.6%、11.2%，河东新区增长7.4%。"
        "固定资产投资方面，蓬溪县增长9.8%，增速居全市第一；射洪市、船山区分别增长7.2%、4.1%，"
        "大英县增长1.5%；安居区下降4.6%，是唯一负增长的县（市、区）。",
    ),
    (
        "p",
        "项目建设方面，全市36个省重点项目1—10月完成投资218.6亿元，年度计划完成率88.4%；其中射洪市、"
        "船山区完成率均超过95%，安居区仅为71.3%，比全市平均低17.1个百分点。尚未开工的3个省重点项目中，"
        "安居区占2个。营商环境方面，射洪市、船山区政务服务满意率均达到99%以上，蓬溪县企业开办平均用时"
        "压缩至0.8个工作日。",
    ),
    ("h", "三、下步工作要求"),
    (
        "p",
        "一是对标对表补短板。安居区、大英县要于11月25日前向市委、"
        "市政府报送整改方案。二是全力冲刺项目。尚未开工的省重点项目确保11月底前全部开工，全年省重点项目"
        "完成投资确保达到年度计划的100%以上。三是争先进位。力争年度考评中综合得分90分以上的单位达到6个。"
        "1—11月测评结果将于12月中旬通报。",
    ),
]
TABLE_TITLE = "附表　1—10月县（市、区）和园区争先创优测评得分"
TABLE_HEAD = ["单位", "经济运行", "项目建设", "营商环境", "综合得分", "排名", "较上月", "评定"]
TABLE = [
    ["射洪市", "56.38", "23.41", "13.63", "93.42", "1", "—", "红旗"],
    ["船山区", "55.02", "22.96", "13.88", "91.86", "2", "↑1", "—"],
    ["蓬溪县", "52.47", "23.15", "12.95", "88.57", "3", "↑2", "—"],
    ["大英县", "51.36", "21.72", "13.12", "86.20", "4", "↓2", "—"],
    ["安居区", "50.94", "20.86", "12.93", "84.73", "5", "↓1", "蜗牛"],
    ["遂宁经开区", "55.87", "22.74", "13.54", "92.15", "1", "↑1", "红旗"],
    ["遂宁高新区", "54.63", "22.48", "13.57", "90.68", "2", "↓1", "—"],
    ["河东新区", "51.82", "21.95", "13.27", "87.04", "3", "—", "—"],
]
TABLE_NOTE = "注：“较上月”为与1—9月测评排名相比的升降位次。"

TAIL = [
    "",
    "联系人：市目标绩效办考核评价科　周晓岚　电话：0825-2218647",
    "",
    "遂宁市目标绩效管理办公室",
    "2025年11月14日",
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


def table_row(row: list[str]) -> str:
    return "｜".join(row)


def all_lines() -> list[str]:
    out = [t for _, t in HEAD] + [""]
    for kind, text in BODY:
        out += [text] if kind in "hl" else wrap(text)
    out += ["", TABLE_TITLE, table_row(TABLE_HEAD)] + [table_row(r) for r in TABLE] + [TABLE_NOTE]
    return out + TAIL


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
