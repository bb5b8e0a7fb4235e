"""The ledger's dispatch-domain writes: each audited in its transaction; re-recording updates."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, func, select

from diaodu.errors import NotFound
from diaodu.ledger import chains as lc
from diaodu.ledger import projects as lp
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.projects import Project, ProjectPlan, ProjectProgress, StartBatchProject


def _audit(engine: Engine, table: str) -> list[tuple[str, str]]:
    with transaction(engine) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.actor)
            .where(AuditEntry.table_name == table)
            .order_by(AuditEntry.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_project_plan_progress_and_batch_are_audited(engine: Engine) -> None:
    with transaction(engine) as session:
        p = lp.add_project(
            session, Project(code="P1", name="一号", level="市重点", stage="在建"), actor="alice"
        )
        lp.set_plan(session, p.id, 2020, 100.0, actor="alice")
        lp.set_plan(session, p.id, 2020, 120.0, actor="bob")
        _row, created = lp.record_progress(
            session, p.id, 2020, 6, completed_month=10, cumulative_year=60, actor="alice"
        )
        assert created
        _row, created = lp.record_progress(
            session, p.id, 2020, 6, completed_month=12, cumulative_year=62, actor="bob"
        )
        assert not created
        lp.add_batch(session, "第二季度集中开工", date(2020, 6, 18), [p.id], actor="alice")
    assert _audit(engine, "projects") == [("insert", "alice")]
    assert _audit(engine, "project_plans") == [("insert", "alice"), ("update", "bob")]
    assert _audit(engine, "project_progress") == [("insert", "alice"), ("update", "bob")]
    with transaction(engine) as session:
        assert session.scalar(select(ProjectPlan.planned)) == 120.0
        assert session.scalar(select(func.count()).select_from(ProjectProgress)) == 1
        assert session.scalar(select(func.count()).select_from(StartBatchProject)) == 1
        assert lp.get_project(session, "一号").code == "P1"


def test_unchanged_rewrite_is_not_audited(engine: Engine) -> None:
    with transaction(engine) as session:
        p = lp.add_project(session, Project(code="P1", name="一号", level="市重点", stage="在建"), actor="a")
        lp.set_plan(session, p.id, 2020, 100.0, actor="a")
        lp.set_plan(session, p.id, 2020, 100.0, actor="b")
    assert _audit(engine, "project_plans") == [("insert", "a")]


def test_a_failed_transaction_leaves_neither_row_nor_audit(engine: Engine) -> None:
    with pytest.raises(RuntimeError), transaction(engine) as session:
        lp.add_project(session, Project(code="P1", name="一号", level="市重点", stage="在建"), actor="a")
        raise RuntimeError("boom")
    assert _audit(engine, "projects") == []


def test_not_found_messages_say_what(engine: Engine) -> None:
    with transaction(engine) as session:
        with pytest.raises(NotFound, match="没有这个项目：P404"):
            lp.get_project(session, "P404")
        with pytest.raises(NotFound, match="没有这条产业链：化工"):
            lc.get_chain(session, "化工")
        chain = lc.add_chain(session, "C09", "化工产业链", actor="a")
        assert lc.get_chain(session, "化工").id == chain.id
