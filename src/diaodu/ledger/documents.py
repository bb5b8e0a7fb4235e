"""Documents in the ledger (文档): load a report file for intake, and look stored ones up.

``load_source(path)`` gives a :class:`SourceFile`: the decoded text every figure span indexes, its
SHA-256 (the document's identity: reading the same bytes twice changes nothing), its encoding, title
and publication date. It uses the reader's ``diaodu.reading.documents.load_document`` when that is
installed, and otherwise reads plain text itself (UTF-8, with or without BOM, or GB18030). Either way a
missing, binary or undecodable file raises ``DocumentError`` naming the file.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaodu.errors import DocumentError, NotFound
from diaodu.ledger.tables.figures import Document, Mention, Observation


@dataclass(slots=True)
class SourceFile:
    """A report ready for intake."""

    name: str
    text: str
    sha256: str
    encoding: str = "utf-8"
    title: str | None = None
    publisher: str | None = None
    published_on: date | None = None
    report_year: int | None = None
    path: str | None = None


BINARY_MAGIC = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")


def _reader_loader() -> Callable[[str | Path], Any] | None:
    try:
        module = importlib.import_module("diaodu.reading.documents")
    except ImportError:  # the reader, or a module it needs, is not there yet
        return None
    fn = getattr(module, "load_document", None)
    return fn if callable(fn) else None


def load_source(path: str | Path) -> SourceFile:
    """Read one report file; ``DocumentError`` naming it if missing, a folder, binary or undecodable."""
    p = Path(path)
    loader = _reader_loader()
    if loader is not None:
        return from_reader_document(loader(p), p)
    return load_plain_text(p)


def from_reader_document(doc: Any, path: str | Path | None = None) -> SourceFile:
    """A ``SourceFile`` from the reader's ``SourceDocument``."""
    digest = str(getattr(doc, "sha256", "") or "")
    if not digest:
        digest = hashlib.sha256(str(doc.text).encode("utf-8")).hexdigest()
    return SourceFile(
        name=str(doc.name),
        text=str(doc.text),
        sha256=digest,
        encoding=str(getattr(doc, "encoding", "utf-8")),
        title=getattr(doc, "title", None),
        publisher=getattr(doc, "publisher", None),
        published_on=getattr(doc, "published_on", None),
        report_year=getattr(doc, "report_year", None),
        path=None if path is None else str(path),
    )


def load_plain_text(p: Path) -> SourceFile:
    """The fallback loader: a plain-text report, decoded with nothing stripped."""
    if not p.exists():
        raise DocumentError("文件不存在 / no such file", path=str(p))
    if p.is_dir():
        raise DocumentError("这是一个文件夹，不是文件 / is a folder, not a file", path=str(p))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentError(f"无法读取 / cannot read ({exc.strerror})", path=str(p)) from exc
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise DocumentError("这是二进制文件，不是文本 / a binary file, not text", path=str(p))
    text, encoding = decode(data, str(p))
    if not text.strip():
        raise DocumentError("文件没有文字 / the document holds no text", path=str(p))
    return SourceFile(
        name=p.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        title=_first_line(text),
        published_on=find_published_on(text),
        path=str(p),
    )


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Text and encoding of ``data``: UTF-8 (a BOM kept as U+FEFF, as the reader keeps it: spans count
    it) or GB18030; ``DocumentError`` otherwise."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"无法按 UTF-8 解码 / cannot decode as UTF-8 ({exc.reason})", path=where
            ) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            "无法解码：既不是 UTF-8 也不是 GB18030 / cannot decode: neither UTF-8 nor GB18030", path=where
        ) from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > max(2, len(text) // 100):
        raise DocumentError("这是二进制文件，不是文本 / a binary file, not text", path=where)
    return text, "gb18030"


_YMD = r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})"
_LABELLED = re.compile(r"(?:发布时间|发布日期|日期|时间)\s*[:：]?\s*" + _YMD)
_DATE = re.compile(_YMD + r"\s*日?")


def find_published_on(text: str) -> date | None:
    """The publication date a report states near its top (a labelled date first), or on its last line."""
    head = text[:600]
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    tail = lines[-1] if lines else ""
    for match in (
        _LABELLED.search(head),
        _DATE.fullmatch(tail),
        _DATE.search(head),
    ):
        if match is None:
            continue
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:500]
    return None


# --- stored documents ---------------------------------------------------------------------------


def get_document(session: Session, document_id: int) -> Document:
    """A stored document; ``NotFound`` if there is none with that id."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id}")
    return doc


def latest_documents(session: Session, limit: int = 10) -> list[tuple[Document, int, int]]:
    """The documents read last, each with its number of mentions and observations."""
    docs = list(session.scalars(select(Document).order_by(Document.id.desc()).limit(limit)))
    ids = [d.id for d in docs]
    mentions: dict[int, int] = {
        int(doc_id): int(n)
        for doc_id, n in session.execute(
            select(Mention.document_id, func.count())
            .where(Mention.document_id.in_(ids))
            .group_by(Mention.document_id)
        )
    }
    observations: dict[int, int] = {
        int(doc_id): int(n)
        for doc_id, n in session.execute(
            select(Observation.document_id, func.count())
            .where(Observation.document_id.in_(ids))
            .group_by(Observation.document_id)
        )
        if doc_id is not None
    }
    return [(d, int(mentions.get(d.id, 0)), int(observations.get(d.id, 0))) for d in docs]


def readable(file_name: str, text: str) -> tuple[str, Any]:
    """A stored document's text as people read it, and the offset map its spans go through: for an html
    report (whose stored text is the markup its figure spans index) its visible text and the reader's
    ``OffsetMap``; for anything else the text itself and ``None``."""
    try:
        from diaodu.reading.offsets import readable as reader_readable
    except ImportError:  # the reader is not installed: show the text as stored
        return text, None
    return reader_readable(file_name, text)


def shown_sentence(
    file_name: str, text: str, start: int, end: int, *, limit: int = 160
) -> tuple[str, int, int]:
    """``sentence_around`` for a stored document's span, in the text people read (``readable``)."""
    shown, offsets = readable(file_name, text)
    if offsets is not None:
        start, end = offsets.to_visible(start, end)
    return sentence_around(shown, start, end, limit=limit)


def sentence_around(text: str, start: int, end: int, *, limit: int = 160) -> tuple[str, int, int]:
    """The sentence holding ``text[start:end]``, and the span's offsets inside it."""
    stops = "。！？!?\n；;"
    left = start
    while left > 0 and text[left - 1] not in stops and start - left < limit:
        left -= 1
    right = end
    while right < len(text) and text[right - 1 : right] not in stops and right - end < limit:
        right += 1
    if right > end and right <= len(text) and text[right - 1] == "\n":
        right -= 1
    return text[left:right], start - left, end - left
