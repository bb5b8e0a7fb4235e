"""Builds 04_sanjidu_hongdeng.pdf byte by byte: a two-page PDF whose text layer is set in the non-embedded
Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36 characters as a typeset page's lines
are (so sentences run on across lines and across the page break), a page number at each page's foot, and
the list of red-light projects as wrapped items. The machine part follows tests/reading/unseen34/make_pdf.py.
The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_sanjidu_hongdeng.pdf"
WIDTH = 36
PER_PAGE = 36
INDENT = "\u3000\u3000"

HEAD = [
    "滁州市重点项目建设推进办公室",
    "关于三季度市重点项目“红黄绿灯”考评情况的通报",
    "滁重点办〔2025〕21号",
]

BODY: list[tuple[str, str]] = [
    ("l", "各县（市、区）人民政府，市开发区管委会，市直有关单位："),
    (
        "p",
        "依照市重点项目“红黄绿灯”管理办法，我办对今年市重点项目截至9月底的推进情况逐一作了考评，"
        "现将结果通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "今年全市共安排市重点项目412个，总投资3265.8亿元，年度计划投资1186.5亿元。1—9月累计完成投资"
        "936.8亿元，完成率79.0%。三季度末时序进度为75%，全市超时序进度4.0个百分点，完成率比上年同期高"
        "2.6个百分点。其中7—9月单季完成投资352.4亿元，增长8.7%。",
    ),
    (
        "p",
        "分领域看，产业项目238个，完成投资602.3亿元，完成率81.6%；基础设施项目109个，完成率74.2%；"
        "社会民生项目65个，完成率73.5%，后两类均略慢于时序进度。年内计划新开工的186个项目中，已开工171个，"
        "开工率91.9%，尚未开工的15个项目全部集中在凤阳、定远、明光三地；已竣工或部分竣工投用的项目47个。",
    ),
    (
        "p",
        "亮灯规则为：完成率达到时序进度的亮绿灯；低于时序进度但不低于60%的亮黄灯；低于60%或尚未开工的亮"
        "红灯。据此，三季度亮绿灯的项目318个，占77.2%；亮黄灯63个；亮红灯31个。与二季度相比，红灯项目"
        "减少9个，绿灯项目增加24个。",
    ),
    ("h", "二、各地推进情况"),
    (
        "p",
        "从完成率看，天长市、全椒县、来安县分别为86.4%、84.1%、83.7%，依次超时序进度11.4、9.1、8.7个"
        "百分点。滁州经开区、苏滁高新区分别达到88.9%和85.6%。琅琊区、南谯区完成率均为77.5%。凤阳县、"
        "明光市分别为71.3%、72.6%，略低于时序进度。定远县仅完成68.2%，低于时序进度6.8个百分点，排名"
        "靠后。红灯项目中，定远县9个、凤阳县7个、明光市6个，三地合计占全市红灯项目的71.0%。",
    ),
    ("h", "三、亮红灯项目（部分）"),
    (
        "i",
        "1．定远县年产30万吨特种盐项目：年度计划6.2亿元，完成2.15亿元，完成率34.7%。责任单位：定远县政府、市发改委。",
    ),
    (
        "i",
        "2．凤阳县年产1000万平方米光伏玻璃背板项目：年度计划4.8亿元，完成1.96亿元，完成率40.8%。责任单位："
        "凤阳县政府、市经信局。",
    ),
    (
        "i",
        "3．明光市凹土新材料产业园道路工程：年度计划2.5亿元，完成1.08亿元，完成率43.2%。责任单位：明光市政府、市住建局。",
    ),
    (
        "i",
        "4．南谯区城北片区老旧小区改造：年度计划1.6亿元，完成0.52亿元，完成率32.5%。责任单位：南谯区政府、市住建局。",
    ),
    (
        "i",
        "5．苏滁高新区标准化厂房三期：年度计划3.4亿元，受规划调整影响尚未开工。责任单位：苏滁高新区管委会。",
    ),
    (
        "i",
        "6．定远县人民医院新院区：年度计划2.0亿元，完成1.05亿元，完成率52.5%。责任单位：定远县政府、市卫健委。",
    ),
    ("h", "四、工作要求"),
    (
        "p",
        "亮红灯项目所在地要在10月31日前报送整改方案，逐个明确时间表和责任人。四季度全市力争完成投资250"
        "亿元以上，确保全年完成率达到100%以上；对连续两个季度亮红灯的项目，由市政府分管负责同志约谈项目"
        "所在地主要负责人。市重点办将于11月中旬组织现场督查，结果纳入年度目标管理绩效考核。",
    ),
    ("l", "联系人：柏文涛　电话：0550-3118642"),
    ("r", "滁州市重点项目建设推进办公室"),
    ("r", "2025年10月16日"),
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


def all_lines() -> list[str]:
    out = [*HEAD, ""]
    for kind, text in BODY:
        if kind == "p":
            out += wrap(text)
        elif kind == "i":
            out += wrap(text, first="")
        elif kind == "r":
            out.append("\u3000" * 16 + text)
        else:
            out.append(text)
    return out


def pages(lines: list[str]) -> list[list[str]]:
    body = PER_PAGE - 2  # the foot line and a blank before it
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, "", f"— {n} —"] for n, chunk in enumerate(chunks, start=1)]


def stream(lines: list[str]) -> bytes:
    content = ["BT", "/F1 11 Tf", "18 TL", "56 790 Td"]
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
