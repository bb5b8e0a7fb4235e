"""集中开工 batches: projects, total investment and the annual plan of the batch's year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, update

from diaodu.dispatch import batches
from diaodu.ledger import projects as lp
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.projects import Project

from .conftest import add_project


def test_batch_totals(engine: Engine) -> None:
    a = add_project(engine, "A", "市重点", 30_000.0, {})
    b = add_project(engine, "B", "市重点", 20_000.0, {})
    add_project(engine, "C", "市重点", 99_000.0, {})  # not in the batch
    with transaction(engine) as session:
        session.execute(update(Project).values(total_investment=100_000.0))
        lp.add_batch(session, "二季度集中开工", date(2020, 6, 18), [a, b], actor="t")
        lp.add_batch(session, "次年集中开工", date(2021, 3, 1), [a], actor="t")
    with transaction(engine) as session:
        got = batches.batch_summaries(session, 2020)
        every = batches.batch_summaries(session)
    assert [(s.name, s.projects, s.total_investment, s.annual_plan) for s in got] == [
        ("二季度集中开工", 2, 200_000.0, 50_000.0)
    ]
    assert (
        got[0].sentence()
        == "二季度集中开工（2020年06月18日）集中开工项目2个，总投资20.00亿元，年度计划投资5.00亿元"
    )
    assert [(s.name, s.annual_plan) for s in every] == [("二季度集中开工", 50_000.0), ("次年集中开工", 0.0)]
