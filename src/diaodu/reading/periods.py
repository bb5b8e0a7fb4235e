"""Periods: 前三季度 / 上半年 / 1—6月 / 1--5月 / 前10个月 / 6月份 / 2020年 → the spec's month-range strings.

A period is written ``"2020-01/2020-09"`` for a span of months, ``"2021-05"`` for one month and
``"2020"`` for a whole year. A year left unsaid is the report's year (``report_year``), which may differ
from the publication date. Period words come from ``lexicon/periods.yaml``; numeric forms are read here.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from diaodu.reading.lexicon import Lexicon, guarded, sorted_longest_first

DASH = r"[—–\-－~～至到]+"


@dataclass(frozen=True, slots=True)
class PeriodMark:
    """A period written in the text: its span and what it means."""

    start: int
    end: int
    year: int | None
    """The year written with it, or None for the report's year."""
    year_offset: int
    """-1 for 上年 / 去年."""
    months: tuple[int, int] | None
    """First and last month; None for a whole year said as a year, or for an open span."""
    open: bool = False
    """True for 今年以来 and the like: "so far this year", the report's own period."""
    relative: bool = False
    """True for 今年 / 去年: counted from the publication date, not from the report year."""
    current: bool = False
    """True for 本月: the month the report is about, the last of the document's period."""
    to_date: bool = False
    """True for 截至10月底: from the start of the report's span (January, or a campaign's start)."""
    days: bool = False
    """True for days of one month (10月1日至8日): the month for the figures it opens, but no report's span
    (a weekly note's 11月3日—11月9日 runs on the year so far)."""
    holiday: bool = False
    """True for a holiday that falls in one month (国庆假期): a headline naming it is about those days."""
    since: int = 0
    """For a span from a month of the report's year to now (9月1日攻坚行动启动以来): that month, the span
    running to the last month of the report's period (an open span, like 今年以来, from that month)."""

    def resolve(self, report_year: int | None) -> str | None:
        """The spec's period string, or None when no year is known."""
        year = self.year if self.year is not None else report_year
        if year is None:
            return None
        year += self.year_offset
        if self.months is None:
            return str(year)
        return format_period(year, *self.months)

    @property
    def is_whole_year(self) -> bool:
        return self.months is None or self.months == (1, 12)


@lru_cache(maxsize=4096)  # a few hundred distinct periods a document, formatted once each
def format_period(year: int, first: int, last: int) -> str:
    """``(2020, 1, 9)`` → ``"2020-01/2020-09"``; one month → ``"2020-05"``; 1..12 → ``"2020"``."""
    if (first, last) == (1, 12):
        return str(year)
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


