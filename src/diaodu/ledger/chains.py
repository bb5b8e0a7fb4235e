"""The chain-chief system in the ledger: chains, chiefs, hosts, goals, enterprises, liaisons, visits.

Every function writes inside the caller's session and audits each change.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaodu.errors import NotFound
from diaodu.ledger.tables.chains import (
    Chain,
    ChainChief,
    ChainGoal,
    ChainHost,
    Enterprise,
    Liaison,
    Visit,
)
from diaodu.ledger.writes import insert, update


def add_chain(
    session: Session,
    code: str,
    name: str,
    *,
    lead_unit_id: int | None = None,
    office: str | None = None,
    sort: int = 0,
    actor: str,
) -> Chain:
    """Add an industry chain (产业链)."""
    chain = Chain(code=code, name=name, lead_unit_id=lead_unit_id, office=office, sort=sort)
    return insert(session, chain, actor=actor)


def get_chain(session: Session, key: int | str) -> Chain:
    """A chain by id, code or name (also without the trailing 产业链); ``NotFound`` otherwise."""
    if isinstance(key, int):
        found = session.get(Chain, key)
    else:
        names = {key, key + "产业链", key.removesuffix("产业链")}
        found = session.scalars(select(Chain).where((Chain.code == key) | Chain.name.in_(names))).first()
    if found is None:
        raise NotFound(f"没有这条产业链：{key}")
    return found


def add_chief(
    session: Session, chain_id: int, name: str, *, title: str | None, role: str, actor: str
) -> ChainChief:
    """Name a 链长 or 副链长 of a chain."""
    return insert(session, ChainChief(chain_id=chain_id, name=name, title=title, role=role), actor=actor)


def add_host(session: Session, chain_id: int, unit_id: int, *, actor: str) -> ChainHost:
    """Record a region or park as a host of a chain (承载地)."""
    return insert(session, ChainHost(chain_id=chain_id, unit_id=unit_id), actor=actor)


def set_goal(
    session: Session, chain_id: int, year: int, indicator: str, target: float, unit: str | None, *, actor: str
) -> ChainGoal:
    """Set a chain's yearly goal for one indicator (insert or audited update)."""
    goal = session.scalars(
        select(ChainGoal).where(
            ChainGoal.chain_id == chain_id, ChainGoal.year == year, ChainGoal.indicator == indicator
        )
    ).first()
    if goal is None:
        return insert(
            session,
            ChainGoal(chain_id=chain_id, year=year, indicator=indicator, target=target, unit=unit),
            actor=actor,
        )
    update(session, goal, {"target": target, "unit": unit}, actor=actor)
    return goal


def add_liaison(
    session: Session, name: str, *, unit_id: int | None = None, phone: str | None = None, actor: str
) -> Liaison:
    """Add a 驻企联络员."""
    return insert(session, Liaison(name=name, unit_id=unit_id, phone=phone), actor=actor)


def upsert_enterprise(
    session: Session, name: str, fields: dict[str, object], *, actor: str
) -> tuple[Enterprise, bool]:
    """Add an enterprise to the chain ledger, or update the one of that name. Returns (row, created)."""
    found = session.scalars(select(Enterprise).where(Enterprise.name == name)).first()
    if found is None:
        return insert(session, Enterprise(name=name, **fields), actor=actor), True
    update(session, found, dict(fields), actor=actor)
    return found, False


def log_visit(
    session: Session,
    liaison_id: int,
    visited_on: date,
    *,
    enterprise_id: int | None = None,
    project_id: int | None = None,
    summary: str | None = None,
    actor: str,
) -> Visit:
    """Log a liaison's visit to an enterprise or a project."""
    if enterprise_id is None and project_id is None:
        raise NotFound("走访记录须注明企业或项目")
    visit = Visit(
        liaison_id=liaison_id,
        enterprise_id=enterprise_id,
        project_id=project_id,
        visited_on=visited_on,
        summary=summary,
    )
    return insert(session, visit, actor=actor)
