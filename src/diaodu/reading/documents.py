"""A report as the reader sees it: decoded text, where it came from, its dates, and its page furniture.

``load_document(path)`` reads txt, html, docx or pdf (by extension, then by sniffing the bytes), decodes
text in UTF-8 (with or without BOM), GB18030/GBK or UTF-16, and finds the publication date, the year the
report is about, and the spans of page furniture (navigation, 扫一扫, share prompts, 浏览量, a repeated
paragraph's second copy…) that extraction must skip. Figure spans index ``SourceDocument.text`` exactly:
the file's text decoded with nothing stripped or normalised (a BOM is not text). For an html file that is
the markup: the reader reads the page's visible text (``visible``, with its furniture), and
``offsets`` says where each visible character sits in the markup. A .docx or .pdf has no text of its own:
``text`` is the text extracted from it. A hard-wrapped text (a PDF's text layer, broken at the page's width)
is read the same way: ``visible`` is the text with its soft line breaks taken out (``wraps.py``).

``document_from_text(text)`` does the same for text already in memory, ``document_from_html(markup)`` for
an html page in memory.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from diaodu.errors import DocumentError
from diaodu.reading.dates import find_published_on, find_report_year, find_title_publisher
from diaodu.reading.formats import html_to_text_mapped, read_text
from diaodu.reading.furniture import find_furniture, merge_spans
from diaodu.reading.offsets import OffsetMap
from diaodu.reading.wraps import unwrap


@dataclass(slots=True)
class SourceDocument:
    """One report, decoded; ``text`` is the string every figure span indexes."""

    name: str
    text: str
    encoding: str = "utf-8"
    sha256: str = ""
    title: str | None = None
    publisher: str | None = None
    published_on: date | None = None
    report_year: int | None = None
    furniture: list[tuple[int, int]] = field(default_factory=list)
    visible: str | None = None
    """html: the page's visible text, which the reader reads; hard-wrapped text: the text unwrapped (None
    for other documents)."""
    offsets: OffsetMap | None = None
    """For each character of ``visible``, its span in ``text``."""
    visible_furniture: list[tuple[int, int]] = field(default_factory=list)
    """The furniture spans in ``visible`` (``furniture`` holds them in ``text``)."""
    page_title: str | None = None
    """html: the page's ``<title>``, the headline as the site lists it (我市第四季度重大项目集中开工_
    发改动态), which can say what the page's own headline leaves out."""

    def reading_view(self) -> SourceDocument:
        """The document as the reader reads it: for html (or hard-wrapped text), its visible text (spans
        then index ``visible``; ``offsets`` moves them into ``text``); otherwise the document itself."""
        if self.visible is None:
            return self
        return replace(
            self, text=self.visible, furniture=list(self.visible_furniture), visible=None, offsets=None
        )

    def is_furniture(self, start: int, end: int) -> bool:
        """True when the span ``start..end`` overlaps page furniture (a binary search: ``furniture`` is
        sorted and its spans do not overlap)."""
        i = bisect.bisect_left(self.furniture, end, key=lambda span: span[0]) - 1
        return i >= 0 and self.furniture[i][1] > start

    def body_spans(self) -> list[tuple[int, int]]:
        """The spans of ``text`` that are not furniture, in order."""
        out: list[tuple[int, int]] = []
        pos = 0
        for s, e in sorted(self.furniture):
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return out


def load_document(path: str | Path) -> SourceDocument:
    """Read a report file; ``DocumentError`` naming the file when it is missing, binary, undecodable or
    empty."""
    p = Path(path)
    if not p.exists():
        raise DocumentError("文件不存在 / no such file", path=str(p))
    if p.is_dir():
        raise DocumentError("这是一个文件夹，不是文件 / is a folder, not a file", path=str(p))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentError(f"无法读取 / cannot read ({exc.strerror})", path=str(p)) from exc
    decoded = read_text(data, p.name, str(p))
    doc = _build(
        p.name,
        decoded.text if decoded.visible is None else decoded.visible,
        decoded.encoding,
        hashlib.sha256(data).hexdigest(),
        str(p),
        title_hint=decoded.title,
        known_furniture=decoded.furniture,
    )
    if decoded.visible is None or decoded.offsets is None:
        return doc
    return _in_markup(doc, decoded.text, decoded.offsets)


def document_from_html(markup: str, name: str = "<html>") -> SourceDocument:
    """A document from html markup in memory, as ``load_document`` reads an html file."""
    visible, title, furniture, offsets = html_to_text_mapped(markup)
    digest = hashlib.sha256(markup.encode("utf-8", errors="surrogatepass")).hexdigest()
    doc = _build(name, visible, "utf-8", digest, name, title_hint=title, known_furniture=tuple(furniture))
    return _in_markup(doc, markup, offsets)


def _in_markup(doc: SourceDocument, markup: str, offsets: OffsetMap) -> SourceDocument:
    """A document read on its visible text (an html page's, a wrapped text unwrapped), turned to the text
    its spans index (the markup, the text as wrapped)."""
    raw_furniture = merge_spans([offsets.to_raw(s, e) for s, e in doc.furniture if e > s])
    return replace(
        doc,
        text=markup,
        visible=doc.text,
        offsets=offsets,
        visible_furniture=doc.furniture,
        furniture=[(s, e) for s, e in raw_furniture if e > s],
    )


def document_from_text(text: str, name: str = "<text>") -> SourceDocument:
    """A document from text in memory, with the same metadata detection as ``load_document`` (a
    hard-wrapped text is read unwrapped, as from a file)."""
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    joined = unwrap(text)
    if joined is None:
        return _build(name, text, "utf-8", digest, name)
    return _in_markup(_build(name, joined.text, "utf-8", digest, name), text, joined.offsets)


def _build(
    name: str,
    text: str,
    encoding: str,
    digest: str,
    where: str,
    title_hint: str | None = None,
    known_furniture: tuple[tuple[int, int], ...] = (),
) -> SourceDocument:
    if not text.strip():
        raise DocumentError("文件没有文字 / the document holds no text", path=where)
    furniture = merge_spans([*find_furniture(text), *known_furniture])
    published_on = find_published_on(text)
    title, publisher = find_title_publisher(text, furniture)
    if title is None and title_hint:
        title = title_hint
    return SourceDocument(
        name=name,
        text=text,
        encoding=encoding,
        sha256=digest,
        title=title,
        publisher=publisher,
        published_on=published_on,
        report_year=find_report_year(text, published_on, furniture),
        furniture=furniture,
        page_title=title_hint,
    )
