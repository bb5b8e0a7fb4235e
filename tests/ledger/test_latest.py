"""``project_latest`` agrees with a from-scratch computation after every kind of write: new months,
re-reported months, an earlier month corrected after later ones, gaps filled, a plan set after its
progress or changed, a project deleted; through the ledger functions, the sheet import and the example
loader; after a bulk rebuild; and after the migration fills it from an older ledger."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from openpyxl import load_workbook
from sqlalchemy import Engine, delete, insert, inspect, select, text
from sqlalchemy.orm import Session

from diaodu.dispatch import example, sheets
from diaodu.ledger import projects as lp
from diaodu.ledger.db import alembic_config, make_engine, transaction, upgrade
from diaodu.ledger.latest import from_scratch, rebuild_latest
from diaodu.ledger.tables.projects import Project, ProjectLatest, ProjectPlan, ProjectProgress

ROOT = Path(__file__).resolve().parents[2]

Row = tuple[int, int, int, float, float, int | None]


def kept(session: Session) -> list[Row]:
    rows = session.execute(
        select(
            ProjectLatest.project_id,
            ProjectLatest.year,
            ProjectLatest.month,
            ProjectLatest.planned,
            ProjectLatest.cumulative,
            ProjectLatest.reported_month,
        )
    )
    return sorted((int(a), int(b), int(c), float(d), float(e), f) for a, b, c, d, e, f in rows)


def expected(session: Session) -> list[Row]:
    """The rule, in Python, from the plans and progress rows: for each plan and each month from its
    ``from_month``, the last cumulative reported up to that month (0 and no month before any)."""
    reported: dict[tuple[int, int], dict[int, float]] = {}
    for pid, year, month, cum in session.execute(
        select(
            ProjectProgress.project_id,
            ProjectProgress.year,
            ProjectProgress.month,
            ProjectProgress.cumulative_year,
        )
    ):
        reported.setdefault((pid, year), {})[month] = float(cum)
    out: list[Row] = []
    for pid, year, planned, from_month in session.execute(
        select(ProjectPlan.project_id, ProjectPlan.year, ProjectPlan.planned, ProjectPlan.from_month)
    ):
        months = reported.get((pid, year), {})
        for m in range(from_month, 13):
            last = max((k for k in months if k <= m), default=None)
            out.append((pid, year, m, float(planned), months[last] if last else 0.0, last))
    return sorted(out)


def assert_agrees(engine: Engine) -> None:
    with transaction(engine) as session:
        want = expected(session)
        assert kept(session) == want
        computed = sorted(
            (int(a), int(b), int(c), float(d), float(e), f)
            for a, b, c, d, e, f in session.execute(from_scratch())
        )
        assert computed == want


# Steps: ("project", code) | ("plan", code, year, planned, from_month) | ("progress", code, year, month,
# cumulative) | ("delete", code).
Step = tuple[Any, ...]
SCENARIOS: dict[str, list[Step]] = {
    "months reported in order, with a gap": [
        ("plan", "A", 2020, 1000.0, 1),
        ("plan", "B", 2020, 500.0, 1),
        ("progress", "A", 2020, 1, 50.0),
        ("progress", "A", 2020, 2, 120.0),
        ("progress", "A", 2020, 4, 300.0),
        ("progress", "B", 2020, 3, 40.0),
    ],
    "a month re-reported (re-import)": [
        ("plan", "A", 2020, 1000.0, 1),
        ("progress", "A", 2020, 5, 200.0),
        ("progress", "A", 2020, 6, 260.0),
        ("progress", "A", 2020, 6, 280.0),
        ("progress", "A", 2020, 6, 280.0),
    ],
    "an earlier month corrected after later ones": [
        ("plan", "A", 2020, 1000.0, 1),
        ("progress", "A", 2020, 2, 100.0),
        ("progress", "A", 2020, 3, 150.0),
        ("progress", "A", 2020, 6, 400.0),
        ("progress", "A", 2020, 3, 170.0),
        ("progress", "A", 2020, 2, 90.0),
    ],
    "a missing month filled in later": [
        ("plan", "A", 2020, 1000.0, 1),
        ("progress", "A", 2020, 2, 100.0),
        ("progress", "A", 2020, 8, 500.0),
        ("progress", "A", 2020, 5, 300.0),
        ("progress", "A", 2020, 1, 40.0),
    ],
    "progress before the plan, then the plan": [
        ("progress", "A", 2020, 2, 100.0),
        ("progress", "A", 2020, 5, 250.0),
        ("plan", "A", 2020, 800.0, 3),
        ("progress", "A", 2020, 7, 300.0),
    ],
    "the plan changed: amount and list month": [
        ("plan", "A", 2020, 1000.0, 1),
        ("progress", "A", 2020, 4, 200.0),
        ("plan", "A", 2020, 1200.0, 7),
        ("plan", "A", 2020, 1200.0, 2),
        ("progress", "A", 2020, 9, 600.0),
    ],
    "two years of one project": [
        ("plan", "A", 2020, 1000.0, 1),
        ("progress", "A", 2020, 12, 900.0),
        ("progress", "A", 2021, 1, 30.0),
        ("plan", "A", 2021, 1500.0, 1),
        ("progress", "A", 2021, 3, 100.0),
    ],
    "a project deleted": [
        ("plan", "A", 2020, 1000.0, 1),
        ("plan", "B", 2020, 500.0, 1),
        ("progress", "A", 2020, 3, 100.0),
        ("progress", "B", 2020, 3, 60.0),
        ("delete", "B"),
        ("progress", "A", 2020, 4, 130.0),
    ],
}


def _apply(session: Session, step: Step, ids: dict[str, int]) -> None:
    kind, code = step[0], step[1]
    if code not in ids:
        ids[code] = lp.add_project(
            session, Project(code=code, name=f"项目{code}", level="市重点", stage="在建"), actor="test"
        ).id
    if kind == "plan":
        lp.set_plan(session, ids[code], step[2], step[3], from_month=step[4], actor="test")
    elif kind == "progress":
        _year, month, cum = step[2], step[3], step[4]
        lp.record_progress(
            session, ids[code], _year, month, completed_month=0.0, cumulative_year=cum, actor="test"
        )
    elif kind == "delete":
        session.delete(session.get(Project, ids.pop(code)))
        session.flush()


@pytest.mark.parametrize("steps", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_kept_rows_agree_after_every_write(engine: Engine, steps: list[Step]) -> None:
    ids: dict[str, int] = {}
    for step in steps:
        with transaction(engine) as session:
            _apply(session, step, ids)
        assert_agrees(engine)
    with transaction(engine) as session:
        assert kept(session), "the scenario should leave kept rows to compare"


def test_a_rolled_back_write_leaves_the_kept_rows_as_they_were(engine: Engine) -> None:
    ids: dict[str, int] = {}
    with transaction(engine) as session:
        _apply(session, ("plan", "A", 2020, 1000.0, 1), ids)
        _apply(session, ("progress", "A", 2020, 3, 100.0), ids)
    with transaction(engine) as session:
        before = kept(session)
    with pytest.raises(RuntimeError), transaction(engine) as session:
        _apply(session, ("progress", "A", 2020, 2, 50.0), ids)
        raise RuntimeError("abandoned")
    with transaction(engine) as session:
        assert kept(session) == before
    assert_agrees(engine)


def _sheet(tmp_path: Path, name: str, rows: list[list[Any]]) -> Path:
    template = sheets.write_template(name, tmp_path / f"{name}_template.xlsx")
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    out = tmp_path / f"{name}_{uuid.uuid4().hex[:6]}.xlsx"
    wb.save(out)
    return out


def test_sheet_imports_and_re_imports_keep_it(tmp_path: Path, engine: Engine) -> None:
    register = [
        [
            "P1",
            "一号项目",
            "市重点",
            None,
            None,
            None,
            None,
            None,
            10000,
            2020,
            4000,
            None,
            None,
            "在建",
            "是",
        ],
        [
            "P2",
            "二号项目",
            "省重点",
            None,
            None,
            None,
            None,
            None,
            5000,
            2020,
            2000,
            None,
            None,
            "在建",
            "否",
        ],
    ]
    progress = [
        ["P1", None, 2020, 3, 300, 900, None, None, None],
        ["P1", None, 2020, 6, 300, 1800, None, None, None],
        ["P2", None, 2020, 5, 100, 500, None, None, None],
    ]
    corrections = [
        ["P1", None, 2020, 6, 400, 1900, None, None, None],  # the same month again: an audited update
        ["P1", None, 2020, 4, 100, 1000, None, None, None],  # an earlier month, after a later one
        ["P2", None, 2020, 5, 150, 550, None, None, None],
    ]
    for name, rows in (("projects", register), ("progress", progress), ("progress", corrections)):
        with transaction(engine) as session:
            sheets.import_sheet(session, name, _sheet(tmp_path, name, rows), actor="test")
        assert_agrees(engine)
    register[0][10] = 5000  # the plan changed by a re-imported register
    with transaction(engine) as session:
        sheets.import_sheet(session, "projects", _sheet(tmp_path, "projects", register), actor="test")
    assert_agrees(engine)
    with transaction(engine) as session:
        p1 = session.scalar(select(Project.id).where(Project.code == "P1"))
        assert (p1, 2020, 6, 5000.0, 1900.0, 6) in kept(session)
        assert (p1, 2020, 5, 5000.0, 1000.0, 4) in kept(session)


def test_the_example_loader_keeps_it(engine: Engine) -> None:
    example.load_example(engine, ROOT / "examples" / "hengyang", actor="test")
    assert_agrees(engine)


def test_rebuild_after_a_bulk_load(engine: Engine) -> None:
    now = datetime.now(UTC)
    with transaction(engine) as session:
        session.execute(
            insert(Project),
            [
                {"id": i, "code": f"B{i}", "name": f"B{i}", "level": "县级", "stage": "在建"}
                for i in range(1, 31)
            ],
        )
        session.execute(
            insert(ProjectPlan),
            [
                {"project_id": i, "year": 2020, "planned": 100.0 * i, "from_month": 1 + i % 4}
                for i in range(1, 31)
            ],
        )
        session.execute(
            insert(ProjectProgress),
            [
                {
                    "project_id": i,
                    "year": 2020,
                    "month": m,
                    "completed_month": 1.0,
                    "cumulative_year": float(i * m),
                    "updated_at": now,
                    "updated_by": "bulk",
                }
                for i in range(1, 31)
                for m in range(1, 13)
                if (i + m) % 3
            ],
        )
        assert kept(session) == []  # bulk inserts bypass the ledger functions…
        assert rebuild_latest(session) == sum(13 - (1 + i % 4) for i in range(1, 31))
    assert_agrees(engine)  # …and the rebuild catches up, as after a restore
    with transaction(engine) as session:
        session.execute(delete(ProjectPlan).where(ProjectPlan.project_id == 7))
        assert all(r[0] != 7 for r in kept(session))  # the kept rows go with the plan


# --------------------------------------------------------------------------------- the migration


def _fresh_url(backend: str, tmp_path: Path) -> tuple[str, Any]:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite3'}", None
    base = os.environ["DIAODU_TEST_DB_URL"]
    schema = f"diaodu_m_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", (admin, schema)


def test_the_migration_fills_it_from_an_older_ledger_and_drops_it(backend: str, tmp_path: Path) -> None:
    url, cleanup = _fresh_url(backend, tmp_path)
    old = make_engine(url)
    try:
        upgrade(old, "0002_dispatch")
        assert "project_latest" not in inspect(old).get_table_names()
        now = datetime.now(UTC)
        with old.begin() as conn:
            conn.execute(
                insert(Project),
                [
                    {
                        "id": i,
                        "code": f"M{i}",
                        "name": f"M{i}",
                        "level": "县级",
                        "stage": "在建",
                        "total_investment": 0.0,
                        "in_library": False,
                        "generated": False,
                    }
                    for i in (1, 2, 3)
                ],
            )
            conn.execute(
                insert(ProjectPlan),
                [
                    {"project_id": 1, "year": 2020, "planned": 100.0, "from_month": 1},
                    {"project_id": 2, "year": 2020, "planned": 50.0, "from_month": 6},
                ],
            )
            conn.execute(
                insert(ProjectProgress),
                [
                    {
                        "project_id": p,
                        "year": 2020,
                        "month": m,
                        "completed_month": 1.0,
                        "cumulative_year": c,
                        "updated_at": now,
                        "updated_by": "old",
                    }
                    for p, m, c in [(1, 2, 10.0), (1, 5, 30.0), (2, 3, 5.0), (2, 9, 20.0), (3, 4, 7.0)]
                ],
            )
        upgrade(old)
        assert_agrees(old)
        with transaction(old) as session:
            assert len(kept(session)) == 12 + 7
        command.downgrade(alembic_config(old), "0002_dispatch")
        assert "project_latest" not in inspect(old).get_table_names()
        with old.connect() as conn:
            assert conn.execute(select(ProjectProgress.id)).all()  # the progress stays
    finally:
        old.dispose()
        if cleanup is not None:
            admin, schema = cleanup
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
