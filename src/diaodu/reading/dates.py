"""When a report was published, which year it is about, its title and its publisher — all from its text.

Publication date, best evidence first: a labelled date (发布时间:2023-04-21 17:05), a date with a clock time
(a byline: 2023-06-05 10:20:30), a date with a weekday (2023年1月9日 星期一), a line that is only a date
near the top or at the end (a signature). Report year: the year most talked about, counting explicit years
(``2020年前三季度`` counts double), 今年 as the publication year and 去年/过去一年 as the year before; in the
first months of a year a look-back (过去一年, 全年, 盘点) counts for the year before. A plan whose title
names only the year it plans (2026年工作要点) is about that year. The words live in ``lexicon/dates.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from diaodu.reading.lexicon_documents import DatesLexicon, dates_lexicon

_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_YEAR = "[〇○零Ｏ一二三四五六七八九]"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"

# A whole date: 2023-06-05, 2023/6/5, 2023.06.05, 2023年6月5日, 二〇二三年六月五日.
FULL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.．]\s*(?P<m>\d{1,2})\s*[-/.．]\s*(?P<d>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})\s*年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号]"
    rf"|(?P<y3>{_CN_YEAR}{{4}})年(?P<m3>{_CN_SMALL})月(?P<d3>{_CN_SMALL})[日号]"
)
TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?!\d)")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年(?!\d*月\d)")
_PERIOD_AFTER_YEAR = re.compile(
    r"\s*(?:前三季度|上半年|下半年|全年|[一二三四]季度|第[一二三四]季度|以来|\d{1,2}\s*[-—–~至到]+\s*\d{1,2}\s*月|\d{1,2}月)"
)
# A year that is a base of comparison: 2019年同期, 比2019年, 较2020年.
_COMPARED_YEAR = re.compile(r"\s*(?:同期|相应同期|同比|水平)")
_COMPARED_BEFORE = re.compile(r"(?:比|较|恢复至|恢复到|相当于)\s*$")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年\s*$")
_UNDATED_PERIOD = re.compile(
    r"前三季度|上半年|[一二三]季度|第[一二三]季度|前(?:两|三|四|五|六|七|八|九|十|十一)个月"
    r"|(?<![\d.])1\s*[-—–~至到]+\s*(?:1[0-2]|[2-9])\s*月|(?<![\d.\-—–~])(?:1[0-2]|[1-9])\s*月份"
)
_CN_MONTHS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11}
_PUNCT = re.compile(r"[\s?？:：|｜/·•\-—_,，、()（）\[\]【】]+")


def _cn_number(s: str) -> int:
    """一 → 1, 十一 → 11, 二十三 → 23, 三十一 → 31 (only what a month or day needs)."""
    if "十" not in s:
        return _CN_DIGITS.get(s, 0)
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def date_of(match: re.Match[str]) -> date | None:
    """The date a ``FULL_DATE`` match names, or None when it is no real date."""
    try:
        if match.group("y"):
            return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if match.group("y2"):
            return date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
        year = int("".join(str(_CN_DIGITS[c]) for c in match.group("y3")))
        return date(year, _cn_number(match.group("m3")), _cn_number(match.group("d3")))
    except (ValueError, KeyError):
        return None


def strip_date_parts(line: str, lexicon: DatesLexicon | None = None) -> str:
    """What is left of a line without its dates, times, weekdays, date labels and punctuation."""
    lex = lexicon or dates_lexicon()
    rest = FULL_DATE.sub("", line)
    rest = TIME.sub("", rest)
    for word in (*lex.weekdays, *sorted(lex.published_labels, key=len, reverse=True)):
        rest = rest.replace(word, "")
    return _PUNCT.sub("", rest)


def find_published_on(text: str, lexicon: DatesLexicon | None = None) -> date | None:
    """The publication date stated in the text, or None."""
    lex = lexicon or dates_lexicon()
    head = text[:1500]
    long_labels = [w for w in lex.published_labels if len(w) >= 3]
    short_labels = [w for w in lex.published_labels if len(w) < 3]
    for labels, where in ((long_labels, text), (short_labels, head)):
        if not labels:
            continue
        alternatives = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
        labelled = re.compile(rf"(?:{alternatives})\s*[】\]]?\s*[:：]?\s*")
        for m in labelled.finditer(where):
            found = FULL_DATE.match(where, m.end())
            if found and (d := date_of(found)):
                return d
    weekday = "|".join(re.escape(w) for w in lex.weekdays) or "(?!)"
    with_time_or_weekday = re.compile(rf"\s*(?:[Tt]|\s)?\s*(?:{TIME.pattern}|[(（]?(?:{weekday}))")
    for m in FULL_DATE.finditer(head):
        if with_time_or_weekday.match(head, m.end()) and (d := date_of(m)):
            return d
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if lex.published_verbs:
        # （本报2026年4月22日刊发） closing the last paragraph: the piece's own date note
        verbs = "|".join(re.escape(w) for w in lex.published_verbs)
        note = re.compile(rf"[（(][^（）()\n]{{0,8}}?({FULL_DATE.pattern})\s*(?:{verbs})[）)]\s*$")
        for line in lines[-3:]:
            found = note.search(line)
            if found and (d := date_of(found)):  # (the note's pattern holds FULL_DATE's groups)
                return d
    for line in [*lines[:15], *lines[-6:]]:
        found = FULL_DATE.search(line)
        if found and len(line) <= 60:
            rest = strip_date_parts(line, lex)
            if len(rest) <= 20 and not re.search(r"\d", rest) and (d := date_of(found)):
                return d
    return week_end(lines[:8])


_SPAN = re.compile(
    r"(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日\s*[—–\-－~～至到]+\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"
)


def week_end(lines: Sequence[str]) -> date | None:
    """A weekly report's heading that gives no date of issue but the span it covers (2025年第44期
    10月27日—11月2日): the span's last day, the year from the same lines, stands for the report's date."""
    for k, line in enumerate(lines):
        span = _SPAN.search(line)
        if span is None:
            continue
        year = next((int(y) for y in _YEAR.findall("\n".join(lines[max(0, k - 2) : k + 1]))), None)
        if year is None and (before := _YEAR_BEFORE.search(line, 0, span.start())) is not None:
            year = int(before.group()[:4])  # （2025年11月10日—11月16日）: the year of the span's first day
        if year is None:
            return None
        month = int(span["m2"] or span["m1"])
        try:
            return date(year, month, int(span["d2"]))
        except ValueError:
            return None
    return None


def _masked(text: str, furniture: Sequence[tuple[int, int]]) -> str:
    if not furniture:
        return text
    parts: list[str] = []
    pos = 0
    for s, e in sorted(furniture):
        if s > pos:
            parts.append(text[pos:s])
        parts.append("\n" * (max(e, pos) - max(s, pos)))
        pos = max(pos, e)
    parts.append(text[pos:])
    return "".join(parts)


def is_plan_title(title: str, lexicon: DatesLexicon | None = None) -> bool:
    """Does a document's title make it a plan for a year (关于印发《2026年工作要点》的通知), not a report
    on one: it names a year followed by a plan word, and no other year?"""
    lex = lexicon or dates_lexicon()
    years = list(_YEAR.finditer(title))
    return (
        bool(lex.plan_year_words)
        and bool(years)
        and all(title.startswith(lex.plan_year_words, m.end()) for m in years)
    )


def find_report_year(
    text: str,
    published_on: date | None,
    furniture: Sequence[tuple[int, int]] = (),
    lexicon: DatesLexicon | None = None,
) -> int | None:
    """The year the report is about (see the module's docstring), or None when the text gives no year."""
    lex = lexicon or dates_lexicon()
    body = _masked(text, furniture)
    pub_year = published_on.year if published_on else None
    votes: Counter[int] = Counter()
    first = re.search(r"\S[^\n]*", body)
    title_end = first.end() if first is not None else 0
    title_plan: int | None = None  # 关于印发《2026年工作要点》的通知: the year the titled plan is for
    title_years = False
    for m in _YEAR.finditer(body):
        year = int(m.group(1))
        is_plan = bool(lex.plan_year_words) and body.startswith(lex.plan_year_words, m.end())
        if is_plan and m.start() < title_end and (pub_year is None or year <= pub_year + 1):
            title_plan = year if title_plan is None else title_plan
        if pub_year is not None and year > pub_year:
            continue  # a target year (到2025年) or a typo: not what the report is about
        if _COMPARED_YEAR.match(body, m.end()) or _COMPARED_BEFORE.search(
            body[max(0, m.start() - 4) : m.start()]
        ):
            continue  # 恢复至2019年同期, 比2019年: a base of comparison, not the year reported on
        if is_plan:
            continue  # …及2026年工作打算: the year a plan is for, not the year reported on
        votes[year] += 2 if _PERIOD_AFTER_YEAR.match(body, m.end()) else 1
        if m.start() < title_end:
            votes[year] += 2  # 2024年…统计公报: the title's year is the one the report is about
            title_years = True
    if title_plan is not None and not title_years:
        # a plan's own text (its title names no other year): the year it plans is the one it is about;
        # a look-back inside it names its year (一、2025年工作回顾)
        return title_plan
    if published_on is not None and pub_year is not None:
        votes[pub_year] += 0  # present, so that a tie with no other evidence falls to it
        # A period named without its year (前三季度, 1-5月) is the latest one that has ended by publication;
        # one still to end is the year before only in a look-back's months (a January report's 前三季度),
        # later a goal of this year as likely (一季度 report: 上半年力争…) and no vote
        review = published_on.month in lex.review_months
        for m in _UNDATED_PERIOD.finditer(body):
            if _YEAR_BEFORE.search(body[max(0, m.start() - 8) : m.start()]):
                continue
            ends = _period_end_month(m.group())
            if ends is not None and ends <= published_on.month:
                votes[pub_year] += 1
            elif ends is not None and review:
                votes[pub_year - 1] += 1
        votes[pub_year] += _count(body, lex.this_year)
        last = _count(body, lex.last_year) - _count(body, lex.not_last_year)
        votes[pub_year - 1] += max(last, 0)
        if review:
            votes[pub_year - 1] += _count(body, lex.review_words)
    if not votes or max(votes.values()) <= 0:
        return pub_year
    best = max(votes.values())
    tied = [y for y, v in votes.items() if v == best]
    if pub_year is None:
        return max(tied)
    return min(tied, key=lambda y: (abs(pub_year - y), -y))


def _period_end_month(word: str) -> int | None:
    """The last month of an undated period word: 前三季度 → 9, 上半年 → 6, 1-5月 → 5, 3月份 → 3."""
    if word == "前三季度":
        return 9
    if word == "上半年":
        return 6
    if word.endswith("季度"):
        return {"一": 3, "二": 6, "三": 9}.get(word[-3])
    if word.startswith("前") and word.endswith("个月"):
        return _CN_MONTHS.get(word[1:-2])
    digits = re.findall(r"\d+", word)
    return int(digits[-1]) if digits else None


def _count(text: str, words: Sequence[str]) -> int:
    """Occurrences of the words, a longer word's hits not counted again for a shorter word inside it."""
    if not words:
        return 0
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return len(re.findall(alternatives, text))


_TITLE_BAD_END = re.compile(r"[。，,；;:：]$")


def find_title_publisher(
    text: str,
    furniture: Sequence[tuple[int, int]] = (),
    lexicon: DatesLexicon | None = None,
) -> tuple[str | None, str | None]:
    """The title (the first short line that is not furniture) and the publisher (a 来源 label, or a short
    signature line ending in 统计局, 人民政府… at the top or the end), each None when not found."""
    lex = lexicon or dates_lexicon()
    title: str | None = None
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group().strip()
        if not line:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if any(s < start + len(line) and start < e for s, e in furniture):
            continue
        line = line.lstrip("\ufeff#＃ \t").strip()  # a markdown heading's marks are not the title
        if 4 <= len(line) <= 80 and not _TITLE_BAD_END.search(line) and not line.startswith(("▲", "图")):
            title = line
        break
    labels = "|".join(re.escape(w) for w in sorted(lex.publisher_labels, key=len, reverse=True))
    source = re.search(rf"(?:{labels})\s*(?:[】\]]\s*[:：]?|[:：])\s*([^\s?？|｜,，。;；:：]{{2,30}})", text)
    if source:
        return title, source.group(1)
    if lex.publisher_suffixes:
        suffixes = tuple(lex.publisher_suffixes)
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        for line in [*reversed(lines[-6:]), *lines[:6]]:
            name = FULL_DATE.sub("", TIME.sub("", line)).strip(" \t:：")
            if 2 < len(name) <= 30 and name.endswith(suffixes) and not re.search(r"[，。,]", name):
                return title, name
    return title, None
