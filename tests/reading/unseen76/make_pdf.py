"""Builds 01_tongjiju_1_8yue_zhibiao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), a short prose lead wrapped at about 36 characters a
line, then the table of main indicators with a two-level header (指标名称 | 8月 [绝对值 | 增速%] |
1—8月累计 [绝对值 | 增速%] | 全省位次) written as lines of text split by full-width bars, the notes, and a
page number at each page's foot. The same bytes every time:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_1_8yue_zhibiao.pdf"
WIDTH = 36
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    "2025年1—8月全市主要经济指标",
    "（宜春统计月报2025年第8期）",
    "宜春市统计局　　2025年9月19日",
]

LEAD = [
    "今年以来，面对碳酸锂价格低位震荡等困难，全市主要经济指标运行平稳，部分指标好于预期。主要指标详见附表。",
    (
        "工业生产较快增长。1—8月，全市规模以上工业增加值同比增长8.6%，较1—7月提升0.3个百分点，"
        "快于全省2.1个百分点，增速居全省第3位；8月当月增长9.4%。全市38个工业行业大类中有27个实现增长，"
        "增长面为71.1%。锂电新能源产业增加值增长12.7%，高于规上工业平均4.1个百分点。规上工业营业收入2741.5亿元，增长5.3%。"
    ),
    (
        "投资结构继续优化。全市固定资产投资增长5.4%，比上半年回落0.6个百分点，低于全省0.9个百分点，"
        "居全省第7位。其中，工业投资增长10.8%，占全部投资的比重为46.3%；民间投资下降2.4%，降幅比1—7月"
        "收窄1.1个百分点。亿元以上在建项目586个，比上年同期增加41个。"
    ),
    (
        "消费市场温和回升。社会消费品零售总额712.46亿元，增长4.9%，较上半年提高0.4个百分点，增速列全省"
        "第6位；8月当月零售额90.37亿元，增长5.6%。限额以上单位中，汽车类零售额增长3.1%，石油及制品类"
        "零售额下降4.6%，通讯器材类、家用电器和音像器材类分别增长26.3%、18.7%。"
    ),
    (
        "财政金融运行平稳。财政总收入418.73亿元，增长3.4%；一般公共预算收入253.19亿元，增长2.6%，"
        "其中税收收入168.52亿元，增长1.7%，税收占比66.6%，较上年同期下降0.6个百分点。8月末，全市金融机构"
        "人民币各项存款余额5126.4亿元，比年初增加318.7亿元；各项贷款余额4387.9亿元，同比增长9.2%，"
        "增速居全省第2位。"
    ),
    "外贸保持增长。外贸进出口总额286.9亿元，增长7.3%，增速居全省第3位，其中出口231.4亿元，增长9.1%。",
    (
        "分地区看，上高县规上工业增加值增长11.2%，居全市第一；樟树市、奉新县分别增长10.6%、10.1%。"
        "宜春经开区规上工业增加值增长13.5%，高于全市4.9个百分点。固定资产投资增速高于全市的县市区有6个，"
        "其中丰城市、高安市均增长8.0%。"
    ),
]

TABLE_TITLE = "附表　2025年1—8月宜春市主要经济指标"
TABLE_HEAD = [
    ["指标名称", "8月", "", "1—8月累计", "", "全省"],
    ["", "绝对值", "增速%", "绝对值", "增速%", "位次"],
]
TABLE = [
    ["规模以上工业增加值", "—", "9.4", "—", "8.6", "3"],
    ["　其中：锂电新能源产业", "—", "14.2", "—", "12.7", "—"],
    ["规上工业营业收入（亿元）", "356.8", "6.1", "2741.5", "5.3", "5"],
    ["固定资产投资", "—", "—", "—", "5.4", "7"],
    ["　其中：工业投资", "—", "—", "—", "10.8", "—"],
    ["　　　　民间投资", "—", "—", "—", "-2.4", "—"],
    ["社会消费品零售总额（亿元）", "90.37", "5.6", "712.46", "4.9", "6"],
    ["财政总收入（亿元）", "38.26", "1.9", "418.73", "3.4", "4"],
    ["一般公共预算收入（亿元）", "22.84", "0.8", "253.19", "2.6", "5"],
    ["　其中：税收收入", "15.37", "-1.2", "168.52", "1.7", "—"],
    ["外贸进出口总额（亿元）", "37.6", "8.4", "286.9", "7.3", "3"],
    ["　其中：出口", "30.2", "10.5", "231.4", "9.1", "—"],
    ["全社会用电量（亿千瓦时）", "23.71", "7.9", "168.35", "6.8", "4"],
    ["　其中：工业用电量", "17.08", "8.6", "121.62", "7.5", "—"],
    ["金融机构贷款余额（亿元）", "4387.9", "9.2", "—", "—", "2"],
]
NOTES = [
    (
        "注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位，固定资产投资统计范围为"
        "计划总投资500万元及以上的项目。2.规上工业增加值、固定资产投资不公布绝对值，以“—”表示；工业增加值"
        "按可比价计算，其余增速按现价计算。3.全省位次为1—8月累计增速在全省11个设区市中的位次，贷款余额为"
        "8月末余额增速的位次。"
    ),
    "联系电话：0795-3261487",
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


def row(cells: list[str]) -> str:
    return "｜".join(cells)


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for para in LEAD:
        out += wrap(para)
    out += ["", TABLE_TITLE] + [row(r) for r in TABLE_HEAD] + [row(r) for r in TABLE] + [""]
    out += [*wrap(NOTES[0], first=""), NOTES[1]]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 11 Tf", "17 TL", "56 790 Td"]
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
        (
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        ),
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
