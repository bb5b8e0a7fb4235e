"""Who a figure belongs to, what it measures, what it is compared with, and whether it is a goal.

- ``Subjects``: names from the city profile (全市 / 我市 → the city, 全省 → the province, a park's short
  name → the park) and the reference regions of ``lexicon/references.yaml``.
- ``Namer``: cuts an indicator name out of the text around a number and maps it through the catalogue
  (``lexicon/indicators.yaml``; aliases → canonical); splits lists (A、B和C) for 分别 / 均 distribution.
- ``modality_of``: target / forecast from the words before a figure in its sentence.

Nothing here names a city: all names come from the profile and the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from diaodu.reading.indicator_names import Naming
from diaodu.reading.lexicon import Lexicon, sorted_longest_first
from diaodu.reading.numerals import parse_chinese
from diaodu.reading.periods import PeriodFinder
from diaodu.reading.profile import CityProfile

QUOTES = "“”‘’\"'「」『』《》〈〉【】"
BULLETS = "●■•◆◇▲△▶►▸★☆○◎□▪"
#: Pictographs and arrows a post's lines open with (📈, ✅, ⬇️, 🔹): no part of a name.
SYMBOLS = "\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
_SYMBOL = re.compile(f"[{SYMBOLS}]")
_QUOTE_TABLE = str.maketrans("", "", QUOTES + BULLETS + " \u3000\t")
_QUOTE_CHARS = re.compile("[" + re.escape(QUOTES + BULLETS + " \u3000\t") + SYMBOLS + "]")
#: Where a list's items part: 、 and commas, and 和/及/与/以及 between words (not inside 涉及, 普及, 以及时).
LIST_SPLIT = re.compile(r"[、，,]|(?<=[\u4e00-\u9fff])(?<![涉普波顾危])(?:和|及|与|以及)(?=[\u4e00-\u9fff])")
#: Where a list's items part when 和/及/与 are inside its names: 、 and commas only.
_COARSE_SPLIT = re.compile(r"[、，,]")
#: A share said with its whole as a scope (在规上工业中的占比为, 在全部投资中占): the name ends before it.
_SHARE_IN = re.compile(r"在[\u4e00-\u9fff“”]{1,14}?(?:中|当中)的?(?:占比|比重|所占比重|占)?(?:为|达到|达)?$")
#: The last item of a list ending in ``…的<head>`` (用工、融资、物流的问题): a short modifier and the head.
_OF_HEAD = re.compile(r"^(?P<mod>[\u4e00-\u9fff]{1,4})的(?P<head>[\u4e00-\u9fff]{1,6})$")
#: 三大产业产值 / 三条链的增加值 closing a list: the count of the items, then the head they share.
_COUNTED_HEAD = re.compile(r"(?P<n>[两二三四五六七八九十])(?:大|条|个|类|项)(?P<head>[\u4e00-\u9fff]{2,10})$")
_LABEL = re.compile(r"【[^】]{0,12}】")
_NON_NAME = re.compile(r"[0-9０-９%％]")
_CACHE_SIZE = 8192
_PAREN = re.compile(r"[（(][^）)]{0,12}[）)]|【[^】]{0,12}】|\[[^\]]{0,12}\]")


@dataclass(frozen=True, slots=True)
class Place:
    """A name found in the text: the canonical name and what kind of unit it is."""

    start: int
    end: int
    name: str
    kind: str


class Subjects:
    """Regions, parks, counties and other units of the city profile, found in text."""

    def __init__(self, profile: CityProfile | None, lexicon: Lexicon) -> None:
        self.city = profile.city.name if profile else ""
        self.province = profile.province.name if profile else ""
        names: dict[str, tuple[str, str]] = {}
        if profile is not None:
            for unit in profile.all_units():
                for alias in (unit.name, *unit.aliases):
                    names[alias] = (unit.name, unit.kind)
        for region in lexicon.regions:
            names.setdefault(region.word, (region.name, "region"))
        for word in lexicon.self_words:
            names.setdefault(word, ("", "self"))
        self.names = names
        alt = "|".join(re.escape(w) for w in sorted_longest_first(list(names)))
        self.regex = re.compile(alt) if alt else re.compile("(?!)")
        self.peer_groups = sorted_longest_first(lexicon.peer_groups)
        self._peer_near = re.compile("|".join(re.escape(w) for w in self.peer_groups) or "(?!)")
        self._peer_longest = max((len(w) for w in self.peer_groups), default=0)

    def at(self, text: str, pos: int, end: int) -> Place | None:
        """The name starting exactly at ``pos`` (longest), or None."""
        m = self.regex.match(text, pos, end)
        if m is None or m.end() - m.start() < 2:  # 省定…, 市直…: a one-character alias is no subject
            return None
        # 衡阳县 is not 衡阳 + 县: a name must not run on into a longer unit word
        name, kind = self.names[m.group()]
        return Place(m.start(), m.end(), name, kind)

    def all_in(self, text: str, start: int, end: int) -> list[Place]:
        return [
            Place(m.start(), m.end(), *self.names[m.group()]) for m in self.regex.finditer(text, start, end)
        ]

    def region_ref(
        self, text: str, start: int, end: int, words: Mapping[str, str] | None = None
    ) -> str | None:
        """The last region named in ``text[start:end]`` as a reference, with a peer group if one follows.
        ``words``: what the document's self-words (全市, 全省 …) stand for, when known."""
        # the last such name, read from the matches themselves (no Place built for each name passed)
        place: re.Match[str] | None = None
        for m in self.regex.finditer(text, start, end):
            if (
                self.names[m.group()][1] in ("province", "city", "region")
                and text[m.end() : m.end() + 1] != "级"
            ):
                place = m  # 省级以上开发区: a grade, not the province
        if place is None:
            return None
        name = self.names[place.group()][0]
        if words:
            name = words.get(text[place.start() : place.end()], name)
        rest = text[place.end() : end]
        if self._peer_near.search(rest, 0, 2 + self._peer_longest):  # none near: no group can pass
            for group in self.peer_groups:
                idx = rest.find(group)
                if 0 <= idx <= 2:
                    return name + group
        among = _AMONG.match(rest)
        if among is not None:
            return name + among["group"]  # 在全省105个开发区中排第9位: the province's 开发区
        return name


