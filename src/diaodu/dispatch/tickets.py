"""The ticket workflow (援企服务问题诉求): 收集 → 交办 → 办理 → 反馈 → 办结, with the ways back.

Allowed steps (``TRANSITIONS``)::

    收集 → 交办            assign to a unit
    交办 → 办理 | 收集     the unit takes it up, or sends it back for checking
    办理 → 反馈            the unit reports back to the enterprise
    反馈 → 办结 | 办理     the enterprise is satisfied, or it goes back to the unit
    办结 → 办理            reopened (重新打开): counts in ``Ticket.reopened``

Anything else raises ``TransitionError`` naming the ticket, both states and what is allowed. Every step
is a ``ticket_events`` row and an audit entry. Resolution statistics group by chain, unit or category.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from diaodu.errors import TransitionError
from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import TICKET_STATES, Ticket, TicketEvent
from diaodu.ledger.tickets import get_ticket, write_state

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "收集": ("交办",),
    "交办": ("办理", "收集"),
    "办理": ("反馈",),
    "反馈": ("办结", "办理"),
    "办结": ("办理",),
}
STATES = TICKET_STATES
StatsBy = Literal["chain", "unit", "category"]


def allowed(from_state: str) -> tuple[str, ...]:
    """The states a ticket in ``from_state`` may move to."""
    return TRANSITIONS.get(from_state, ())


def check_transition(code: str, from_state: str, to_state: str) -> None:
    """Raise ``TransitionError`` unless ``from_state → to_state`` is an allowed step."""
    if to_state not in STATES:
        raise TransitionError(f"问题工单{code}：没有「{to_state}」这个状态（状态有：{'、'.join(STATES)}）")
    if to_state not in allowed(from_state):
        options = "、".join(allowed(from_state)) or "无"
        raise TransitionError(
            f"问题工单{code}当前为「{from_state}」，不能直接转为「{to_state}」；可转为：{options}"
        )


def transition(
    session: Session,
    ticket_id: int | str,
    to_state: str,
    *,
    actor: str,
    note: str | None = None,
    on: date | None = None,
) -> Ticket:
    """Move a ticket (by id or code) to ``to_state`` on day ``on`` (today by default), audited.

    Reaching 办结 records the resolution day; reopening clears it and counts the reopening.
    """
    ticket = get_ticket(session, ticket_id)
    check_transition(ticket.code, ticket.state, to_state)
    day = on or date.today()
    resolved_on = day if to_state == "办结" else None
    reopened = ticket.reopened + (1 if ticket.state == "办结" else 0)
    write_state(
        session, ticket, to_state, on=day, actor=actor, note=note, resolved_on=resolved_on, reopened=reopened
    )
    return ticket


@dataclass(frozen=True)
class ResolutionStat:
    """Tickets of one chain, unit or category: how many, how many 办结, rate, mean days to resolve."""

    key: str
    total: int
    resolved: int
    open_overdue: int
    mean_days: float | None

    @property
    def rate(self) -> float | None:
        """办结率 in percent."""
        return None if self.total == 0 else self.resolved / self.total * 100


def resolution_stats(session: Session, by: StatsBy, *, today: date | None = None) -> list[ResolutionStat]:
    """办结率 and mean days from raised to resolved, per chain, assigned unit or category.

    ``open_overdue`` counts unresolved tickets past their deadline on ``today`` (default: today).
    Sorted by total, largest first.
    """
    day = today or date.today()
    key: Any
    missing = {"chain": "未归属产业链", "unit": "未交办", "category": "未分类"}[by]
    if by == "chain":
        key = Chain.name
        base = select(Ticket).outerjoin(Chain, Chain.id == Ticket.chain_id)
    elif by == "unit":
        key = Unit.name
        base = select(Ticket).outerjoin(Unit, Unit.id == Ticket.assigned_unit_id)
    else:
        key = Ticket.category
        base = select(Ticket)
    resolved = Ticket.state == "办结"
    rows = session.execute(
        base.with_only_columns(
            key.label("k"),
            func.count(Ticket.id),
            func.sum(case((resolved, 1), else_=0)),
            func.sum(case((~resolved & (Ticket.deadline < day), 1), else_=0)),
        ).group_by(key)
    ).all()
    days: dict[str, list[int]] = {}
    done = base.with_only_columns(key.label("k"), Ticket.raised_on, Ticket.resolved_on).where(
        resolved, Ticket.resolved_on.is_not(None)
    )
    for k, raised, solved in session.execute(done):
        days.setdefault(k or missing, []).append((solved - raised).days)
    out = []
    for k, n, r, o in rows:
        name = k or missing
        spans = days.get(name)
        out.append(
            ResolutionStat(
                key=name,
                total=int(n),
                resolved=int(r or 0),
                open_overdue=int(o or 0),
                mean_days=sum(spans) / len(spans) if spans else None,
            )
        )
    out.sort(key=lambda s: (-s.total, s.key))
    return out


def tickets_raised_between(session: Session, start: date, end: date) -> list[Ticket]:
    """Tickets raised from ``start`` to ``end`` inclusive, oldest first."""
    stmt = select(Ticket).where(Ticket.raised_on >= start, Ticket.raised_on <= end).order_by(Ticket.raised_on)
    return list(session.scalars(stmt))


def state_on(day: date) -> ColumnElement[str | None]:
    """A ticket's state at the end of ``day``, from its history: the state its last step on or before
    that day led to (steps of one day in the order written). ``NULL`` when it had not been raised yet.
    A ticket with no history rows at all (written without ``ledger.tickets``) keeps its current state
    from the day it was raised."""
    last = (
        select(TicketEvent.to_state)
        .where(TicketEvent.ticket_id == Ticket.id, TicketEvent.happened_on <= day)
        .order_by(TicketEvent.happened_on.desc(), TicketEvent.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    has_history = select(TicketEvent.id).where(TicketEvent.ticket_id == Ticket.id).exists()
    return case((has_history, last), (Ticket.raised_on <= day, Ticket.state), else_=None)


def state_counts(session: Session, *, as_of: date | None = None) -> dict[str, int]:
    """How many tickets are in each state (every state present, zero when none); with ``as_of``, in
    the state they were in at the end of that day (tickets raised later are left out)."""
    states = select((Ticket.state if as_of is None else state_on(as_of)).label("s")).subquery()
    rows = session.execute(select(states.c.s, func.count()).group_by(states.c.s)).tuples().all()
    counts = {s: n for s, n in rows if s is not None}
    return {state: int(counts.get(state, 0)) for state in STATES}


def raise_from_progress(
    session: Session, project_id: int, year: int, month: int, problems: str, *, actor: str
) -> Ticket | None:
    """A problem written in a project's monthly progress becomes a ticket (state 收集), once: the ticket
    code is ``JD-<project code>-<yyyymm>``, so re-reporting the month does not raise it again.
    Returns the new ticket, or ``None`` when that month's ticket exists already."""
    from diaodu.ledger.tables.projects import Project
    from diaodu.ledger.tickets import add_ticket

    project = session.get(Project, project_id)
    if project is None:
        raise TransitionError(f"没有编号为{project_id}的项目，无法登记问题")
    code = f"JD-{project.code}-{year}{month:02d}"
    if session.scalar(select(Ticket.id).where(Ticket.code == code)) is not None:
        return None
    day = date(year, month, 28)
    ticket = Ticket(
        code=code,
        title=f"{project.name}：{problems[:200]}",
        description=problems,
        category="其他",
        project_id=project.id,
        chain_id=project.chain_id,
        assigned_unit_id=project.responsible_unit_id,
        raised_on=day,
        state="收集",
    )
    return add_ticket(session, ticket, actor=actor)


def ticket_history(session: Session, ticket_id: int | str) -> list[TicketEvent]:
    """Every state change of a ticket (by id or code), oldest first, the registration included."""
    ticket = get_ticket(session, ticket_id)
    stmt = select(TicketEvent).where(TicketEvent.ticket_id == ticket.id).order_by(TicketEvent.id)
    return list(session.scalars(stmt))


def list_tickets(
    session: Session,
    *,
    state: str | None = None,
    chain_id: int | None = None,
    category: str | None = None,
    unit_ids: tuple[int, ...] | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[Ticket]:
    """Tickets, newest raised first, filtered by state, chain, category or assigned units (a scope)."""
    stmt = select(Ticket).order_by(Ticket.raised_on.desc(), Ticket.id.desc()).limit(limit).offset(offset)
    if state is not None:
        stmt = stmt.where(Ticket.state == state)
    if chain_id is not None:
        stmt = stmt.where(Ticket.chain_id == chain_id)
    if category is not None:
        stmt = stmt.where(Ticket.category == category)
    if unit_ids is not None:
        stmt = stmt.where(Ticket.assigned_unit_id.in_(unit_ids))
    return list(session.scalars(stmt))
