"""Regions and units in the ledger: load a city profile into ``units``/``unit_aliases``, and resolve names.

``load_profile_units`` is idempotent: loading the same profile twice changes nothing, and loading an
edited profile updates the changed units (each change audited with its before and after) and adds the
new ones. Units the profile no longer names are kept: observations and tasks may still point at them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from diaodu.errors import NotFound
from diaodu.ledger import audit
from diaodu.ledger.aliases import assign_aliases
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.regions import Unit, UnitAlias
from diaodu.reading.profile import CityProfile, ProfileUnit


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load changed."""

    added: int
    updated: int
    unchanged: int
    aliases_added: int


def load_profile_units(engine: Engine, profile: CityProfile, *, actor: str = "system") -> LoadReport:
    """Put every unit of ``profile`` into the ledger, in one transaction; return what changed."""
    with transaction(engine) as session:
        return _load(session, profile, actor)


def _load(session: Session, profile: CityProfile, actor: str) -> LoadReport:
    by_code = {u.code: u for u in session.scalars(select(Unit))}
    alias_owner = {a.alias: a.unit_id for a in session.scalars(select(UnitAlias))}
    added = updated = unchanged = aliases_added = 0
    for item in _parents_first(list(profile.all_units())):
        parent_id = by_code[item.parent].id if item.parent is not None and item.parent in by_code else None
        unit = by_code.get(item.code)
        if unit is None:
            unit = Unit(code=item.code, name=item.name, kind=item.kind, parent_id=parent_id)
            session.add(unit)
            session.flush()
            by_code[item.code] = unit
            audit.record(
                session,
                actor=actor,
                action="insert",
                table="units",
                row_id=unit.id,
                after=audit.snapshot(unit),
            )
            added += 1
        elif (unit.name, unit.kind, unit.parent_id) != (item.name, item.kind, parent_id):
            before = audit.snapshot(unit)
            unit.name, unit.kind, unit.parent_id = item.name, item.kind, parent_id
            session.flush()
            audit.record(
                session,
                actor=actor,
                action="update",
                table="units",
                row_id=unit.id,
                before=before,
                after=audit.snapshot(unit),
            )
            updated += 1
        else:
            unchanged += 1
        aliases_added += assign_aliases(
            session, UnitAlias, "unit_id", unit.id, item.aliases, alias_owner, actor=actor
        )
    session.flush()
    return LoadReport(added, updated, unchanged, aliases_added)


def _parents_first(items: list[ProfileUnit]) -> list[ProfileUnit]:
    codes = {i.code for i in items}
    placed: set[str] = set()
    out: list[ProfileUnit] = []
    pending = items
    while pending:
        ready = [i for i in pending if i.parent is None or i.parent in placed or i.parent not in codes]
        if not ready:  # a cycle: keep the file's order for the rest
            ready = pending
        out.extend(ready)
        placed.update(i.code for i in ready)
        pending = [i for i in pending if i.code not in placed]
    return out


def name_map(session: Session) -> dict[str, tuple[int, str]]:
    """Every unit name and alias → (unit id, canonical name)."""
    out: dict[str, tuple[int, str]] = {}
    names: dict[int, str] = {}
    for unit_id, name in session.execute(select(Unit.id, Unit.name)):
        out[name] = (unit_id, name)
        names[unit_id] = name
    for alias, unit_id in session.execute(select(UnitAlias.alias, UnitAlias.unit_id)):
        out.setdefault(alias, (unit_id, names[unit_id]))
    return out


def resolve_unit(session: Session, name: str) -> Unit:
    """The unit a name or alias stands for; ``NotFound`` if none."""
    unit = session.scalar(select(Unit).where(Unit.name == name))
    if unit is None:
        unit = session.scalar(select(Unit).join(UnitAlias).where(UnitAlias.alias == name))
    if unit is None:
        raise NotFound(f"no unit is called {name!r}")
    return unit


def canonical_subject(session: Session, name: str) -> str:
    """The canonical name for ``name`` when it names a unit, else ``name`` itself (one query)."""
    by_alias = select(Unit.name).join(UnitAlias, UnitAlias.unit_id == Unit.id).where(UnitAlias.alias == name)
    found = session.scalar(select(Unit.name).where(Unit.name == name).union_all(by_alias).limit(1))
    return found if found is not None else name
