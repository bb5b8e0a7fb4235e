"""The document's own subject (its "home"), and the region and unit names written in it.

A report is about one unit: a city (全市 / 我市), a county (全县 / 我县), a district or a park (全区 / 我区).
Which one is found from the text itself, not from the configured city profile, so that a county's work
report read with another city's profile still gives its figures to the county:

1. the headline zone (the short lines that open the document: ``XX市2023年1-8月经济运行简况``,
   ``——在XX县第十八届人民代表大会…上``) names it; among several names there, the one whose kind fits the
   words the body uses for itself (全县 → a county) wins;
2. else the body's self-words (全县, 我县 …) say what kind of unit it is, and the most-mentioned name of
   that kind is it;
3. else the most-mentioned region name, if it is mentioned more than once;
4. else the profile's city (the document gives no other home).

``region_names`` finds the names: every name and alias the profile knows, and names recognised by their
form (two to six Han characters ending in 市 / 县 / 区 / 州 / 旗 / 镇 / 乡 / 经开区 / 高新区 / 园区 …, and
companies: …公司, …集团), with common words of that form (城市, 超市, 地区, 社区 …) refused;
``region_at`` reads one where a clause opens. ``home_word_subjects`` says what 全市 / 全县 / 全省 stand
for in a document. The suffixes, the refused words and the self-words are data:
``lexicon/regions.yaml``, checked on load (``LexiconError`` names file and entry).

Why not a gazetteer: the reader must work for any city and county, and a list of every place name in
China would still miss parks and new districts; the form of a name is what generalises.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from diaodu.errors import LexiconError
from diaodu.reading.profile import CityProfile
from diaodu.reading.regions_file import REGIONS_FILE, SuffixEntry, read_regions_file

__all__ = [
    "HomeSubject",
    "RegionLexicon",
    "RegionName",
    "home_subject",
    "home_word_subjects",
    "load_regions",
    "region_at",
    "region_names",
]

HomeKind = Literal["province", "city", "county", "district", "park", "town"]
_HOME_KIND: dict[str, HomeKind] = {
    "city": "city",
    "county": "county",
    "district": "district",
    "park": "park",
    "town": "town",
}
_HOME_KINDS: tuple[str, ...] = tuple(_HOME_KIND)

_LINE = re.compile(r"[^\n\r]+")
_TITLE_CUES = re.compile(
    r"人民代表大会|工作报告|简况|运行情况|经济运行|统计公报|总结|情况通报|成绩单|半年报|年报"
    r"|主要指标|季度|上半年|下半年|[—-][0-9]{1,2}月"  # a headline names what and when it reports
)


# ---- the data file (its schema and validation: regions_file.py) ----------------------------------


@dataclass(frozen=True, slots=True)
class RegionLexicon:
    """``regions.yaml``, validated and compiled."""

    suffixes: dict[str, SuffixEntry]
    not_names: frozenset[str]
    generic_bases: frozenset[str]
    bad_starts: tuple[str, ...]
    base_end: frozenset[str]
    not_before: dict[str, frozenset[str]]
    name_parts_regex: re.Pattern[str]
    """A word that, right after a name found by its form, makes it part of a longer name (衡州大道)."""
    cut_words: tuple[str, ...]
    provinces: dict[str, str]
    """Every province name and short form → the province's name."""
    home_words: dict[str, tuple[str, ...]]
    suffix_regex: re.Pattern[str]
    tail_words: tuple[str, ...]
    """not_names that are not suffixes themselves: a candidate ending in one is refused (大城市)."""
    home_regex: re.Pattern[str]
    tail_regex: re.Pattern[str]
    """A tail word at the end of a string."""
    bad_start_regex: re.Pattern[str]
    cut_regex: re.Pattern[str]
    """A cut word (match at a position)."""
    subject_after_regex: re.Pattern[str]
    """A word after which a clause's opening name is still its subject (力争…)."""
    subject_after: tuple[str, ...]
    cut_end_regex: re.Pattern[str]
    """A cut word at the end of a string (or of the search window)."""
    suffix_order: tuple[str, ...]
    """The suffixes, longest first."""
    suffix_start: re.Pattern[str]
    """A character that starts a suffix."""
    lead_regex: re.Pattern[str]
    """A suffix within reach of a position (after a cut word, then up to eight Han characters)."""
    by_first: dict[str, tuple[str, ...]]
    """The suffixes by their first character, longest first."""
    by_last: dict[str, tuple[str, ...]]
    """The suffixes by their last character, longest first."""
    cut_by_first: dict[str, tuple[str, ...]]
    """The cut words by their first character (a look-up where a scan over all of them was)."""

    def valid(self, name: str, suffix: str, after: str) -> bool:
        """Is ``name`` (ending in ``suffix``, followed by the text ``after``: a few characters) a name?"""
        if name in self.not_names or self.home_regex.search(name) or "各" in name:
            return False  # no name holds 全市 or 各 (居全市各园区)
        if self.tail_regex.search(name):
            return False
        base = name[: len(name) - len(suffix)]
        if not base or base in self.generic_bases or self.bad_start_regex.match(base):
            return False
        if base[-1] in self.base_end and (len(suffix) == 1 or not _is_unit_char(base[-1])):
            return False  # 五区, 省市 (but 澄水县高新区: a park of a county)
        if self.cut_end_regex.search(base):
            return False
        if after and after[0] in self.not_before.get(suffix, frozenset()):
            return False
        return self.name_parts_regex.match(after) is None


