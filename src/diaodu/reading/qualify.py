"""Qualifiers the number phrase itself does not carry: read from the words around a figure.

``measures.QuantityFinder`` reads 超过200家 and 90%以上. Some inexact figures say so a little further off:
约占全省的6.6% (约 before the verb that leads to the share), 六成左右 (a trailing word after a numeral
the finder reads on its own), 1个工作日内 (内 after a time). Word lists come from ``qualifiers.yaml``.
"""

from __future__ import annotations

import re

from diaodu.reading.lexicon import Lexicon, sorted_longest_first

__all__ = ["LateQualifier"]


class LateQualifier:
    """Finds a figure's qualifier in the words around it, when the number phrase has none."""

    def __init__(self, lexicon: Lexicon) -> None:
        after = {q.word: q.value for q in lexicon.qualifiers if q.position == "after"}
        after.update({w: "under" for w in lexicon.time_within})
        self.after_values = after
        words = sorted_longest_first(list(after))
        self.after = re.compile("|".join(re.escape(w) for w in words)) if words else re.compile("(?!)")
        before = {q.word: q.value for q in lexicon.qualifiers if q.position == "before"}
        self.before_values = before
        lead = sorted_longest_first([w for w in before if len(w) <= 2])
        verbs = "|".join(re.escape(v) for v in lexicon.qualified_verbs) or "(?!)"
        self.lead = re.compile(
            "(" + "|".join(re.escape(w) for w in lead) + f")(?:{verbs})[^，,；;。！？0-9０-９]{{0,8}}$"
        )
        self.time_within = frozenset(lexicon.time_within)

    def find(self, text: str, clause_start: int, num_start: int, end: int, kind: str | None) -> str | None:
        """The qualifier of the figure ``text[num_start:end]`` (kind as ``Quantity.kind``), or None."""
        m = self.after.match(text, end)
        if m is not None and (m.group() not in self.time_within or kind == "time"):
            return self.after_values[m.group()]
        lead = self.lead.search(text, clause_start, num_start)
        if lead is not None:
            return self.before_values[lead.group(1)]  # 约占全省的6.6%: 约 before the verb to the share
        return None
