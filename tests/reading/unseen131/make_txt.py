"""Builds 04_zhaoshang_yinzi_yuebao.txt in GB18030 from the UTF-8 draft ``draft/04_draft_utf8.txt``.

Draft lines starting with ``#`` are written as they are (without the ``#``); ``@TABLE`` becomes the
fixed-width table of the thirteen areas; every other line is a paragraph, indented with two ideographic
spaces and hard-wrapped at WIDTH characters (a number with its unit is never split, closing punctuation
never starts a line). A page foot is put after every PER_PAGE lines. The same bytes on every run.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRAFT = HERE / "draft" / "04_draft_utf8.txt"
NAME = "04_zhaoshang_yinzi_yuebao.txt"
WIDTH = 38
PER_PAGE = 40
INDENT = "\u3000\u3000"

TABLE_TITLE = "表1　1—9月各地区招商引资主要指标"
HEADER = [
    ("地区", "签约项目", "亿元以上", "协议投资", "实际使用外资"),
    ("", "（个）", "（个）", "（亿元）", "（万美元）"),
]
ROWS = [
    ("鼓楼区", "28", "15", "106.4", "6820"),
    ("云龙区", "31", "16", "118.7", "7450"),
    ("贾汪区", "22", "12", "84.3", "3260"),
    ("泉山区", "30", "17", "121.5", "8930"),
    ("铜山区", "52", "42", "286.9", "15680"),
    ("丰县", "29", "18", "112.6", "4170"),
    ("沛县", "41", "38", "203.8", "9840"),
    ("睢宁县", "33", "19", "131.2", "5230"),
    ("新沂市", "38", "25", "176.5", "8760"),
    ("邳州市", "55", "46", "298.3", "12460"),
    ("徐州经开区", "61", "35", "312.4", "24150"),
    ("徐州高新区", "39", "20", "201.6", "16340"),
    ("淮海国际陆港", "27", "9", "164.4", "5510"),
    ("全市", "486", "312", "2318.6", "128600"),
]
COLS = (14, 10, 10, 10, 14)
RULE = "-" * sum(COLS)

TOKEN = re.compile(r"[0-9][0-9.]*(?:%|个百分点|万美元|亿美元|亿元|万吨|万台|个|家|场)?")
NO_LINE_START = set("，。；、：）%”")


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def cell(s: str, w: int, left: bool) -> str:
    pad = " " * (w - width(s))
    return s + pad if left else pad + s


def table() -> list[str]:
    out = [TABLE_TITLE, RULE]
    for row in HEADER:
        out.append("".join(cell(s, w, True) for s, w in zip(row, COLS, strict=True)).rstrip())
    out.append(RULE)
    for row in ROWS:
        name, *nums = row
        line = cell(name, COLS[0], True) + "".join(
            cell(n, w - 2, False) + "  " for n, w in zip(nums, COLS[1:], strict=True)
        )
        out.append(line.rstrip())
    out.append(RULE)
    return out


def wrap(text: str) -> list[str]:
    """Lines of at most WIDTH characters, never cutting inside a number with its unit."""
    text = INDENT + text
    protected = [False] * (len(text) + 1)
    for m in TOKEN.finditer(text):
        for i in range(m.start() + 1, m.end()):
            protected[i] = True
    lines = []
    start = 0
    while len(text) - start > WIDTH:
        cut = start + WIDTH
        while cut > start + 1 and (protected[cut] or text[cut] in NO_LINE_START):
            cut -= 1
        lines.append(text[start:cut])
        start = cut
    lines.append(text[start:])
    return lines


def body() -> list[str]:
    out: list[str] = []
    for raw in DRAFT.read_text(encoding="utf-8").splitlines():
        if raw == "@TABLE":
            out += table()
        elif raw.startswith("#"):
            out.append(raw[1:])
        elif raw:
            out += wrap(raw)
    return out


def paged(lines: list[str]) -> list[str]:
    chunks = [lines[i : i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
    out: list[str] = []
    for n, chunk in enumerate(chunks, start=1):
        out += [*chunk, "", f"徐州市招商引资工作月报　　　　第{n}页　共{len(chunks)}页", ""]
    return out


if __name__ == "__main__":
    text = "\n".join(paged(body())).rstrip("\n") + "\n"
    (HERE / NAME).write_bytes(text.encode("gb18030"))
    print(f"wrote {NAME}")
