"""The not-a-figure patterns (``lexicon/not_figures.yaml``) found without scanning all text once each.

Every pattern is found with its own ``finditer`` over a window of text, as written; this module only
decides *where* a pattern needs scanning. Most of them cannot match without one of a few rare characters
(年, 月, 日, 级, 强, a Latin letter …): such a pattern is scanned only over the runs of characters it can
consume that hold one of those, not over the whole window. The spans found are exactly the same:

- a match consumes only characters of the pattern's alphabet, so it lies inside one run of them, and a
  run holding none of the required characters holds no match;
- a scan started at a run's first character finds what the whole-window scan finds there, because no
  match can straddle a character outside the alphabet (the one before the run);
- a scan of a run ends a little past it (``endpos``), far enough that every lookahead still sees the
  same characters, so ``$`` and lookaheads judge as before; matches it finds past the run are dropped
  (their own run finds them).

A pattern whose alphabet or required characters cannot be told from its parsed form (a negated class,
``.``, ``\\w``, an unbounded lookahead, ignore-case), whose required characters are common (digits,
spaces), or which opens with a rare character (the engine skips to it by itself), is scanned over the
whole window as before. ``re`` has no multi-pattern scan; this is the hand-made stand-in, checked
against the plain scan in ``tests/reading/test_fast_paths.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from diaodu.reading.lexicon import scan_ready, start_class

__all__ = ["BlockerScan"]

_MAX_REQUIRED = 128
"""A required class larger than this is no filter worth its scan."""
_COMMON = frozenset("0123456789 \t\n\r\u3000")
"""Characters too common in report text to be a useful required character."""
_CHARS_PER_HIT = 100
"""Scan a pattern by runs when its required characters are rarer than one in this many: a run costs
about as much Python work as scanning this many characters in the regex engine."""
_SAMPLE = 4096
"""How many characters at the start of a stretch are counted to choose between the two scans."""
_COUNTED = 16
"""A required class of up to this many characters is counted before choosing; a larger one (Latin
letters) is taken to be rare."""


@dataclass(frozen=True, slots=True)
class _RunScan:
    regex: re.Pattern[str]
    required: re.Pattern[str]
    """One character every match consumes one of."""
    chars: tuple[str, ...]
    """The required characters."""
    member: re.Pattern[str]
    """One character of the pattern's alphabet (what its matches can consume)."""
    run: re.Pattern[str]
    """A run of the alphabet's characters."""
    reach: int
    """How far past a match's last character its lookaheads can read."""


