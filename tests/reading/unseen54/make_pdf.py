"""Builds 01_tongjiju_q3_gongbao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), about 45 lines a page, the body wrapped at about
36 characters as a typeset page's lines are (sentences run on across lines and across the page break),
and a page number at each page's foot. Same bytes every time:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "01_tongjiju_q3_gongbao.pdf"
WIDTH = 36
PER_PAGE = 45
INDENT = "\u3000\u3000"

HEAD = [
    "2025年前三季度十堰市国民经济运行情况",
    "十堰市统计局",
    "（2025年10月29日）",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "今年以来，全市上下坚持稳中求进，围绕汽车产业转型、项目建设提速和消费扩容持续用力，"
        "顶住外部需求偏弱、整车市场竞争加剧等压力，主要指标走势平稳、稳中有升，发展质效稳步提升。",
    ),
    ("h", "一、经济总量稳步扩大"),
    (
        "p",
        "前三季度，十堰实现地区生产总值1698.35亿元（初步核算数），以不变价格计算比上年同期增长6.1%，"
        "比全省高0.3个百分点，较上半年再提升0.2个百分点，增速列全省第4位。从三次产业看，第一产业、"
        "第二产业、第三产业增加值分别为146.92亿元、678.41亿元、873.02亿元，分别增长4.2%、7.3%、"
        "5.4%。三次产业结构为8.7∶39.9∶51.4，第二产业所占比重较上年同期提高0.6个百分点。",
    ),
    ("h", "二、工业生产较快增长"),
    (
        "p",
        "全市规模以上工业累计增加值较上年同期增长8.4%，跑赢全省1.1个百分点，增幅稳居全省前五位。"
        "其中，十堰经开区、十堰高新区分别增长10.6%和12.3%，对全市工业增长形成有力支撑。"
        "9月当月，规上工业增速达到9.2%，增幅比8月份扩大1.6个百分点。按企业登记类型分，国有控股、"
        "股份制和外商及港澳台投资三类企业增加值依次增长5.7%、9.1%和2.9%。在统计的大类行业中，"
        "有29个行业增加值实现增长，增长面为70.7%。9月末，全市规上工业企业达1126家，比上年末净增58家。",
    ),
    ("h", "三、汽车产业提质扩量"),
    (
        "p",
        "汽车产业作为全市首位产业，前三季度规上汽车及零部件企业完成产值1386.7亿元，增长9.6%，"
        "约占全市规上工业总产值的58.3%。分区域看，张湾区、茅箭区、十堰经开区汽车产业产值分别为"
        "498.3亿元、276.5亿元、315.8亿元。新能源汽车产量6.84万辆，同比增长41.5%；商用车产量"
        "14.32万辆，增长3.8%。",
    ),
    ("h", "四、投资结构持续优化"),
    (
        "p",
        "全市前三季度固定资产投资增速为5.8%，比上半年回落0.9个百分点，低于全省0.6个百分点。"
        "投资结构上，工业投资增长16.2%，其中汽车产业投资增长22.7%；基础设施领域投资下降3.4%；民间投资"
        "增长4.5%，占全部投资的比重为46.2%。全市计划总投资500万元以上在建项目1873个，较上年同期"
        "增加96个，其中亿元以上在建项目642个，完成投资增长11.3%。",
    ),
    ("h", "五、消费市场平稳回升"),
    (
        "p",
        "前三季度，十堰社会消费品零售总额达872.46亿元，同比增长5.9%，增速居全省第5位。从城乡市场看，"
        "城镇市场实现消费品零售额716.38亿元，增长5.6%；乡村市场实现消费品零售额156.08亿元，增长7.2%。"
        "限上单位商品零售中，通讯器材类、家电音像器材类零售额分别增长26.4%和18.7%，石油及制品类"
        "则下降4.6%。",
    ),
    ("h", "六、居民收入持续增加"),
    (
        "p",
        "全市居民人均可支配收入前三季度达到24736元，同比增长6.0%，增速高出全省0.4个百分点。分城乡看，"
        "城镇居民收入33518元，增长5.1%；农村居民收入14627元，增长6.9%，"
        "增速比城镇居民快1.8个百分点。",
    ),
    ("h", "附注"),
    ("n", "1.本公报中地区生产总值和各产业增加值总量按当年现价计，增速按不变价计。"),
    ("n", "2.文中“规上工业”是指年主营业务收入不低于2000万元的工业企业。"),
    ("n", "3.部分数据因四舍五入，分项之和与总计可能略有出入。"),
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”∶")


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
        if kind == "h":
            out.append(text)
        else:
            out += wrap(text, INDENT if kind == "p" else "")
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
