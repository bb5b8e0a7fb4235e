"""The indicator catalogue in the ledger (指标): load it, and resolve a name or alias to its indicator.

The catalogue comes from the reader (``diaodu.reading.lexicon.indicator_catalogue()``) or from a YAML
file of the same shape; each entry has ``code``, ``name``, ``aliases``, ``unit``, ``kind`` (flow, stock)
and ``accumulation`` (how it adds up over 1–N月: cumulative, monthly, point, annual). Loading is
idempotent and audited like every write.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from diaodu.errors import LexiconError, NotFound
from diaodu.ledger import audit
from diaodu.ledger.aliases import assign_aliases
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.figures import Indicator, IndicatorAlias

KINDS = ("flow", "stock", "other")
ACCUMULATIONS = ("cumulative", "monthly", "point", "annual")


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One indicator as the catalogue states it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    unit: str | None = None
    kind: str = "flow"
    accumulation: str = "cumulative"
    note: str | None = field(default=None, compare=False)


def entry_from(item: Any, where: str = "catalogue") -> CatalogueEntry:
    """A ``CatalogueEntry`` from a mapping or any object with the catalogue's attributes."""

    def get(key: str, default: Any = None) -> Any:
        if isinstance(item, Mapping):
            return item.get(key, default)
        return getattr(item, key, default)

    code, name = get("code"), get("name")
    if not isinstance(code, str) or not code or not isinstance(name, str) or not name:
        raise LexiconError(f"{where}: an indicator needs a code and a name: {item!r}")
    kind = get("kind") or "flow"
    accumulation = get("accumulation") or "cumulative"
    if kind not in KINDS:
        raise LexiconError(f"{where}: indicator {name!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if accumulation not in ACCUMULATIONS:
        raise LexiconError(
            f"{where}: indicator {name!r}: accumulation {accumulation!r} is not one of "
            f"{', '.join(ACCUMULATIONS)}"
        )
    aliases = tuple(str(a) for a in (get("aliases") or ()) if str(a) != name)
    unit = get("unit")
    return CatalogueEntry(
        code=code,
        name=name,
        aliases=aliases,
        unit=None if unit is None else str(unit),
        kind=str(kind),
        accumulation=str(accumulation),
        note=get("note"),
    )


def reader_catalogue() -> list[CatalogueEntry]:
    """The reader's catalogue, ``diaodu.reading.lexicon.indicator_catalogue()``; empty if not there yet."""
    try:
        lexicon = importlib.import_module("diaodu.reading.lexicon")
    except ModuleNotFoundError:
        return []
    fn = getattr(lexicon, "indicator_catalogue", None)
    if fn is None:
        return []
    return [entry_from(item, "diaodu.reading.lexicon") for item in fn()]


def catalogue_from_file(path: str | Path) -> list[CatalogueEntry]:
    """Entries from a YAML file: a list of entries, or a mapping with an ``indicators`` list."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: not valid YAML: {exc}") from exc
    if isinstance(data, Mapping):
        data = data.get("indicators")
    if not isinstance(data, list):
        raise LexiconError(f"{p}: expected a list of indicators")
    return [entry_from(item, f"{p} entry {n}") for n, item in enumerate(data, start=1)]


@dataclass(frozen=True, slots=True)
class LoadReport:
    added: int
    updated: int
    unchanged: int


def load_catalogue(engine: Engine, entries: Iterable[CatalogueEntry], *, actor: str = "system") -> LoadReport:
    """Put the entries into ``indicators``/``indicator_aliases`` in one transaction (idempotent)."""
    items = list(entries)
    _check_unique(items)
    with transaction(engine) as session:
        return _load(session, items, actor)


def _check_unique(items: list[CatalogueEntry]) -> None:
    owner: dict[str, str] = {}
    codes: set[str] = set()
    for item in items:
        if item.code in codes:
            raise LexiconError(f"indicator code {item.code!r} is used twice")
        codes.add(item.code)
        for name in (item.name, *item.aliases):
            other = owner.get(name)
            if other is not None and other != item.code:
                raise LexiconError(f"{name!r} names two indicators ({other} and {item.code})")
            owner[name] = item.code


def _load(session: Session, items: list[CatalogueEntry], actor: str) -> LoadReport:
    by_code = {i.code: i for i in session.scalars(select(Indicator))}
    alias_owner = {a.alias: a.indicator_id for a in session.scalars(select(IndicatorAlias))}
    added = updated = unchanged = 0
    for item in items:
        row = by_code.get(item.code)
        values = {
            "name": item.name,
            "unit": item.unit,
            "kind": item.kind,
            "accumulation": item.accumulation,
            "note": item.note,
        }
        if row is None:
            row = Indicator(code=item.code, **values)
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor=actor,
                action="insert",
                table="indicators",
                row_id=row.id,
                after=audit.snapshot(row),
            )
            added += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            before = audit.snapshot(row)
            for k, v in values.items():
                setattr(row, k, v)
            session.flush()
            audit.record(
                session,
                actor=actor,
                action="update",
                table="indicators",
                row_id=row.id,
                before=before,
                after=audit.snapshot(row),
            )
            updated += 1
        else:
            unchanged += 1
        assign_aliases(
            session, IndicatorAlias, "indicator_id", row.id, item.aliases, alias_owner, actor=actor
        )
    session.flush()
    return LoadReport(added, updated, unchanged)


def name_map(session: Session) -> dict[str, tuple[int, str]]:
    """Every indicator name and alias → (indicator id, canonical name)."""
    out: dict[str, tuple[int, str]] = {}
    names: dict[int, str] = {}
    for ind_id, name in session.execute(select(Indicator.id, Indicator.name)):
        out[name] = (ind_id, name)
        names[ind_id] = name
    for alias, ind_id in session.execute(select(IndicatorAlias.alias, IndicatorAlias.indicator_id)):
        out.setdefault(alias, (ind_id, names[ind_id]))
    return out


def resolve_indicator(session: Session, name: str) -> Indicator:
    """The indicator a name or alias stands for; ``NotFound`` if none."""
    row = session.scalar(select(Indicator).where(Indicator.name == name))
    if row is None:
        row = session.scalar(select(Indicator).join(IndicatorAlias).where(IndicatorAlias.alias == name))
    if row is None:
        raise NotFound(f"no indicator is called {name!r}")
    return row
