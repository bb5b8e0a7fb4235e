"""Tidying an indicator name once the ``Namer`` has cut it out of the text.

General rules, each driven by a word list of ``lexicon/naming.yaml`` (schema ``NamingFile`` in
``naming_file.py``) and the indicator catalogue (``lexicon/indicators.yaml``):

- a table's caption names what its rows measure once the label (附表), the period, the set of rows
  (各市州) and the column words (增速及位次) are gone (``caption``);
- a cut never falls inside a word of ``noun_words`` that holds a character the cutter would read as a
  verb (共 in 公共, 有 in 有色) (``protected``), and a name opening with such a word or a catalogue
  name keeps its opening (``starts_with_noun``);
- a name read before a number starts after the last deed verb (推动…签订供货合同 → 供货合同), unless the
  actor, without its generic noun, joins what follows into a catalogue name (``after_deed``);
- ``A的B`` is B, or A + B when B is a bare generic noun or A ends in one (列入考核的省重点项目 →
  省重点项目, 亮红灯的项目 → 亮红灯项目, 高新技术企业的营业收入 → 高新技术企业营业收入) (``relative``);
- ``A中B`` after a generic noun is B (重点项目中外资项目 → 外资项目) (``among``);
- ``A、B等C`` is C, with a kept verb in front (引进A、B等配套企业 → 引进配套企业) (``example_list``);
- a year or a time limit inside a name goes (储备2026年重大项目 → 储备重大项目, 六个月内开工率 → 开工率)
  (``tidy``);
- a list item lacking the last item's noun is completed into a catalogue name (城镇、农村居民人均可支配
  收入) (``share_tail``) or, two characters long, takes the rest of the last item (``short_item``); a
  short name in a run joins the start of the name before it into a catalogue name (粮食播种面积…、产量…
  → 粮食产量) (``inherit_head``);
- a ratio named only by a rate word (完成率) takes the name of the amount before it (``rate_base``);
- a size word after a catalogue name goes (社会消费品零售总额总量) (``known_base``); a catalogue name
  after a unit's name is that unit's figure (某某景区接待游客 → 接待游客) (``unit_prefixed``);
- 总数 / 累计 after a count of new units is the stock of those units (``stock_lead``, ``stock_of``);
- a rank with no name takes the ranking a ``在…中`` clause before it names (``scope``); a section
  heading that names a catalogue indicator (二、规模以上工业运行) is what its passages' clauses naming
  only a subject measure (``heading_base``);
- a project's figure named by the generic noun standing for it drops the noun (``drop_anaphor``);
- a name made only of place names, or of no word at all, is no name (``only_places``, ``has_word``),
  and the figures before a number in its run are no part of its name (``number_tail``);
- what a diff is compared with, named as an indicator, is a region's bare total (``region_totals``), a
  group completed by the figure's own indicator, or the catalogue name it shortens (``compared``).

Nothing here names a report's sentence: the words are data, the catalogue is the catalogue.
"""

from __future__ import annotations

import re
from pathlib import Path

from diaodu.reading.lexicon import sorted_longest_first
from diaodu.reading.naming_file import load_naming

__all__ = ["Naming", "load_naming"]


_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _alternation(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted_longest_first(list(words))
    return re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + ")" if ordered else "(?!)")


_CAPTION_NUMBER = re.compile(
    r"^\s*(?:[0-9０-９]{1,3}(?![0-9０-９年])|[一二三四五六七八九十]{1,3})?\s*[：:、.．]?\s*"
)
_LIST_MARK = "、"


def _measure_noun(s: str) -> bool:
    """Does ``s`` open with a measure noun (率, 额; 量, 数, 值 alone), not a word of its own (数字化)?"""
    return s[0] in "率额" or (len(s) <= 2 and s[0] in "量数值")


