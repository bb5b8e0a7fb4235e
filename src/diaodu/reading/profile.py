"""A city profile: the city, its province, its peer cities and its own units, with their aliases.

The reader uses it to name subjects (全市 / 我市 → the city; 全省 → the province; a park's short name →
the park); the ledger loads it into ``units``. The file is YAML with the shape below, validated on load;
``docs/city-profile.md`` is its template and ``examples/hengyang/city.yaml`` an example::

    city:     {code: "430400", name: 衡阳市, aliases: [衡阳, 全市, 我市]}
    province: {code: "430000", name: 湖南省, aliases: [湖南, 全省]}
    peers:    [{code: "430100", name: 长沙市, aliases: [长沙]}, ...]      # the province's other cities
    units:    [{code: ..., name: 衡阳高新技术产业开发区, kind: park, parent: "430400",
                aliases: [衡阳高新区, 高新区]}, ...]                      # districts, counties, parks …

Nothing in diaodu's code names a particular city: all of that lives in a profile like this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from diaodu.errors import LexiconError

UnitKind = Literal[
    "province", "city", "district", "county", "county_city", "park", "department", "company", "other"
]


class ProfileUnit(BaseModel):
    """One unit of a profile: a region, park, department or company."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(min_length=1)
    name: str = Field(min_length=1)
    kind: UnitKind = "other"
    parent: str | None = None
    aliases: tuple[str, ...] = ()


class CityProfile(BaseModel):
    """The whole profile."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    city: ProfileUnit
    province: ProfileUnit
    peers: tuple[ProfileUnit, ...] = ()
    units: tuple[ProfileUnit, ...] = ()

    def all_units(self) -> Iterator[ProfileUnit]:
        """Province first, then the city, its peers and its units: parents before children."""
        yield self.province.model_copy(update={"kind": "province"})
        yield self.city.model_copy(update={"kind": "city", "parent": self.city.parent or self.province.code})
        for peer in self.peers:
            yield peer.model_copy(
                update={
                    "kind": peer.kind if peer.kind != "other" else "city",
                    "parent": peer.parent or self.province.code,
                }
            )
        yield from self.units

    def alias_map(self) -> dict[str, str]:
        """Every name and alias → the canonical name."""
        out: dict[str, str] = {}
        for unit in self.all_units():
            for name in (unit.name, *unit.aliases):
                out[name] = unit.name
        return out


def _check(profile: CityProfile, path: Path) -> None:
    codes: set[str] = set()
    names: dict[str, str] = {}
    for unit in profile.all_units():
        if unit.code in codes:
            raise LexiconError(f"{path}: code {unit.code!r} is used twice")
        codes.add(unit.code)
        for name in (unit.name, *unit.aliases):
            other = names.get(name)
            if other is not None and other != unit.name:
                raise LexiconError(f"{path}: alias {name!r} names both {other!r} and {unit.name!r}")
            names[name] = unit.name
    for unit in profile.units:
        if unit.parent is not None and unit.parent not in codes:
            raise LexiconError(f"{path}: unit {unit.name!r} has unknown parent code {unit.parent!r}")


def load_profile(path: str | Path) -> CityProfile:
    """Load and validate a profile file (or a folder holding ``city.yaml``); ``LexiconError`` if bad."""
    p = Path(path)
    if p.is_dir():
        p = p / "city.yaml"
    return _load(p.resolve())


@lru_cache(maxsize=16)
def _load(p: Path) -> CityProfile:
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read the city profile ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: not valid YAML: {exc}") from exc
    try:
        profile = CityProfile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise LexiconError(f"{p}: {where}: {first['msg']}") from exc
    _check(profile, p)
    return profile
