"""Builds 03_zhuqi_lianluoyuan_jianbao.txt (UTF-8) from the draft draft/03_draft.txt: body paragraphs are
indented and hard-wrapped at about 38 characters as a typed bulletin is, never inside a number and never
with closing punctuation at a line's start; lines marked ``=H`` are kept as they are, ``=R`` is a rule.

    /work/main/.venv/bin/python make_txt.py
"""

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "03_zhuqi_lianluoyuan_jianbao.txt"
WIDTH = 38
INDENT = "\u3000\u3000"
RULE = "—" * 30
NUMBER = re.compile(r"[0-9.%]")
NO_LINE_START = set("，。；、：）％%”")


def wrap(text: str) -> list[str]:
    text = INDENT + text
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


def build() -> str:
    out: list[str] = []
    for raw in (HERE / "draft" / "03_draft.txt").read_text(encoding="utf-8").splitlines():
        if raw.startswith("=H "):
            if raw.startswith("=H 【"):
                out.append("")
            out.append(raw[3:])
        elif raw == "=R":
            out.append(RULE)
        elif raw:
            out.extend(wrap(raw))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    (HERE / NAME).write_text(build(), encoding="utf-8", newline="\n")
