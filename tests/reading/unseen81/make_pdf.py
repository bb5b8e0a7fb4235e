"""Builds 01_tongjiju_10yue_jiankuang.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters as a typeset
page's lines are (so a sentence runs on across the page break), a page number at each page's foot, and the
indicator table as lines of text whose cells are split by full-width bars under a two-level header.

The PDF machinery follows tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_10yue_jiankuang.pdf"
WIDTH = 36
FIRST_PAGE = 36  # text lines on page one; the rest go to page two
INDENT = "\u3000\u3000"

HEAD = [
    ("c", "2025年10月嘉兴经济运行简况"),
    ("c", "嘉兴市统计局　　2025年11月21日"),
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "10月份，全市经济运行总体平稳，工业和外贸增势较好，投资增速有所放缓。简要情况如下。",
    ),
    ("h", "一、工业生产较快增长"),
    (
        "p",
        "1—10月，全市规上工业增加值2713.6亿元，按可比价计算增长8.6%，增幅较1—9月提升0.1个百分点，"
        "快于全省1.3个百分点，在全省11个设区市中列第3位。10月当月实现增加值286.4亿元，增长9.5%，"
        "比9月加快0.8个百分点。从行业看，全市工业行业大类中有26个增加值实现正增长，增长面为74.3%。"
        "高技术制造业和数字经济核心产业制造业增加值分别增长14.3%、12.8%，分别高出规上工业5.7个和"
        "4.2个百分点，高技术制造业增加值占规上工业的29.9%。汽车制造、电气机械、化学纤维三个重点行业"
        "依次增长15.6%、9.3%和6.1%。全社会用电量589.7亿千瓦时，增长7.7%，其中工业用电量增长7.0%，"
        "占全社会用电量的72.2%。",
    ),
    ("h", "二、投资增速有所回落"),
    (
        "p",
        "1—10月，全市固定资产投资同比增长4.2%，比1—9月回落0.5个百分点，低于全省0.9个百分点，居全省"
        "第7位。分领域看，制造业投资增长9.6%，民间投资增长2.8%，"
        "全市亿元以上在建项目1126个，比上年同期增加58个，其中10亿元以上项目173个。",
    ),
    ("h", "三、消费市场温和回升"),
    (
        "p",
        "1—10月，全市社会消费品零售总额2201.4亿元，增长5.3%，增速比1—9月回落0.1个百分点；10月当月"
        "实现228.9亿元，增长4.6%。限额以上单位家用电器和音像器材类、通讯器材类"
        "零售额分别增长31.5%、24.7%，汽车类零售额下降2.9%，石油及制品类下降6.4%。",
    ),
    ("h", "四、外贸进出口增势较好"),
    (
        "p",
        "1—10月，全市货物进出口总额3672.5亿元，增长8.9%，其中出口2631.8亿元、进口1040.7亿元，分别增长"
        "10.6%和4.6%。出口规模占全省的7.8%，增速高于全省3.4个百分点。10月当月出口279.3亿元，同比增长"
        "12.2%，增幅比9月扩大4.5个百分点。对共建“一带一路”国家出口增长15.9%，占出口总额的47.3%。",
    ),
    ("h", "五、财政金融和价格"),
    (
        "p",
        "1—10月，全市一般公共预算收入693.8亿元，增长2.4%；其中税收收入585.1亿元，增长3.3%，占一般公共"
        "预算收入的84.3%。10月末，全市金融机构本外币各项存款余额19876.4亿元，同比增长8.7%；各项贷款余额"
        "21543.9亿元，增长9.4%，比年初增加1527.6亿元。"
        "10月份，全市居民消费价格同比上涨0.3%，1—10月累计上涨0.1%，涨幅低于"
        "全省0.2个百分点。",
    ),
]
TABLE_TITLE = "附表　2025年10月嘉兴市主要经济指标"
TABLE = [
    "指标｜单位｜10月｜1—10月",
    "｜｜绝对数｜增长%｜绝对数｜增长%",
    "规上工业增加值｜亿元｜286.4｜9.5｜2713.6｜8.6",
    "　其中：高技术制造业｜亿元｜88.2｜13.1｜812.5｜14.3",
    "　　　　数字经济核心产业制造业｜亿元｜61.7｜11.6｜578.9｜12.8",
    "全社会用电量｜亿千瓦时｜63.2｜6.8｜589.7｜7.7",
    "　其中：工业用电量｜亿千瓦时｜45.1｜5.9｜425.6｜7.0",
    "固定资产投资｜—｜—｜—｜—｜4.2",
    "社会消费品零售总额｜亿元｜228.9｜4.6｜2201.4｜5.3",
    "货物进出口总额｜亿元｜382.6｜10.4｜3672.5｜8.9",
    "　其中：出口｜亿元｜279.3｜12.2｜2631.8｜10.6",
    "　　　　进口｜亿元｜103.3｜5.8｜1040.7｜4.6",
    "一般公共预算收入｜亿元｜52.7｜3.1｜693.8｜2.4",
    "　其中：税收收入｜亿元｜44.9｜4.0｜585.1｜3.3",
    "本外币存款余额（月末）｜亿元｜19876.4｜8.7｜—｜—",
    "本外币贷款余额（月末）｜亿元｜21543.9｜9.4｜—｜—",
]
TABLE_NOTE = "注：固定资产投资只发布累计增速；存贷款余额的增长为比上年同月末。"

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


def all_lines() -> list[str]:
    out = [t for _, t in HEAD] + [""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE, *TABLE, TABLE_NOTE]
    return out


def pages(lines: list[str]) -> list[list[str]]:
    chunks = [lines[:FIRST_PAGE], lines[FIRST_PAGE:]]
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
