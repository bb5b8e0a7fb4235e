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

A pattern may have several sets of required characters (a date needs 年, 月 and one of 日号): each stretch
is scanned by the set it holds fewest of, counted on a sample; the required characters are found with
``str.find``, which is many times faster over Chinese text than a regex character class.

A pattern whose lookarounds read unboundedly far (``\\d+(?=\\s*[+＋])``), or whose required characters are
all common (digits), gets a second look, and so does one whose lookarounds name rarer characters than it
consumes (``(?<=率低于)…%``): its alphabet taken as every character a match can *read*, consumed or looked
at by a lookaround, and its required characters as those a match or a positive lookaround must consume.
A lookaround then reads only characters of the run it starts in, up to the first one outside it (where it
stops), so a scan ending a character or two past the run sees all it would see in the window; a run
holding none of the required characters holds no match; and a lookbehind reading one just before the
window's start has the window's first run scanned.

A pattern whose alphabet or required characters cannot be told from its parsed form either way (a
negated class, ``.``, ``\\w``, ignore-case), whose required characters are common (digits, spaces), or
which opens with a rare character (the engine skips to it by itself), is scanned over the whole window as
before. ``re`` has no multi-pattern scan; this is the hand-made stand-in, checked
against the plain scan in ``tests/reading/test_fast_paths.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from diaodu.reading.lexicon import first_char_first, guarded, start_class

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
class _Required:
    regex: re.Pattern[str]
    """One character of ``chars``."""
    chars: tuple[str, ...]
    """Characters one of which every match consumes (or, second look, a lookaround does)."""


@dataclass(frozen=True, slots=True)
class _RunScan:
    regex: re.Pattern[str]
    options: tuple[_Required, ...]
    """Every set of required characters the pattern has (年, 月 and 日号 for a date), fewest first: each
    stretch is scanned by the one it holds least of."""
    last_outside: re.Pattern[str]
    """Text up to its last character outside the pattern's alphabet (what its matches can consume)."""
    run: re.Pattern[str]
    """A run of the alphabet's characters."""
    reach: int
    """How far past a match's last character its lookaheads can read."""
    back: int = 0
    """How far before a match a lookbehind can read a required character (second-look plans only)."""


class BlockerScan:
    """Every match of each of ``patterns`` in a stretch of text, as sorted (start, end) spans."""

    def __init__(self, patterns: list[str]) -> None:
        self.each = [_scan_ready(p) for p in patterns]
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
            required = plan.options[0]
            if len(required.chars) <= _COUNTED:
                # judged on a sample at the start of the stretch: counting all of it costs as much as
                # the scan it is meant to spare
                sample = min(end, start + _SAMPLE)
                fewest = -1
                for option in plan.options:
                    if len(option.chars) <= _COUNTED:
                        hits = sum(text.count(ch, start, sample) for ch in option.chars)
                        if fewest < 0 or hits < fewest:
                            fewest, required = hits, option
                if fewest * _CHARS_PER_HIT > sample - start:
                    for m in plan.regex.finditer(text, start, end):
                        if m.end() > m.start():
                            spans.append((m.start(), m.end()))
                    continue
            _scan_runs(plan, required, text, start, end, spans)
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


def _scan_ready(pattern: str) -> re.Pattern[str]:
    """``lexicon.scan_ready``; for a pattern it leaves as written that opens with a lookbehind (before a
    branch: ``(?<![0-9.])(?:19|20)…``), the pattern behind a lookahead for the characters a match can
    start with (``lexicon.guarded``): the engine then tests one class at a position, not the lookbehind
    and every branch. The same matches either way."""
    fast = first_char_first(pattern)
    if fast is not None:
        return fast
    # (not ``scan_ready(pattern).pattern == pattern``: a rewritten pattern's ``.pattern`` is None)
    return guarded(pattern) if pattern.startswith(("(?<=", "(?<!")) else re.compile(pattern)


