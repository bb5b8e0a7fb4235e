"""Overdue tasks and tickets: the deadline day itself is not overdue; done work never is."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from diaodu.dispatch import deadlines
from diaodu.ledger import tasks as ltasks
from diaodu.ledger import tickets as lt
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.work import Task, Ticket

TODAY = date(2020, 10, 15)
CASES = [
    ("before the deadline", date(2020, 10, 16), "推进中", False),
    ("on the deadline", date(2020, 10, 15), "推进中", False),
    ("a day late", date(2020, 10, 14), "推进中", True),
    ("late and not started", date(2020, 9, 1), "未开始", True),
    ("late but done", date(2020, 9, 1), "已完成", False),
]


@pytest.mark.parametrize(("label", "deadline", "state", "overdue"), CASES, ids=[c[0] for c in CASES])
def test_task_overdue(
    engine: Engine, units: dict[str, int], label: str, deadline: date, state: str, overdue: bool
) -> None:
    with transaction(engine) as session:
        task = ltasks.add_task(
            session,
            Task(title=label, deadline=deadline, state=state, responsible_unit_id=units["市工信局"]),
            actor="t",
        )
    with transaction(engine) as session:
        found = deadlines.overdue_tasks(session, TODAY)
        stats = deadlines.task_completion_by_unit(session, TODAY)
    assert [o.id for o in found] == ([task.id] if overdue else [])
    if overdue:
        assert found[0].days == (TODAY - deadline).days
        assert found[0].unit == "衡阳市工业和信息化局"
    assert stats[0].overdue == int(overdue)


@pytest.mark.parametrize(("state", "overdue"), [("收集", True), ("反馈", True)])
def test_ticket_overdue_unless_resolved(engine: Engine, state: str, overdue: bool) -> None:
    with transaction(engine) as session:
        lt.add_ticket(
            session,
            Ticket(
                code="WT1",
                title="x",
                category="用地",
                raised_on=date(2020, 9, 1),
                deadline=date(2020, 9, 30),
                state=state,
            ),
            actor="t",
        )
    with transaction(engine) as session:
        assert len(deadlines.overdue_tickets(session, TODAY)) == int(overdue)
        assert deadlines.overdue_tickets(session, date(2020, 9, 30)) == []


def test_resolved_ticket_is_not_overdue(engine: Engine) -> None:
    with transaction(engine) as session:
        lt.add_ticket(
            session,
            Ticket(
                code="WT1",
                title="x",
                category="用地",
                raised_on=date(2020, 9, 1),
                deadline=date(2020, 9, 30),
                state="办结",
            ),
            actor="t",
        )
    with transaction(engine) as session:
        assert deadlines.overdue_tickets(session, TODAY) == []


def test_completing_a_task(engine: Engine) -> None:
    with transaction(engine) as session:
        task = ltasks.add_task(session, Task(title="x", deadline=date(2020, 9, 1)), actor="t")
        ltasks.set_task_state(session, task.id, "已完成", on=date(2020, 8, 30), actor="t")
        assert task.completed_on == date(2020, 8, 30)
        assert deadlines.overdue_tasks(session, TODAY) == []
