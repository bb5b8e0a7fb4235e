"""Where each character of an html page's visible text sits in the page's own markup.

The figure spec (``docs/figures.md``) puts a figure's ``start``, ``end`` in the document decoded with nothing
stripped: for an html report that is the markup itself. The reader reads the visible text (``html_to_text``
in ``formats.py``); this module keeps, for every visible character, the half-open span of markup it came
from, and moves the reader's spans back into the markup at the end of ``extract``.

- a character of a text node maps to itself; one written as an entity (``&nbsp;``, ``&amp;``, ``&#x4e00;``)
  maps to the whole entity; a run of white space collapsed to one space maps to the whole run;
- a character the extractor inserts (the newline between blocks, the tab after a table cell) has no text of
  its own: it maps to an empty span where the markup between the two texts (the tag that caused it) lies.

Why a tokenizer of our own: lexbor (selectolax), which builds the visible text, gives its nodes no source
positions, and ``html.parser`` builds a different tree on broken markup, so the visible text would change.
Instead the text lexbor gives is kept as it is and each text node is aligned, in document order, with the
character stream a small tokenizer finds between the tags (entities decoded, CR LF read as LF, comments,
scripts, styles and the head's title left out). A node that cannot be aligned (markup lexbor moved, e.g. text
foster-parented out of a table) is looked up from the start of the page, and failing that maps to an
empty span at the current place: its figures then keep a valid span on the nearest text.
"""

from __future__ import annotations

import html
import html.entities
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from diaodu.reading.mentions import FigureMention

_ATTRS = r"(?:[^>\"']|\"[^\"]*\"|'[^']*')*"
_RAW_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    rf"|<(script|style|textarea)\b{_ATTRS}>.*?(?:</\1\s*>|\Z)"
    rf"|</?[A-Za-z][^\s/>]*{_ATTRS}>"
    r"|<[!?][^>]*>"
    r"|&(?:#[xX][0-9A-Fa-f]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)",
    re.DOTALL | re.IGNORECASE,
)


_HEAD_TITLE = re.compile(rf"<title\b{_ATTRS}>.*?(?:</title\s*>|\Z)", re.DOTALL | re.IGNORECASE)
_BODY = re.compile(r"<body\b", re.IGNORECASE)
_MARKUP = re.compile(r"<[A-Za-z!/][^>]*>")


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """For visible character ``i``: ``starts[i]``, ``ends[i]``, its span in the markup (an inserted
    character has ``starts[i] == ends[i]``). Both grow along the text, except around a node lexbor moved
    out of document order."""

    starts: list[int]
    ends: list[int]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The markup span of the visible span ``start..end``."""
        n = len(self.starts)
        if n == 0:
            return 0, 0
        start = min(max(start, 0), n - 1)
        end = min(max(end, start + 1), n)
        return self.starts[start], max(self.ends[end - 1], self.starts[start])

    def to_visible(self, start: int, end: int) -> tuple[int, int]:
        """The visible span of the markup span ``start..end``: the characters that overlap it."""
        a = bisect_right(self.ends, start)
        b = bisect_left(self.starts, end)
        return a, max(a, b)


def _entity(token: str) -> tuple[int, str]:
    """How much of ``token`` (``&…`` up to its ``;`` or its last letter) is a character reference, and what
    it writes; ``(0, "")`` for none. Without a ``;`` only a legacy name is one (``&copy1`` is © then 1)."""
    if token.startswith("&#"):
        decoded = html.unescape(token)
        return (len(token), decoded) if decoded != token else (0, "")
    name = token[1:]
    if name in html.entities.html5:  # a name with its ;
        return len(token), html.entities.html5[name]
    name = name.removesuffix(";")
    for k in range(len(name), 1, -1):
        if name[:k] in html.entities.html5:
            return k + 1, html.entities.html5[name[:k]]
    return 0, ""


class Aligner:
    """Walks the character stream of the markup alongside lexbor's text nodes."""

    def __init__(self, markup: str):
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        # the page's <title> (in the head, before <body>) is not body text: left out of the stream
        body = _BODY.search(markup)
        title = _HEAD_TITLE.search(markup, 0, body.start() if body else len(markup))
        skip = title.span() if title else (0, 0)

        def text_run(a: int, b: int) -> None:
            if skip[0] < b and a < skip[1]:
                text_run(a, skip[0])
                text_run(skip[1], b)
                return
            if a >= b:
                return
            run = markup[a:b]
            if "\r" not in run:
                chars.append(run)
                starts.extend(range(a, b))
                ends.extend(range(a + 1, b + 1))
                return
            i = a
            while i < b:
                c = markup[i]
                if c == "\r":
                    step = 2 if i + 1 < b and markup[i + 1] == "\n" else 1
                    chars.append("\n")
                    starts.append(i)
                    ends.append(i + step)
                    i += step
                else:
                    chars.append(c)
                    starts.append(i)
                    ends.append(i + 1)
                    i += 1

        for m in _RAW_TOKEN.finditer(markup):
            text_run(pos, m.start())
            token = m.group()
            if token.startswith("&") and not skip[0] <= m.start() < skip[1]:
                size, decoded = _entity(token)
                if not decoded:
                    text_run(m.start(), m.end())
                else:
                    chars.append(decoded)
                    starts.extend([m.start()] * len(decoded))
                    ends.extend([m.start() + size] * len(decoded))
                    text_run(m.start() + size, m.end())
            pos = m.end()
        text_run(pos, len(markup))
        self.stream = "".join(chars)
        self.starts = starts
        self.ends = ends
        self.cursor = 0  # index into the stream
        self.raw = 0  # markup offset just after the last aligned character

    def take(self, piece: str) -> tuple[list[int], list[int]]:
        """The markup spans of a text node's characters (in order); an empty span at the current place
        for a node of white space only, or one not found."""
        n = len(piece)
        if not piece.strip():
            return [self.raw] * n, [self.raw] * n
        k = self.stream.find(piece, self.cursor)
        if k >= 0:
            self.cursor = k + n
            self.raw = self.ends[k + n - 1]
            return self.starts[k : k + n], self.ends[k : k + n]
        near = self._near(piece)
        if near is not None:
            return near
        k = self.stream.find(piece)
        if k >= 0:
            return self.starts[k : k + n], self.ends[k : k + n]
        return [self.raw] * n, [self.raw] * n

    def _near(self, piece: str) -> tuple[list[int], list[int]] | None:
        """Character by character, close ahead: a node lexbor changed a little (a NUL dropped, a stray
        character replaced). None unless every character but white space is found."""
        starts: list[int] = []
        ends: list[int] = []
        j, raw = self.cursor, self.raw
        for c in piece:
            k = self.stream.find(c, j, j + 8)
            if k < 0:
                if not c.isspace():
                    return None
                starts.append(raw)
                ends.append(raw)
                continue
            starts.append(self.starts[k])
            ends.append(self.ends[k])
            j, raw = k + 1, self.ends[k]
        self.cursor, self.raw = j, raw
        return starts, ends

    def gap(self) -> int:
        """Where an inserted character goes: just after the text aligned last."""
        return self.raw


