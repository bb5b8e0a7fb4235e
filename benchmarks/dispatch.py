"""Dispatch at scale: a register of 100,000 projects × 12 months of progress (1.2 million rows) on
SQLite, then the progress queries and the monthly report (data, .docx and .xlsx).

Goals: a progress query < 200 ms; the monthly report < 5 s. Printed as time ÷ goal (below 1.00 meets
it). The register is written with bulk inserts (not through the audited ledger functions: this measures
reading, not loading).
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from diaodu.dispatch import progress, reports
from diaodu.ledger.db import make_engine, transaction, upgrade
from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.projects import PROJECT_LEVELS, Project, ProjectPlan, ProjectProgress
from diaodu.ledger.tables.regions import Unit
from diaodu.output.excel import build_monthly_xlsx
from diaodu.output.word import build_monthly_docx

PROJECTS = 100_000
MONTHS = 12
QUERY_GOAL = 0.200
REPORT_GOAL = 5.0


def _build(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    rng = random.Random(1)
    with transaction(engine) as session:
        session.execute(insert(Unit), [{"code": "C", "name": "城市", "kind": "city"}])
        city = session.scalar(select(Unit.id))
        session.execute(
            insert(Unit),
            [
                {"code": f"R{i:02d}", "name": f"区县{i:02d}", "kind": "county", "parent_id": city}
                for i in range(20)
            ],
        )
        regions = list(session.scalars(select(Unit.id).where(Unit.kind == "county")))
        session.execute(
            insert(Chain), [{"code": f"C{i:02d}", "name": f"产业链{i:02d}", "sort": i} for i in range(14)]
        )
        chains = list(session.scalars(select(Chain.id)))
    t = time.perf_counter()
    batch = 20_000
    for start in range(0, PROJECTS, batch):
        ids = range(start + 1, min(start + batch, PROJECTS) + 1)
        with transaction(engine) as session:
            session.execute(
                insert(Project),
                [
                    {
                        "id": i,
                        "code": f"B{i:06d}",
                        "name": f"项目{i:06d}",
                        "level": PROJECT_LEVELS[i % 5],
                        "chain_id": chains[i % 14],
                        "region_id": regions[i % 20],
                        "stage": "在建",
                        "generated": True,
                    }
                    for i in ids
                ],
            )
            session.execute(
                insert(ProjectPlan),
                [{"project_id": i, "year": 2020, "planned": 1000.0, "from_month": 1} for i in ids],
            )
            rows: list[dict[str, Any]] = []
            for i in ids:
                pace = rng.uniform(40, 120)
                cum = 0.0
                for m in range(1, MONTHS + 1):
                    step = round(pace * rng.uniform(0.5, 1.5), 1)
                    cum += step
                    rows.append(
                        {
                            "project_id": i,
                            "year": 2020,
                            "month": m,
                            "completed_month": step,
                            "cumulative_year": cum,
                            "updated_by": "bench",
                        }
                    )
            session.execute(insert(ProjectProgress), rows)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    print(f"  register built: {PROJECTS:,} projects × {MONTHS} months in {time.perf_counter() - t:.1f} s")


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        _build(url)
        engine = make_engine(url)
        with transaction(engine) as session:
            region = session.scalar(select(Unit.id).where(Unit.name == "区县03"))
            cases: list[tuple[str, Callable[[], object]]] = [
                (
                    "group_progress by level, 1—6月",
                    lambda: progress.group_progress(session, 2020, 6, "level"),
                ),
                (
                    "group_progress by region, 1—6月",
                    lambda: progress.group_progress(session, 2020, 6, "region"),
                ),
                (
                    "project_progress one region (5,000 projects)",
                    lambda: progress.project_progress(
                        session, 2020, 6, progress.ProgressFilter(region_id=region)
                    ),
                ),
                (
                    "project_progress 50 most behind of all",
                    lambda: progress.project_progress(session, 2020, 6, only_behind=True, limit=50),
                ),
            ]
            for label, fn in cases:
                took = _best(fn)
                print(f"  {label}: {took * 1000:.0f} ms — {took / QUERY_GOAL:.2f}× the 200 ms goal")

            def report() -> None:
                data = reports.monthly_report(session, "城市", "2020-06")
                build_monthly_docx(data, Path(tmp) / "m.docx")
                build_monthly_xlsx(data, Path(tmp) / "m.xlsx")

            took = _best(report, repeat=2)
            print(
                f"  monthly report (data + .docx + .xlsx): {took:.2f} s — {took / REPORT_GOAL:.2f}× the 5 s goal"
            )
        engine.dispose()


if __name__ == "__main__":
    run()
