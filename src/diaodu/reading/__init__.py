"""① Reading: a report document in, figure mentions out (pure: no database, no web).

load_document(path) / document_from_text(text)  → SourceDocument   (documents.py)
extract(document)                                → list[FigureMention]  (extract.py)
with_batch_years(documents)                      → a batch's yearless documents given its year

NATIVE says whether the reader's hot modules run compiled (``build/native``, see ``native.py``); it is
decided here, before any other submodule is imported, and ``DIAODU_PURE=1`` turns it off.
"""

from __future__ import annotations

from diaodu.reading.native import use_native

NATIVE: bool = use_native(__path__)
"""Is the compiled reader (mypyc, ``scripts/build_native.py``) in use in this process?"""

# the submodules below come from build/native when NATIVE, else from this folder
from diaodu.reading.documents import SourceDocument, document_from_text, load_document  # noqa: E402
from diaodu.reading.extract import extract, iter_mentions, with_batch_years  # noqa: E402
from diaodu.reading.mentions import FigureMention, read_jsonl, write_jsonl  # noqa: E402

__all__ = [
    "NATIVE",
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
