"""The schema of ``lexicon/naming.yaml`` (a pydantic model) and its loader, for ``indicator_names.py``.

Kept apart from ``indicator_names.py`` so that it can be compiled with mypyc, which cannot compile a
pydantic model; this module runs once per file read, as pure Python.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field

from diaodu.reading.lexicon import HERE, _read, _Strict

__all__ = ["NAMING_FILE", "NamingFile", "load_naming"]

NAMING_FILE = "naming.yaml"


class NamingFile(_Strict):
    """``naming.yaml``: the word lists of the naming rules (``indicator_names.py``)."""

    caption_labels: tuple[str, ...] = ()
    caption_sets: tuple[str, ...] = ()
    caption_set_tails: tuple[str, ...] = ()
    caption_columns: tuple[str, ...] = ()
    noun_words: tuple[str, ...] = ()
    deed_verbs: tuple[str, ...] = ()
    rate_words: tuple[str, ...] = ()
    size_words: tuple[str, ...] = ()
    stock_words: tuple[str, ...] = ()
    measure_tails: tuple[str, ...] = ()
    plan_shares: tuple[str, ...] = ()
    unit_nouns: tuple[str, ...] = ()
    holder_nouns: tuple[str, ...] = ()
    list_holders: tuple[str, ...] = ()
    writer_variants: tuple[str, ...] = ()
    scope_open: tuple[str, ...] = ()
    scope_close: tuple[str, ...] = ()
    scope_drop: tuple[str, ...] = ()
    order_open: tuple[str, ...] = ()
    order_close: tuple[str, ...] = ()
    order_ways: tuple[str, ...] = ()
    not_after_among: tuple[str, ...] = ()
    heading_tails: tuple[str, ...] = ()
    region_totals: dict[str, str] = Field(default_factory=dict)
    short_heads: dict[str, str] = Field(default_factory=dict)
    group_marks: tuple[str, ...] = ()
    sum_marks: tuple[str, ...] = ()
    inner_deeds: tuple[str, ...] = ()
    inner_deed_measures: tuple[str, ...] = ()
    ending_rewrites: dict[str, str] = Field(default_factory=dict)
    branch_ends: tuple[str, ...] = ()
    batch_events: dict[str, str] = Field(default_factory=dict)
    for_agents: tuple[str, ...] = ()
    for_mark: str = "为"
    share_words: tuple[str, ...] = ()
    again_marks: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    list_anaphors: dict[str, int] = Field(default_factory=dict)


def load_naming(folder: str | Path | None = None) -> NamingFile:
    """``naming.yaml`` of ``folder`` (default: the package's lexicon), validated (``LexiconError``)."""
    return _load(Path(folder).resolve() if folder is not None else HERE)


@lru_cache(maxsize=4)
def _load(folder: Path) -> NamingFile:
    return _read(folder, NAMING_FILE, NamingFile)
