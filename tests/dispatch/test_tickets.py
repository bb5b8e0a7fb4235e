"""The ticket workflow: every pair of states allowed or refused, history and audit, statistics."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest
from sqlalchemy import Engine, func, select

from diaodu.dispatch import tickets as workflow
from diaodu.errors import NotFound, TransitionError
from diaodu.ledger import tickets as lt
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.work import Ticket, TicketEvent

STATES = ["收集", "交办", "办理", "反馈", "办结"]
ALLOWED = {
    ("收集", "交办"),
    ("交办", "办理"),
    ("交办", "收集"),
    ("办理", "反馈"),
    ("反馈", "办结"),
    ("反馈", "办理"),
    ("办结", "办理"),
}
PAIRS = list(product(STATES, STATES))


@pytest.mark.parametrize(("src", "dst"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_each_step_is_allowed_or_refused(src: str, dst: str) -> None:
    if (src, dst) in ALLOWED:
        workflow.check_transition("WT1", src, dst)
    else:
        with pytest.raises(TransitionError, match=f"问题工单WT1当前为「{src}」，不能直接转为「{dst}」"):
            workflow.check_transition("WT1", src, dst)


def test_unknown_state_is_refused() -> None:
    with pytest.raises(TransitionError, match="没有「已关闭」这个状态"):
        workflow.check_transition("WT1", "收集", "已关闭")


def _ticket(engine: Engine, code: str = "WT1", raised: date = date(2020, 6, 1), **kw: object) -> int:
    with transaction(engine) as session:
        t = Ticket(code=code, title="用地报批慢", category="用地", raised_on=raised, state="收集", **kw)
        return lt.add_ticket(session, t, actor="alice").id


def test_full_path_is_recorded_and_audited(engine: Engine) -> None:
    tid = _ticket(engine)
    days = [date(2020, 6, d) for d in (2, 3, 10, 12)]
    with transaction(engine) as session:
        for state, day in zip(["交办", "办理", "反馈", "办结"], days, strict=True):
            workflow.transition(session, tid, state, actor="bob", note=f"转{state}", on=day)
    with transaction(engine) as session:
        t = session.get(Ticket, tid)
        assert t is not None and t.state == "办结" and t.resolved_on == date(2020, 6, 12)
        events = session.execute(
            select(TicketEvent.from_state, TicketEvent.to_state, TicketEvent.actor).order_by(TicketEvent.id)
        ).all()
        assert [tuple(e) for e in events] == [
            (None, "收集", "alice"),
            ("收集", "交办", "bob"),
            ("交办", "办理", "bob"),
            ("办理", "反馈", "bob"),
            ("反馈", "办结", "bob"),
        ]
        updates = session.scalar(
            select(func.count()).where(AuditEntry.table_name == "tickets", AuditEntry.action == "update")
        )
        assert updates == 4
        stats = workflow.resolution_stats(session, "category", today=date(2020, 7, 1))
    assert [(s.key, s.total, s.resolved, s.mean_days) for s in stats] == [("用地", 1, 1, 11.0)]
    assert stats[0].rate == 100.0


def test_illegal_step_changes_nothing(engine: Engine) -> None:
    tid = _ticket(engine)
    with pytest.raises(TransitionError, match="可转为：交办"), transaction(engine) as session:
        workflow.transition(session, tid, "办结", actor="bob", on=date(2020, 6, 2))
    with transaction(engine) as session:
        t = session.get(Ticket, tid)
        assert t is not None and t.state == "收集"
        assert session.scalar(select(func.count()).select_from(TicketEvent)) == 1


def test_reopen_counts_and_clears_the_resolution(engine: Engine) -> None:
    tid = _ticket(engine)
    with transaction(engine) as session:
        for state in ["交办", "办理", "反馈", "办结", "办理"]:
            workflow.transition(session, tid, state, actor="bob", on=date(2020, 6, 5))
        t = session.get(Ticket, tid)
        assert t is not None
        assert (t.state, t.reopened, t.resolved_on) == ("办理", 1, None)


def test_unknown_ticket(engine: Engine) -> None:
    with pytest.raises(NotFound, match="WT404"), transaction(engine) as session:
        workflow.transition(session, "WT404", "交办", actor="bob")


def test_stats_by_unit_count_open_overdue(engine: Engine, units: dict[str, int]) -> None:
    _ticket(engine, "WT1", deadline=date(2020, 6, 10), assigned_unit_id=units["珠晖区"])
    _ticket(engine, "WT2", deadline=date(2020, 6, 30), assigned_unit_id=units["珠晖区"])
    _ticket(engine, "WT3")
    with transaction(engine) as session:
        stats = {s.key: s for s in workflow.resolution_stats(session, "unit", today=date(2020, 6, 20))}
        counts = workflow.state_counts(session)
    assert (stats["珠晖区"].total, stats["珠晖区"].open_overdue, stats["珠晖区"].rate) == (2, 1, 0.0)
    assert stats["未交办"].total == 1
    assert counts == {"收集": 3, "交办": 0, "办理": 0, "反馈": 0, "办结": 0}


def test_history_and_listing(engine: Engine, units: dict[str, int]) -> None:
    first = _ticket(engine, "WT1", raised=date(2020, 6, 1), assigned_unit_id=units["珠晖区"])
    _ticket(engine, "WT2", raised=date(2020, 6, 5))
    with transaction(engine) as session:
        workflow.transition(session, first, "交办", actor="bob", note="交珠晖区", on=date(2020, 6, 2))
        history = workflow.ticket_history(session, "WT1")
        assert [(e.from_state, e.to_state, e.note) for e in history] == [
            (None, "收集", "登记"),
            ("收集", "交办", "交珠晖区"),
        ]
        assert [t.code for t in workflow.list_tickets(session)] == ["WT2", "WT1"]
        assert [t.code for t in workflow.list_tickets(session, state="交办")] == ["WT1"]
        assert [t.code for t in workflow.list_tickets(session, unit_ids=(units["珠晖区"],))] == ["WT1"]
        assert workflow.list_tickets(session, category="融资") == []