def load_regions(path: str | Path | None = None) -> RegionLexicon:
    """Load and validate ``regions.yaml`` (default: the package's own); ``LexiconError`` if bad."""
    return _load_regions(Path(path).resolve() if path is not None else REGIONS_FILE)


def _default_lexicon() -> RegionLexicon:
    # hashing a Path for the cache look-up is slow, and the reader asks at every clause: keep the last
    lex = _load_regions(REGIONS_FILE) if _DEFAULT[0] is None else _DEFAULT[0]
    _DEFAULT[0] = lex
    return lex


_DEFAULT: list[RegionLexicon | None] = [None]


@lru_cache(maxsize=4)
def _load_regions(path: Path) -> RegionLexicon:
    parsed = read_regions_file(path)
    suffixes: dict[str, SuffixEntry] = {}
    for entry in parsed.suffixes:
        if entry.suffix in suffixes:
            raise LexiconError(f"{path}: suffixes: (entry {entry.suffix!r}): listed twice")
        if entry.min_base > entry.max_base:
            raise LexiconError(f"{path}: suffixes: (entry {entry.suffix!r}): min_base > max_base")
        suffixes[entry.suffix] = entry
    for key in parsed.not_before:
        if key not in suffixes:
            raise LexiconError(f"{path}: not_before: (entry {key!r}): not one of the suffixes")
    for part in parsed.name_parts_after:
        if len(part) > _AFTER:
            raise LexiconError(f"{path}: name_parts_after: (entry {part!r}): longer than {_AFTER} characters")
    home: dict[str, tuple[str, ...]] = {}
    for word in parsed.home_words:
        if word.word in home:
            raise LexiconError(f"{path}: home_words: (entry {word.word!r}): listed twice")
        home[word.word] = tuple(word.kinds)
    provinces: dict[str, str] = {}
    for prov in parsed.provinces:
        for alias in (prov.name, *prov.aliases):
            if provinces.setdefault(alias, prov.name) != prov.name:
                raise LexiconError(f"{path}: provinces: (entry {prov.name!r}): {alias!r} is used twice")
    ordered = sorted(suffixes, key=lambda s: (-len(s), s))
    tails = tuple(w for w in parsed.not_names if w not in suffixes and len(w) >= 2)
    cuts = set(parsed.cut_words)
    return RegionLexicon(
        suffixes=suffixes,
        not_names=frozenset(parsed.not_names),
        generic_bases=frozenset(parsed.generic_bases),
        bad_starts=tuple(sorted(set(parsed.bad_starts), key=lambda s: (-len(s), s))),
        base_end=frozenset(parsed.base_end),
        provinces=provinces,
        not_before={k: frozenset(v) for k, v in parsed.not_before.items()},
        name_parts_regex=_alternation(parsed.name_parts_after, "(?:", ")"),
        cut_words=tuple(sorted(set(parsed.cut_words), key=lambda s: (-len(s), s))),
        home_words=home,
        suffix_regex=re.compile("|".join(re.escape(s) for s in ordered)),
        tail_words=tails,
        suffix_order=tuple(ordered),
        by_first={c: tuple(x for x in ordered if x[0] == c) for c in {x[0] for x in ordered}},
        by_last={c: tuple(x for x in ordered if x[-1] == c) for c in {x[-1] for x in ordered}},
        cut_by_first={c: tuple(w for w in cuts if w[0] == c) for c in {w[0] for w in cuts}},
        lead_regex=re.compile(
            _alternation(parsed.cut_words, "(?:", ")?").pattern
            + "[\u3400-\u9fff]{1,8}?"
            + _alternation(tuple(ordered), "(?:", ")").pattern
        ),
        suffix_start=re.compile("[" + "".join(sorted({re.escape(x[0]) for x in ordered})) + "]"),
        tail_regex=_alternation(tails, "(?:", ")$"),
        bad_start_regex=_alternation(parsed.bad_starts, "(?:", ")"),
        cut_regex=_alternation(parsed.cut_words, "(?:", ")"),
        subject_after_regex=_alternation(parsed.subject_after, "(?:", ")"),
        subject_after=tuple(parsed.subject_after),
        cut_end_regex=_alternation(parsed.cut_words, "(?:", ")$"),
        home_regex=re.compile("|".join(re.escape(w) for w in sorted(home, key=lambda s: (-len(s), s))))
        if home
        else re.compile("(?!)"),
    )