_RANK_SCOPE = re.compile(r"(?:在[^，,。；;在]{2,24}|^[^，,。；;在]{2,24})(?:中|之中)$")
"""The scope of a rank before its cue (在全省105个开发区中, or after a count: 个开发区中), which names no
indicator."""

_AMONG = re.compile(
    r"(?:[0-9０-９]+\s*个)?(?P<group>[^\s，,。；;：:0-9０-９第前]{2,12}?)(?:中|之中)(?:排名|排在|排|居|位居|位列|列)?$"
)
"""A peer group between a region and 中 before a rank (全省[105个]同类产业链中排名…)."""


#: 省、市重点项目 / 市、县级: the list comma between two levels of government naming one class.
_LEVELS_LISTED = re.compile(r"(?<=[省市县区])、(?=[市县区乡镇](?:级|重点|重大))")
_LEVELS_COUNTED = re.compile(r"(?<=[省市县区]、[市县区乡镇])[两三]级(?=重点|重大)")  # 省、市两级重点项目


#: <li><span>2</span> 外贸进出口增速…: an item's number set off by a space, opening a name (not 10 月, 3 个)
_ITEM_NUMBER = re.compile(
    r"^[\s\u3000]*[0-9０-９]{1,2}[ \u3000]+(?=[\u4e00-\u9fff])(?![月日年季周号时万亿千百个家人元项件])"
)


def clean(text: str) -> str:
    """Drop quote marks, spaces, pictographs and bracketed labels (【产业】)."""
    if "【" in text:
        text = _LABEL.sub("", text)
    # most names hold none of these: one regex scan is cheaper than translating character by character
    if _QUOTE_CHARS.search(text) is None:
        return text
    return _SYMBOL.sub("", text.translate(_QUOTE_TABLE))


