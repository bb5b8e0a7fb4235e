"""Builds 02_tongjiju_10yue_yuebao.pdf: a two-page statistical monthly set in Noto Sans CJK SC, a subset of
the system font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc embedded as CIDFontType0C with a
ToUnicode map; body lines wrapped at about 36 characters (numbers never split), the two tables set cell by
cell at fixed column positions, a page number at each foot. The same bytes every time:

    /work/main/.venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
NAME = "02_tongjiju_10yue_yuebao.pdf"
FONT_FILE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_NUMBER = 2  # Noto Sans CJK SC
WIDTH = 36
PER_PAGE = 44
SIZE = 10.5
LEAD = 17
INDENT = "\u3000\u3000"

HEAD = [
    "益阳统计月报",
    "（2025年·第10期　总第370期）",
    "益阳市统计局综合统计科编　　2025年11月20日印发",
]

BODY: list[tuple[str, str]] = [
    ("h", "一、全市经济运行概况（1—10月）"),
    (
        "p",
        "1—10月，全市主要经济指标运行平稳，工业和外贸支撑作用较强，投资和消费温和回升，财政收入增势偏弱。",
    ),
    (
        "p",
        "工业生产较快增长。规模工业增加值同比增长7.4%，较1—9月回升0.2个百分点，与全省相比快1.1个百分点，"
        "增速在全省14个市州中排第3。从行业看，增加值同比正增长的大类行业有27个，增长面71.1%。县市区中增速较快的是沅江市、"
        "桃江县和赫山区，分别增长9.6%、9.1%、8.4%；安化县增长4.2%，落后全市3.2个百分点。全社会工业用电量"
        "38.62亿千瓦时，增长6.9%。",
    ),
    (
        "p",
        "投资小幅回升。全市固定资产投资同比增长3.6%，增速高出全省0.9个百分点，居全省第7位。其中，工业投资增长11.2%，"
        "占投资总量的38.7%；民间投资下降1.8%，降幅较1—9月缩小0.6个百分点。全市在建的亿元以上项目412个，"
        "较上年同期增加26个。",
    ),
    (
        "p",
        "消费市场温和回暖。实现社会消费品零售总额702.64亿元，增长5.3%。限额以上单位中，粮油食品类零售额增长8.7%，"
        "汽车类零售额下降2.9%，新能源汽车零售增势强劲，增长43.5%。单看10月份，社零增长6.1%，为年内单月最高。",
    ),
    (
        "p",
        "外贸增势较好。进出口总额143.27亿元，同比增长18.6%，增幅排全省第2位；其中出口108.95亿元，增长21.3%，"
        "对东盟出口增长三成左右。",
    ),
    (
        "p",
        "财政收入增势偏弱。一般公共预算收入96.38亿元，同比增长2.1%；税收收入63.71亿元，下降1.4%，"
        "税收占比66.1%。截至10月末，全市金融机构各项存款余额3286.5亿元，增长7.2%；各项贷款余额2654.8亿元，增长9.8%，"
        "比年初新增198.3亿元。",
    ),
    (
        "p",
        "物价和农业。物价总体平稳，居民消费价格涨幅为0.3%；食品烟酒类价格降幅为0.8%。晚稻收获基本结束，全市晚稻"
        "播种面积172.4万亩，比上年增加3.1万亩；10月末生猪存栏218.6万头，比9月末增加2.4万头。",
    ),
    ("h", "二、主要指标"),
]

TABLE1_TITLE = "表1　全市主要统计指标（2025年1至10月累计）"
TABLE1_HEAD = ["指标", "单位", "1—10月", "增长%", "全省位次"]
TABLE1 = [
    ["规模工业增加值", "亿元", "—", "7.4", "3"],
    ["全社会工业用电量", "亿千瓦时", "38.62", "6.9", "5"],
    ["固定资产投资", "亿元", "—", "3.6", "7"],
    ["　#工业投资", "亿元", "—", "11.2", "4"],
    ["社会消费品零售总额", "亿元", "702.64", "5.3", "6"],
    ["进出口总额", "亿元", "143.27", "18.6", "2"],
    ["　#出口", "亿元", "108.95", "21.3", "—"],
    ["一般公共预算收入", "亿元", "96.38", "2.1", "9"],
    ["　#税收收入", "亿元", "63.71", "-1.4", "—"],
    ["本外币存款余额(10月末)", "亿元", "3286.5", "7.2", "—"],
    ["本外币贷款余额(10月末)", "亿元", "2654.8", "9.8", "—"],
]
TABLE1_X = [0, 170, 240, 320, 385]

TABLE2_TITLE = "表2　1—10月各县市区（园区）主要指标增速（%）"
TABLE2_HEAD = ["县市区（园区）", "规模工业增加值", "固定资产投资"]
TABLE2 = [
    ["资阳区", "7.8", "2.9"],
    ["赫山区", "8.4", "5.1"],
    ["南县", "6.7", "-3.2"],
    ["桃江县", "9.1", "4.4"],
    ["安化县", "4.2", "1.6"],
    ["沅江市", "9.6", "6.8"],
    ["大通湖区", "5.5", "-7.3"],
    ["益阳高新区", "8.9", "7.5"],
]
TABLE2_X = [0, 150, 270]
TABLE_NOTE = "注：1.增加值增速均按不变价计算；2.全省位次按14个市州增速从高到低排序。"

TAIL: list[tuple[str, str]] = [
    ("h", "三、需要关注的问题"),
    (
        "p",
        "一是财政收入质量不高，税收收入持续负增长，非税收入占比同比上升2.3个百分点。"
        "二是投资后劲不足，1—10月新开工亿元以上项目96个，比上年同期少11个；南县、大通湖区投资仍为负增长。"
        "三是部分行业承压，竹木加工、纺织服装行业增加值分别下降3.5%、5.2%，规模工业亏损企业达到187家。",
    ),
    (
        "p",
        "据测算，四季度全市规模工业增加值增速保持在7%以上、固定资产投资增长4%左右，全年经济增长预计在5.5%左右。",
    ),
]

NUMBER = re.compile(r"[0-9.%\-]")
NO_LINE_START = set("，。；、：）％%”")
UNIT_START = set("亿万元个家头亩千瓦时百分点")


def wrap(text: str, first: str = INDENT) -> list[str]:
    """Lines of about WIDTH characters; a number is never split, closing punctuation never starts a line."""
    text = first + text
    lines = []
    while len(text) > WIDTH:
        cut = WIDTH
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        while (
            0 < cut < len(text)
            and (NUMBER.match(text[cut]) or text[cut] in UNIT_START)
            and (NUMBER.match(text[cut - 1]) or text[cut - 1] in UNIT_START)
        ):
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    if text:
        lines.append(text)
    return lines


def all_lines() -> list[list[tuple[int, str]]]:
    """Each line as (x offset, text) pieces; table rows have one piece a cell."""
    out: list[list[tuple[int, str]]] = [[(0, t)] for t in HEAD] + [[]]
    for kind, text in BODY:
        out += [[(0, text)]] if kind == "h" else [[(0, t)] for t in wrap(text)]
    out += [[(0, TABLE1_TITLE)], list(zip(TABLE1_X, TABLE1_HEAD, strict=True))]
    out += [list(zip(TABLE1_X, r, strict=True)) for r in TABLE1]
    out += [[], [(0, TABLE2_TITLE)], list(zip(TABLE2_X, TABLE2_HEAD, strict=True))]
    out += [list(zip(TABLE2_X, r, strict=True)) for r in TABLE2]
    out += [[(0, TABLE_NOTE)], []]
    for kind, text in TAIL:
        out += [[(0, text)]] if kind == "h" else [[(0, t)] for t in wrap(text)]
    return out


def pages(lines: list[list[tuple[int, str]]]) -> list[list[list[tuple[int, str]]]]:
    body = PER_PAGE - 2
    chunks = [lines[i : i + body] for i in range(0, len(lines), body)]
    return [[*chunk, [], [(200, f"— {n} —")]] for n, chunk in enumerate(chunks, start=1)]


class Font:
    """The subset of Noto Sans CJK SC holding the characters used; CIDs are the font's own."""

    def __init__(self, chars: set[str]):
        font = TTFont(FONT_FILE, fontNumber=FONT_NUMBER, lazy=False)
        cmap = font.getBestCmap()
        self.cid = {}
        for ch in sorted(chars):
            name = cmap[ord(ch)]
            self.cid[ch] = 0 if name == ".notdef" else int(name[3:])
        self.width = {ch: font["hmtx"][cmap[ord(ch)]][0] for ch in chars}
        options = subset.Options()
        options.layout_features = []
        options.name_IDs = ["*"]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=sorted(ord(c) for c in chars))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.cff = TTFont(io.BytesIO(buf.getvalue())).reader["CFF "]
        # the subset keeps each glyph's CID
        kept = set(TTFont(io.BytesIO(buf.getvalue())).getGlyphOrder())
        assert all(c == 0 or f"cid{c:05d}" in kept for c in self.cid.values())

    def hex(self, text: str) -> str:
        return "".join(f"{self.cid[ch]:04X}" for ch in text)

    def widths(self) -> bytes:
        pairs = sorted({(self.cid[c], self.width[c]) for c in self.cid})
        return ("[" + " ".join(f"{c} [{w}]" for c, w in pairs) + "]").encode("ascii")

    def tounicode(self) -> bytes:
        rows = sorted((self.cid[c], c) for c in self.cid)
        body = "\n".join(f"<{cid:04X}> <{ord(ch):04X}>" for cid, ch in rows)
        return (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{len(rows)} beginbfchar\n{body}\nendbfchar\n"
            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        ).encode("ascii")