def _alternation(words: tuple[str, ...], before: str, after: str) -> re.Pattern[str]:
    """A regex of ``words`` (longest first) between ``before`` and ``after``; one that never matches
    when there are none."""
    if not words:
        return re.compile("(?!)")
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile(before + "|".join(re.escape(w) for w in ordered) + after)


# ---- names in a text -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegionName:
    """A region or unit name written in the text."""

    start: int
    end: int
    text: str
    name: str
    """Canonical: the profile's name when the profile knows it, else the name as written."""
    kind: str
    """province, city, county, district, park, town, company; for a profile unit also department, other."""
    known: bool
    """Known to the profile or the province list of ``regions.yaml`` (else recognised by its form)."""


@dataclass(frozen=True, slots=True)
class _Known:
    regex: re.Pattern[str]
    names: dict[str, tuple[str, str]]
    parents: dict[str, str]
    """A unit's canonical name → its parent's canonical name."""
    kinds: dict[str, str]


_KNOWN_BY_ID: dict[tuple[int, int], tuple[CityProfile | None, RegionLexicon, _Known]] = {}


def _known(profile: CityProfile | None, lex: RegionLexicon) -> _Known:
    # by identity first: hashing a profile is slow, and the reader asks for it at every clause
    key = (id(profile), id(lex))
    hit = _KNOWN_BY_ID.get(key)
    if hit is not None and hit[0] is profile and hit[1] is lex:
        return hit[2]
    towns = tuple(suffix for suffix, entry in lex.suffixes.items() if entry.kind == "town")
    known = _known_cached(profile, frozenset(lex.home_words), tuple(sorted(lex.provinces.items())), towns)
    if len(_KNOWN_BY_ID) > 16:
        _KNOWN_BY_ID.clear()
    _KNOWN_BY_ID[key] = (profile, lex, known)
    return known