def join_levels(name: str) -> str:
    """省、市重点项目 (省、市两级重点项目) → 省市重点项目: two levels of government listed, naming one
    class."""
    if "、" not in name:
        return name
    return _LEVELS_LISTED.sub("", _LEVELS_COUNTED.sub("", name))


def _kept(m: re.Match[str]) -> str:
    """A filler's replacement: nothing, or the set phrase it stands in (``filler_keeps``)."""
    return m.group(1) or ""


class Namer:
    """Indicator names from the text around a number."""

    def __init__(self, lexicon: Lexicon, subjects: Subjects, periods: PeriodFinder) -> None:
        self.catalogue = lexicon.indicator_names()
        self.naming = Naming(self.catalogue, lexicon.generic_nouns, lexicon.keep_verbs, lexicon.folder)
        self.subjects = subjects
        self.periods = periods
        cue_words = [
            c.word
            for c in lexicon.cues
            if len(c.word) > 1
            and c.measure != "ratio"
            and not (c.measure == "level" and c.word.endswith("值"))
        ]
        # a superlative's clause joined to its figure's (办结率最高，达96.4%) ends the name with them
        # (…较多，分别为52件: the comma may be gone by the time the cue words are)
        superlatives = [f for w in lexicon.superlatives for f in (w + "，", w)]
        suffixes = sorted_longest_first(
            [*lexicon.strip_suffix, *cue_words, *superlatives, "多增", "少增", "净增"]
        )
        prefixes = sorted_longest_first(lexicon.strip_prefix)
        self._suffix = re.compile("(?:" + "|".join(re.escape(w) for w in suffixes) + ")$")
        self._prefix = re.compile("^(?:" + "|".join(re.escape(w) for w in prefixes) + ")")
        stops = sorted_longest_first(lexicon.stop_after)
        self._stop = re.compile("|".join(re.escape(w) for w in stops))
        once = sorted_longest_first(lexicon.once_done_words)
        self._once_ends = frozenset(w[-1] for w in once)  # one look at a name's characters first
        #: 本批项目全部建成后预计可新增就业岗位: what follows the time it will be so is the name
        self._once_done = re.compile(
            "(?:" + "|".join(re.escape(w) for w in once) + ")(?:预计|将|可|能)*" if once else "(?!)"
        )
        self.heads = sorted_longest_first(lexicon.heads)
        #: what a deed inside a name stays before: 完成投资 is a measure, 完成年度计划 a share of a plan
        self._inner_deed_keeps = ("投资", "率", "的", *lexicon.plan_words)
        period_words = sorted_longest_first([p.word for p in lexicon.periods])
        self._period_tail = re.compile("(?:" + "|".join(re.escape(w) for w in period_words) + ")$")
        comparators = sorted_longest_first([*lexicon.comparators, "增速比", "增速较"])
        self._comparator = re.compile("|".join(re.escape(w) for w in comparators))
        self._rank_cue = re.compile("|".join(re.escape(w) for w in sorted_longest_first(lexicon.rank_cues)))
        growth = sorted_longest_first(lexicon.growth_words)
        self._growth_tail = re.compile(
            "(?:" + "|".join(re.escape(w) for w in growth) + ")$" if growth else "(?!)"
        )
        self.contractions = {c.word: c.parts for c in lexicon.contractions}
        self.generic_nouns = tuple(lexicon.generic_nouns)
        self._set_totals = tuple(lexicon.set_totals)
        self._keep_verbs = tuple(lexicon.keep_verbs)
        self._count_ends = tuple(lexicon.count_ends)
        self._plan_leads = tuple(sorted_longest_first(lexicon.plan_leads))
        self._plan_keeps = tuple(lexicon.plan_lead_keeps)
        self.ranking_nouns = tuple(lexicon.ranking_nouns)
        verbs = sorted_longest_first(lexicon.state_verbs)
        self._state_verb = re.compile("|".join(re.escape(w) for w in verbs)) if verbs else re.compile("(?!)")
        self.ratio_cut = sorted_longest_first(lexicon.ratio_cut)
        methods = sorted_longest_first(lexicon.method_phrases)
        self._method = re.compile("|".join(re.escape(w) for w in methods)) if methods else None
        self._cause = (
            re.compile(
                "(?:" + "|".join(map(re.escape, sorted_longest_first(lexicon.cause_opens))) + ")"
                r"[^，,。；;：:]{1,14}?"
                "(?:" + "|".join(map(re.escape, sorted_longest_first(lexicon.cause_closes))) + ")"
            )
            if lexicon.cause_opens and lexicon.cause_closes
            else None
        )
        gives = sorted_longest_first(lexicon.give)
        self._give = re.compile("|".join(re.escape(w) for w in gives)) if gives else None
        fillers = sorted_longest_first(lexicon.filler)
        # a set phrase that holds a filler (各级各类学校) is matched first and kept whole
        keeps = "|".join(re.escape(w) for w in sorted_longest_first(lexicon.filler_keeps)) or "(?!)"
        self._filler = (
            re.compile(f"({keeps})|" + "|".join(re.escape(w) for w in fillers)) if fillers else None
        )
        nouns = [h for h in sorted_longest_first(lexicon.heads) if "投资" not in h and h != "项目"]
        self._filler_verb = (
            re.compile(
                "(?<=[\u4e00-\u9fff])(?:"
                + "|".join(re.escape(v) for v in lexicon.filler_verbs)
                + ")(?="
                + "|".join(re.escape(h) for h in nouns)
                + ")"
            )
            if lexicon.filler_verbs and nouns
            else None
        )
        counters = sorted_longest_first(lexicon.holder_counters)
        # 三家链主企业合计产值: a small count in words opening a name counts its holders, no part of it;
        # one followed by another numeral is a slogan's (“四个一批”项目, 三个一百工程), part of the name
        self._words_count = re.compile(
            "^[一二两三四五六七八九十]{1,2}(?:"
            + "|".join(re.escape(w) for w in counters)
            + ")(?![一二两三四五六七八九十百千万])(?=[\u4e00-\u9fff]{2})"
            if counters
            else "(?!)"
        )
        # trim, canonical and lead_name are pure functions of their arguments, and reports say the
        # same names over and over: each keeps its answers (bounded, so memory stays flat)
        self._trimmed: dict[str, str] = {}
        self._canonical: dict[str, str] = {}
        self._leads: dict[tuple[str, str], str] = {}
        self._trailing: dict[str, tuple[str, int]] = {}
        self._items: dict[tuple[str, bool, int], tuple[str, ...]] = {}

    # ---- trimming ---------------------------------------------------------------------------------

    def trim(self, raw: str) -> str:
        """A candidate name with connectives, places, periods and measure words trimmed from its ends."""
        done = self._trimmed.get(raw)
        if done is None:
            done = self._trim(raw)
            if len(self._trimmed) >= _CACHE_SIZE:
                self._trimmed.clear()
            self._trimmed[raw] = done
        return done

    def _trim(self, raw: str) -> str:
        s = clean(raw)
        found = list(self._once_done.finditer(s)) if any(c in s for c in self._once_ends) else []
        if found and found[-1].start() > 0 and len(s) - found[-1].end() >= 2:
            s = s[found[-1].end() :]  # 所有项目建成后预计带动新增就业 → 带动新增就业
        for _ in range(12):
            before = s
            s = self.naming.number_tail(s)
            m = self._prefix.match(s)
            if m and m.end() > 0 and not self.naming.starts_with_noun(s):
                s = s[m.end() :]
            lead = next((w for w in self._plan_leads if s.startswith(w)), "")
            if lead and len(s) > len(lead) + 1:
                rest = s[len(lead) :]
                if not rest.startswith(self._plan_keeps) and not rest.rstrip("的").endswith(self._plan_keeps):
                    s = rest  # 计划新建改造供热管网26公里: what is to be done (计划新开工项目 keeps it)
            place = self.subjects.regex.match(s)
            if place and 1 < place.end() < len(s) and s[place.end()] != "级":
                s = s[place.end() :]  # (玉溪市级重点项目: a level of projects, named by its place)
            pm = self.periods.regex.match(s)
            if pm and pm.end() > 0:
                s = s[pm.end() :]
            sm = self._suffix.search(s)
            if sm and sm.start() < len(s) and not self.naming.cuts_noun(s, sm.start()):
                s = s[: sm.start()]
            # (after the suffix: 完成率只有 is 完成率, whose 完成 stays)
            if s.startswith("完成") and (
                len(s) > 4 or (len(s) == 4 and s not in self.heads and s[2] not in "率比")
            ):
                s = s[2:]
            tail = self._period_tail.search(s)
            if tail and tail.start() > 0:
                s = s[: tail.start()]
            if s == before:
                break
        if self.naming.only_places(s, self.subjects.regex) or not self.naming.has_word(s):
            return ""  # a place is a subject, never an indicator
        return s

    def canonical(self, name: str) -> str:
        """Map a name through the catalogue; a growth word at its end names the base quantity."""
        if not name:
            return name
        name = join_levels(name)  # 省、市重点项目: one class of projects (省市重点项目)
        done = self._canonical.get(name)
        if done is None:
            done = self._canonical_of(name)
            if len(self._canonical) >= _CACHE_SIZE:
                self._canonical.clear()
            self._canonical[name] = done
        return done

    def _canonical_of(self, name: str) -> str:
        name = self.naming.done_for(name)  # 金融机构为链上企业新增授信: 链上企业新增授信
        name = self.naming.share_base(name)  # 税收收入占比: 税收收入
        name = self.naming.without_again(name)  # 再新增规上企业: 新增规上企业
        for mark in self.naming.sum_marks:
            at = name.find(mark)
            if at >= 2 and name[at + len(mark) :] in self.heads:
                name = name[:at] + name[at + len(mark) :]  # 重点企业合计产值: the sum is the firms' 产值
        for ending, written in self.naming.ending_rewrites.items():
            if name.endswith(ending):
                name = name[: -len(ending)] + written  # 年度计划投资额 → 年度计划投资
                break
        for deed in self.naming.inner_deeds:
            at = name.find(deed)
            rest = name[at + len(deed) :]
            if (
                at >= 2
                and len(rest) >= 3
                and rest.endswith(self.naming.inner_deed_measures)
                and not rest.startswith(self._inner_deed_keeps)  # (实现的零售额: a clause, kept whole)
            ):
                name = name[:at] + rest  # 港口完成货物吞吐量: the port's 货物吞吐量
        base = self._growth_tail.sub("", name) or name
        # 农村居民的人均可支配收入: a catalogue name with 的 inside (no catalogue name holds one)
        plain = base.replace("的", "") if "的" in base else base
        for candidate in (name, base, plain):
            if candidate in self.catalogue:
                canonical = self.catalogue[candidate]
                # 规上工业企业 in a report that says so: the catalogue's 规模工业企业, in the report's words
                return candidate if self.naming.same_in_writers_words(candidate, canonical) else canonical
        return self.naming.known_base(base) or self.naming.unit_prefixed(base) or base

    def heading_name(self, heading: str) -> str:
        """The catalogue indicator a section heading names (规模以上工业运行 → 规模工业增加值), or ""."""
        name = self.naming.heading_base(self.trim(heading))
        return self.catalogue.get(name, "")

    # ---- reading names ----------------------------------------------------------------------------

    def lead_name(self, lead: str, measure: str) -> str:
        """The name in the text before a number (``lead``), cut at comparisons and ranking words."""
        key = (lead, measure)
        done = self._leads.get(key)
        if done is None:
            done = self._lead_name(lead, measure)
            if len(self._leads) >= _CACHE_SIZE:
                self._leads.clear()
            self._leads[key] = done
        return done

    def _lead_name(self, lead: str, measure: str) -> str:
        s = _PAREN.sub("", clean(_ITEM_NUMBER.sub("", lead)))
        s = s[max(s.rfind("|"), s.rfind("｜")) + 1 :]  # 3 | 举办对接活动2场: the row's cell, not the row
        s = s[max(s.rfind("（"), s.rfind("(")) + 1 :]  # 某某项目（总投资12.6亿元）: the bracket's own words
        if self._method is not None:
            s = self._method.sub("", s)  # 增加值按可比价格计算增长: how it was reckoned names nothing
        if self._cause is not None and "受" in s:
            s = self._cause.sub("", s)  # 石化行业受装置检修影响下降: why it moved names nothing
        if self._give is not None:
            # a give verb before 类 names a kind (政策兑现类), not what was given
            ends = [
                m.end()
                for m in self._give.finditer(s)
                if not s.startswith("类", m.end()) and s[m.end() - 1 : m.end() + 1] != "到位"
            ]  # 争取到位资金: 到位 is one word, 争取 the verb
            if ends:
                s = s[ends[-1] :]
        if self._filler is not None:
            s = self._filler.sub(_kept, s)
        if self._filler_verb is not None:
            s = self._filler_verb.sub("", s)  # 第一产业完成增加值 → 第一产业增加值
        s = self._words_count.sub("", s)
        if measure in ("diff", "change", "rank", "ratio", "growth", "level"):
            m = self._comparator.search(s)
            if m is not None and self.naming.cuts_noun(s, m.start()):
                m = self._comparator.search(s, m.end())  # 比 in 占比, 比重: part of a noun
            if m is not None and measure in ("diff", "change", "rank", "growth"):
                s = s[: m.start()]
        if measure == "rank":
            m = self._rank_cue.search(s)
            while m is not None and self.naming.cuts_noun(s, m.start() + 1):
                m = self._rank_cue.search(s, m.end())  # 居 in 居民: part of a noun, not a ranking word
            if m is not None:
                s = s[: m.start()]
            m = _RANK_SCOPE.search(s)
            if m is not None and not m.group().rstrip("之中").endswith(self.ranking_nouns):
                s = s[: m.start()]  # 规模在全省同类产业链中(排名第一): the scope is the reference
                if self._growth_tail.fullmatch(s.strip()):
                    s = ""  # 增速在…中排第9位: the rate of the figure before
        if measure == "ratio":
            scope = _SHARE_IN.search(s)
            if scope is not None:
                s = s[: scope.start()]  # 在规上工业中的占比为14.3%: the share of the one before
            for word in self.ratio_cut:
                idx = s.find(word)
                if idx >= 0 and not (word == "占" and s.startswith("比", idx + 1)):
                    s = s[:idx]
            idx = s.find("完成")
            if idx >= 0 and s.endswith("的") and not s.startswith("率", idx + 2):
                s = s[:idx]
        name = self.trim(self.naming.tidy(self.trim(s)))
        agent = next((g for g in self.generic_nouns if name.startswith(g)), "")
        if agent and name[len(agent) :].startswith(self._keep_verbs):
            name = name[len(agent) :]  # 企业新增发明专利授权863件: what was added, not who added it
        return name

    def trailing_name(self, text: str, start: int, end: int) -> tuple[str, int]:
        """The noun phrase right after a counted number (28个省重点项目全部开工 → 省重点项目), and
        where it ends in ``text``."""
        s = text[start:end]
        done = self._trailing.get(s)  # it reads only ``s``: the same words after a number, read once
        if done is None:
            done = self._trailing_name(s)
            if len(self._trailing) >= _CACHE_SIZE:
                self._trailing.clear()
            self._trailing[s] = done
        return done[0], start + done[1]

    def _trailing_name(self, s: str) -> tuple[str, int]:
        """``trailing_name`` of the words ``s`` after a number: the name and its length in ``s``."""
        stop = len(s)
        for i, ch in enumerate(s):
            if (
                ch in "，,。；;：:！？!?、（(）)|｜\n \u3000\t"
                or ch.isdigit()
                or ch in "０１２３４５６７８９"
            ):
                stop = i  # (a blank parts phrases as a comma does: 新签约项目37个 计划总投资…)
                break
        by_digit = stop < len(s) and s[stop] not in "，,。；;：:！？!?、（(）)|｜\n \u3000\t"
        s = s[:stop]
        noun = next((g for g in self.generic_nouns if s.startswith(g)), "") if by_digit else ""
        if noun and s[len(noun) :] in self._set_totals:
            return noun, len(noun)  # 86个项目总投资512.6亿元: the count is of the projects
        neg = s.find("未", 2)
        undone = self._stop.match(s, neg + 1) if neg > 0 else None
        if undone is not None and len(clean(s[:neg])) >= 2 and not _NON_NAME.search(s[:neg]):
            # 17个签约项目未开工: the units that have not done it (→ 未开工签约项目)
            return "未" + undone.group() + self.trim(clean(s[:neg])), undone.end()
        if self._state_verb.match(s) and not by_digit:
            return "", 0  # 有6个实现正增长: a deed, not a noun (see ``deed``)
        deed = ""
        m = self._stop.search(s, 1)
        spans = self.naming.protected(s) if m is not None else []
        while m is not None and any(a <= m.start() < b for a, b in spans):
            m = self._stop.search(s, m.start() + 1)  # 共 in 公共, 开工 in 新开工: part of a noun
        if m is not None:
            noun = clean(s[: m.start()])
            verb = self._state_verb.match(s, m.start())
            tail = clean(s[m.start() :])
            if verb is not None and not by_digit and len(noun) <= 4 and noun.endswith(self.generic_nouns):
                deed = tail[2:] if tail.startswith("实现") else tail
                if deed != verb.group():
                    deed = self._suffix.sub("", deed)  # (集中签约, the verb alone, keeps its 约)
            elif verb is not None and not by_digit and tail.startswith("实现") and len(tail) <= 4:
                pass  # 96211名…劳动力实现就业: the units and their short deed name the figure
            else:
                s = s[: m.start()]
        raw_end = len(s)
        s = noun if deed else clean(s)
        if len(s) < 2 or _NON_NAME.search(s):
            return "", 0
        return deed + self.trim(s), raw_end

    def deed(self, text: str, start: int, end: int) -> str:
        """``实现正增长`` right after a count: what the counted units did (实现 dropped), or ""."""
        s = text[start:end]
        verb = self._state_verb.match(s)
        if verb is None:
            return ""
        stop = next((i for i, ch in enumerate(s) if ch in "，,。；;：:！？!?、\n"), len(s))
        if any(ch.isdigit() for ch in s[:stop]):
            return ""
        return clean(s[:stop]) + "的"

    def split_items(self, lead: str, expand: bool = False, want: int = 0) -> list[str]:
        """``A、B和C`` → [A, B, C], with a shared head put back (生态环境、民生工程投资 → …投资).
        When ``want`` items are expected and 和/及/与 split too many, they are read as inside an
        item (民生和社会事业投资, 电力热力燃气及水生产和供应业): only 、 and commas part the items."""
        key = (lead, expand, want)
        done = self._items.get(key)
        if done is None:
            done = tuple(self._split_items(lead, expand))
            if want >= 2 and len(done) > want:
                coarse = tuple(self._split_items(lead, expand, _COARSE_SPLIT))
                if len(coarse) == want:
                    done = coarse
            if len(self._items) >= _CACHE_SIZE:
                self._items.clear()
            self._items[key] = done
        return list(done)

    def _split_items(self, lead: str, expand: bool, splitter: re.Pattern[str] = LIST_SPLIT) -> list[str]:
        parts = [p for p in splitter.split(clean(lead)) if p]
        if len(parts) >= 2:
            first = self._prefix.match(parts[0])  # 全年省、市…: the lead-in words are no item
            if (
                first is not None
                and 0 < first.end() < len(parts[0])
                and not self.naming.cuts_noun(parts[0], first.end())  # 有色和建材: 有 is no verb here
            ):
                parts[0] = parts[0][first.end() :]
        counted = _COUNTED_HEAD.search(parts[-1]) if len(parts) >= 2 else None
        if counted is not None and counted.start() > 0 and parse_chinese(counted["n"]) == len(parts):
            # 食品、新材料、装备制造三大产业产值: each item with the head the count names
            head = counted["head"].replace("的", "")
            shorts = self.naming.short_heads  # 三条链 → 产业链
            head = next((v + head[len(k) :] for k, v in shorts.items() if head.startswith(k)), head)
            mark = next((g for g in self.naming.group_marks if head.startswith(g)), "")
            if len(head) - len(mark) >= 2:
                head = head[len(mark) :]  # 三大主导产业: the group's mark, no part of each item's name
            parts = [p + head for p in parts[:-1]] + [parts[-1][: counted.start()] + head]
        if len(parts) >= 2 and len(parts[-1]) > 2 and all(len(p) == 1 for p in parts[:-1]):
            # 省、市重点项目: one-character items share what follows the last one's first character
            parts = [p + parts[-1][1:] for p in parts[:-1]] + [parts[-1]]
        items = [self.trim(p) for p in parts]
        items = [i for i in items if i]
        if len(items) == 1 and expand:
            for word, expansion in self.contractions.items():
                if word in items[0]:
                    items = [items[0].replace(word, part, 1) for part in expansion]
                    break
        if len(items) < 2:
            return items
        items = [self._growth_tail.sub("", i) or i for i in items]
        of = _OF_HEAD.match(items[-1])
        if of is not None and all(len(i) <= 4 for i in items[:-1]):
            # 用工、融资、物流的问题 → 用工问题, 融资问题, 物流问题
            return [i + of["head"] for i in items[:-1]] + [of["mod"] + of["head"]]
        last = items[-1]
        holder = next((h for h in self.naming.list_holders if last.endswith(h) and len(last) > len(h)), "")
        if holder:  # 食品加工、电子信息、新能源产业: each a branch (食品加工产业)
            items = [i if i.endswith(self.naming.holder_nouns) else i + holder for i in items[:-1]] + [last]
        items = [self.naming.share_tail(i, last) for i in items[:-1]] + [last]
        head = next((h for h in self.heads if last.endswith(h) and len(last) > len(h)), None)
        if head is not None:
            # (项目个数和总投资: a count is a whole name, no amount of the last item's noun)
            items = [
                i
                if i.endswith(self._count_ends) or any(i.endswith(h) for h in self.heads)
                else self._with_head(i, last, head)
                for i in items[:-1]
            ] + [last]
        else:  # 茶叶、油茶收购价格: two-character items share what follows the last one's first word
            items = [self.naming.short_item(i, last) for i in items[:-1]] + [last]
        return items

    def _with_head(self, item: str, last: str, head: str) -> str:
        """A list item completed by the last item's head; a two-character one by the last item's rest
        (茶叶、油茶收购价格 → 茶叶收购价格, not 茶叶价格)."""
        short = self.naming.short_item(item, last)
        if short != item and len(last) - len(head) - 2 >= 2:
            return short  # the last item's rest before its head is a word the items share (收购)
        return item + head  # 兰炭、甲醇、聚烯烃产量: 聚烯烃 is one word, 烃 no shared part

    def comparison_ref(self, lead: str) -> str | None:
        """What follows the last comparator in ``lead``: 比上半年 → 上半年, 高出产业投资 → 产业投资."""
        s = clean(lead)
        found = list(self._comparator.finditer(s))
        if not found:
            return None
        end = len(s)
        for m in reversed(found):
            if s[m.end() : end].strip():
                return s[m.end() : end]
            end = m.start()  # 比全省高出1.2个百分点: the last comparator names nothing, the one before does
        return s[found[-1].end() :]


def modality_of(
    text: str, start: int, end: int, regex: re.Pattern[str], values: Mapping[str, str]
) -> str | None:
    """The modality word nearest before ``end`` in ``text[start:end]``, or None."""
    found: str | None = None
    for m in regex.finditer(text, start, end):
        found = values[m.group()]
    return found