class PeriodFinder:
    """Finds period expressions in text, given the lexicon's period words."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._words = {p.word: p for p in lexicon.periods}
        words = "|".join(re.escape(w) for w in sorted_longest_first(list(self._words)))
        year = r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?"
        self.regex = guarded(
            rf"{year}(?:"
            # 9月1日攻坚行动启动以来 / 3月份以来: from that month to now (a few words of what began then)
            rf"(?<![去上前]年)(?<!\d)(?P<since>[2-9]|1[0-2])\s*月份?(?:\s*\d{{1,2}}\s*[日号])?[^。，,；;：:\d\n]{{0,10}}?以来"
            rf"|"
            # 10月1日至8日 / 10月1日—10月8日: days of one month, that month (across two months: none)
            rf"(?P<dm>\d{{1,2}})\s*月\s*(?P<dd>\d{{1,2}})\s*[日号]\s*(?:至|到|{DASH})\s*(?:(?P<dm2>\d{{1,2}})\s*月\s*)?"
            rf"\d{{1,2}}\s*[日号]"
            rf"|(?P<m1>\d{{1,2}})\s*(?:月份?)?\s*{DASH}\s*(?P<m2>\d{{1,2}})\s*月份?(?!\s*\d{{1,2}}\s*[日号])"
            rf"|(?P<m>\d{{1,2}})\s*月份?(?!\s*\d{{1,2}}\s*[日号])(?!\s*{DASH}\s*\d)(?![底末]前)(?!\s*以来)"
            rf"|(?P<w>{words})"
            rf")"
            rf"|截[至止](?:(?P<y2>(?:19|20)\d{{2}})\s*年\s*)?(?P<upto>\d{{1,2}})\s*月(?:底|末|份|\s*\d{{1,2}}\s*[日号])?"
            rf"|(?:到|至)(?P<upto4>\d{{1,2}})\s*月[底末](?!前)"  # 确保到9月底完成…: so far by then
            rf"|(?P<upto2>\d{{1,2}})\s*月[底末]前"
            rf"|前(?P<upto3>\d{{1,2}})\s*个月"
            rf"|(?P<yo>(?:19|20)\d{{2}})\s*年(?!\s*\d)(?![度代起底末初来以])"
        )

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PeriodMark]:
        """Every period expression in ``text[start:end]``, in order."""
        out: list[PeriodMark] = []
        stop = len(text) if end is None else end
        for m in self.regex.finditer(text, start, stop):
            mark = self._mark(m)
            if mark is None:
                continue
            last = out[-1] if out else None
            if (
                last is not None
                and last.end == mark.start
                and (last.year_offset != 0 or last.relative)
                and last.months == (1, 12)
                and last.year is None
                and mark.months is not None
                and mark.year is None
                and mark.year_offset == 0
                and not mark.current
            ):
                # 去年一季度, 明年一季度, 今年前三季度: the part of the year the word before names
                out[-1] = dataclasses.replace(
                    mark, start=last.start, year_offset=last.year_offset, relative=last.relative
                )
                continue
            out.extend(self._elided(text, mark, start))
            out.append(mark)
        return out

    @staticmethod
    def _elided(text: str, mark: PeriodMark, start: int) -> list[PeriodMark]:
        """第一、二、三季度 / 1、2、3月: the periods a list writes before its last one as numerals alone
        (一、二、), each of the last one's kind and counting up to it; none for a list opening its line
        without 第 (一、三季度工作安排: a heading's number)."""
        if mark.months is None or mark.year is not None or mark.year_offset or mark.open or mark.to_date:
            return []
        first, last = mark.months
        if last - first == 2 and first % 3 == 1 and not mark.relative:
            n, span = last // 3, 3  # a quarter
            numeral = "_一二三四"
        elif first == last and not mark.relative and text[mark.start].isdigit():
            n, span, numeral = last, 1, ""  # a month, written in digits
        else:
            return []
        items: list[PeriodMark] = []
        pos = mark.start
        for k in range(n - 1, 0, -1):
            token = numeral[k] if numeral else str(k)
            if (
                pos - len(token) - 1 < start
                or text[pos - 1] != "、"
                or not text.startswith(token, pos - 1 - len(token))
            ):
                break
            pos -= len(token) + 1
            months = (k * span - span + 1, k * span)
            items.append(PeriodMark(pos, pos + len(token), None, 0, months))
        if not items:
            return []
        if pos > start and text[pos - 1] == "第":
            items[-1] = dataclasses.replace(items[-1], start=pos - 1)
        elif pos == 0 or text[pos - 1] in "\n \t\u3000" or (not numeral and text[pos - 1].isdigit()):
            return []  # (a number's digits before the list: 增长12、3月份…, no list)
        return items[::-1]

    def _mark(self, m: re.Match[str]) -> PeriodMark | None:
        year = int(m["y"]) if m["y"] else None
        if m["yo"]:
            return PeriodMark(m.start(), m.end(), int(m["yo"]), 0, None)
        if m["upto"] or m["upto2"] or m["upto3"] or m["upto4"]:
            last = int(m["upto"] or m["upto2"] or m["upto3"] or m["upto4"])
            if not 1 <= last <= 12:
                return None
            to_date = bool(m["upto"] or m["upto4"])
            return PeriodMark(
                m.start(), m.end(), int(m["y2"]) if m["y2"] else year, 0, (1, last), to_date=to_date
            )
        if m["since"]:
            first = int(m["since"])  # (1月以来 is the year so far: a word of the lexicon's)
            return PeriodMark(m.start(), m.end(), year, 0, None, open=True, since=first)
        if m["dm"]:
            month = int(m["dm"])
            last = int(m["dm2"]) if m["dm2"] else month
            if month == 1 and int(m["dd"]) == 1 and 1 < last <= 12:
                # 1月1日至11月7日: the year so far, to the month the span ends in
                return PeriodMark(m.start(), m.end(), year, 0, (1, last), to_date=True)
            if not 1 <= month <= 12 or last != month:
                return None
            return PeriodMark(m.start(), m.end(), year, 0, (month, month), days=True)
        if m["m1"]:
            first, last = int(m["m1"]), int(m["m2"])
            if not (1 <= first <= last <= 12):
                return None
            return PeriodMark(m.start(), m.end(), year, 0, (first, last))
        if m["m"]:
            month = int(m["m"])
            if not 1 <= month <= 12:
                return None
            return PeriodMark(m.start(), m.end(), year, 0, (month, month))
        entry = self._words[m["w"]]
        months = tuple(entry.months) if entry.months is not None else None
        return PeriodMark(
            m.start(),
            m.end(),
            year,
            entry.year,
            months,  # type: ignore[arg-type]
            open=months is None and not entry.current,
            relative=entry.relative,
            current=entry.current,
            holiday=entry.holiday,
        )

    def word(self, word: str) -> PeriodMark | None:
        """The period a whole string names, or None."""
        m = self.regex.fullmatch(word)
        return self._mark(m) if m else None
