"""The chain-chief system (链长制) read back: a chain's enterprises by segment, and each 驻企联络员's
enterprises, projects and visits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from diaodu.ledger.tables.chains import Enterprise, Liaison, Visit
from diaodu.ledger.tables.projects import Project
from diaodu.ledger.tables.regions import Unit


@dataclass(frozen=True)
class SegmentCount:
    """Enterprises of one segment (上游, 中游, 下游) of a chain."""

    segment: str
    enterprises: int
    above_scale: int
    masters: int
    output_value: float


def chain_segments(session: Session, chain_id: int) -> list[SegmentCount]:
    """A chain's enterprises by segment, upstream first; output value in 万元."""
    order = {"上游": 0, "中游": 1, "下游": 2}
    rows = session.execute(
        select(
            Enterprise.segment,
            func.count(),
            func.sum(case((Enterprise.above_scale, 1), else_=0)),
            func.sum(case((Enterprise.chain_master, 1), else_=0)),
            func.coalesce(func.sum(Enterprise.output_value), 0.0),
        )
        .where(Enterprise.chain_id == chain_id)
        .group_by(Enterprise.segment)
    ).all()
    out = [SegmentCount(s, int(n), int(a or 0), int(m or 0), float(v)) for s, n, a, m, v in rows]
    return sorted(out, key=lambda c: order.get(c.segment, 9))


@dataclass(frozen=True)
class LiaisonLoad:
    """What one liaison serves and how often they visited."""

    liaison_id: int
    name: str
    unit: str | None
    enterprises: int
    projects: int
    visits: int
    last_visit: date | None


def liaison_workload(session: Session, *, since: date | None = None) -> list[LiaisonLoad]:
    """Every liaison with the enterprises and projects they serve and their visits (since ``since``),
    fewest visits first so the ones to chase come on top."""
    ent = dict(
        session.execute(select(Enterprise.liaison_id, func.count()).group_by(Enterprise.liaison_id))
        .tuples()
        .all()
    )
    proj = dict(
        session.execute(select(Project.liaison_id, func.count()).group_by(Project.liaison_id)).tuples().all()
    )
    vstmt = select(Visit.liaison_id, func.count(), func.max(Visit.visited_on)).group_by(Visit.liaison_id)
    if since is not None:
        vstmt = vstmt.where(Visit.visited_on >= since)
    visits = {lid: (int(n), last) for lid, n, last in session.execute(vstmt)}
    out = []
    for lid, name, unit in session.execute(
        select(Liaison.id, Liaison.name, Unit.name)
        .outerjoin(Unit, Unit.id == Liaison.unit_id)
        .order_by(Liaison.id)
    ):
        n, last = visits.get(lid, (0, None))
        out.append(LiaisonLoad(lid, name, unit, int(ent.get(lid, 0)), int(proj.get(lid, 0)), n, last))
    out.sort(key=lambda x: (x.visits, x.liaison_id))
    return out
