"""Builds 04_linqing_zhuanyuan_tongbao.pdf byte by byte: a two-page PDF whose text layer is set in the
non-embedded Adobe font STSong-Light (UniGB-UCS2-H), about 37 lines a page, the body wrapped at about
36 characters as a typeset page's lines are (so sentences run on across lines and across the page
break), a page number at each page's foot, and the table of units as lines with full-width bars.

The machinery follows tests/reading/unseen34/make_pdf.py. The same bytes every time:

    .venv/bin/python <this folder>/make_pdf.py
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "04_linqing_zhuanyuan_tongbao.pdf"
WIDTH = 36
PER_PAGE = 37
INDENT = "\u3000\u3000"

HEAD = [
    ("c", "临清市驻企服务专员工作领导小组办公室"),
    ("c", "临企专办〔2025〕3号"),
    ("c", "关于2024年度驻企服务专员问题办理情况的通报"),
]

BODY: list[tuple[str, str]] = [
    ("h", "各镇（街道）、临清经济开发区，市直有关部门："),
    (
        "p",
        "2024年，全市各级驻企服务专员坚持“企业点单、专员跑腿、部门办理”，围绕企业急难愁盼抓收集、"
        "抓交办、抓销号。现将全年问题办理情况通报如下。",
    ),
    ("h", "一、总体情况"),
    (
        "p",
        "全市136名驻企服务专员联系服务企业412家，实现规上工业企业全覆盖。全年累计走访企业3862家次，"
        "比上年增加574家次；收集企业反映问题1047个，已办结986个，办结率94.2%，比上年提高3.6个百分点；"
        "正在办理61个，其中超期未办结14个。年底开展的企业满意度测评平均得分96.8分，满意率98.2%。",
    ),
    ("h", "二、分类别办理情况"),
    (
        "p",
        "从问题类别看，要素保障、融资、用工、审批服务、政策兑现和其他类问题分别为312个、228个、176个、"
        "149个、107个和75个，办结率分别为92.3%、92.1%、96.6%、97.3%、97.2%和92.0%。要素保障类问题"
        "仍居首位，占问题总数的29.8%，其中用地问题126个、用电用气问题98个、环评能评问题88个。",
    ),
    (
        "p",
        "融资方面，专员协调银行机构为215家企业新增贷款18.6亿元，其中首贷企业37家、首贷金额2.3亿元；"
        "用工方面，组织专场招聘会42场，帮助企业招工2860人；审批服务方面，推行“拿地即开工”的项目28个，"
        "平均审批时间压缩至15个工作日以内；政策兑现方面，落实各类惠企资金1.46亿元，惠及企业563家。",
    ),
    ("h", "三、各单位办结情况"),
    (
        "p",
        "16个镇（街道）和临清经济开发区中，办结率达到95%以上的有9个单位，比上年多3个。办结率前五名见下表。",
    ),
]
TABLE_TITLE = "表　2024年问题办结率前五名单位"
TABLE_HEAD = ["名次", "单位", "收集问题（个）", "已办结（个）", "办结率（%）"]
TABLE = [
    ["1", "烟店镇", "86", "86", "100.0"],
    ["2", "临清经济开发区", "214", "212", "99.1"],
    ["3", "松林镇", "72", "71", "98.6"],
    ["4", "康庄镇", "48", "47", "97.9"],
    ["5", "先锋路街道", "39", "38", "97.4"],
]

TAIL: list[tuple[str, str]] = [
    (
        "p",
        "戴湾镇、尚店镇、八岔路镇办结率分别为86.2%、87.5%、88.3%，依次居第17位、第16位和第15位，"
        "均低于全市平均水平5个百分点以上，请上述三个镇主要负责同志认真查找原因、限期整改。",
    ),
    ("h", "四、超期问题情况"),
    (
        "p",
        "截至2024年12月31日，超期未办结问题14个，涉及用地9个、融资3个、审批2个，其中超期30日以上的"
        "5个。超期问题主要集中在魏湾镇、戴湾镇和市自然资源局、市行政审批服务局，具体清单见附件。"
        "对上述问题，责任单位要于2025年3月31日前全部办结；确实无法按期办结的，须在2月28日前书面"
        "说明原因。",
    ),
    ("h", "五、2025年工作要求"),
    (
        "p",
        "2025年，全市驻企服务专员队伍扩充到150名，联系企业不少于450家。专员对企业反映的问题须在"
        "1个工作日内响应、3个工作日内提出办理意见。全年问题办结率确保达到95%以上，企业满意率保持在"
        "98%以上。各单位要于每月5日前报送上月问题台账，领导小组办公室按季度通报办理情况，对办结率"
        "连续两个季度低于90%的单位进行约谈。",
    ),
    ("h", "附件：2024年度超期未办结问题清单（略）"),
    ("r", "临清市驻企服务专员工作领导小组办公室"),
    ("r", "2025年1月10日"),
    ("h", "（联系人：王晓楠　电话：0635-2368915）"),
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


def block(kind: str, text: str) -> list[str]:
    if kind == "p":
        return wrap(text)
    if kind == "r":
        return ["\u3000" * 10 + text]
    return [text]


def all_lines() -> list[str]:
    out = [t for _, t in HEAD] + [""]
    for kind, text in BODY:
        out += block(kind, text)
    out += [TABLE_TITLE, row(TABLE_HEAD)] + [row(r) for r in TABLE]
    for kind, text in TAIL:
        out += block(kind, text)
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
