"""Deadlines: tasks and tickets past due, and task completion by responsible unit.

A task is overdue when it is not 已完成 and its deadline is before ``today``; a ticket when it is not
办结 and its deadline is before ``today``. ``days`` counts whole days past the deadline.

By default "not done" means not done now. With ``as_of`` (the weekly report passes its week's last
day) it means not done at the end of that day: a task counts unless its ``completed_on`` is on or before
it, and is shown in the state it was in before it was done (from the audit log); a ticket is judged by
the state its history (``ticket_events``) had reached by then, and tickets raised later are left out.
A task marked 已完成 with no completion day, or reopened since, is judged by its current state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import Task, Ticket

from .tickets import state_on

DONE = "已完成"
#: shown for a task done after the day judged whose earlier state the audit log does not tell
NOT_DONE = "未完成"


@dataclass(frozen=True)
class Overdue:
    """A task or ticket past its deadline."""

    kind: Literal["task", "ticket"]
    id: int
    title: str
    unit: str | None
    chain: str | None
    deadline: date
    state: str
    days: int

    @property
    def kind_label(self) -> str:
        return "任务" if self.kind == "task" else "问题"


def overdue_tasks(
    session: Session, today: date, *, unit_ids: tuple[int, ...] | None = None, as_of: date | None = None
) -> list[Overdue]:
    """Tasks not done (now, or at the end of ``as_of``) whose deadline is before ``today``, most
    overdue first."""
    not_done: Any = Task.state != DONE
    if as_of is not None:
        not_done = or_(not_done, and_(Task.completed_on.is_not(None), Task.completed_on > as_of))
    stmt = (
        select(Task.id, Task.title, Unit.name, Chain.name, Task.deadline, Task.state)
        .outerjoin(Unit, Unit.id == Task.responsible_unit_id)
        .outerjoin(Chain, Chain.id == Task.chain_id)
        .where(not_done, Task.deadline < today)
        .order_by(Task.deadline, Task.id)
    )
    if unit_ids is not None:
        stmt = stmt.where(Task.responsible_unit_id.in_(unit_ids))
    rows = session.execute(stmt).all()
    earlier = _states_before_done(session, [i for i, *_rest, s in rows if s == DONE])
    return [
        Overdue("task", i, t, u, c, d, earlier.get(i, NOT_DONE) if s == DONE else s, (today - d).days)
        for i, t, u, c, d, s in rows
    ]


def _states_before_done(session: Session, task_ids: list[int]) -> dict[int, str]:
    """For tasks now done: the state each was in before it was last marked done, from the audit log."""
    if not task_ids:
        return {}
    entries = session.execute(
        select(AuditEntry.row_id, AuditEntry.before, AuditEntry.after)
        .where(
            AuditEntry.table_name == Task.__tablename__,
            AuditEntry.action == "update",
            AuditEntry.row_id.in_([str(i) for i in task_ids]),
        )
        .order_by(AuditEntry.id)
    )
    out: dict[int, str] = {}
    for row_id, before, after in entries:
        was, became = (before or {}).get("state"), (after or {}).get("state")
        if became == DONE and was and was != DONE:
            out[int(str(row_id))] = str(was)
    return out


def overdue_tickets(
    session: Session, today: date, *, unit_ids: tuple[int, ...] | None = None, as_of: date | None = None
) -> list[Overdue]:
    """Tickets not 办结 (now, or at the end of ``as_of``) whose deadline is before ``today``, most
    overdue first."""
    state: Any = Ticket.state if as_of is None else state_on(as_of)
    stmt = (
        select(Ticket.id, Ticket.title, Unit.name, Chain.name, Ticket.deadline, state)
        .outerjoin(Unit, Unit.id == Ticket.assigned_unit_id)
        .outerjoin(Chain, Chain.id == Ticket.chain_id)
        .where(state != "办结", Ticket.deadline < today)
        .order_by(Ticket.deadline, Ticket.id)
    )
    if unit_ids is not None:
        stmt = stmt.where(Ticket.assigned_unit_id.in_(unit_ids))
    return [
        Overdue("ticket", i, t, u, c, d, s, (today - d).days) for i, t, u, c, d, s in session.execute(stmt)
    ]


@dataclass(frozen=True)
class UnitTasks:
    """Task completion of one responsible unit."""

    unit: str
    total: int
    done: int
    overdue: int

    @property
    def rate(self) -> float:
        """完成率 in percent."""
        return self.done / self.total * 100 if self.total else 0.0


def task_completion_by_unit(session: Session, today: date) -> list[UnitTasks]:
    """Per responsible unit: tasks, done, overdue on ``today``; lowest completion first."""
    done = Task.state == "已完成"
    stmt = (
        select(
            Unit.name,
            func.count(Task.id),
            func.sum(case((done, 1), else_=0)),
            func.sum(case((~done & (Task.deadline < today), 1), else_=0)),
        )
        .outerjoin(Unit, Unit.id == Task.responsible_unit_id)
        .group_by(Unit.name)
    )
    out = [
        UnitTasks(u or "未明确责任单位", int(n), int(d or 0), int(o or 0))
        for u, n, d, o in session.execute(stmt)
    ]
    out.sort(key=lambda x: (x.rate, x.unit))
    return out
