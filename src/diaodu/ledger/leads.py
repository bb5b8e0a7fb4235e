"""招商 leads and events in the ledger. Which stage changes are allowed is decided in
``diaodu.dispatch.leads``; this module records them, audited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaodu.errors import NotFound
from diaodu.ledger.tables.work import InvestmentEvent, Lead
from diaodu.ledger.writes import insert, update


def add_event(session: Session, event: InvestmentEvent, *, actor: str) -> InvestmentEvent:
    """Add a 招商 activity."""
    return insert(session, event, actor=actor)


def upsert_lead(session: Session, name: str, fields: dict[str, Any], *, actor: str) -> tuple[Lead, bool]:
    """Add a lead, or update the one of that name. Returns (row, created)."""
    found = session.scalars(select(Lead).where(Lead.name == name)).first()
    if found is None:
        return insert(session, Lead(name=name, **fields), actor=actor), True
    update(session, found, fields, actor=actor)
    return found, False


def get_lead(session: Session, key: int | str) -> Lead:
    """A lead by id or name; ``NotFound`` otherwise."""
    found = (
        session.get(Lead, key)
        if isinstance(key, int)
        else session.scalars(select(Lead).where(Lead.name == key)).first()
    )
    if found is None:
        raise NotFound(f"没有这条招商线索：{key}")
    return found


def write_stage(
    session: Session, lead: Lead, changes: dict[str, Any], *, actor: str, note: str | None
) -> Lead:
    """Record a stage change (and its dates or amounts) of a lead, audited."""
    update(session, lead, changes, actor=actor, note=note)
    return lead
