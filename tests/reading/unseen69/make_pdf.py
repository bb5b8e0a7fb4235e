"""Builds 04_xiangzhen_paiming.pdf byte by byte: 沙洋县's 第三季度 ranking of its towns, two pages whose text
layer is set in the non-embedded Adobe font STSong-Light (UniGB-UCS2-H), the body wrapped at about 36
characters (so sentences run on across lines and across the page break), a page number at each foot, and the
ranking table as lines of text with full-width bars. The same bytes every time:

    /work/main/.venv/bin/python make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_xiangzhen_paiming.pdf"
WIDTH = 36
PER_PAGE = 44
INDENT = "\u3000\u3000"

HEAD = [
    "沙洋县2025年第三季度乡镇经济争先创优考评结果通报",
    "沙经考办〔2025〕7号",
    "",
    "各镇人民政府，县直有关单位：",
]

BODY: list[tuple[str, str]] = [
    (
        "p",
        "为营造比学赶超的浓厚氛围，县乡镇经济工作考评领导小组办公室依据各镇1—9月主要经济指标完成"
        "情况和重点工作推进情况，对全县13个镇第三季度经济工作进行了综合考评。现将结果通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "第三季度，13个镇平均得分84.96分，比第二季度提高1.36分。得分在90分以上的镇有4个，比第二季度"
        "增加1个；低于80分的有3个。共有5个镇名次前移，4个镇名次后移，4个镇与上季度持平。全县1—9月"
        "规上工业增加值增长7.9%，低于荆门全市0.5个百分点；固定资产投资增长8.6%；新增市场主体2860户，"
        "已完成全年目标的95.3%。",
    ),
    ("h", "二、考评排名"),
    (
        "p",
        "后港镇以96.18分居全县第一，领先第二名毛李镇2.73分，已连续两个季度位居榜首。毛李镇、官垱镇"
        "分别以93.45分、91.02分排名第二、第三，官垱镇较第二季度前进3位，得分提高4.85分。沙洋镇以"
        "0.66分之差落后于官垱镇，排第四位，较上季度后退2位。五里铺镇、拾回桥镇、十里铺镇分别排第五、"
        "第六、第七位。拾回桥镇前进4位，是进位最多的镇；纪山镇后退5位，退位最多；十里铺镇、曾集镇"
        "均后退2位。马良镇前进1位，重新进入前十。沈集镇得分71.52分，排名末位，比第十二名高阳镇少4.51分。",
    ),
]
TABLE_TITLE = "表　第三季度各镇综合考评得分及排名"
TABLE = [
    ["镇", "综合得分", "排名", "较二季度"],
    ["后港镇", "96.18", "1", "持平"],
    ["毛李镇", "93.45", "2", "↑1"],
    ["官垱镇", "91.02", "3", "↑3"],
    ["沙洋镇", "90.36", "4", "↓2"],
    ["五里铺镇", "88.74", "5", "↑2"],
    ["拾回桥镇", "87.15", "6", "↑4"],
    ["十里铺镇", "85.62", "7", "↓2"],
    ["李市镇", "84.07", "8", "持平"],
    ["纪山镇", "82.33", "9", "↓5"],
    ["马良镇", "80.19", "10", "↑1"],
    ["曾集镇", "77.84", "11", "↓2"],
    ["高阳镇", "76.03", "12", "持平"],
    ["沈集镇", "71.52", "13", "持平"],
]
TABLE_NOTE = "注：排名按综合得分由高到低排列；“较二季度”一栏中↑为进位、↓为退位。"

TAIL: list[tuple[str, str]] = [
    ("h", "三、单项指标亮点"),
    (
        "p",
        "后港镇规上工业产值增长18.6%，增速居全县第一；毛李镇、官垱镇固定资产投资分别增长24.3%、19.7%；"
        "沙洋镇新增市场主体612户，占全县的21.4%；李市镇新签约招商项目7个，协议投资12.6亿元，签约额居全县"
        "第一；马良镇接待游客38.5万人次，增长16.2%。十里铺镇农产品加工产值增长13.4%，高于全县平均2.1个百分点。全县新增规上工业企业16家，其中拾回桥镇4家，居各镇之首；"
        "纪山镇受个别骨干企业停产检修影响，规上工业产值下降6.8%，是名次大幅后移的主要原因。",
    ),
    ("h", "四、奖励和督办"),
    (
        "p",
        "按照考评办法，对季度综合排名前三的镇分别给予20万元、15万元、10万元工作经费奖励，另对本季度进位"
        "最多的拾回桥镇奖励5万元；对连续两个季度排名后两位的镇，由县政府主要负责同志约谈。",
    ),
    ("h", "五、第四季度工作要求"),
    (
        "p",
        "各镇要对照全年目标查漏补缺、挂图作战。全县规上工业增加值全年力争增长9%以上，固定资产投资增长"
        "10%左右，确保新增市场主体3000户以上；四季度每个镇至少新增规上工业企业1家。各镇须于11月15日前将四季度冲刺清单报县考评办，"
        "县考评办将在12月上旬组织现场督查。",
    ),
]
FOOT = ["", "沙洋县乡镇经济工作考评领导小组办公室", "2025年10月24日", "（联系电话：0724-8526174）"]

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
    out = list(HEAD)
    for kind, text in BODY:
        out += [text] if kind == "h" else wrap(text)
    out += ["", TABLE_TITLE] + ["｜".join(r) for r in TABLE] + [TABLE_NOTE, ""]
    for kind, text in TAIL:
        out += [text] if kind == "h" else wrap(text)
    return out + FOOT


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