@lru_cache(maxsize=16)
def _known_cached(
    profile: CityProfile | None,
    skip: frozenset[str],
    provinces: tuple[tuple[str, str], ...],
    towns: tuple[str, ...],
) -> _Known:
    names: dict[str, tuple[str, str]] = {}
    parents: dict[str, str] = {}
    kinds: dict[str, str] = {}
    if profile is not None:
        by_code: dict[str, str] = {}
        units = list(profile.all_units())
        for unit in units:
            by_code[unit.code] = unit.name
        for unit in units:
            kind: str = "city" if unit.kind == "county_city" else unit.kind
            if kind == "other" and unit.name.endswith(towns):
                kind = "town"  # a profile has no kind for a town (某某镇, 某某街道): its name's form says it
            kinds[unit.name] = kind
            if unit.parent is not None and unit.parent in by_code:
                parents[unit.name] = by_code[unit.parent]
            for alias in (unit.name, *unit.aliases):
                if len(alias) >= 2 and alias not in skip:
                    names.setdefault(alias, (unit.name, kind))
    for alias, name in provinces:
        if alias not in skip:
            names.setdefault(alias, (name, "province"))
            kinds.setdefault(name, "province")
    ordered = sorted(names, key=lambda s: (-len(s), s))
    regex = re.compile("|".join(re.escape(w) for w in ordered)) if ordered else re.compile("(?!)")
    return _Known(regex, names, parents, kinds)


def _is_unit_char(ch: str) -> bool:
    return ch in "省市县区乡镇州旗"


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u3400" <= ch <= "\u9fff"


#: How much of the text after a name ``RegionLexicon.valid`` looks at (its longest name_parts_after word).
_AFTER = 4


def _generic_at(text: str, s: int, e: int, entry: SuffixEntry, lex: RegionLexicon) -> int | None:
    """Where the name ending in the suffix ``text[s:e]`` starts, or None when it is no name; ``-1 - start``
    when no boundary was seen before it (a guess of the usual length)."""
    run_start = s
    while run_start > 0 and s - run_start < entry.max_base and _is_han(text[run_start - 1]):
        run_start -= 1
    if s - run_start < entry.min_base:
        return None
    hard = run_start == 0 or not _is_han(text[run_start - 1])
    starts: list[int] = []
    if hard:
        starts.append(run_start)
    for p in range(run_start + 1, s - entry.min_base + 1):
        if lex.cut_end_regex.search(text, run_start, p):
            starts.append(p)
    after = text[e : e + _AFTER]
    for k in range(len(starts) - 1, -1, -1):
        p = starts[k]
        # a start that opens with a boundary word, when a later start was there to take, is junk (在全省省)
        if k < len(starts) - 1 and lex.cut_regex.match(text, p):
            continue
        if lex.valid(text[p:e], entry.suffix, after):
            return p
    base = min(max(entry.min_base, 2), entry.max_base)  # no boundary seen: the usual two characters
    if not starts and base <= s - run_start:
        p = s - base
        if lex.valid(text[p:e], entry.suffix, after):
            return -1 - p
    return None


def region_names(
    text: str, profile: CityProfile | None, lexicon: RegionLexicon | None = None
) -> list[RegionName]:
    """Every region or unit name in ``text``, in text order, not overlapping: the profile's names and
    aliases (the self-words 全市 / 全省 … excepted: see ``home_word_subjects``) and names recognised by
    their form. Where two overlap the longer wins; a name the profile knows beats one by form that ends
    where it ends (带动攸县 → 攸县)."""
    if lexicon is None:  # the same opening is read for the home and for its self-words: once
        return list(_default_names(text, profile))
    return _region_names(text, profile, lexicon)


@lru_cache(maxsize=4)
def _default_names(text: str, profile: CityProfile | None) -> tuple[RegionName, ...]:
    return tuple(_region_names(text, profile, load_regions()))