def sub_mapped(
    pattern: re.Pattern[str], repl: str, text: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    """``pattern.sub(repl, text)`` with one character ``repl``, carrying each character's span along: the
    replacement spans the whole match."""
    out: list[str] = []
    s2: list[int] = []
    e2: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        if b == a + 1 and text[a] == repl:  # replaced by itself: nothing moves
            continue
        out.append(text[pos:a])
        s2.extend(starts[pos:a])
        e2.extend(ends[pos:a])
        out.append(repl)
        s2.append(starts[a])
        e2.append(ends[b - 1])
        pos = b
    if pos == 0:
        return text, starts, ends
    out.append(text[pos:])
    s2.extend(starts[pos:])
    e2.extend(ends[pos:])
    return "".join(out), s2, e2


# --- moving the reader's spans into the markup ---------------------------------------------------------


def mention_to_raw(mention: FigureMention, raw: str, offsets: OffsetMap) -> FigureMention:
    """The mention with its span in the markup; ``text`` becomes the markup's slice when markup or an
    entity sits inside the figure (``raw[start:end] == text`` holds either way)."""
    start, end = offsets.to_raw(mention.start, mention.end)
    if end <= start:  # an unaligned node: the figure's text nearby, else one character of markup
        k = raw.find(mention.text, start)
        if k < 0:
            k = raw.find(mention.text)
        if k >= 0 and mention.text:
            start, end = k, k + len(mention.text)
        else:
            start = min(start, max(len(raw) - 1, 0))
            end = start + 1
    piece = raw[start:end]
    if mention.start == start and mention.end == end and mention.text == piece:
        return mention
    return replace(mention, start=start, end=end, text=piece)


def read_mapped(
    read: Callable[[Any], Iterable[FigureMention]], doc: Any, original: Any
) -> Iterator[FigureMention]:
    """``read(doc)``, for an html document on its visible text and with spans moved into the markup."""
    offsets = getattr(original, "offsets", None)
    if offsets is None:
        yield from read(doc)
        return
    view = original.reading_view()
    if doc is not original:
        view = replace(view, report_year=doc.report_year)
    raw = original.text
    for mention in read(view):
        yield mention_to_raw(mention, raw, offsets)


# --- showing an html document to people ---------------------------------------------------------------


def looks_like_html(name: str, text: str) -> bool:
    """True for a document read as html (by its file name, or by markup at its head)."""
    from diaodu.reading.formats import sniff_format

    if not _MARKUP.search(text):  # a name that says html over text that holds no markup (stored before)
        return False
    return sniff_format(text[:2048].encode("utf-8", errors="replace"), name) == "html"


@lru_cache(maxsize=16)
def readable(name: str, text: str) -> tuple[str, OffsetMap | None]:
    """The text to show people for a stored document: for html its visible text and the offset map (spans
    in the markup move to it with ``OffsetMap.to_visible``); for anything else the text itself."""
    if not looks_like_html(name, text):
        return text, None
    from diaodu.reading.formats import html_to_text_mapped

    visible, _title, _furniture, offsets = html_to_text_mapped(text)
    return visible, offsets