def stream(font: Font, lines: list[list[tuple[int, str]]]) -> bytes:
    content = ["BT", f"/F1 {SIZE} Tf"]
    y = 790
    for pieces in lines:
        for x, text in pieces:
            if text:
                content.append(f"1 0 0 1 {56 + x} {y} Tm <{font.hex(text)}> Tj")
        y -= LEAD
    content.append("ET")
    return "\n".join(content).encode("ascii")


def obj_stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return (
        b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"
    )


def pdf_bytes(page_lines: list[list[list[tuple[int, str]]]]) -> bytes:
    chars = {ch for page in page_lines for pieces in page for _, t in pieces for ch in t}
    font = Font(chars)
    n = len(page_lines)
    # 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 font file, 7 ToUnicode, 8 info, then pages
    first_page = 9
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(n))
    base = b"/AAAAAA+NotoSansCJKsc-Regular"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode("ascii"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont "
        + base
        + b" /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont "
        + base
        + b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        + b" /FontDescriptor 5 0 R /DW 1000 /W "
        + font.widths()
        + b" >>",
        b"<< /Type /FontDescriptor /FontName "
        + base
        + b" /Flags 4 /FontBBox [-1002 -1048 2928 1808] /ItalicAngle 0 /Ascent 1160 /Descent -288"
        + b" /CapHeight 733 /StemV 80 /FontFile3 6 0 R >>",
        obj_stream(font.cff, b" /Subtype /CIDFontType0C"),
        obj_stream(font.tounicode()),
        "<< /Title <FEFF{}> /Producer (make_pdf.py) >>".format(
            "益阳统计月报".encode("utf-16-be").hex().upper()
        ).encode("ascii"),
    ]
    for k, lines in enumerate(page_lines):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * k + 1)
        )
        objects.append(obj_stream(stream(font, lines)))
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 8 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


if __name__ == "__main__":
    pl = pages(all_lines())
    (HERE / NAME).write_bytes(pdf_bytes(pl))
    print(f"wrote {NAME}: {len(pl)} pages, {sum(len(p) for p in pl)} lines")