def _region_names(text: str, profile: CityProfile | None, lex: RegionLexicon) -> list[RegionName]:
    known = _known(profile, lex)
    found: list[RegionName] = []
    known_ends: dict[int, int] = {}
    for m in known.regex.finditer(text):
        name, kind = known.names[m.group()]
        found.append(RegionName(m.start(), m.end(), m.group(), name, kind, True))
        known_ends[m.end()] = m.start()
    for m in lex.suffix_regex.finditer(text):
        s, e = m.start(), m.end()
        # a longer suffix ending at the same place is tried by the regex first (经开区 over 区)
        entry = lex.suffixes[m.group()]
        p = _generic_at(text, s, e, entry, lex)
        if p is None or (p < 0 and e in known_ends):
            continue  # a guessed start loses to a name the profile knows (带动攸县 → 攸县)
        p = -1 - p if p < 0 else p
        if e in known_ends and not _beats_known(text, p, known_ends[e], e, lex):
            continue
        written = text[p:e]
        found.append(RegionName(p, e, written, written, entry.kind, False))
    found.sort(key=lambda r: (-(r.end - r.start), not r.known, r.start))
    taken: list[RegionName] = []
    used: set[int] = set()
    for r in found:
        span = range(r.start, r.end)
        if not any(i in used for i in span):
            taken.append(r)
            used.update(span)
    taken.sort(key=lambda r: r.start)
    return _canonical_short_forms(taken)


def _canonical_short_forms(names: list[RegionName]) -> list[RegionName]:
    """A bare 某州 written beside 某州市 is the same city: give it the longer canonical name."""
    written = {r.name for r in names if not r.known}
    out: list[RegionName] = []
    for r in names:
        if not r.known and r.name + "市" in written and not r.name.endswith("市"):
            r = RegionName(r.start, r.end, r.text, r.name + "市", "city", False)
        out.append(r)
    return out


def _beats_known(text: str, p: int, known_start: int, e: int, lex: RegionLexicon) -> bool:
    """Does a name by form ``text[p:e]`` beat the profile's name ``text[known_start:e]`` ending with it?
    Only when the profile's is a bare unit word (高新区, an alias of the profile's park) after a short
    place name (澄水高新区); 抓住衡阳市 is 衡阳市."""
    if known_start <= p:
        return False
    bare = text[known_start:e]
    return (bare in lex.suffixes or bare in lex.not_names) and known_start - p <= 3


def region_at(
    text: str,
    pos: int,
    end: int | None = None,
    lexicon: RegionLexicon | None = None,
    profile: CityProfile | None = None,
) -> RegionName | None:
    """The name recognised by its form that starts exactly at ``pos`` (a clause opening with 澄水县 or
    柯州高新区), ending before ``end``; None when none does (the shortest valid name wins: 澄水县城 →
    澄水县). With ``profile``: None also when the name ends in one the profile knows and does not beat it
    (抓住衡阳市: the caller reads 衡阳市 itself)."""
    lex = lexicon or _default_lexicon()
    stop = len(text) if end is None else min(end, len(text))
    if (
        lex.suffix_start.search(text, pos + 1, min(stop, pos + 14)) is None
        or lex.lead_regex.match(text, pos, stop) is None
    ):
        return None  # no suffix within reach: the common case, decided in a regex call or two
    return _region_after_filter(text, pos, end, lex, profile)


def _region_after_filter(
    text: str, pos: int, end: int | None, lex: RegionLexicon, profile: CityProfile | None
) -> RegionName | None:
    stop = len(text) if end is None else min(end, len(text))
    found = _region_at(text, pos, end, lex)
    if found is None:
        cut = lex.subject_after_regex.match(text, pos)  # 力争宁岭碳素公司产值…: the name after 力争
        if cut is not None:
            found = _region_at(text, cut.end(), end, lex)
    if found is not None and found.kind != "company":
        company = _company_run(text, found.start, stop, lex)
        if company is not None:
            found = company  # 常州捷泰…有限公司: a company named after a place is the company
    if found is None or profile is None:
        return found
    known = _known(profile, lex)
    for m in known.regex.finditer(text, found.start, found.end):
        if (
            m.end() == found.end
            and m.start() > found.start
            and not _beats_known(text, found.start, m.start(), found.end, lex)
        ):
            return None
    return found


