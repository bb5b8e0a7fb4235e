"""Gather a batch of documents and their figure mentions, and check all of it before anything is written.

``diaodu read`` builds a batch here, then hands it to :mod:`diaodu.ledger.intake`. A batch comes either
from figure-mention JSONL files (``from_mentions``: each record's ``doc`` names its document file, looked
for among the documents given, in the ``--doc-dir`` folders and beside the JSONL file) or from the reader
(``from_reader``: ``diaodu.reading.extract`` on each document). Any bad input — a missing, binary or
undecodable document, a malformed JSONL line, a record whose text is not at its span — raises an
``InputError`` naming the file (and line) before the ledger is touched.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from diaodu.errors import DocumentError, InputError
from diaodu.ledger.documents import SourceFile, from_reader_document, load_source
from diaodu.ledger.intake import Prepared, prepare
from diaodu.reading.mentions import FigureMention, read_jsonl


@dataclass(slots=True)
class Item:
    """One document of a batch, checked, with its prepared mentions."""

    source: SourceFile
    prepared: list[Prepared]


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, with each folder replaced by the files in it (sorted, hidden ones left out)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def _numbered(path: Path) -> list[tuple[FigureMention, int]]:
    """The records of a JSONL file with the line each came from."""
    records = list(read_jsonl(path))
    with path.open("rb") as handle:
        lines = [n for n, raw in enumerate(handle, start=1) if raw.strip(b" \t\r\n\xef\xbb\xbf")]
    return list(zip(records, lines, strict=False))


def from_mentions(
    mention_files: Sequence[str | Path],
    *,
    documents: Sequence[str | Path] = (),
    doc_dirs: Sequence[str | Path] = (),
    published_on: date | None = None,
) -> list[Item]:
    """A checked batch from figure-mention JSONL files; documents without mentions are kept too."""
    by_doc: dict[str, list[tuple[FigureMention, Path, int]]] = {}
    for raw in mention_files:
        path = Path(raw)
        if path.is_dir():
            raise InputError("这是一个文件夹，不是 JSONL 文件 / a folder, not a JSONL file", path=str(path))
        for record, line in _numbered(path):
            by_doc.setdefault(record.doc, []).append((record, path, line))
    named = {p.name: p for p in expand(documents)}
    folders = [Path(d) for d in doc_dirs]
    for folder in folders:
        if not folder.is_dir():
            raise InputError("文件夹不存在 / no such folder", path=str(folder))
    items: list[Item] = []
    order = list(named) + [name for name in by_doc if name not in named]
    for name in order:
        records = by_doc.get(name, [])
        path = named.get(name) or _find(name, folders, records)
        source = _with_date(load_source(path), published_on)
        mentions = [r for r, _p, _l in records]
        where = [(str(p), line) for _r, p, line in records]
        items.append(Item(source, prepare(source, mentions, where=where)))
    return items


def _find(name: str, folders: list[Path], records: list[tuple[FigureMention, Path, int]]) -> Path:
    candidates = [*folders, *(p.parent for _r, p, _l in records)]
    for folder in candidates:
        path = folder / name
        if path.is_file():
            return path
    _r, jsonl, line = records[0]
    looked = "、".join(dict.fromkeys(str(f) for f in candidates))
    raise DocumentError(
        f"找不到文档 {name!r}（在 {looked} 中查找过）/ document {name!r} not found; give it with "
        "--document or --doc-dir",
        path=str(jsonl),
        line=line,
    )


def _with_date(source: SourceFile, published_on: date | None) -> SourceFile:
    return source if published_on is None else replace(source, published_on=published_on)


def reader_extract() -> Callable[[Any], Iterable[FigureMention]] | None:
    """``diaodu.reading.extract`` (a function, or a module holding one), or ``None`` if not built yet."""
    try:
        reading = importlib.import_module("diaodu.reading")
        found: Any = getattr(reading, "extract", None)
        if found is None:
            found = importlib.import_module("diaodu.reading.extract")
    except ImportError:
        return None
    if not callable(found):
        found = getattr(found, "extract", None)
    return found if callable(found) else None


def from_reader(paths: Sequence[str | Path], *, published_on: date | None = None) -> list[Item]:
    """A checked batch read by the reader itself: each document loaded, then ``extract`` on it."""
    from diaodu.reading import load_document, with_batch_years

    found = [(path, load_document(path)) for path in expand(paths)]
    # a document that names no year is read in the year of the others read with it
    docs = list(zip([p for p, _ in found], with_batch_years([d for _, d in found]), strict=True))
    extract = reader_extract()
    if extract is None:
        raise InputError(
            "the reader (diaodu.reading.extract) is not installed yet: give the figures with "
            "--mentions FILE.jsonl"
        )
    items: list[Item] = []
    for path, doc in docs:
        source = _with_date(from_reader_document(doc, path), published_on)
        items.append(Item(source, prepare(source, list(extract(doc)))))
    return items