class BlockerScan:
    """Every match of each of ``patterns`` in a stretch of text, as sorted (start, end) spans."""

    def __init__(self, patterns: list[str]) -> None:
        self.each = [scan_ready(p) for p in patterns]
        self.whole: list[re.Pattern[str]] = []
        self.runs: list[_RunScan] = []
        for pattern, compiled in zip(patterns, self.each, strict=True):
            plan = _run_scan(pattern, compiled)
            if plan is None:
                self.whole.append(compiled)
            else:
                self.runs.append(plan)

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The non-empty matches of every pattern's ``finditer`` over ``text[start:end]``, sorted."""
        spans: list[tuple[int, int]] = []
        for rx in self.whole:
            for m in rx.finditer(text, start, end):
                if m.end() > m.start():
                    spans.append((m.start(), m.end()))
        for plan in self.runs:
            # both ways find the same spans: take the cheaper one for this stretch
            if len(plan.chars) <= _COUNTED:
                # judged on a sample at the start of the stretch: counting all of it costs as much as
                # the scan it is meant to spare
                sample = min(end, start + _SAMPLE)
                hits = sum(text.count(ch, start, sample) for ch in plan.chars)
                if hits * _CHARS_PER_HIT > sample - start:
                    for m in plan.regex.finditer(text, start, end):
                        if m.end() > m.start():
                            spans.append((m.start(), m.end()))
                    continue
            _scan_runs(plan, text, start, end, spans)
        spans.sort()
        return spans

    def spans_one_by_one(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The same spans, each pattern scanned over the whole stretch (the reference)."""
        spans: list[tuple[int, int]] = []
        for rx in self.each:
            for m in rx.finditer(text, start, end):
                if m.end() > m.start():
                    spans.append((m.start(), m.end()))
        spans.sort()
        return spans


def _scan_runs(plan: _RunScan, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    done = start  # the end of the last run scanned: hits before it were in it
    member = plan.member.match
    for hit in plan.required.finditer(text, start, end):
        at = hit.start()
        if at < done:
            continue
        run_start = at
        while run_start > start and member(text, run_start - 1):
            run_start -= 1
        run = plan.run.match(text, at, end)
        run_end = run.end() if run is not None else at
        done = run_end
        for m in plan.regex.finditer(text, run_start, min(end, run_end + plan.reach + 2)):
            if m.start() >= run_end:
                break
            if m.end() > m.start():
                spans.append((m.start(), m.end()))


# ---- reading a pattern's parsed form ------------------------------------------------------------------

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _run_scan(pattern: str, compiled: re.Pattern[str]) -> _RunScan | None:
    """How to scan ``pattern`` by runs, or None when it must be scanned over the whole window."""
    if compiled.flags & (re.IGNORECASE | re.LOCALE):
        return None
    first = start_class(pattern)
    if first is not None and "\\d" not in first and not any(ch.isdigit() for ch in first):
        return None  # it opens with a rare character: the engine's own skip to it is as good as runs
    try:
        import re._parser as sre_parse  # the standard library's own regex parser

        parsed = sre_parse.parse(pattern)
        alphabet = _alphabet(list(parsed.data))
        required = _required(list(parsed.data))
        reach = _reach(list(parsed.data))
    except Exception:  # another Python's regex internals: scan as written
        return None
    if alphabet is None or required is None or reach is None:
        return None
    chars = "".join(re.escape(ch) for ch in sorted(required))
    members = "".join(sorted(alphabet))
    return _RunScan(
        regex=compiled,
        required=re.compile(f"[{chars}]"),
        chars=tuple(sorted(required)),
        member=re.compile(f"[{members}]"),
        run=re.compile(f"[{members}]*"),
        reach=reach,
    )


def _alphabet(items: list[Any]) -> set[str] | None:
    """Every character a match can consume, as class items (``a``, ``a-z``, ``\\d``); None when that
    is not a short list (a negated class, ``.``, ``\\w``, a back reference …)."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
        elif name == "IN":
            for item_op, item_av in av:
                item = str(item_op)
                if item == "LITERAL":
                    out.add(re.escape(chr(item_av)))
                elif item == "RANGE":
                    out.add(re.escape(chr(item_av[0])) + "-" + re.escape(chr(item_av[1])))
                elif item == "CATEGORY" and str(item_av) in _CATEGORIES:
                    out.add(_CATEGORIES[str(item_av)])
                else:
                    return None
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # consumes nothing
        elif name == "SUBPATTERN":
            sub = _alphabet(list(av[3]))
            if sub is None or av[1] or av[2]:
                return None
            out |= sub
        elif name == "BRANCH":
            for alternative in av[1]:
                sub = _alphabet(list(alternative))
                if sub is None:
                    return None
                out |= sub
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub = _alphabet(list(av[2]))
            if sub is None:
                return None
            out |= sub
        elif name == "ATOMIC_GROUP":
            sub = _alphabet(list(av))
            if sub is None:
                return None
            out |= sub
        else:
            return None
    return out


def _required(items: list[Any]) -> set[str] | None:
    """Characters one of which every match of the sequence consumes, chosen rare; None when none are
    known."""
    best: set[str] | None = None
    for op, av in items:
        name = str(op)
        found: set[str] | None = None
        if name == "LITERAL":
            found = {chr(av)}
        elif name == "IN":
            found = _class_chars(av)
        elif name == "SUBPATTERN":
            found = None if av[1] or av[2] else _required(list(av[3]))
        elif name == "ATOMIC_GROUP":
            found = _required(list(av))
        elif name == "BRANCH":
            found = set()
            for alternative in av[1]:
                sub = _required(list(alternative))
                if sub is None:
                    found = None
                    break
                found |= sub
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found = _required(list(av[2]))
        usable = found is not None and 0 < len(found) <= _MAX_REQUIRED and not (found & _COMMON)
        if found is not None and usable and (best is None or len(found) < len(best)):
            best = found
    return best


def _class_chars(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_REQUIRED:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


def _reach(items: list[Any]) -> int | None:
    """An upper bound on how far past a position its lookaheads read: the widest lookahead's content
    (nested ones added); None when one is unbounded."""
    from re._constants import MAXREPEAT

    total = 0
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT"):
            width = av[1].getwidth()[1]
            inner = _reach(list(av[1].data))
            if width >= MAXREPEAT or inner is None:
                return None
            total += width + inner
        elif name == "SUBPATTERN":
            inner = _reach(list(av[3].data))
            if inner is None:
                return None
            total += inner
        elif name == "ATOMIC_GROUP":
            inner = _reach(list(av.data))
            if inner is None:
                return None
            total += inner
        elif name == "BRANCH":
            for alternative in av[1]:
                inner = _reach(list(alternative.data))
                if inner is None:
                    return None
                total += inner
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _reach(list(av[2].data))
            if inner is None:
                return None
            if inner:
                if av[1] >= MAXREPEAT:
                    return None  # a lookahead inside an unbounded repeat
                total += inner * av[1]
    return total