class RegionsAt:
    """``region_at`` for one profile, for many clause openings, remembering its answers.

    What ``region_at`` reads after ``pos`` is bounded: a word after which the name starts (力争), a cut
    word, up to 8 base characters (its loop, and ``lead_regex``), a suffix, another suffix after it, and
    the character after that (``reach``). When every such word is Han, it reads no further than the
    first character that is not Han either. So the answer is remembered by those characters and by where
    the stop falls among them, and a clause opening written again (全市规模以上工业…) is not read again."""

    __slots__ = ("han_only", "lex", "memo", "profile", "reach")

    def __init__(self, profile: CityProfile | None) -> None:
        self.lex = _default_lexicon()
        self.profile = profile
        lex = self.lex
        words = (*lex.subject_after, *lex.cut_words, *lex.suffixes)
        self.han_only = all(_is_han(ch) for word in words for ch in word)
        longest = max((len(w) for w in lex.subject_after), default=0)
        longest_cut = max((len(w) for w in lex.cut_words), default=0)
        longest_suffix = max((len(w) for w in lex.suffixes), default=0)
        self.reach = longest + longest_cut + 8 + 2 * longest_suffix + 2
        # a company's name opening with a place's (``_company_run``) reads further: up to
        # _COMPANY_BASE characters and a suffix after the name's start, and the character after it
        self.reach = max(self.reach, longest + _COMPANY_BASE + longest_suffix + 2)
        self.memo: dict[tuple[str, int], tuple[int, int, str, str, str, bool] | None] = {}

    def __call__(self, text: str, pos: int, end: int) -> RegionName | None:
        """``region_at(text, pos, end, profile=profile)``."""
        lex = self.lex
        stop = min(end, len(text))
        if (
            lex.suffix_start.search(text, pos + 1, min(stop, pos + 14)) is None
            or lex.lead_regex.match(text, pos, stop) is None
        ):
            return None
        top = pos + self.reach
        if self.han_only:
            other = _NOT_HAN.search(text, pos, top)
            if other is not None:
                top = other.end()  # the first character that is not Han, and no further
        key = (text[pos:top], min(stop, top) - pos)
        if key in self.memo:
            hit = self.memo[key]
            if hit is None:
                return None
            return RegionName(pos + hit[0], pos + hit[1], hit[2], hit[3], hit[4], hit[5])
        found = _region_after_filter(text, pos, end, lex, self.profile)
        if len(self.memo) >= 8192:
            self.memo.clear()
        self.memo[key] = (
            None
            if found is None
            else (found.start - pos, found.end - pos, found.text, found.name, found.kind, found.known)
        )
        return found


_NOT_HAN = re.compile("[^\u3400-\u9fff]")


def _region_at(text: str, pos: int, end: int | None, lex: RegionLexicon) -> RegionName | None:
    stop = len(text) if end is None else min(end, len(text))
    found: RegionName | None = None
    for length in range(1, 9):
        s = pos + length
        if s >= stop or not _is_han(text[s - 1]):
            break
        if lex.suffix_regex.match(text, s, stop) is None:
            continue
        for short in _suffixes_at(text, s, stop, lex):
            e = s + len(short)
            # judge a name by the longest suffix it ends with (阳综保区 ends in 综保区, not in 区)
            suffix = next(x for x in lex.by_last[text[e - 1]] if text.endswith(x, pos, e))
            entry = lex.suffixes[suffix]
            base_len = e - pos - len(suffix)
            if (
                entry.min_base <= base_len <= entry.max_base
                and lex.valid(text[pos:e], suffix, text[e : e + _AFTER])
                and not any(
                    text.startswith(w, pos) and len(w) < base_len for w in lex.cut_by_first.get(text[pos], ())
                )
            ):
                written = text[pos:e]
                found = found or RegionName(pos, e, written, written, entry.kind, False)
                if found.end == e and lex.suffix_regex.match(text, e, stop) is None:
                    return found
                if found.end != e:  # a longer name that runs on (柯州 → 柯州高新区)
                    return RegionName(pos, e, written, written, entry.kind, False)
                break
    return found


_COMPANY_BASE = 12


