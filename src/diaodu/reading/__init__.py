"""① Reading: a report document in, figure mentions out (pure: no database, no web).

load_document(path) / document_from_text(text)  → SourceDocument   (documents.py)
extract(document)                                → list[FigureMention]  (extract.py)
with_batch_years(documents)                      → a batch's yearless documents given its year
"""

from __future__ import annotations

from diaodu.reading.documents import SourceDocument, document_from_text, load_document
from diaodu.reading.extract import extract, iter_mentions, with_batch_years
from diaodu.reading.mentions import FigureMention, read_jsonl, write_jsonl

__all__ = [
    "FigureMention",
    "SourceDocument",
    "document_from_text",
    "extract",
    "iter_mentions",
    "load_document",
    "read_jsonl",
    "with_batch_years",
    "write_jsonl",
]
