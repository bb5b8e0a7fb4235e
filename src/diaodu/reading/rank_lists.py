"""Ranks listed after one 第: 分别居第4、5、6位 is three ranks (4, 5, 6), not a rank and a level of 6 位;
分列第二、三位 is two (2, 3).

``measures.QuantityFinder`` reads 第4 as a rank; the bare numbers after it (5, 6位) are no figures to it,
or a count of people (位). This pass, run once per paragraph, reads every number of such a list as a
rank on its own span (the last one with its 位 / 名), in place of whatever the finder made of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diaodu.reading.measures import Quantity
from diaodu.reading.numerals import parse_number

__all__ = ["expand_rank_lists", "split_shares", "top_ranks"]

_ONE = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"  # 第4、5位 / 第二、三位
_RANK_LIST = re.compile(rf"第\s*{_ONE}(?P<rest>(?:\s*[、和及]\s*{_ONE})+)\s*(?P<word>[位名])")
_NUMBER = re.compile(_ONE)


def expand_rank_lists(text: str, quantities: list[Quantity], ps: int, pe: int) -> list[Quantity]:
    """``quantities`` (of the paragraph ``ps..pe``) with each 第N、M、K位 list read as ranks."""
    if text.find("第", ps, pe) < 0:
        return quantities
    added: list[Quantity] = []
    for m in _RANK_LIST.finditer(text, ps, pe):
        numbers = list(_NUMBER.finditer(text, m.start("rest"), m.end("rest")))
        for k, n in enumerate(numbers):
            end = m.end() if k == len(numbers) - 1 else n.end()
            added.append(
                Quantity(
                    n.start(), end, parse_number(n.group()), None, "rank", None, "rank", n.start(), end, end
                )
            )
    if not added:
        return quantities
    kept = [q for q in quantities if not any(q.start < a.end and a.start < q.end for a in added)]
    return sorted([*kept, *added], key=lambda q: (q.start, q.end))


#: A:B:C, the colon as ASCII, full-width or the ratio sign (11.9∶42.9∶45.2).
_SPLIT = re.compile(r"(?<![\d.:：∶])\d{1,2}(?:\.\d+)?(?:\s*[:：∶]\s*\d{1,2}(?:\.\d+)?){1,4}(?![\d.:：∶])")
_PART = re.compile(r"\d{1,2}(?:\.\d+)?")
_SPLIT_REACH = 8


def split_shares(
    text: str, quantities: list[Quantity], ps: int, pe: int, words: tuple[str, ...]
) -> list[Quantity]:
    """``quantities`` with each split A:B:C adding up to 100 after a structure word (三次产业结构为
    21.3:25.3:53.4) read as one share (ratio, %) per part."""
    if not words or all(text.find(c, ps, pe) < 0 for c in ":：∶"):
        return quantities
    added: list[Quantity] = []
    for m in _SPLIT.finditer(text, ps, pe):
        before = text[max(ps, m.start() - _SPLIT_REACH) : m.start()]
        if not any(w in before for w in words):
            continue
        parts = list(_PART.finditer(text, m.start(), m.end()))
        if abs(sum(float(p.group()) for p in parts) - 100.0) > 0.5:
            continue
        for p in parts:
            added.append(
                Quantity(
                    p.start(), p.end(), float(p.group()), "%", "percent", None, "ratio", p.start(), p.end()
                )
            )
    if not added:
        return quantities
    kept = [q for q in quantities if not any(q.start < a.end and a.start < q.end for a in added)]
    return sorted([*kept, *added], key=lambda q: (q.start, q.end))


_TOP_NOT_AFTER = "一二两三四五六七八九十名位强个家项条%％季年月周天日批届"
_TOP = re.compile(rf"前(?P<n>[一二两三四五六七八九十]|\d{{1,2}})(?![\d{_TOP_NOT_AFTER}])")
_TOP_REACH = 8


def top_ranks(
    text: str,
    quantities: list[Quantity],
    ps: int,
    pe: int,
    cue: re.Pattern[str],
    blocked: Sequence[tuple[int, int]] = (),
) -> list[Quantity]:
    """``quantities`` with 位列前三 / 居全省前3 (前N with no 名 or 位, a rank cue a few words before it) read
    as a rank N, under, on the number's span; none where a not-a-figure pattern matched (``blocked``:
    排名前三的县…给予奖励, a class, not a rank)."""
    if text.find("前", ps, pe) < 0:
        return quantities
    added: list[Quantity] = []
    for m in _TOP.finditer(text, ps, pe):
        if cue.search(text, max(ps, m.start() - _TOP_REACH), m.start()) is None:
            continue
        if any(q.start <= m.start("n") < q.end for q in quantities):
            continue
        if any(bs < m.end("n") and m.start("n") < be for bs, be in blocked):
            continue
        n = m["n"]
        value = parse_number(n)  # 前三 or 前3
        s, e = m.start("n"), m.end("n")
        added.append(Quantity(s, e, value, None, "rank", "under", "rank", m.start(), e, e))
    if not added:
        return quantities
    return sorted([*quantities, *added], key=lambda q: (q.start, q.end))