def _company_run(text: str, pos: int, stop: int, lex: RegionLexicon) -> RegionName | None:
    """A company's name that opens with a place's (常州某某科技有限公司): Han characters from ``pos`` up
    to a company suffix, none of them a cut word (天水市与某公司 is no company name), else None."""
    for s in range(pos + 2, min(stop, pos + _COMPANY_BASE + 1)):
        if not _is_han(text[s - 1]):
            return None
        if lex.cut_regex.match(text, s - 1) is not None:
            return None
        for suffix in _suffixes_at(text, s, stop, lex):
            if lex.suffixes[suffix].kind != "company":
                continue
            e = s + len(suffix)
            written = text[pos:e]
            if lex.valid(written, suffix, text[e : e + _AFTER]):
                return RegionName(pos, e, written, written, "company", False)
    return None


def _suffixes_at(text: str, s: int, stop: int, lex: RegionLexicon) -> list[str]:
    """Every suffix written at ``s``, longest first (经开区 before 区)."""
    return [x for x in lex.by_first.get(text[s], ()) if text.startswith(x, s) and s + len(x) <= stop]


# ---- the home subject ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HomeSubject:
    """The unit a document is about."""

    name: str
    """Canonical: the profile's name when it knows the unit, else as written (临湘县); "" if unknown."""
    kind: HomeKind
    source: Literal["headline", "self_words", "mentions", "profile", "none"]
    known: bool
    """The profile knows the unit."""
    parent: str | None = None
    """The canonical name of the city above it, when the profile knows it."""


def headline_zone(text: str, limit: int = 400) -> tuple[int, int]:
    """The span of the short lines that open a document (title, subtitle, date line)."""
    end = 0
    lines = 0
    for m in _LINE.finditer(text, 0, min(len(text), limit)):
        line = m.group().strip()
        if not line:
            continue
        if len(line) >= 60 or line[-1] in "。！？!?" or lines >= 5:
            break
        if line.endswith(("：", ":")) and lines > 0 and not _TITLE_CUES.search(line):
            break
        lines += 1
        end = m.end()
    return 0, end


def _self_kind_counts(text: str, lex: RegionLexicon) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in lex.home_regex.finditer(text):
        kinds = lex.home_words[m.group()]
        for kind in kinds:
            if kind in _HOME_KINDS or kind == "province":
                counts[kind] += 1
    return counts


def _dominant(counts: Counter[str]) -> tuple[str, ...]:
    """The kinds the body's self-words point at most (全区 counts for district and park alike)."""
    if not counts:
        return ()
    best = max(counts.values())
    return tuple(k for k, c in counts.items() if c == best)


def home_subject(
    text: str,
    profile: CityProfile | None,
    lexicon: RegionLexicon | None = None,
    *,
    title: str | None = None,
) -> HomeSubject:
    """The document's own subject: see the module's doc for the order of evidence. ``title``: the
    document's title when it has one apart from its text (an html page's), read as its first line."""
    lex = lexicon or _default_lexicon()
    known = _known(profile, lex)
    if title:
        text = title.strip() + "\n" + text
    names = region_names(text, profile, lexicon)
    _, head_end = headline_zone(text)
    counts = _self_kind_counts(text, lex)
    province_words = counts.pop("province", 0)
    dominant = _dominant(counts)

    def make(r: RegionName, source: Literal["headline", "self_words", "mentions"]) -> HomeSubject:
        kind = _HOME_KIND.get(r.kind, "city")
        return HomeSubject(r.name, kind, source, r.known, _city_above(r.name, known))

    units = [a for a in (_as_region(r, known) for r in names) if a is not None]
    regions = [r for r in units if r.kind in _HOME_KINDS]
    head = [r for r in regions if r.end <= head_end]
    # 高新区智能装备产业园… / 衡阳市高新区…: a unit named right after another is a part of it, the more
    # specific one is the report's
    head = [r for i, r in enumerate(head) if i + 1 >= len(head) or head[i + 1].start != r.end]
    if head:
        fitting = [r for r in head if r.kind in dominant] or head
        # a site's name may open the page before the title: the title's line (…经济运行简况) wins
        titled = [r for r in fitting if _TITLE_CUES.search(line_of(text, r.start))]
        return make((titled or fitting)[0], "headline")
    if province_words > sum(counts.values()):
        # a province's own report (全省 throughout, the province in its headline, no lower unit there)
        provinces = [r for r in units if r.kind == "province" and r.end <= head_end]
        if provinces:
            name = provinces[0].name
            return HomeSubject(
                name, "province", "headline", profile is not None and name == profile.province.name
            )
    body = regions
    if dominant:
        of_kind = Counter(r.name for r in body if r.kind in dominant)
        if profile is not None and "city" in dominant:
            # the profile's city is credited with the mentions of its own units (its counties, parks)
            for r in body:
                if (
                    r.known
                    and r.name != profile.city.name
                    and _city_above(r.name, known) == profile.city.name
                ):
                    of_kind[profile.city.name] += 1
        if of_kind:
            best = _most_common_first(of_kind, body)
            if profile is not None and best == profile.city.name:
                return HomeSubject(best, "city", "self_words", True)
            return make(next(r for r in body if r.name == best), "self_words")
    mentions = Counter(r.name for r in body)
    if mentions:
        best = _most_common_first(mentions, body)
        if mentions[best] >= 2:
            return make(next(r for r in body if r.name == best), "mentions")
    if profile is not None:
        return HomeSubject(profile.city.name, "city", "profile", True)
    return HomeSubject("", "city", "none", False)


