"""Page furniture: the spans of a document's text that belong to the page, not to the report.

Navigation and breadcrumbs, a page's number line (— 1 —), share prompts (扫一扫, 用手机看), view
counters (浏览量), font switches, 来源 and 发布时间 lines, site ads, datelines, copyright footers, lists
of related links, and the second copy of a repeated paragraph. Each is found line by line from the
word lists in ``lexicon/furniture.yaml``; a span covers a line's text without its surrounding white
space. The spans index the document's own text: nothing
is removed from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from diaodu.reading.dates import FULL_DATE, TIME, strip_date_parts
from diaodu.reading.lexicon_documents import FurnitureLexicon, furniture_lexicon

_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_PUNCT = re.compile(r"[。，,；;！!？]")
_DIGIT = re.compile(r"[0-9０-９]")
#: what separates a table's cells on one line: html cells, tabs, bars
_CELL_MARKS = ("<th", "<td", "\t", "｜", "|")
_TAG = re.compile(r"<[^>]*>")
_PROSE_END = re.compile(r"[。！？!?]$")
#: a table's row of units under its labels (（亿元）  （%）  （个）): never a paragraph's copy
_UNITS_ROW = re.compile(r"(?:[（(][^（）()\s]{1,6}[）)][\s\u3000]*)+")
#: Longer than this, a line is no page's number (— 12 —, 第3页，共12页).
PAGE_NUMBER_CHARS = 20
_WEEKDAYS = ("星期", "周一", "周二", "周三", "周四", "周五", "周六", "周日")


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """Each non-blank line as (start, end, content) with surrounding white space trimmed off the span."""
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        yield start, start + len(stripped), stripped


def find_furniture(text: str, lexicon: FurnitureLexicon | None = None) -> list[tuple[int, int]]:
    """Spans of page furniture in ``text``, sorted and not overlapping."""
    lex = lexicon or furniture_lexicon()
    compiled = _compile(lex)
    spans: list[tuple[int, int]] = []
    in_related = False
    seen_exact: set[str] = set()
    by_head: dict[str, list[str]] = {}
    key_len = lex.repeat_min_chars
    lines = list(lines_with_offsets(text))
    for k, (start, end, line) in enumerate(lines):
        n = len(line)
        if in_related:
            if n <= lex.related_max_chars and not _PROSE_END.search(line):
                spans.append((start, end))
                continue
            in_related = False
        if n <= lex.related_max_chars and any(h in line for h in lex.related_headings):
            in_related = True
            spans.append((start, end))
            continue
        if (
            _is_marked(line, compiled)
            or (n <= PAGE_NUMBER_CHARS and compiled.page_number and compiled.page_number.fullmatch(line))
            or (
                _is_navigation(line, lex, compiled) and not _heads_table(line, lines[k + 1 : k + 2], compiled)
            )
            or _is_dateline(line, lex)
        ):
            spans.append((start, end))
            continue
        if (
            n >= key_len
            and not _UNITS_ROW.fullmatch(line)
            and not _repeated_header(line, lines[k + 1 : k + 3], compiled)
        ):
            if line in seen_exact:
                spans.append((start, end))
                continue
            earlier = next((p for p in by_head.get(line[:key_len], ()) if line.startswith(p)), None)
            if earlier is not None:
                spans.append((start, start + len(earlier)))
            seen_exact.add(line)
            by_head.setdefault(line[:key_len], []).append(line)
    return merge_spans(spans + _running_heads(lines, lex, compiled))


def _running_heads(
    lines: list[tuple[int, int, str]], lex: FurnitureLexicon, compiled: _Compiled
) -> list[tuple[int, int]]:
    """The spans of a pdf's running heads and feet past their first copy (see ``running_heads``)."""
    if compiled.page_number is None:
        return []
    found = running_heads([line for _, _, line in lines], compiled.page_number, lex)
    return [(lines[j][0], lines[j][1]) for j in sorted(found)]


def running_heads(lines: list[str], page: re.Pattern[str], lex: FurnitureLexicon | None = None) -> set[int]:
    """A pdf's running head or foot (某市统计局　统计信息 / 2025年第38期 by — 2 —): of ``lines``
    (trimmed, none blank), their indexes. A line just after a page's number line (or after such a line)
    is the next page's head when its text stands on an earlier line too (atop the report, where it may be
    the issuer's and the title's, and is kept); a line just before one, when it stood so before an earlier
    page's number too (a report's signature, the same as its issuer, stands before its last page's number
    once). A table's header is left alone: its copy heads the next page's rows."""
    lex = lex or furniture_lexicon()
    numbers = {k for k, line in enumerate(lines) if len(line) <= PAGE_NUMBER_CHARS and page.fullmatch(line)}
    if not numbers:
        return set()
    first: dict[str, int] = {}
    for k, line in enumerate(lines):
        first.setdefault(line, k)
    found: set[int] = set()
    feet: dict[str, list[int]] = {}  # a line's text → where it stood just before a page's number
    for k in sorted(numbers):
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and j not in numbers and _may_run(lines[j], lex):
                if any(m in lines[j] for m in _CELL_MARKS):
                    break
                if step == 1 and first[lines[j]] < j:
                    found.add(j)
                if step == -1:
                    feet.setdefault(lines[j], []).append(j)
                if abs(j - k) >= lex.running_head_lines:
                    break
                j += step
    found.update(j for places in feet.values() for j in sorted(set(places))[1:])
    return found


