"""Fixtures of the dispatch tests: a ledger with the example city's units, a small hand-made register,
and (for report tests) the whole example loaded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from diaodu.ledger import chains as lc
from diaodu.ledger import projects as lp
from diaodu.ledger.db import transaction
from diaodu.ledger.regions import load_profile_units, name_map
from diaodu.ledger.tables.projects import Project
from diaodu.reading.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]
CITY = ROOT / "examples" / "hengyang"


@pytest.fixture
def units(engine: Engine) -> dict[str, int]:
    """The example city's units loaded; name or alias → id."""
    load_profile_units(engine, load_profile(CITY), actor="test")
    with transaction(engine) as session:
        return {k: v[0] for k, v in name_map(session).items()}


def add_project(
    engine: Engine,
    code: str,
    level: str,
    planned: float,
    progress: dict[int, float],
    *,
    region: int | None = None,
    chain: int | None = None,
    from_month: int = 1,
    year: int = 2020,
) -> int:
    """A project with an annual plan and cumulative investment per month (万元)."""
    with transaction(engine) as session:
        p = lp.add_project(
            session,
            Project(
                code=code, name=f"项目{code}", level=level, region_id=region, chain_id=chain, stage="在建"
            ),
            actor="test",
        )
        lp.set_plan(session, p.id, year, planned, from_month=from_month, actor="test")
        previous = 0.0
        for month in sorted(progress):
            cum = progress[month]
            lp.record_progress(
                session, p.id, year, month, completed_month=cum - previous, cumulative_year=cum, actor="test"
            )
            previous = cum
        return p.id


def add_chain(engine: Engine, code: str, name: str) -> int:
    with transaction(engine) as session:
        return lc.add_chain(session, code, name, actor="test").id


TODAY = date(2020, 7, 1)
