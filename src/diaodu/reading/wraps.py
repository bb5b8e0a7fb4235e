"""Hard-wrapped text: a line break that is the page's, not the writer's.

A PDF's text layer, or a plain-text copy of one, breaks every line at the page's width: in the middle of a
sentence ("高于\\n全省2.3个百分点"), of a name ("地方一般公共预算收\\n入") or of a figure ("690\\n亿元").
Read line by line, such a document loses its indicators and subjects at every break. ``unwrap`` finds
whether a document is wrapped so, and if it is, gives the text with those soft breaks taken out and, for
each character of it, where it sits in the document's own text: the reader reads the joined text, and its
spans are moved back (``OffsetMap``, as for an html page's visible text), so a figure a break splits keeps
the break inside its span.

The rule is the layout's, not any sentence's (its numbers and patterns are in ``lexicon/wrapping.yaml``):
the document's line width is a high percentile of its line lengths; a break is soft when the line before it
is full (near that width) and not laid out as a table, and the line after it continues it — it is not
blank, not indented, and opens no item, table or note. A document is taken as wrapped only when enough of
its full lines end inside a sentence, so a file written one paragraph per line is never joined (the short
lines of a table given one cell to a line count for neither side). A page's
number line (``furniture.yaml``'s ``page_number``) between the two halves of a sentence is stepped over.

No library does this on text already extracted (pypdf's layout mode keeps the page's breaks, and
pdfminer's paragraph grouping needs the page geometry, which a stored text no longer has), hence this
module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diaodu.reading.furniture import PAGE_NUMBER_CHARS, running_heads
from diaodu.reading.lexicon_documents import WrappingLexicon, furniture_lexicon, wrapping_lexicon
from diaodu.reading.offsets import OffsetMap

_LATIN = re.compile(r"[A-Za-z]")
# a table line has one of these (two spaces, a tab, a full-width space, a bar); only such a line is
# matched against the lexicon's table_gap
_GAP_CHARS = ("  ", "\t", "\u3000", "|", "｜")


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """A wrapped document's text with its soft breaks taken out, and where each character came from."""

    text: str
    offsets: OffsetMap
    joins: int


@dataclass(frozen=True, slots=True)
class _Rules:
    lexicon: WrappingLexicon
    new_line: re.Pattern[str]
    table_gap: re.Pattern[str]
    spaced_row: re.Pattern[str]
    page_number: re.Pattern[str] | None


@lru_cache(maxsize=4)
def _rules(lexicon: WrappingLexicon) -> _Rules:
    starts = "|".join(f"(?:{p})" for p in lexicon.new_line_starts) or r"(?!)"
    page = furniture_lexicon().page_number
    return _Rules(
        lexicon,
        re.compile(starts),
        re.compile(lexicon.table_gap),
        re.compile(lexicon.spaced_row),
        re.compile(page) if page else None,
    )


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the line's first character in the text
    end: int  # offset just after its last character that is not white space
    body: str  # the line without its trailing white space (its indentation kept)
    kind: str  # text | blank | table | page (row while read: see _lines): what it is, worked out once


def _lines(text: str, rules: _Rules) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        body = raw.rstrip()
        core = body.lstrip()
        if not core:
            kind = "blank"
        elif any(c in core for c in _GAP_CHARS) and rules.table_gap.search(core):
            kind = "table"  # (the run of white space a table needs is looked for only where it may be)
        elif (
            len(core) <= PAGE_NUMBER_CHARS
            and rules.page_number is not None
            and rules.page_number.fullmatch(core)
        ):
            kind = "page"
        elif " " in core and rules.spaced_row.fullmatch(core):
            kind = "row"  # 本外币存款余额 亿元 3286.5 7.2 —: a table's row, its cells parted by one space?
        else:
            kind = "text"
        out.append(_Line(pos, pos + len(body), body, kind))
        pos += len(raw) + 1
    if rules.page_number is not None:
        # a pdf's running head by a page's number (某市统计局　统计信息) is stepped over as the number is
        filled = [k for k, line in enumerate(out) if line.kind != "blank"]
        for k in running_heads([out[i].body.strip() for i in filled], rules.page_number):
            line = out[filled[k]]
            out[filled[k]] = _Line(line.start, line.end, line.body, "page")
    # a row parted by one space is a table's only beside another (a line of prose may end on two numbers)
    for i, line in enumerate(out):
        if line.kind == "row":
            beside = (i > 0 and out[i - 1].kind in ("row", "table")) or (
                i + 1 < len(out) and out[i + 1].kind in ("row", "table")
            )
            out[i] = _Line(line.start, line.end, line.body, "table" if beside else "text")
    return out


def _percentile(values: list[int], pct: int) -> int:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, (len(ordered) * pct + 99) // 100 - 1))
    return ordered[k]


def soft_breaks(text: str, lexicon: WrappingLexicon | None = None) -> list[tuple[int, int]]:
    """The soft breaks of ``text`` as spans to take out (the end of a line's text to the start of the line
    that continues it), or none when the document is not hard-wrapped."""
    if "\n" not in text:
        return []
    rules = _rules(lexicon or wrapping_lexicon())
    lex = rules.lexicon
    lines = _lines(text, rules)
    widths = [len(ln.body) for ln in lines if ln.kind == "text"]
    if len(widths) < lex.min_soft_lines:
        return []
    full = lex.full_ratio * _percentile(widths, lex.width_percentile)
    # the share is of the full lines: a table a pdf gives one cell to a line adds short lines, not full ones
    full_lines = sum(1 for width in widths if width >= full)
    breaks: list[tuple[int, int]] = []
    inside = 0
    for i, line in enumerate(lines[:-1]):
        if line.kind != "text" or len(line.body) < full:
            continue
        j = i + 1
        while lines[j].kind == "page" and j + 1 < len(lines):
            j += 1  # a page's number and its running head between a sentence's halves
        nxt = lines[j]
        if nxt.kind != "text" or nxt.body[0].isspace() or rules.new_line.match(nxt.body):
            continue
        breaks.append((line.end, nxt.start))
        if not line.body.endswith(lex.sentence_ends):
            inside += 1
    if inside < lex.min_soft_lines or inside < lex.min_soft_share * full_lines:
        return []
    return breaks


def unwrap(text: str, lexicon: WrappingLexicon | None = None) -> Unwrapped | None:
    """``text`` with its soft breaks taken out (a space where Latin letters meet across one), or None when
    the document is not hard-wrapped."""
    breaks = soft_breaks(text, lexicon)
    if not breaks:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b in breaks:
        pieces.append(text[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        if a > 0 and b < len(text) and _LATIN.match(text[a - 1]) and _LATIN.match(text[b]):
            pieces.append(" ")  # two words of a Latin phrase: the break stood for a space
            starts.append(a)
            ends.append(b)
        pos = b
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Unwrapped("".join(pieces), OffsetMap(starts, ends), len(breaks))