_YEAR = re.compile(r"(?:到|至|截至)?(?:19|20)\d{2}年度?(?:底|末)?")
# 9月12日第三批集中开工项目: a day is no part of a name
_DAY = re.compile(r"(?:到|至|截至)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
_WITHIN = re.compile(r"[0-9一二三四五六七八九十两]+个?(?:月|年|天|日|小时|工作日)(?:以内|之内|内)")
_NUMBER_TAIL = re.compile(r"[0-9０-９.．:：∶]*[0-9０-９][0-9０-９.．:：∶]*$")


class Naming:
    """The rules above, compiled for one catalogue (``names``: every name and alias → canonical)."""

    def __init__(
        self,
        names: dict[str, str],
        generic_nouns: tuple[str, ...] | list[str] = (),
        keep_verbs: tuple[str, ...] | list[str] = (),
        folder: str | Path | None = None,
    ) -> None:
        words = load_naming(folder)
        self.names = names
        self._labels = _alternation(words.caption_labels)
        # 各县区、开发区 / 各县市区和园区: a set of rows, with the groups of places listed after it
        tails = sorted_longest_first(list(words.caption_set_tails))
        self.set_tails = tuple(tails)  # 开发区, 园区: groups of places, beside the home's own
        self._sets = re.compile(
            _alternation(words.caption_sets).pattern
            + ("(?:[、和及与](?:" + "|".join(re.escape(w) for w in tails) + "))*" if tails else "")
        )
        self._columns = re.compile(_alternation(words.caption_columns).pattern + "$")
        self._nouns = _alternation([w for w in words.noun_words if len(w) >= 2])
        self._known = _alternation([w for w in (*words.noun_words, *names) if len(w) >= 2])
        self._deeds = _alternation(words.deed_verbs)
        self.rate_words = frozenset(words.rate_words)
        self.region_totals = dict(words.region_totals)
        self.short_heads = dict(words.short_heads)
        self.group_marks = tuple(sorted_longest_first(list(words.group_marks)))
        self.sum_marks = tuple(words.sum_marks)
        self.inner_deeds = tuple(words.inner_deeds)
        self.inner_deed_measures = tuple(words.inner_deed_measures)
        self.ending_rewrites = dict(words.ending_rewrites)
        self.branch_ends = tuple(words.branch_ends)
        self.batch_events = dict(words.batch_events)
        self.for_mark = words.for_mark
        self.share_words = tuple(sorted_longest_first(list(words.share_words)))
        self.again_marks = {mark: tuple(deeds) for mark, deeds in words.again_marks.items()}
        self.list_anaphors = dict(words.list_anaphors)
        self._for_agent = re.compile(
            "^.{0,12}?(?:"
            + "|".join(re.escape(w) for w in sorted_longest_first(list(words.for_agents)))
            + ")"
            + re.escape(words.for_mark)
            if words.for_agents
            else "(?!)"
        )
        self.stock_words = frozenset(words.stock_words)
        self._measure_tails = tuple(sorted_longest_first(list(words.measure_tails)))
        self.plan_shares = frozenset(words.plan_shares)
        self.not_after_among = frozenset(words.not_after_among)
        self.unit_nouns = tuple(sorted_longest_first(list(words.unit_nouns)))
        self.holder_nouns = tuple(words.holder_nouns)
        self.list_holders = tuple(sorted(words.list_holders, key=len, reverse=True))
        self._variants = _alternation(words.writer_variants) if words.writer_variants else None
        self._by_length = sorted_longest_first([n for n in names if len(n) >= 3])
        opens = _alternation(words.scope_open).pattern
        closes = _alternation(words.scope_close).pattern
        self._scope_drop = re.compile("^" + _alternation(words.scope_drop).pattern)
        self._scope = re.compile(f"{opens}([^，,。；;！？!?]{{2,40}}?){closes}[，,]?\\s*$")
        self._order = re.compile(
            _alternation(words.order_open).pattern
            + r"([^，,。；;：:！？!?\s]{2,20}?)"
            + "(?:"
            + _alternation(words.order_ways).pattern
            + ")?"
            + _alternation(words.order_close).pattern
            + r"[^，,。；;：:！？!?\n]{0,4}(?:[（(][^）)\n]{0,20}[）)])?[：:]\s*$"
        )
        self._size = re.compile(_alternation(words.size_words).pattern + "$")
        self._heading_tail = re.compile(_alternation(words.heading_tails).pattern + "$")
        self.generic_nouns = tuple(sorted_longest_first(list(generic_nouns)))
        self.keep_verbs = tuple(sorted_longest_first(list(keep_verbs)))

    # ---- tables -----------------------------------------------------------------------------------

    def caption(self, title: str, period_regex: re.Pattern[str]) -> str:
        """``附表：2023年1—9月各县区工业投资增速及位次`` → ``工业投资`` (still to be trimmed)."""
        s = title.strip()
        m = self._labels.match(s)
        if m is not None:
            s = _CAPTION_NUMBER.sub("", s[m.end() :], count=1)
        s = re.sub(r"\s+", "", s)
        s = period_regex.sub("", s) if period_regex.pattern else s
        s = self._sets.sub("", s)
        for _ in range(8):
            cut = self._columns.search(s)
            if cut is None:
                break
            s = s[: cut.start()]  # at 0: nothing but column words (主要指标增速及位次) names no quantity
        return s

    # ---- protected words --------------------------------------------------------------------------

    def protected(self, s: str) -> list[tuple[int, int]]:
        """Spans of ``s`` a cut must not fall inside (``noun_words``, longest first, left to right)."""
        return [(m.start(), m.end()) for m in self._nouns.finditer(s)]

    def cuts_noun(self, s: str, pos: int) -> bool:
        """Would cutting ``s`` at ``pos`` split a word of ``noun_words`` (正增长 → 正)?"""
        return any(a < pos < b for a, b in self.protected(s))

    @staticmethod
    def number_tail(s: str) -> str:
        """``结构为20.1:30.2`` → ``结构为``: the figures before a number in a run are no part of its name."""
        m = _NUMBER_TAIL.search(s)
        return s[: m.start()] if m is not None and m.start() > 0 else s

    def starts_with_noun(self, s: str) -> bool:
        return self._known.match(s) is not None

    # ---- lead names -------------------------------------------------------------------------------

    def tidy(self, s: str) -> str:
        """A lead read before a number, with deed verbs, relative clauses and example lists resolved."""
        if not s:
            return s
        s = _WITHIN.sub("", _DAY.sub("", _YEAR.sub("", s))) or s
        s = self.after_deed(s)
        s = self.example_list(s)
        s = self.among(s)
        return self.relative(s)

    def among(self, s: str) -> str:
        """``重点项目中外资项目`` → ``外资项目``: B among the A (A ending in a generic noun)."""
        for noun in self.generic_nouns:
            idx = s.rfind(noun + "中")
            if idx > 0:
                rest = s[idx + len(noun) + 1 :]
                if len(rest) >= 2 and rest[0] not in self.not_after_among:
                    return rest
        return s

    def share_tail(self, item: str, last: str) -> str:
        """A list item that lacks the noun the last item ends with, completed into a catalogue name
        (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入); else the item as it is."""
        if item in self.names:
            return item
        for k in range(1, len(last) - 1):
            if item + last[k:] in self.names:
                return item + last[k:]
        return item

    def after_deed(self, s: str) -> str:
        """``推动园区企业签订供货合同`` → ``供货合同``; ``规模以上服务业企业实现营业收入`` →
        ``规模以上服务业营业收入`` (the actor without its generic noun, joined, is a catalogue name)."""
        spans = self.protected(s)
        last: re.Match[str] | None = None
        for m in self._deeds.finditer(s):
            if not any(a <= m.start() < b or a < m.end() < b for a, b in spans):
                last = m  # 共 opening 共享, 拟 closing 模拟: part of a noun
        if last is None:
            return s
        after = s[last.end() :]
        if len(after) < 2 or _measure_noun(after) or after[0] == "的":
            return s  # 签订率: the verb opens a measure noun; 实现的零售额: it is inside a relative clause
        before = s[: last.start()]
        if 2 <= len(before) <= 10 and before.endswith(self.holder_nouns) and _CJK.fullmatch(before):
            return before + after  # 建材产业实现产值 → 建材产业产值: the branch is part of what is counted
        if before in self.names and any(before.endswith(n) for n in self.generic_nouns):
            return before + after  # 规模以上工业企业实现营业收入: a counted class (the catalogue's) owns it
        for k in range(max(0, len(before) - 8), len(before) - 1):
            if before[k:] + after in self.names:
                return before[k:] + after  # 全市规模工业实现增加值 → 规模工业增加值: a catalogue name
        for noun in self.generic_nouns:
            if before.endswith(noun) and len(before) > len(noun):
                actor = before[: -len(noun)]
                for k in range(len(actor)):
                    if actor[k:] + after in self.names:
                        return actor[k:] + after
                break
        return after

    def example_list(self, s: str) -> str:
        """``引进A、B等配套企业`` → ``引进配套企业``; ``A、B等特色林果面积`` → ``特色林果面积``."""
        idx = s.rfind("等")
        if idx <= 0 or _LIST_MARK not in s[:idx] or s[idx + 1 : idx + 2] in ("级", "次", ""):
            return s
        rest = s[idx + 1 :]
        if len(rest) < 2:
            return s
        verb = next((v for v in self.keep_verbs if s.startswith(v)), "")
        return verb + rest

    def relative(self, s: str) -> str:
        """``列入考核的省重点项目`` → ``省重点项目``; ``亮红灯的项目`` → ``亮红灯项目``."""
        idx = s.rfind("的")
        if idx <= 0 or idx == len(s) - 1:
            return s
        head = s[idx + 1 :]
        if head in self.generic_nouns or s[:idx].endswith((*self.generic_nouns, *self.unit_nouns)):
            return s[:idx] + head  # 亮红灯的项目; 高新技术企业的营业收入: whose, not which
        if len(head) >= 4 or head.endswith("率"):  # …的贡献率: a rate is a name of its own
            return head
        return s  # …实现的零售额: a short bare noun needs what it is of

    # ---- whole names ------------------------------------------------------------------------------

    def rate_base(self, name: str, before: str) -> str:
        """A ratio named by a rate word alone (完成率) takes the name of the amount before it when that
        amount is of the rate's verb (完成投资); else it keeps its own."""
        if (
            name in self.plan_shares
            and before
            and not before.endswith("率")
            and before not in self.plan_shares
        ):
            return before  # 完成投资162.7亿元，完成年度计划82.5%: the share of the plan that amount is
        if name not in self.rate_words or not before or before in self.rate_words:
            return name
        verb = name[:2]
        return before if verb in before and not before.endswith("率") else name

    def without_again(self, name: str) -> str:
        """再新增规上企业 → 新增规上企业, 可带动就业 → 带动就业: "again" or "can" before a deed is no part of
        what is counted."""
        for mark, deeds in self.again_marks.items():
            if name.startswith(mark) and name.startswith(deeds, len(mark)) and len(name) - len(mark) >= 2:
                return name[len(mark) :]
        return name

    def share_base(self, name: str) -> str:
        """税收收入占比 → 税收收入: the quantity a share is of; a name saying of what whole it is
        (…占一般公共预算收入比重) as it is."""
        word = next((w for w in self.share_words if name.endswith(w)), "")
        if not word or len(name) - len(word) < 2 or "占" in name[: -len(word)]:
            return name
        return name[: -len(word)]

    def done_for(self, name: str) -> str:
        """What was done for whom, without who did it: 金融机构为链上企业新增授信 → 链上企业新增授信, and
        银行为企业新增贷款 → 新增贷款 (a beneficiary named by a generic noun alone says nothing)."""
        if self.for_mark not in name:
            return name
        m = self._for_agent.match(name)
        if m is None or len(name) - m.end() < 2:
            return name
        rest = name[m.end() :]
        whom = next((n for n in self.generic_nouns if rest.startswith(n) and len(rest) - len(n) >= 2), "")
        return rest[len(whom) :]

    def same_in_writers_words(self, written: str, canonical: str) -> bool:
        """Do ``written`` and the catalogue's ``canonical`` differ only by a writer's variant of one word
        (规上工业企业 / 规模工业企业 / 规模以上工业企业)? Then the report's own wording names it."""
        if written == canonical or self._variants is None:
            return False
        return self._variants.sub("#", written) == self._variants.sub("#", canonical)

    def known_base(self, name: str) -> str | None:
        """The catalogue name ``name`` is the amount of (社会消费品零售总额总量 → 社会消费品零售总额)."""
        m = self._size.search(name)
        if m is None or m.start() == 0:
            return None
        return self.names.get(name[: m.start()])

    def is_size_word(self, word: str) -> bool:
        """Is ``word`` one of ``size_words`` alone (总量: "its amount")?"""
        return self._size.fullmatch(word) is not None

    def stock_of(self, base: str, name: str) -> str:
        """``总数`` after a count of new units (新增规上工业企业12家，总数达到150家) is the stock of those
        units: the kept verb goes (→ 规上工业企业); any other 总… joins the name before it."""
        if name in self.stock_words:
            verb = next((v for v in self.keep_verbs if base.startswith(v) and len(base) > len(v) + 1), "")
            return base[len(verb) :]  # the stock of the units counted before (高新技术企业 → itself)
        tail = next((t for t in self._measure_tails if base.endswith(t) and len(base) - len(t) >= 2), "")
        if tail and name.startswith("总"):
            return base[: -len(tail)] + name  # 早稻播种面积…，总产量… → 早稻总产量: of the crop, not its area
        return base + name

    def other_tail(self, base: str, name: str) -> str:
        """``name`` alone one of ``measure_tails`` (产量) after ``base`` ending in an area (南果梨种植面积):
        the same crop's other measure (→ 南果梨产量); else ""."""
        if name not in self._measure_tails:
            return ""
        tail = next((t for t in self._measure_tails if base.endswith(t) and len(base) - len(t) >= 2), "")
        # (an area's crop only: 整车产量…，实现产值… is the firm's output, not the cars')
        return base[: -len(tail)] + name if tail.endswith("面积") and tail != name else ""

    def short_item(self, item: str, last: str) -> str:
        """A two-character list item before a last item that opens with a two-character word of its
        own takes that item's rest (茶叶、油茶收购价格 → 茶叶收购价格)."""
        if len(item) != 2 or len(last) < 4 or item in self.names or item == last[:2]:
            return item
        return item + last[2:]

    def scope(self, before: str) -> str:
        """``在年度全省综合考核中，`` (ending ``before``) → ``年度全省综合考核``: the ranking a rank with no
        name of its own is placed in; "" when ``before`` does not end so."""
        m = self._scope.search(before)
        return self._scope_drop.sub("", m.group(1)) if m else ""

    def ordered_by(self, lead_in: str) -> str:
        """``按办结率排序如下：`` (ending ``lead_in``) → ``办结率``: what the rows of a ranking under it are
        ranked on; "" when ``lead_in`` does not end so."""
        m = self._order.search(lead_in)
        return m.group(1) if m else ""

    def inherit_head(self, name: str, before: str) -> str:
        """A short name in a run after ``before`` (粮食播种面积…、产量…) that joins the start of ``before``
        into a catalogue name takes it (→ 粮食产量); else the name as it is."""
        if len(name) > 3 or name in self.names or not before:
            return name
        for k in range(len(before) - 1, 0, -1):
            if before[:k] + name in self.names:
                return self.names[before[:k] + name]
        return name

    def stock_lead(self, lead: str) -> bool:
        """Is ``lead`` a stock word and a short verb at most (总数达到, 总量为)?"""
        s = lead.strip("，,、；; \u3000")
        return any(s.startswith(w) and len(s) - len(w) <= 3 for w in self.stock_words)

    def unit_prefixed(self, name: str) -> str | None:
        """``某某景区接待游客`` → ``接待游客``: a catalogue name after a unit's name (ending in one of
        ``unit_nouns``) is that unit's figure, the unit being its subject."""
        for known in self._by_length:
            if len(known) < len(name) and name.endswith(known):
                prefix = name[: -len(known)]
                if prefix.endswith(self.unit_nouns) and len(prefix) > 2:
                    return self.names[known]
                return None
        return None

    def heading_base(self, heading: str) -> str:
        """A section heading without its trailing section words (规模以上工业运行 → 规模以上工业)."""
        if heading in self.names:
            return heading
        m = self._heading_tail.search(heading)
        return heading[: m.start()] if m is not None and m.start() > 0 else heading

    def compared(self, name: str, indicator: str) -> str:
        """What a diff compares with, named as an indicator: a region's bare total (高于全区投资 →
        固定资产投资, from ``region_totals``), or a group completed by the figure's own indicator (快于城镇
        居民 → 城镇居民人均可支配收入, for a figure of 农村居民人均可支配收入)."""
        if name in self.region_totals:
            return self.region_totals[name]
        if name and indicator and name not in self.names and name != indicator:
            done = self.share_tail(name, indicator)
            return self.names.get(done, None) or self.expand(name) or name
        return name

    def expand(self, name: str) -> str | None:
        """The one catalogue name ``name`` shortens by leaving out its middle (农村居民收入 →
        农村居民人均可支配收入), or None."""
        found: set[str] = set()
        for k in range(2, len(name) - 1):
            head, tail = name[:k], name[k:]
            for known in self._by_length:
                if len(known) > len(name) and known.startswith(head) and known.endswith(tail):
                    found.add(self.names[known])
        return found.pop() if len(found) == 1 else None

    def drop_anaphor(self, name: str) -> str:
        """``项目总投资`` → ``总投资`` (for a figure whose subject is that project)."""
        for noun in self.generic_nouns:
            if name.startswith(noun) and len(name) - len(noun) >= 2 and name not in self.names:
                return name[len(noun) :]
        return name

    @staticmethod
    def has_word(s: str) -> bool:
        """Does ``s`` hold a word at all (a Han character or a letter), not just digits and marks?"""
        return not s or any(ch.isalpha() for ch in s)

    @staticmethod
    def only_places(s: str, place_regex: re.Pattern[str]) -> bool:
        """Is ``s`` nothing but place names (joined by 、 和 及 与)?"""
        rest = place_regex.sub("", s) if s else s
        return bool(s) and rest.strip("、和及与，, ") == ""
