"""The word lists that ``documents`` uses, loaded from ``lexicon/furniture.yaml``, ``lexicon/dates.yaml``
and ``lexicon/wrapping.yaml``, and checked against a schema on load (a typo in a key fails loudly, naming
the file and the entry).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from diaodu.errors import LexiconError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _words(value: tuple[str, ...]) -> tuple[str, ...]:
    for word in value:
        if not word.strip():
            raise ValueError("an empty word")
    if len(set(value)) != len(value):
        dupes = sorted({w for w in value if value.count(w) > 1})
        raise ValueError(f"listed twice: {', '.join(dupes)}")
    return value


def _regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {pattern!r} ({exc})") from exc
    return pattern


class FurnitureKind(_Strict):
    """One kind of furniture: marker words, and how long a line holding one may be."""

    max_chars: int = Field(gt=0, le=1000)
    keep_if_figure: bool = False
    markers: tuple[str, ...] = Field(min_length=1)

    _check_markers = field_validator("markers")(_words)


class FurnitureLexicon(_Strict):
    """``lexicon/furniture.yaml``."""

    kinds: dict[str, FurnitureKind] = Field(min_length=1)
    figure_units: tuple[str, ...] = ()
    related_headings: tuple[str, ...] = ()
    related_max_chars: int = Field(default=60, gt=0)
    nav_separators: tuple[str, ...] = ()
    nav_item_max_chars: int = Field(default=8, gt=0)
    repeat_min_chars: int = Field(default=16, gt=1)
    running_head_lines: int = Field(default=2, gt=0)
    running_head_min_chars: int = Field(default=5, gt=0)
    running_head_max_chars: int = Field(default=60, gt=0)
    dateline_max_chars: int = Field(default=60, gt=0)
    html_tags: tuple[str, ...] = ()
    html_class_words: tuple[str, ...] = ()
    page_number: str = ""

    @field_validator("page_number")
    @classmethod
    def _pattern(cls, value: str) -> str:
        return _regex(value)

    _check_headings = field_validator(
        "related_headings", "nav_separators", "html_tags", "html_class_words", "figure_units"
    )(_words)


class DatesLexicon(_Strict):
    """``lexicon/dates.yaml``."""

    published_labels: tuple[str, ...] = Field(min_length=1)
    publisher_labels: tuple[str, ...] = Field(min_length=1)
    weekdays: tuple[str, ...] = ()
    this_year: tuple[str, ...] = ()
    last_year: tuple[str, ...] = ()
    not_last_year: tuple[str, ...] = ()
    review_words: tuple[str, ...] = ()
    review_months: tuple[int, ...] = ()
    publisher_suffixes: tuple[str, ...] = ()
    plan_year_words: tuple[str, ...] = ()
    published_verbs: tuple[str, ...] = ()
    """Verbs after a date in a bracketed note that dates the piece: （本报2026年4月22日刊发）."""

    _check_words = field_validator(
        "published_labels",
        "publisher_labels",
        "weekdays",
        "this_year",
        "last_year",
        "not_last_year",
        "review_words",
        "publisher_suffixes",
        "plan_year_words",
        "published_verbs",
    )(_words)

    @field_validator("review_months")
    @classmethod
    def _months(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        for month in value:
            if not 1 <= month <= 12:
                raise ValueError(f"{month} is not a month")
        return value


M = TypeVar("M", bound=BaseModel)


def load_lexicon_file(path: str | Path, model: type[M]) -> M:
    """Load one YAML file and validate it; ``LexiconError`` naming the file and the bad entry."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(top)"
        raise LexiconError(f"{p}: {where}: {first['msg']}") from exc


class WrappingLexicon(_Strict):
    """``lexicon/wrapping.yaml``: when a document's line breaks are soft (the page's, not the
    writer's)."""

    sentence_ends: tuple[str, ...] = Field(min_length=1)
    full_ratio: float = Field(gt=0, le=1)
    width_percentile: int = Field(gt=0, le=100)
    min_soft_lines: int = Field(gt=0)
    min_soft_share: float = Field(ge=0, le=1)
    new_line_starts: tuple[str, ...] = ()
    table_gap: str
    spaced_row: str = r"(?!)"

    _check_words = field_validator("sentence_ends")(_words)

    @field_validator("new_line_starts", "table_gap", "spaced_row")
    @classmethod
    def _patterns(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        for pattern in (value,) if isinstance(value, str) else value:
            _regex(pattern)
        return value


@lru_cache(maxsize=1)
def furniture_lexicon() -> FurnitureLexicon:
    """The packaged furniture word lists."""
    return load_lexicon_file(LEXICON_DIR / "furniture.yaml", FurnitureLexicon)


@lru_cache(maxsize=1)
def wrapping_lexicon() -> WrappingLexicon:
    """``lexicon/wrapping.yaml``, loaded once."""
    return load_lexicon_file(LEXICON_DIR / "wrapping.yaml", WrappingLexicon)


@lru_cache(maxsize=1)
def dates_lexicon() -> DatesLexicon:
    """The packaged date and publisher word lists."""
    return load_lexicon_file(LEXICON_DIR / "dates.yaml", DatesLexicon)
