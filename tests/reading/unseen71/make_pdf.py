"""Builds 02_gongye_yuebao.pdf byte by byte: a two-page PDF whose text layer is set in the non-embedded
Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters as a typeset page's lines
are (sentences run on across lines and across the page break), and a page number at each page's foot.
The machine part follows tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "02_gongye_yuebao.pdf"
WIDTH = 36
PER_PAGE = 37
INDENT = "\u3000\u3000"

HEAD = [
    "梅州市1—9月工业经济运行分析",
    "梅州市工业和信息化局运行监测科　2025年10月22日",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，外需偏弱、部分工业品价格走低，全市工业系统围绕“稳存量、扩增量、强链条”抓调度，"
        "工业经济保持回升。现将前三季度运行情况分析如下。",
    ),
    ("h", "一、总体运行"),
    (
        "p",
        "1—9月，全市规模以上工业增加值同比增长6.3%，增速比上半年提高0.8个百分点，高于全省2.1个"
        "百分点，居粤东西北第2位、全省第5位。规上工业总产值1286.4亿元，增长7.1%；营业收入1237.5亿元，"
        "增长6.2%；利润总额58.9亿元，增长3.4%，营业收入利润率为4.76%。单看9月，规上工业增加值增长"
        "7.4%，比8月加快1.2个百分点。",
    ),
    (
        "p",
        "全市工业用电量58.36亿千瓦时，同比增长5.9%，其中制造业用电41.27亿千瓦时，增长7.3%，占工业"
        "用电的70.7%。用电和产值走势基本吻合，说明工厂开工更足了。",
    ),
    ("h", "二、行业运行"),
    (
        "p",
        "全市纳入统计的35个行业大类中，24个实现增长，增长面68.6%，比上半年扩大5.7个百分点。主导产业"
        "方面，电子信息、电力热力、食品饮料、医药制造业增加值分别增长14.6%、8.2%、5.7%和11.3%；"
        "非金属矿物制品业、烟草制品业分别下降4.9%和1.6%，其中水泥产量312.8万吨，下降6.4%。高技术"
        "制造业增加值增长12.8%，占规上工业比重为15.4%，较上年同期提高1.9个百分点；先进制造业增加值"
        "增长8.7%，快于全市规上工业2.4个百分点。",
    ),
    ("h", "三、重点企业"),
    (
        "p",
        "9月末，全市规上工业企业812家，比年初净增38家，今年以来新入库51家。产值超10亿元的企业23家，"
        "比上年同期增加3家；产值排名前50位的企业合计完成产值612.7亿元，占全市规上工业总产值的47.6%。"
        "龙头企业中，梅州鼎顺电子科技有限公司完成产值68.4亿元，增长21.3%，居全市工业企业第一位；"
        "广东客韵食品有限公司、梅州华岭水泥有限公司产值分别为24.7亿元和19.3亿元，前者增长9.4%，"
        "后者下降7.8%。",
    ),
    (
        "p",
        "效益方面，全市规上工业亏损企业183家，亏损面22.5%，比上半年收窄1.4个百分点；亏损企业亏损额"
        "9.86亿元，同比下降12.3%。重点监测的120家企业中，产值增长的有79家，占65.8%。",
    ),
    ("h", "四、县区和园区"),
    (
        "p",
        "分县区看，兴宁市、梅县区、蕉岭县规上工业增加值分别增长9.2%、8.4%、7.9%，增速列全市前三；"
        "梅江区、五华县分别增长6.6%和5.3%；大埔县、丰顺县分别增长3.1%和2.6%，低于全市3.2个和3.7个"
        "百分点；平远县下降1.8%，是全市唯一负增长的县。梅州高新区规上工业总产值突破300亿元，达到"
        "312.6亿元，增长10.4%，占全市的24.3%；广梅产业园规上工业总产值148.9亿元，增长8.1%。",
    ),
    ("h", "五、存在问题"),
    (
        "p",
        "一是新增长点接续不足，今年新投产项目贡献的产值仅占全市的4.2%，比去年同期低1.5个百分点。"
        "二是传统行业持续承压，非金属矿物制品业产能利用率只有61.5%，比上年同期下降4.3个百分点。"
        "三是企业成本偏高，规上工业企业平均每百元营收所耗成本86.37元，比上年同期增加0.42元。",
    ),
    ("h", "六、四季度工作重点"),
    (
        "p",
        "四季度，市工信局将开展“百企帮扶”行动，逐户跟踪产值前50位企业和新入库企业的生产情况，推动"
        "鼎顺电子三期扩产、华岭水泥技改项目尽快达产。目标是四季度规上工业增加值力争增长7%以上，全年"
        "规上工业总产值确保达到1750亿元，新增规上工业企业不少于80家。据供电部门测算，预计10月份全市"
        "工业用电量增长6%左右。",
    ),
]
TAIL = ["（运行监测科　联系电话：0753-2253618）"]

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
    out = [*HEAD, ""]
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    return [*out, "", *TAIL]


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
