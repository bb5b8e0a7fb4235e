"""Number phrases and what they measure: value, unit, qualifier, sign, and one of the six measures.

``QuantityFinder.find`` reads every number phrase of a stretch of text (``595.92亿元``, ``1.2万余人``,
``第二``, ``20强``, ``千亿元``, ``翻一番``, ``2—3名`` as two) and drops what is not a figure (dates, codes,
grades, thresholds: ``lexicon/not_figures.yaml``). ``decide_measure`` picks growth, ratio, diff, change or
level from the cue words before the number (``lexicon/measures.yaml``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from diaodu.reading.blockers import BlockerScan
from diaodu.reading.lexicon import Lexicon, UnitEntry, guarded, sorted_longest_first
from diaodu.reading.numerals import ARABIC, CHINESE_DIGITS, doubling_growth, parse_arabic, parse_chinese

_CN_RANK = "[一二三四五六七八九十]+"
_CHINESE_CHARS = frozenset(CHINESE_DIGITS)
_BEST_RATE_REACH = 40  # 固定资产投资增速最快的是某某县，为: how far before a rate its superlative may stand
#: a count in Chinese numerals with a magnitude (十四个, 一百二十家): near one, a writer counting in words
#: writes its single digits so too (审批手续类九个，资金类七个)
_WORDED_COUNT = re.compile(r"[一二两三四五六七八九十百千]*[十百千][一二三四五六七八九]?[个项家件条]")
_WORDED_REACH = 60
_SINGLE_DIGITS = frozenset("二两三四五六七八九")
_DETERMINERS = frozenset("第这那每前后头各上下近逾")  # 这三个, 前五家: words, no count
_CLAUSE_CLOSE = frozenset("，。；、,;")
_DECIDED_SIZE = 8192


@dataclass(slots=True)
class Quantity:
    """One number phrase found in the text."""

    start: int
    end: int
    value: float
    unit: str | None
    kind: str | None
    """percent, pp, money, count, measure, time, multiple; "rank"; None for a bare number."""
    qualifier: str | None = None
    measure: str | None = None
    """Set when the form alone decides it (rank, 翻一番); else ``decide_measure`` does."""
    num_start: int = -1
    """Where the phrase proper starts, before-qualifiers included (for the text before it)."""
    tail: int = -1
    """Where the phrase ends, after-qualifiers included (for the text after it)."""
    rank_end: int = -1
    """For a rank: the end of 第N (名/位 included), where the text after it starts."""


@dataclass(slots=True)  # not frozen: made once a figure, and a frozen dataclass is slow to build
class MeasureDecision:
    measure: str
    sign: int
    cue_start: int
    """Where the deciding cue starts in the text (-1: none)."""


_JOINED_BY = frozenset("和、与及至到—-～~")


def _share_unit(text: str, first: Quantity, second: Quantity) -> None:
    """低于全市7.7个和9个百分点: a number whose unit is the start of the next one's, joined to it by 和 (or
    a range's dash), is in the next one's unit (7.7个百分点), and of its kind."""
    if second.start - first.end != 1 or text[first.end] not in _JOINED_BY:
        return  # the common case, decided on one character
    unit = _WRITTEN_NUMBER.sub("", text[first.start : first.end], count=1)
    after = _WRITTEN_NUMBER.sub("", text[second.start : second.end], count=1)
    if unit and len(after) > len(unit) and after.startswith(unit):
        first.unit, first.kind = second.unit, second.kind


#: What runs from a bare number to the last of a run sharing its unit (2.3、1.6个百分点: 、 up to 1.6).
_BARE_RUN = re.compile(r"(?:\s*[、和及与]\s*[0-9]+(?:\.[0-9]+)?(?![0-9.]))*\s*[、和及与]\s*(?=[0-9])")

#: The number opening a written figure (7.7, 1,200, ９), before its unit.
_WRITTEN_NUMBER = re.compile(r"^[0-9０-９.,，．]+")


class QuantityFinder:
    """Finds number phrases with the lexicon's units, qualifiers and not-a-figure patterns."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.units: dict[str, UnitEntry] = {u.word: u for u in lexicon.units}
        # (normal, kind, scalable) per unit word: plain tuples, read at every number
        self.unit_info: dict[str, tuple[str, str, bool]] = {
            u.word: (u.normal, u.kind, u.scalable) for u in lexicon.units
        }
        guards = {u.word: f"(?![{re.escape(u.not_before)}])" for u in lexicon.units if u.not_before}
        unit_alt = "|".join(re.escape(w) + guards.get(w, "") for w in sorted_longest_first(list(self.units)))
        scale_alt = "|".join(re.escape(s) for s in sorted_longest_first(lexicon.scales))
        after = [q.word for q in lexicon.qualifiers if q.position == "after"]
        mids = [w for w in after if len(w) == 1]
        posts = [w for w in after if len(w) > 1]
        mid_alt = "|".join(re.escape(w) for w in sorted_longest_first(mids)) or "(?!)"
        post_alt = "|".join(re.escape(w) for w in sorted_longest_first(posts)) or "(?!)"
        self.after_words = {q.word: q.value for q in lexicon.qualifiers if q.position == "after"}
        self.before_words = sorted_longest_first(
            [q.word for q in lexicon.qualifiers if q.position == "before"]
        )
        self.before_values = {q.word: q.value for q in lexicon.qualifiers if q.position == "before"}
        self.not_qualifiers = tuple(lexicon.not_qualifiers)
        self.before_longest = max((len(w) for w in self.before_words), default=1)
        # a word the regex below can find ends right before the number (or before a line break there):
        # a last character that ends no word rules it out without the search
        self.before_last = (
            frozenset(w[-1] for w in self.before_words) | {"\n"} if all(self.before_words) else None
        )
        self.before_regex = re.compile(
            "(?:" + "|".join(re.escape(w) for w in self.before_words) + ")$" if self.before_words else "(?!)"
        )
        num = rf"(?<![0-9０-９.．A-Za-z]){ARABIC}"
        counts = [u.word for u in lexicon.units if u.kind in ("count", "measure") and u.scalable]
        cheng = "|".join(re.escape(w) for w in sorted_longest_first(lexicon.cheng_words))
        cheng_not = f"(?!{cheng})" if cheng else ""
        count_alt = "|".join(re.escape(w) for w in sorted_longest_first(counts))
        self.regex = guarded(
            rf"(?P<rank>第\s*(?P<rnum>[0-9]+|{_CN_RANK})(?P<rsuf>位|名)?)"
            rf"|(?P<strong>(?P<snum>[0-9]+|[一二三四五六七八九十百]+)强)"
            rf"|前(?P<top>(?:(?P<tlow>[0-9]+)\s*[—–\-－~～至到]\s*)?(?P<tnum>[0-9]+|[一二两三四五六七八九十]+)(?:名|位))"
            rf"|(?P<cheng>(?P<chnum>[一二两三四五六七八九]|[0-9](?:\.[0-9])?)成){cheng_not}"
            rf"|(?P<fan>翻了?(?P<fnum>[一两二三四0-9])番)"
            rf"|(?P<cmoney>(?P<cnum>[{CHINESE_DIGITS}]+?)(?P<cgeyi>个亿)"
            rf"|(?P<cnum2>[{CHINESE_DIGITS}]+)(?P<cscale>万亿|亿|万)?(?P<cunit>元|美元|个百分点|百分点))"
            rf"|(?P<ccount>(?P<ccnum>[{CHINESE_DIGITS}]+?)(?P<ccscale>万|亿)?(?P<ccmid>余|多)?(?P<ccunit>{count_alt}))"
            rf"|(?P<num>{num})(?:\s*(?P<dash>[—–\-－~～])\s*(?P<num2>{num}))?"
            rf"(?P<scale>(?:{scale_alt})(?=(?:{mid_alt})?(?:{unit_alt}))|万亿|亿|万)?"
            rf"(?P<mid>{mid_alt})?(?P<unit>{unit_alt})?(?P<post>{post_alt})?"
        )
        self.blockers = BlockerScan([p.regex for p in lexicon.not_figures])
        names = sorted_longest_first(lexicon.ordinal_names)
        self.ordinal_name = re.compile("|".join(re.escape(w) for w in names)) if names else None
        self.big = re.compile(r"(?<=\d)大(?=[\u4e00-\u9fff])")

    # ---- not-a-figure spans -----------------------------------------------------------------------

    def blocked_spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The matches of every not-a-figure pattern in ``text[start:end]``, sorted."""
        return self.blockers.spans(text, start, end)

    @staticmethod
    def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
        """Does ``s..e`` overlap a blocked span? Spans are short, so only those starting near count."""
        j = bisect_left(starts, e) - 1
        while j >= 0:
            bs, be = spans[j]
            if bs < s - 120:
                return False
            if be > s:
                return True
            j -= 1
        return False

    def find(
        self, text: str, start: int, end: int, blocked: tuple[list[tuple[int, int]], list[int]] | None = None
    ) -> list[Quantity]:
        """Every figure-like number phrase in ``text[start:end]``, in order. ``blocked``: not-a-figure
        spans found beforehand over a larger window (with their starts), else found here."""
        if blocked is None:
            spans = self.blocked_spans(text, start, end)
            starts = [s for s, _ in spans]
        else:
            spans, starts = blocked
        out: list[Quantity] = []
        for m in self.regex.finditer(text, start, end):
            try:
                found = self._read(text, m, start)
            except ValueError:
                continue
            for q in found:
                if spans and self._overlaps(spans, starts, q.start, q.end):
                    continue
                if out and q.unit and out[-1].unit and q.kind != out[-1].kind:
                    _share_unit(text, out[-1], q)
                out.append(q)
        return out

    def _read(self, text: str, m: re.Match[str], floor: int) -> list[Quantity]:
        if m["num"] is not None:  # the last alternative, and the commonest: an Arabic number
            return self._arabic(text, m, floor)
        if m["rank"] is not None:
            return self._rank(text, m)
        if m["strong"] is not None:
            if _quoted(text, m.start(), m.end()):
                return []  # “三强一化”: a slogan
            value = _int_value(m["snum"])
            q = Quantity(m.start(), m.end(), value, None, "rank", "under", "rank", m.start(), m.end())
            q.rank_end = m.end()
            return [q]
        if m["top"] is not None:
            value = _int_value(m["tnum"])
            q = Quantity(m.start("tnum"), m.end(), value, None, "rank", "under", "rank", m.start(), m.end())
            q.rank_end = m.end()
            if m["tlow"] is not None:
                low = Quantity(
                    m.start("tlow"),
                    m.end("tlow"),
                    _int_value(m["tlow"]),
                    None,
                    "rank",
                    "over",
                    "rank",
                    m.start(),
                    m.end("tlow"),
                )
                low.rank_end = m.end("tlow")
                return [low, q]
            return [q]
        if m["cheng"] is not None:
            value = _cheng_value(m["chnum"])
            q = Quantity(m.start(), m.end(), value, "%", "percent", None, None, m.start(), m.end())
            self._qualify_before(text, q, floor)
            return [q]
        if m["fan"] is not None:
            return [
                Quantity(
                    m.start(),
                    m.end(),
                    doubling_growth(m["fnum"]),
                    "%",
                    "percent",
                    None,
                    "growth",
                    m.start(),
                    m.end(),
                )
            ]
        if m["cmoney"] is not None:
            return self._chinese_money(text, m, floor)
        if m["ccount"] is not None:
            return self._chinese_count(text, m, floor)
        return self._arabic(text, m, floor)

    def _rank(self, text: str, m: re.Match[str]) -> list[Quantity]:
        after = text[m.end() : m.end() + 4]
        if self.ordinal_name is not None and self.ordinal_name.match(after):
            return []
        if m["rsuf"] is None and after.startswith("个百"):
            return []
        value = _int_value(m["rnum"])
        end = m.end("rnum")
        q = Quantity(m.start(), end, value, None, "rank", None, "rank", m.start(), m.end())
        q.rank_end = m.end()
        return [q]

    def _chinese_money(self, text: str, m: re.Match[str], floor: int) -> list[Quantity]:
        if m["cgeyi"]:
            digits = m["cnum"]
            value = parse_chinese(digits)
            unit, kind = "亿元", "money"
        else:
            digits = m["cnum2"]
            scale = m["cscale"] or ""
            if m["cunit"] in ("元", "美元") and not scale and len(digits) < 2:
                return []  # 二元结构, 一元化: words, not money
            value = parse_chinese(digits)
            if m["cunit"] in ("个百分点", "百分点"):
                unit, kind = "pp", "pp"
            else:
                unit, kind = scale + m["cunit"], "money"
        q = Quantity(m.start(), m.end(), value, unit, kind, None, None, m.start(), m.end())
        self._qualify_before(text, q, floor)
        return [q]

    def _chinese_count(self, text: str, m: re.Match[str], floor: int) -> list[Quantity]:
        """一百二十家, 三十万户, 三百多项: a Chinese numeral with a magnitude, before a counter. A bare
        一 / 三 before a counter (一件事, 三个一) is a word, and so is anything inside quotes."""
        digits, scale = m["ccnum"], m["ccscale"] or ""
        magnitude = any(ch in "十百千" for ch in digits) and (len(digits) >= 2 or bool(scale))
        if not magnitude and not self._worded_digit(text, m):
            return []
        if _quoted(text, m.start(), m.end()):
            return []
        value = parse_chinese(digits)
        entry = self.units[m["ccunit"]]
        q = Quantity(
            m.start(),
            m.end(),
            value,
            scale + entry.normal,
            entry.kind,
            self.after_words.get(m["ccmid"]) if m["ccmid"] else None,
            None,
            m.start(),
            m.end(),
        )
        self._qualify_before(text, q, floor)
        return [q]

    @staticmethod
    def _worded_digit(text: str, m: re.Match[str]) -> bool:
        """资金类七个，其他五个。: a single digit before its counter, closing its clause, after no determiner
        (这三个, 前五家), near a count written in words with a magnitude (十四个): a count, as those are."""
        digits = m["ccnum"]
        if len(digits) != 1 or digits not in _SINGLE_DIGITS or m["ccscale"] or m["ccmid"]:
            return False
        if (
            text[m.end() : m.end() + 1] not in _CLAUSE_CLOSE
            or text[m.start() - 1 : m.start()] in _DETERMINERS
        ):
            return False
        lo, hi = max(0, m.start() - _WORDED_REACH), m.end() + _WORDED_REACH
        return _WORDED_COUNT.search(text, lo, hi) is not None

    def _arabic(self, text: str, m: re.Match[str], floor: int) -> list[Quantity]:
        num, dash, num2, scale_word, mid, unit_word, post = m.group(
            "num", "dash", "num2", "scale", "mid", "unit", "post"
        )
        scale = scale_word or ""
        entry = self.unit_info.get(unit_word) if unit_word else None
        if entry is not None and scale and not entry[2]:
            # 3千个亿 and the like: keep what can be read
            entry = None
        if entry is None and not scale:
            return self._bare(text, m, floor)
        if entry is None:
            unit: str | None = scale
            kind: str | None = "count"
        else:
            normal, kind, _scalable = entry
            unit = scale + normal if kind not in ("percent", "pp", "multiple") else normal
        if entry is not None:
            end = m.end("unit")
        elif mid:
            end = m.end("mid")
        else:
            end = m.end("scale")
        value = parse_arabic(num2 or num)
        qualifier: str | None = None
        if mid:
            qualifier = self.after_words.get(mid)
        if post and entry is not None:
            qualifier = self.after_words.get(post, qualifier)
        tail = m.end()
        if kind == "multiple":
            value *= 100.0
        if dash:
            first_value = parse_arabic(num)
            if first_value >= value:
                return []  # 2019-2020, codes: not a range of figures
            first = Quantity(
                m.start("num"),
                m.end("num"),
                first_value,
                unit,
                kind,
                "over",
                None,
                m.start("num"),
                m.end("num"),
            )
            if kind == "multiple":
                first.value *= 100.0
            self._qualify_before(text, first, floor)
            second = Quantity(
                m.start("num2"), end, value, unit, kind, qualifier or "under", None, m.start("num2"), tail
            )
            return [first, second]
        start = m.start("num")
        if kind in ("percent", "pp") and _minus_before(text, start, floor):
            start -= 1  # 分别增长9.1%、-2.0%: a rate written with its own minus sign
            value = -value
        elif kind in ("percent", "pp") and _minus_before(text, start, floor, _PLUS):
            start -= 1  # 工业投资+19.1%: a rate written with its own plus sign
        q = Quantity(start, end, value, unit, kind, qualifier, None, start, tail)
        self._qualify_before(text, q, floor)
        return [q]

    def _bare(self, text: str, m: re.Match[str], floor: int) -> list[Quantity]:
        """A number with no unit: a figure only in ``N大…`` (4大人才工程), or in a run of numbers the
        last of which has the unit (分别落后2.3、1.6个百分点: 2.3 is in points too)."""
        if m["dash"] or m["mid"] or m["post"]:
            return []
        end = m.end("num")
        run = _BARE_RUN.match(text, end)
        if run is not None and (last := self.regex.match(text, run.end())) is not None and last["num"]:
            shared = self._arabic(text, last, floor) if not last["dash"] else []
            if len(shared) == 1 and shared[0].unit is not None:
                value = parse_arabic(m["num"]) * (100.0 if shared[0].kind == "multiple" else 1.0)
                start = m.start("num")
                return [Quantity(start, end, value, shared[0].unit, shared[0].kind, None, None, start, end)]
        if not self.big.match(text, end):
            return []
        value = parse_arabic(m["num"])
        q = Quantity(m.start("num"), end, value, None, None, None, "level", m.start("num"), end)
        return [q]

    def _qualify_before(self, text: str, q: Quantity, floor: int) -> None:
        pos = q.start
        while pos > floor and text[pos - 1] in " \u3000":
            pos -= 1
        if pos > floor and text[pos - 1] == "了":
            pos -= 1
        window = max(floor, pos - self.before_longest)
        if self.before_last is not None and (pos <= window or text[pos - 1] not in self.before_last):
            return
        m = self.before_regex.search(text, window, pos)
        if m is not None and text.endswith(self.not_qualifiers, floor, pos):
            m = None  # 签约125亿元: 约 is part of a word
        if m is not None:
            if q.qualifier is None:
                q.qualifier = self.before_values[m.group()]
            q.num_start = m.start()


def _quoted(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a short quotation (“奋战一百天”)?"""
    before = text[max(0, start - 10) : start]
    after = text[end : end + 10]
    opened = before.rfind("“")
    return opened >= 0 and "”" not in before[opened:] and "”" in after


