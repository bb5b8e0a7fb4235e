"""The weekly report judges overdue tasks and tickets as they stood at its week's end, not as they are
now: work finished after the week still counts as overdue in it, work reopened after it does not."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from diaodu.dispatch import deadlines, reports
from diaodu.dispatch import tickets as workflow
from diaodu.ledger import tasks as ltasks
from diaodu.ledger import tickets as lt
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.work import Task, Ticket

WEEK = "2020-W26"  # Monday 22 June to Sunday 28 June 2020
END = date(2020, 6, 28)
NEXT = date(2020, 6, 29)

# (label, deadline, state when added, [(state, day)] changes, overdue in the week, state shown)
TASKS = [
    ("late, done within the week", date(2020, 6, 20), "推进中", [("已完成", date(2020, 6, 25))], False, None),
    (
        "late, done after the week",
        date(2020, 6, 20),
        "推进中",
        [("已完成", date(2020, 7, 3))],
        True,
        "推进中",
    ),
    (
        "late, never started, done after",
        date(2020, 6, 1),
        "未开始",
        [("已完成", date(2020, 7, 1))],
        True,
        "未开始",
    ),
    ("late, still open", date(2020, 6, 20), "推进中", [], True, "推进中"),
    (
        "due on the week's last day, done after",
        END,
        "推进中",
        [("已完成", date(2020, 6, 30))],
        True,
        "推进中",
    ),
    ("due after the week", date(2020, 7, 1), "推进中", [], False, None),
    ("done on the week's last day", date(2020, 6, 20), "推进中", [("已完成", END)], False, None),
]


@pytest.mark.parametrize(
    ("label", "deadline", "state", "changes", "overdue", "shown"), TASKS, ids=[t[0] for t in TASKS]
)
def test_task_judged_at_the_weeks_end(
    engine: Engine,
    label: str,
    deadline: date,
    state: str,
    changes: list[tuple[str, date]],
    overdue: bool,
    shown: str | None,
) -> None:
    with transaction(engine) as session:
        task = ltasks.add_task(session, Task(title=label, deadline=deadline, state=state), actor="t")
        for to_state, day in changes:
            ltasks.set_task_state(session, task.id, to_state, on=day, actor="t")
    with transaction(engine) as session:
        found = reports.weekly_report(session, WEEK).overdue_tasks
        assert [(o.id, o.state, o.days) for o in found] == (
            [(task.id, shown, (NEXT - deadline).days)] if overdue else []
        )
        # judged by the current state, work since finished is not overdue
        now = deadlines.overdue_tasks(session, NEXT)
        assert [o.id for o in now] == ([task.id] if overdue and not changes else [])


def test_a_task_entered_done_after_the_week_says_not_done(engine: Engine) -> None:
    with transaction(engine) as session:
        task = ltasks.add_task(
            session,
            Task(
                title="导入的已完成任务",
                deadline=date(2020, 6, 1),
                state="已完成",
                completed_on=date(2020, 7, 2),
            ),
            actor="t",
        )
    with transaction(engine) as session:
        found = deadlines.overdue_tasks(session, NEXT, as_of=END)
        assert [(o.id, o.state) for o in found] == [(task.id, deadlines.NOT_DONE)]


def test_a_task_done_without_a_day_counts_as_done(engine: Engine) -> None:
    with transaction(engine) as session:
        ltasks.add_task(
            session, Task(title="无完成日期", deadline=date(2020, 6, 1), state="已完成"), actor="t"
        )
    with transaction(engine) as session:
        assert deadlines.overdue_tasks(session, NEXT, as_of=END) == []


PATH = ["交办", "办理", "反馈", "办结"]
# (label, raised, deadline, [(state, day)] steps, overdue in the week, state shown)
TICKETS = [
    (
        "resolved after the week",
        date(2020, 6, 1),
        date(2020, 6, 20),
        list(
            zip(PATH, [date(2020, 6, 2), date(2020, 6, 3), date(2020, 7, 1), date(2020, 7, 5)], strict=True)
        ),
        True,
        "办理",
    ),
    (
        "resolved within the week",
        date(2020, 6, 1),
        date(2020, 6, 20),
        list(
            zip(PATH, [date(2020, 6, 2), date(2020, 6, 3), date(2020, 6, 23), date(2020, 6, 24)], strict=True)
        ),
        False,
        None,
    ),
    (
        "resolved before the deadline, reopened after the week",
        date(2020, 6, 1),
        date(2020, 6, 20),
        [
            *zip(
                PATH, [date(2020, 6, 2), date(2020, 6, 3), date(2020, 6, 9), date(2020, 6, 10)], strict=True
            ),
            ("办理", date(2020, 7, 2)),
        ],
        False,
        None,
    ),
    ("never moved", date(2020, 6, 1), date(2020, 6, 20), [], True, "收集"),
    ("raised after the week", date(2020, 7, 1), date(2020, 6, 25), [], False, None),
]


@pytest.mark.parametrize(
    ("label", "raised", "deadline", "steps", "overdue", "shown"), TICKETS, ids=[t[0] for t in TICKETS]
)
def test_ticket_judged_at_the_weeks_end(
    engine: Engine,
    label: str,
    raised: date,
    deadline: date,
    steps: list[tuple[str, date]],
    overdue: bool,
    shown: str | None,
) -> None:
    with transaction(engine) as session:
        ticket = lt.add_ticket(
            session,
            Ticket(
                code="T1", title=label, category="用地", raised_on=raised, deadline=deadline, state="收集"
            ),
            actor="t",
        )
        for to_state, day in steps:
            workflow.transition(session, ticket.id, to_state, actor="t", on=day)
    with transaction(engine) as session:
        data = reports.weekly_report(session, WEEK)
        assert [(o.id, o.state) for o in data.overdue_tickets] == ([(ticket.id, shown)] if overdue else [])
        then = data.ticket_states
        if raised > END:
            assert sum(then.values()) == 0
        else:
            expected = [s for s, day in steps if day <= END]
            assert then[expected[-1] if expected else "收集"] == 1 and sum(then.values()) == 1


def test_two_steps_on_one_day_end_in_the_later(engine: Engine) -> None:
    with transaction(engine) as session:
        ticket = lt.add_ticket(
            session,
            Ticket(code="T2", title="同日两步", category="用地", raised_on=END, deadline=date(2020, 6, 1)),
            actor="t",
        )
        workflow.transition(session, ticket.id, "交办", actor="t", on=END)
        workflow.transition(session, ticket.id, "收集", actor="t", on=END)
    with transaction(engine) as session:
        assert workflow.state_counts(session, as_of=END)["收集"] == 1
        assert [o.state for o in deadlines.overdue_tickets(session, NEXT, as_of=END)] == ["收集"]