def _scan_runs(
    plan: _RunScan, required: _Required, text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> None:
    done = start  # the end of the last run scanned: hits before it were in it
    hits = _hits(required, text, start, end)
    if plan.back and required.regex.search(text, max(0, start - plan.back), start) is not None:
        hits.insert(0, start)  # a lookbehind may read one just before the window: scan the first run
    for at in hits:
        if at < done:
            continue
        # the run starts after the last character before ``at`` outside the alphabet (none after ``done``,
        # the end of the run before, which is one): found by the engine, not a character at a time
        outside = plan.last_outside.match(text, done, at)
        run_start = outside.end() if outside is not None else done
        run = plan.run.match(text, at, end)
        run_end = run.end() if run is not None else at
        done = run_end
        for m in plan.regex.finditer(text, run_start, min(end, run_end + plan.reach + 2)):
            if m.start() >= run_end:
                break
            if m.end() > m.start():
                spans.append((m.start(), m.end()))


def _hits(required: _Required, text: str, start: int, end: int) -> list[int]:
    """Where ``required``'s characters stand in ``text[start:end]``, in order. A few characters are
    found with ``str.find`` (a memchr-like scan, many times faster than a regex character class over
    text that is not ASCII); a class as large as the Latin letters with the regex."""
    if len(required.chars) > _COUNTED:
        return [h.start() for h in required.regex.finditer(text, start, end)]
    out: list[int] = []
    for ch in required.chars:
        at = text.find(ch, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(ch, at + 1, end)
    if len(required.chars) > 1:
        out.sort()
    return out


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

        data = list(sre_parse.parse(pattern).data)
        alphabet = _alphabet(data)
        options = _required_options(data)
        reach = _reach(data)
        # the second look: the characters a match can read, lookarounds' included
        read = _alphabet(data, looks=True)
        read_options = _required_options(data, looks=True)
        back = _behind(data)
    except Exception:  # another Python's regex internals: scan as written
        return None
    looks: list[tuple[set[str], list[set[str]], int, int]] = []  # (alphabet, options, reach, back)
    if alphabet is not None and options and reach is not None:
        looks.append((alphabet, options, reach, 0))
    if read is not None and read_options and back is not None:
        # the second look: every lookaround stops at the end of the run it starts in (reach 0). Its runs
        # take in the lookarounds' characters too: worth it over the first look when it offers more
        # required characters and those are plain ones (率低于 before a %, 企业 after 强), not a class
        # as wide as all Han
        added = read - alphabet if alphabet is not None else set()
        plain = all(len(item) == 1 or (item.startswith("\\") and len(item) == 2) for item in added)
        if not looks or (plain and len(read_options) > len(options)):
            looks.insert(0, (read, read_options, 0, back))
    if not looks:
        return None
    members_of, required, reach_past, back_before = looks[0]
    members = "".join(sorted(members_of))
    return _RunScan(
        regex=compiled,
        options=tuple(_Required(_one_of(chars), tuple(sorted(chars))) for chars in required),
        last_outside=re.compile(f"(?s:.*)[^{members}]"),
        run=re.compile(f"[{members}]*"),
        reach=reach_past,
        back=back_before,
    )


def _one_of(chars: set[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


def _alphabet(items: list[Any], looks: bool = False) -> set[str] | None:
    """Every character a match can consume, as class items (``a``, ``a-z``, ``\\d``); None when that
    is not a short list (a negated class, ``.``, ``\\w``, a back reference …). ``looks``: and every
    character its lookarounds can consume."""
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
        elif looks and name in ("ASSERT", "ASSERT_NOT"):
            sub = _alphabet(list(av[1].data), looks)
            if sub is None:
                return None
            out |= sub
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # consumes nothing
        elif name == "SUBPATTERN":
            sub = _alphabet(list(av[3]), looks)
            if sub is None or av[1] or av[2]:
                return None
            out |= sub
        elif name == "BRANCH":
            for alternative in av[1]:
                sub = _alphabet(list(alternative), looks)
                if sub is None:
                    return None
                out |= sub
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub = _alphabet(list(av[2]), looks)
            if sub is None:
                return None
            out |= sub
        elif name == "ATOMIC_GROUP":
            sub = _alphabet(list(av), looks)
            if sub is None:
                return None
            out |= sub
        else:
            return None
    return out


def _required(items: list[Any], looks: bool = False) -> set[str] | None:
    """Characters one of which every match of the sequence consumes, chosen rare; None when none are
    known. ``looks``: consumes or has a positive lookaround consume."""
    best: set[str] | None = None
    for op, av in items:
        name = str(op)
        found: set[str] | None = None
        if name == "LITERAL":
            found = {chr(av)}
        elif name == "IN":
            found = _class_chars(av)
        elif name == "SUBPATTERN":
            found = None if av[1] or av[2] else _required(list(av[3]), looks)
        elif name == "ATOMIC_GROUP":
            found = _required(list(av), looks)
        elif looks and name == "ASSERT":
            found = _required(list(av[1].data), looks)
        elif name == "BRANCH":
            found = set()
            for alternative in av[1]:
                sub = _required(list(alternative), looks)
                if sub is None:
                    found = None
                    break
                found |= sub
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            found = _required(list(av[2]), looks)
        usable = found is not None and 0 < len(found) <= _MAX_REQUIRED and not (found & _COMMON)
        if found is not None and usable and (best is None or len(found) < len(best)):
            best = found
    return best


def _required_options(items: list[Any], looks: bool = False) -> list[set[str]]:
    """Every set of characters one of which each match of the sequence consumes (``looks``: or has a
    positive lookaround consume), one per item that has a usable one, fewest characters first."""
    out: list[set[str]] = []
    for item in items:
        found = _required([item], looks)
        if found is not None and found not in out:
            out.append(found)
    return sorted(out, key=len)


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


def _behind(items: list[Any]) -> int | None:
    """An upper bound on how far before a position its lookbehinds read; None when it cannot be told."""
    from re._constants import MAXREPEAT

    most = 0
    for op, av in items:
        name = str(op)
        inner: int | None = 0
        if name in ("ASSERT", "ASSERT_NOT"):
            inner = _behind(list(av[1].data))
            if inner is not None and av[0] < 0:
                width = av[1].getwidth()[1]
                inner = None if width >= MAXREPEAT else inner + width
        elif name == "SUBPATTERN":
            inner = _behind(list(av[3].data))
        elif name == "ATOMIC_GROUP":
            inner = _behind(list(av.data))
        elif name == "BRANCH":
            for alternative in av[1]:
                sub = _behind(list(alternative.data))
                if sub is None:
                    return None
                most = max(most, sub)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _behind(list(av[2].data))
        if inner is None:
            return None
        most = max(most, inner)
    return most


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
