"""Deadlines: tasks and tickets past due, and task completion by responsible unit.

A task is overdue when it is not 已完成 and its deadline is before ``today``; a ticket when it is not
办结 and its deadline is before ``today``. ``days`` counts whole days past the deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import Task, Ticket


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


def overdue_tasks(session: Session, today: date, *, unit_ids: tuple[int, ...] | None = None) -> list[Overdue]:
    """Tasks not done whose deadline is before ``today``, most overdue first."""
    stmt = (
        select(Task.id, Task.title, Unit.name, Chain.name, Task.deadline, Task.state)
        .outerjoin(Unit, Unit.id == Task.responsible_unit_id)
        .outerjoin(Chain, Chain.id == Task.chain_id)
        .where(Task.state != "已完成", Task.deadline < today)
        .order_by(Task.deadline, Task.id)
    )
    if unit_ids is not None:
        stmt = stmt.where(Task.responsible_unit_id.in_(unit_ids))
    return [Overdue("task", i, t, u, c, d, s, (today - d).days) for i, t, u, c, d, s in session.execute(stmt)]


def overdue_tickets(
    session: Session, today: date, *, unit_ids: tuple[int, ...] | None = None
) -> list[Overdue]:
    """Tickets not 办结 whose deadline is before ``today``, most overdue first."""
    stmt = (
        select(Ticket.id, Ticket.title, Unit.name, Chain.name, Ticket.deadline, Ticket.state)
        .outerjoin(Unit, Unit.id == Ticket.assigned_unit_id)
        .outerjoin(Chain, Chain.id == Ticket.chain_id)
        .where(Ticket.state != "办结", Ticket.deadline < today)
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