def _may_run(line: str, lex: FurnitureLexicon) -> bool:
    """Short enough for a running head, long enough not to be a table's label (指标, 单位), no sentence."""
    fits = lex.running_head_min_chars <= len(line) <= lex.running_head_max_chars
    return fits and not _SENTENCE_PUNCT.search(line)


@dataclass(frozen=True, slots=True)
class _Compiled:
    """The word lists of a lexicon as regexes, built once per lexicon."""

    kinds: tuple[tuple[int, bool, re.Pattern[str]], ...]
    longest: int
    separators: re.Pattern[str] | None
    figure: re.Pattern[str] | None
    page_number: re.Pattern[str] | None


def _compile(lex: FurnitureLexicon) -> _Compiled:
    kinds = tuple(
        (
            kind.max_chars,
            kind.keep_if_figure,
            re.compile("|".join(re.escape(m) for m in sorted(kind.markers, key=len, reverse=True))),
        )
        for kind in lex.kinds.values()
    )
    separators = (
        re.compile("|".join(re.escape(s) for s in lex.nav_separators)) if lex.nav_separators else None
    )
    units = "|".join(re.escape(u) for u in sorted(lex.figure_units, key=len, reverse=True))
    figure = re.compile(rf"[0-9０-９][0-9０-９.,，]*\s*(?:{units})") if units else None
    page = re.compile(lex.page_number) if lex.page_number else None
    return _Compiled(kinds, max(n for n, _, _ in kinds), separators, figure, page)


def _is_marked(line: str, compiled: _Compiled) -> bool:
    n = len(line)
    if n > compiled.longest:
        return False
    for max_chars, keep_if_figure, pattern in compiled.kinds:
        if n <= max_chars and pattern.search(line):
            if keep_if_figure and compiled.figure is not None and compiled.figure.search(line):
                continue
            return True
    return False


def _repeated_header(line: str, after: list[tuple[int, int, str]], compiled: _Compiled) -> bool:
    """单位｜得分｜排名 over 金凤区｜93.8｜1: a table's header row, which each of a report's tables of one
    kind repeats (县区组, 园区组): never the second copy of a paragraph. A header with digits of its own
    (指标名称 | 10月 | 1—10月累计) is one when its cells line up with the row's under it."""
    if not after or not any(m in line for m in (*_CELL_MARKS, "  ")):  # (a header aligned by spaces too)
        return False
    if _UNITS_ROW.fullmatch(after[0][2]):
        # 实际到位内资  同比增长 over （亿元）  （%）: the row of figures is the one past the units
        after = after[1:]
    if not after or _DIGIT.search(_TAG.sub("", after[0][2])) is None:
        return False
    return _DIGIT.search(_TAG.sub("", line)) is None or _heads_table(line, after, compiled)


def _heads_table(line: str, after: list[tuple[int, int, str]], compiled: _Compiled) -> bool:
    """序号｜项目名称｜年度计划… over 1｜某某项目｜6.50…: a table's header (the next line has as many items,
    numbers among them), not a menu."""
    separators = compiled.separators
    if separators is None or not after:
        return False
    row = after[0][2]
    items = [i for i in separators.split(line) if i.strip()]
    cells = [c for c in separators.split(row) if c.strip()]
    if len(cells) == len(items):
        return _DIGIT.search(row) is not None
    # ｜｜绝对数｜增长%｜绝对数｜增长% over 规上工业增加值｜亿元｜286.4｜9.5｜…: a second header row, over the
    # figures of the row's last cells
    return len(cells) > len(items) and all(
        _DIGIT.search(c) or not c.strip("—-－ ") for c in cells[-len(items) :]
    )


def _is_navigation(line: str, lex: FurnitureLexicon, compiled: _Compiled) -> bool:
    """Menu items or a breadcrumb: ≥ 3 short items without digits, split by | > » …, no sentence."""
    separators = compiled.separators
    if separators is None or len(line) > 200 or _SENTENCE_PUNCT.search(line) or _DIGIT.search(line):
        return False
    items = [item.strip() for item in separators.split(line)]
    items = [item for item in items if item]
    if len(items) < 3:
        return False
    return all(len(item) <= lex.nav_item_max_chars for item in items)


def _is_dateline(line: str, lex: FurnitureLexicon) -> bool:
    """A short line that is a date and little else: a byline with its time, a signature date."""
    if len(line) > lex.dateline_max_chars or not FULL_DATE.search(line):
        return False
    if _SENTENCE_PUNCT.search(line):
        return False
    rest = strip_date_parts(line)
    if len(rest) > 20:
        return False
    # A byline's time or weekday marks a dateline even beside a name with a digit (资讯助手1); without
    # them, the rest must hold no number, or "截至2021年6月30日市场主体达37.5万户" would be taken.
    return bool(TIME.search(line)) or any(w in line for w in _WEEKDAYS) or not _DIGIT.search(rest)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, with overlapping and touching ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
