"""Passages: which period an undated sentence inherits, beyond its own paragraph.

A report whose headline names no period still has one: a monthly bulletin (第9期) or a dispatch
(截至6月底) states its running period in the opening of its body, and an undated figure further on
(in another section) is that period's, not the bare year's. A year review opens with the year (2023年，…
全年…) and keeps the year. Sections (headings) bound a stated period; a paragraph opening with a word that
turns to another topic (另据了解 …) does not inherit the period of the paragraph before it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from diaodu.reading.periods import PeriodMark

__all__ = [
    "SECTION_HEAD",
    "body_period",
    "event_month",
    "glossed",
    "is_section_head",
    "item_heading",
    "item_pattern",
    "names_project",
    "new_time_after_semicolon",
    "opens_with",
    "plan_heading",
    "quarter_ends",
    "restated_count",
    "since_january",
]

_SCENE_REACH = 40
_EVENT_DATE = re.compile(r"[\s\u3000]*(?:(?P<y>(?:19|20)\d{2})\s*年)?(?P<m>\d{1,2})\s*月\s*\d{1,2}\s*[日号]")

_BODY_CHARS = 2500

SECTION_HEAD = re.compile(
    r"^\s*(?:#+[ \t\u3000]|【[^】]{1,20}】\s*$|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])"
)
"""A line that opens a section: 一、…, 【本月综述】, # … (a hash and a space: #石化产业, a
table's 其中项, is no heading), 第二部分."""


def is_section_head(line: str) -> bool:
    """Does ``line`` open a new section (a numbered or bracketed heading, short: a note in brackets at its
    end, 二、项目进度一览（单位：亿元；累计完成为1—10月数）, not counted)?"""
    if not SECTION_HEAD.match(line):
        return False
    bare = line.strip()
    if bare.endswith(("）", ")")):
        bare = _HEAD_NOTE.sub("", bare)
    return len(bare) <= 30


_HEAD_NOTE = re.compile(r"[（(][^（()）]*[）)]$")


def body_period(marks: Iterable[PeriodMark], year: int | None) -> PeriodMark | None:
    """The running period a report's body states first, when its headline names none.

    ``marks`` are the body's period marks in order (after the headline). The first one that counts
    from January to a month before December (1—9月, 截至6月底, 上半年, 前三季度) is the report's period;
    a whole year met first (2023年，… / 全年…) makes it a year review (None: keep the year). Single months
    (9月份, the bulletin's own month), open spans (今年以来) and other years are passed over.
    """
    for mark in marks:
        if mark.year_offset != 0 or (mark.year is not None and year is not None and mark.year != year):
            continue
        if mark.open or mark.relative or mark.current:
            continue  # 今年以来, 今年, 当月: no running period of their own
        if mark.months is None or mark.months == (1, 12):
            return None
        first, last = mark.months
        if first == 1 and last < 12:
            return mark
    return None


def body_marks_span(text: str, head_end: int) -> tuple[int, int]:
    """Where to look for the body's running period: the opening stretch after the headline."""
    return head_end, min(len(text), head_end + _BODY_CHARS)


def event_month(text: str, lo: int, year: int | None) -> tuple[int, int] | None:
    """A news report on an event opens its body with the event's date (7月6日至10日，…): the span of
    that month, when the date is in the report's year, else None."""
    m = _EVENT_DATE.match(text, lo)
    if m is None:
        # 今年中秋与国庆假期首尾相接。10月1日至8日，…: a sentence setting the scene, with no number, then
        # the date (the reach: one short sentence)
        stop = text.find("。", lo, lo + _SCENE_REACH)
        if stop < 0 or _DIGIT.search(text, lo, stop) is not None:
            return None
        m = _EVENT_DATE.match(text, stop + 1)
        if m is None:
            return None
    if m["y"] and year is not None and int(m["y"]) != year:
        return None
    month = int(m["m"])
    return (month, month) if 1 <= month <= 12 else None


def since_january(period: str | None) -> str | None:
    """今年以来 in a report about one month (``2024-07``) is January to that month; else unchanged."""
    if period is None or len(period) != 7 or period[4] != "-":
        return period
    month = int(period[5:])
    return period if month == 1 else f"{period[:4]}-01/{period}"