def _cheng_value(token: str) -> float:
    """四成 → 40 (%), 2.5成 → 25."""
    try:
        return parse_arabic(token) * 10.0
    except ValueError:
        return parse_chinese(token.replace("两", "二")) * 10.0


def _int_value(token: str) -> float:
    if token and _CHINESE_CHARS.issuperset(token):
        return float(int(parse_chinese(token)))  # float() takes none of them: no failed try first
    try:
        return float(int(parse_arabic(token)))
    except ValueError:
        return float(int(parse_chinese(token)))


class MeasureCues:
    """Regexes of the cue words, one per kind of number they can speak for."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._decided: dict[tuple[str | None, bool, str], tuple[str, int, int]] = {}
        self.by_word = {c.word: c for c in lexicon.cues}
        self.rate_names = tuple(lexicon.rate_names)
        # 增速由上半年的3.2%提高到8.6%: a rate's name, then where it went from (由 / 从 a few words on)
        names = "|".join(re.escape(w) for w in sorted_longest_first(self.rate_names))
        self._rate_from = re.compile(rf"(?:{names})[^，,；;。%％]{{0,2}}[由从]") if names else None
        # 增速最快的是甲县，为9.6%: the rate a superlative picks out, then the unit it picks and the rate
        self._best_rate = (
            re.compile(
                rf"(?:{names})(?:最快|最高|最大|最慢|最低|最小)的(?:是|为)[^。；;%％0-9０-９]{{1,16}}$"
            )
            if names
            else None
        )
        self.not_objects = frozenset(lexicon.not_objects)
        self.compare_marks = frozenset(lexicon.compare_marks)
        self.regex: dict[str, re.Pattern[str]] = {}
        for applies in ("percent", "pp", "amount"):
            words = [c.word for c in lexicon.cues if applies in c.applies]
            self.regex[applies] = re.compile("|".join(re.escape(w) for w in sorted_longest_first(words)))

    def nearest(self, applies: str, text: str, start: int, end: int) -> tuple[str, int, int] | None:
        """The cue nearest before ``end`` in ``text[start:end]`` (the longest when two end together)."""
        best: tuple[str, int, int] | None = None
        for m in self.regex[applies].finditer(text, start, end):
            if best is None or m.end() >= best[2]:
                best = (m.group(), m.start(), m.end())
        return best

    def decide(self, q: Quantity, text: str, clause_start: int) -> MeasureDecision:
        """The measure and sign of ``q`` from the cues between the clause start and the number."""
        if q.measure is not None:
            return MeasureDecision(q.measure, 1, -1)
        opened = max(text.rfind("（", clause_start, q.num_start), text.rfind("(", clause_start, q.num_start))
        if (
            opened >= 0
            and text.find("）", opened, q.num_start) < 0
            and text.find(")", opened, q.num_start) < 0
        ):
            # 低于时序进度13.7个百分点（时序进度为92.0%） / 高于时序进度（75%）: an aside is cued on its own,
            # and a comparison outside it (低于, 高于) says nothing of it; with no cue of its own it keeps the
            # clause's rate (这一增速较全省平均水平（5.8%）快…)
            inner = self._decided_in(q, text, opened + 1)
            if inner.cue_start >= 0:
                return inner
            outer = self._decided_in(q, text, clause_start)
            cue = text[outer.cue_start : q.num_start] if outer.cue_start >= 0 else ""
            word = max((w for w in self.by_word if cue.startswith(w)), key=len, default="")
            return inner if not word or self.by_word[word].measure == "diff" else outer
        decided = self._decided_in(q, text, clause_start)
        if (
            decided.measure == "ratio"
            and q.kind == "percent"
            and self._best_rate is not None
            and self._best_rate.search(text, max(0, q.num_start - _BEST_RATE_REACH), q.num_start) is not None
        ):
            return MeasureDecision("growth", 1, decided.cue_start)  # 增速最快的是甲县，为9.6%
        return decided

    def _decided_in(self, q: Quantity, text: str, clause_start: int) -> MeasureDecision:
        # the answer reads only the clause up to the number and the number's kind: a clause opening
        # written again (同比增长…) is decided once
        # (with whether the number carries its own sign: +12.6% is a growth where 12.6% is a ratio)
        key = (q.kind, text[q.start : q.start + 1] in _SIGNS, text[clause_start : q.num_start])
        done = self._decided.get(key)
        if done is None:
            found = self._decide(q, text, clause_start)
            done = (found.measure, found.sign, found.cue_start - clause_start if found.cue_start >= 0 else -1)
            if len(self._decided) >= _DECIDED_SIZE:
                self._decided.clear()
            self._decided[key] = done
        return MeasureDecision(done[0], done[1], clause_start + done[2] if done[2] >= 0 else -1)

    def _after_rate_name(self, text: str, start: int, end: int) -> bool:
        """Does ``text[start:end]`` end in a rate's own name (增速, 增幅 …), a word or two of manner after it
        at most (增速一度回落至)?"""
        window = text[max(start, end - 6) : end]
        return any(w in window for w in self.rate_names)

    def _decide(self, q: Quantity, text: str, clause_start: int) -> MeasureDecision:
        before = q.num_start
        if q.kind == "pp":
            cue = self.nearest("pp", text, clause_start, before)
            sign = self.by_word[cue[0]].sign if cue else 1
            if cue is not None and "降幅" in text[clause_start : cue[1]]:
                sign = -sign  # 降幅收窄: a smaller fall is a rise
            return MeasureDecision("diff", sign, cue[1] if cue else -1)
        if q.kind in ("percent", "multiple"):
            cue = self.nearest("percent", text, clause_start, before)
            # 增速由上半年的3.2%提高到8.6%: both rates are the named rate's, growths
            moved = (
                self._rate_from is not None and self._rate_from.search(text, clause_start, before) is not None
            )
            if cue is None:
                # 工业投资+19.1% / 房地产开发投资-11.4%: a rate with its own sign and no word is a growth
                signed = q.kind == "percent" and text[q.start] in _SIGNS
                return MeasureDecision("growth" if signed or moved else "ratio", 1, -1)
            c = self.by_word[cue[0]]
            measure = c.measure
            if moved and measure in ("level", "ratio"):
                return MeasureDecision("growth", 1, cue[1])  # (上半年的3.2%: the half-year's, no share)
            if measure == "diff" and not text[cue[2] : before].strip():
                # 贷款增速均低于6% / 亏损面低于10%: a bound the rate keeps under (or over), no gap to anything
                rate = self._after_rate_name(text, clause_start, cue[1])
                return MeasureDecision("growth" if rate else "ratio", 1, cue[1])
            if measure == "level" and self._after_rate_name(text, clause_start, cue[1]):
                return MeasureDecision("growth", 1, cue[1])  # 增速提高到6.1%: the rate itself, where it went
            if measure == "diff" or measure == "level":
                measure = "growth" if c.measure == "diff" else "ratio"
            if measure not in ("growth", "ratio") or q.unit == "‰":
                measure = "ratio"  # a per-mille is a rate (人口自然增长率-5.69‰), never a growth
            return MeasureDecision(measure, c.sign if measure == "growth" else 1, cue[1])
        cue = self.nearest("amount", text, max(clause_start, before - 4), before)
        # (实现正增长的仅5个: those that grew; B类（鼓励提升类）563家: a label's words in brackets)
        if cue is not None and not any(c in text[cue[2] : before] for c in "的）)"):
            c = self.by_word[cue[0]]
            if c.measure in ("change", "growth") and not self._deed_object(text, clause_start, cue):
                return MeasureDecision("change", c.sign, cue[1])
        return MeasureDecision("level", 1, -1)

    def _deed_object(self, text: str, clause_start: int, cue: tuple[str, int, int]) -> bool:
        """增加床位400张, 巩固提升工程40处: a two-character verb, then its object (two characters: all the
        four-character window before the number leaves), in a clause comparing with nothing (比, 较): what
        was added or done (a level), not a change against a time."""
        gap = text[cue[2] : cue[2] + 2]
        return (
            len(cue[0]) >= 2
            and len(gap) == 2
            and all("\u4e00" <= ch <= "\u9fff" and ch not in self.not_objects for ch in gap)
            and not any(ch in self.compare_marks for ch in text[clause_start : cue[1]])
        )


_MINUS = "-－−"


_PLUS = "+＋"
_SIGNS = _MINUS + _PLUS


def _minus_before(text: str, start: int, floor: int, signs: str = _MINUS) -> bool:
    """A minus sign (or another of ``signs``) right before a number, not a dash between two numbers
    (1-8月, 1+1) or words (A-B)."""
    if start - 1 < floor or text[start - 1] not in signs:
        return False
    before = text[start - 2] if start - 2 >= floor else ""
    dash_between = before.isdigit() or (before.isascii() and before.isalpha()) or before in "%％)）" + _MINUS
    return not dash_between