def line_of(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``, without its line break."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _city_above(name: str, known: _Known) -> str | None:
    """The nearest city above a unit the profile knows (a park → its county → the city), or None."""
    seen = {name}
    parent = known.parents.get(name)
    while parent is not None and parent not in seen:
        if known.kinds.get(parent) == "city":
            return parent
        seen.add(parent)
        parent = known.parents.get(parent)
    return None


def _most_common_first(counts: Counter[str], order: list[RegionName]) -> str:
    """The most counted name; among equals, the one written first."""
    best = max(counts.values())
    return next((r.name for r in order if counts[r.name] == best), counts.most_common(1)[0][0])


def _as_region(r: RegionName, known: _Known) -> RegionName | None:
    """A department or company of the profile stands for the unit above it (市统计局 → the city)."""
    if r.kind in ("department", "company", "other"):
        parent = known.parents.get(r.name)
        if parent is None:
            return None
        kind = known.kinds.get(parent, "city")
        return RegionName(r.start, r.end, r.text, parent, kind, True)
    return r


def home_word_subjects(
    text: str,
    profile: CityProfile | None,
    home: HomeSubject,
    lexicon: RegionLexicon | None = None,
) -> dict[str, str]:
    """What each self-word (全市, 我县, 全区, 全省, 全国 …) stands for in this document.

    A word whose kind fits the home is the home; 全市 in a county's report is the city above it (the
    profile's, when the profile knows the county; else the city the text names most); 全省 is the
    profile's province when the home is the profile's, else the province the text names most (else the
    profile's); 全国 is 全国. A word with nothing to stand for is left out."""
    lex = lexicon or _default_lexicon()
    names = region_names(text, profile, lexicon)
    counts: dict[str, Counter[str]] = {}
    order: list[RegionName] = []
    for r in names:
        if r.name == home.name:
            continue
        counts.setdefault(r.kind, Counter())[r.name] += 1
        order.append(r)

    def most(kind: str) -> str | None:
        c = counts.get(kind)
        return _most_common_first(c, order) if c else None

    out: dict[str, str] = {}
    for word, kinds in lex.home_words.items():
        target: str | None = None
        if home.name and home.kind in kinds:
            target = home.name
        elif "nation" in kinds:
            target = word
        elif "province" in kinds:
            if profile is not None and (home.known or not home.name):
                target = profile.province.name
            else:
                target = most("province") or (profile.province.name if profile is not None else None)
        elif "city" in kinds:
            target = home.parent if home.known else most("city")
            if target is None and profile is not None and (home.known or not home.name):
                target = profile.city.name
        if target:
            out[word] = target
    return out