def opens_with(text: str, pos: int, words: Iterable[str]) -> bool:
    """Does ``text`` at ``pos`` start with one of ``words``?"""
    return text.startswith(tuple(words), pos)  # one C call for all the words


_ITEM_HEAD = re.compile(
    r"[\s\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])[\s\u3000]*"
    r"(?P<name>[^，,；;：:。！？!?\n]{4,40})。"
)

_ITEM_NAME = r"[\s\u3000]*(?P<name>[^，,；;：:。！？!?\n｜|]{4,40})(?P<stop>[。：:，,｜|])"
#: A bracketed note closing an item's name, no phase of it (（省重点）, （总投资12.6亿元）; not （二期）).
_LEVEL_NOTE = re.compile(r"[（(][^（()）期]{1,16}[）)]$")
_TRAILING_NOTE = re.compile(r"(?:[（(][^（()）]{1,16}[）)]|[一二三四五六七八九十]期)$")


def item_pattern(markers: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for a list item's heading, from the numbering forms ``markers`` (1．, （一）, ①)."""
    forms = [m for m in markers if m]
    if not forms:
        return None
    return re.compile(r"[\s\u3000]*(?:" + "|".join(f"(?:{m})" for m in forms) + ")" + _ITEM_NAME)


def list_mark_pattern(markers: Iterable[str]) -> re.Pattern[str] | None:
    """The numbering that opens a list item or a section (1． （一） 一、 ①), at the start of a string,
    from the same forms ``item_pattern`` reads."""
    forms = [m for m in markers if m]
    if not forms:
        return None
    return re.compile(r"^[\s\u3000]*(?:" + "|".join(f"(?:{m})" for m in forms) + r")[\s\u3000]*")


def names_project(name: str, ends: Iterable[str]) -> bool:
    """Does a heading name a project (ends in a project-like noun, a phase note (（二期）, 三期) aside)?"""
    core = _TRAILING_NOTE.sub("", name.strip())
    return any(core.endswith(w) for w in ends)


@lru_cache(maxsize=8)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """The class words longest first, sorted once per word list (project_class runs for many names)."""
    return tuple(sorted(words, key=len, reverse=True))


def project_class(name: str, ends: Iterable[str], class_words: Iterable[str]) -> bool:
    """Does ``name`` name a class of projects (省重点项目, 省、市重大项目): a project-like noun with only
    class words before it?"""
    core = name.strip()
    end = next((w for w in ends if core.endswith(w)), None)
    if end is None:
        return False
    rest = core[: -len(end)]
    if rest.endswith("类"):
        return True  # 社会民生类项目: a category
    words = _longest_first(tuple(class_words))
    while rest:
        word = next((w for w in words if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word) :]
    return True


def without_level_note(name: str, ends: Iterable[str], class_words: Iterable[str]) -> str:
    """某某项目（省重点） → 某某项目: the level a project is listed at, in brackets after its name, is no part
    of the name (a note of another kind, 某某工程（二期）, stays)."""
    note = _LEVEL_NOTE.search(name) if name.endswith(("）", ")")) else None
    if note is None or not names_project(name[: note.start()], ends):
        return name
    tag = name[note.start() + 1 : -1]
    return name[: note.start()] if project_class(tag + "项目", ends, class_words) else name


def item_heading(
    text: str,
    ps: int,
    pe: int,
    anaphors: Iterable[str],
    pattern: re.Pattern[str] | None = None,
    name_ends: Iterable[str] = (),
    class_words: Iterable[str] = (),
) -> tuple[str, int] | None:
    """A numbered item that opens with a name (（三）某某高速公路某段。项目总投资…): the name and where the
    heading ends, when the sentence after it points back with an anaphor (项目, 该工程 …), or when the
    heading (up to its first 。/：/，) ends in a project-like noun (1．某某产业园三期项目。总投资…);
    else None."""
    m = _ITEM_HEAD.match(text, ps, pe)
    if m is not None and any(text.startswith(w, m.end()) for w in anaphors):
        return m["name"].strip(), m.end()
    if pattern is None:
        return None
    m = pattern.match(text, ps, pe)
    if (
        m is None
        or not names_project(m["name"], name_ends)
        or project_class(m["name"], name_ends, class_words)
    ):
        return None  # （一）省重点项目。: a class of projects heads its place's counts, not one project
    name = m["name"].strip()
    note = _LEVEL_NOTE.search(name)
    if note is not None and names_project(name[: note.start()], name_ends):
        name = name[: note.start()]  # 某某项目（省重点）: the level it is listed at is no part of its name
    return name, m.end()


_DIGIT = re.compile(r"[0-9０-９]")


def plan_heading(line: str, words: Iterable[str]) -> bool:
    """Does a section heading open a plan (下步工作, 下半年工作安排)?"""
    return any(w in line for w in words)


def new_time_after_semicolon(text: str, start: int, end: int, mark_starts: Iterable[int]) -> bool:
    """Does a clause group after a ； in ``text[start:end]`` open with a period of its own (…；1—9月…)?
    A forecast word (预计) holds over a list of clauses, but not over one that turns to another time."""
    starts = set(mark_starts)
    for k in range(start, end):
        if text[k] in "；;":
            j = k + 1
            while j < end and text[j] in " \u3000":
                j += 1
            if j in starts:
                return True
    return False


def restated_count(text: str, tail: int, clause_end: int) -> bool:
    """A count that names what a goal is about (确保92个项目全年完成投资116亿元): a noun runs on after it
    and the clause states another figure; the goal is that figure, the count is what is already so."""
    after = text[tail : tail + 1]
    if not after or not ("\u4e00" <= after <= "\u9fff") or after in "、和及与以":
        return False
    return _DIGIT.search(text, tail, clause_end) is not None


def indicator_period(
    name: str,
    period: str | None,
    year: int | None,
    lifetime: Iterable[str],
    year_plan: Iterable[str],
    year_plan_leads: tuple[str, ...] = (),
) -> str | None:
    """The period of a level named ``name`` when its name fixes it: a project's life total has none
    (总投资), the year's plan is the year's (年度计划投资, 计划新开工项目); else ``period`` unchanged."""
    if name in set(lifetime):
        return None
    if (
        year is not None
        and period is not None
        and period.startswith(str(year))
        and (any(w in name for w in year_plan) or name.startswith(year_plan_leads))
    ):
        return str(year)
    return period


def quarter_ends(text: str, marks: list[PeriodMark]) -> list[PeriodMark]:
    """三季度末 / 二季度底: the end of a quarter, for an amount counted from January (力争三季度末累计完成
    投资…), is January to the quarter's last month; the mark takes in the 末 / 底."""
    out: list[PeriodMark] = []
    for mark in marks:
        months = mark.months
        if (
            months is not None
            and months[1] - months[0] == 2
            and months[1] % 3 == 0
            and text[mark.end : mark.end + 1] in ("末", "底")
        ):
            mark = PeriodMark(mark.start, mark.end + 1, mark.year, mark.year_offset, (1, months[1]))
        out.append(mark)
    return out


_GLOSS_OPEN = "（("
_GLOSS_CLOSE = "）)"


def glossed(text: str, marks: list[PeriodMark]) -> list[PeriodMark]:
    """第三季度（1—9月）, 今年以来（1—10月）: a period word the writer glosses at once with another period
    in brackets means what the gloss says; the two marks become one, with the gloss's months, over both.
    9月当月: a month with 当月 (the report's month) right after it is that month."""
    out: list[PeriodMark] = []
    k = 0
    while k < len(marks):
        mark = marks[k]
        nxt = marks[k + 1] if k + 1 < len(marks) else None
        if (
            nxt is not None
            and nxt.start == mark.end + 1
            and text[mark.end : mark.end + 1] in _GLOSS_OPEN
            and text[nxt.end : nxt.end + 1] in _GLOSS_CLOSE
            and nxt.months is not None
            and nxt.year_offset == mark.year_offset
        ):
            year = mark.year if mark.year is not None else nxt.year
            out.append(PeriodMark(mark.start, nxt.end + 1, year, mark.year_offset, nxt.months))
            k += 2
            continue
        if nxt is not None and nxt.current and nxt.start == mark.end and mark.months is not None:
            out.append(dataclasses.replace(mark, end=nxt.end))  # 9月当月: the month named, not the report's
            k += 2
            continue
        out.append(mark)
        k += 1
    return out
