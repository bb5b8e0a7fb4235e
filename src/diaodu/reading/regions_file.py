"""The schema of ``lexicon/regions.yaml`` (pydantic models) and its reading, for ``home.py``.

Kept apart from ``home.py`` so that ``home.py`` can be compiled with mypyc, which cannot compile a
pydantic model; this module runs once per file read, as pure Python.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from diaodu.reading.lexicon import read_model

__all__ = ["REGIONS_FILE", "HomeWord", "ProvinceEntry", "RegionsFile", "SuffixEntry", "read_regions_file"]

REGIONS_FILE = Path(__file__).resolve().parent / "lexicon" / "regions.yaml"

RegionKind = Literal["province", "city", "county", "district", "park", "town", "company"]
WordKind = Literal["province", "city", "county", "district", "park", "town", "nation"]

_HAN = re.compile(r"[\u3400-\u9fff]")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SuffixEntry(_Strict):
    """A suffix that ends a region or unit name, with the kind it makes and the length of the rest."""

    suffix: str = Field(min_length=1)
    kind: RegionKind
    min_base: int = Field(ge=1, le=8)
    max_base: int = Field(ge=1, le=8)

    @field_validator("suffix")
    @classmethod
    def _han_only(cls, value: str) -> str:
        if not all(_HAN.match(ch) for ch in value):
            raise ValueError(f"suffix {value!r} is not all Han characters")
        return value


class HomeWord(_Strict):
    """A word by which a report names a unit without its name (全县), and the kinds it can stand for."""

    word: str = Field(min_length=2)
    kinds: tuple[WordKind, ...] = Field(min_length=1)


class ProvinceEntry(_Strict):
    """A province-level unit and its short forms."""

    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()


class RegionsFile(_Strict):
    """``regions.yaml`` as written."""

    suffixes: tuple[SuffixEntry, ...] = Field(min_length=1)
    not_names: tuple[str, ...]
    generic_bases: tuple[str, ...] = ()
    bad_starts: tuple[str, ...]
    base_end: tuple[str, ...]
    not_before: dict[str, tuple[str, ...]]
    name_parts_after: tuple[str, ...] = ()
    cut_words: tuple[str, ...]
    subject_after: tuple[str, ...] = ()
    provinces: tuple[ProvinceEntry, ...] = ()
    home_words: tuple[HomeWord, ...]


def read_regions_file(path: Path) -> RegionsFile:
    """``path`` read and validated; ``LexiconError`` names the file and the entry when it is bad."""
    return read_model(path, RegionsFile)
