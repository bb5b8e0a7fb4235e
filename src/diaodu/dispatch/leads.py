"""招商 leads: 线索 → 在谈 → 签约 → 开工 → 投产 / 到资, and the funnel.

A lead only moves forward (skipping steps is allowed: a lead signed at a fair goes 线索 → 签约); 投产
and 到资 are both last steps after 开工. Moving back raises ``TransitionError``. Each move records its
date (签约日, 开工日, 投产日) and is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from diaodu.errors import TransitionError
from diaodu.ledger.leads import get_lead, write_stage
from diaodu.ledger.tables.work import LEAD_STAGES, Lead

#: Position of each stage in the funnel; 投产 and 到资 share the last step.
STAGE_RANK = {"线索": 0, "在谈": 1, "签约": 2, "开工": 3, "投产": 4, "到资": 4}
FUNNEL_STEPS = ("线索", "在谈", "签约", "开工", "投产/到资")


def check_advance(name: str, from_stage: str, to_stage: str) -> None:
    """Raise ``TransitionError`` unless ``to_stage`` is a later stage than ``from_stage``."""
    if to_stage not in STAGE_RANK:
        raise TransitionError(
            f"招商项目「{name}」：没有「{to_stage}」这个阶段（阶段有：{'、'.join(LEAD_STAGES)}）"
        )
    if STAGE_RANK[to_stage] <= STAGE_RANK[from_stage]:
        raise TransitionError(
            f"招商项目「{name}」当前为「{from_stage}」，只能向后推进，不能转为「{to_stage}」"
        )


def advance(
    session: Session,
    lead_id: int | str,
    to_stage: str,
    *,
    actor: str,
    on: date | None = None,
    funds_arrived: float | None = None,
    note: str | None = None,
) -> Lead:
    """Move a lead (by id or name) forward to ``to_stage`` on ``on`` (today by default)."""
    lead = get_lead(session, lead_id)
    check_advance(lead.name, lead.stage, to_stage)
    day = on or date.today()
    changes: dict[str, object] = {"stage": to_stage}
    if STAGE_RANK[to_stage] >= 2 and lead.signed_on is None:
        changes["signed_on"] = day
    if STAGE_RANK[to_stage] >= 3 and lead.started_on is None:
        changes["started_on"] = day
    if to_stage == "投产":
        changes["producing_on"] = day
    if funds_arrived is not None:
        changes["funds_arrived"] = funds_arrived
    return write_stage(session, lead, changes, actor=actor, note=note)


@dataclass(frozen=True)
class FunnelStep:
    """Leads that reached a step (or went beyond it), their amount in 万元, and the share of the
    previous step that got this far."""

    step: str
    count: int
    amount: float
    fortune500: int
    conversion: float | None


def funnel(
    session: Session, *, chain_id: int | None = None, unit_id: int | None = None, year: int | None = None
) -> list[FunnelStep]:
    """The 招商 funnel: for each step, the leads that reached it. ``year`` keeps leads found that year."""
    stmt = select(
        Lead.stage, func.count(), func.sum(Lead.amount), func.sum(case((Lead.fortune500, 1), else_=0))
    )
    if chain_id is not None:
        stmt = stmt.where(Lead.chain_id == chain_id)
    if unit_id is not None:
        stmt = stmt.where(Lead.unit_id == unit_id)
    if year is not None:
        stmt = stmt.where(Lead.found_on >= date(year, 1, 1), Lead.found_on <= date(year, 12, 31))
    by_rank = [[0, 0.0, 0] for _ in FUNNEL_STEPS]
    for stage, n, amount, f500 in session.execute(stmt.group_by(Lead.stage)):
        cell = by_rank[STAGE_RANK[stage]]
        cell[0] += int(n)
        cell[1] += float(amount or 0.0)
        cell[2] += int(f500 or 0)
    out: list[FunnelStep] = []
    prev: int | None = None
    for i, step in enumerate(FUNNEL_STEPS):
        reached = [sum(int(c[j]) for c in by_rank[i:]) for j in (0, 2)]
        amount = sum(float(c[1]) for c in by_rank[i:])
        conv = None if not prev else reached[0] / prev * 100
        out.append(FunnelStep(step, reached[0], amount, reached[1], conv))
        prev = reached[0]
    return out


def signed_amount(session: Session, start: date, end: date) -> tuple[int, float]:
    """Leads signed between ``start`` and ``end`` and their amount in 万元."""
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(Lead.amount), 0.0)).where(
            Lead.signed_on >= start, Lead.signed_on <= end
        )
    ).one()
    return int(row[0]), float(row[1])
