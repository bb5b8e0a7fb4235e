"""Dispatch at scale: a register of 100,000 projects × 12 months of progress (1.2 million rows) on
SQLite, and on PostgreSQL when ``DIAODU_BENCH_PG_URL`` (default: the local test database) answers (in a
fresh schema, dropped after), then the progress queries and the monthly report (data, .docx and .xlsx).

Goals: a progress query < 200 ms; the monthly report < 5 s. Printed as time ÷ goal (below 1.00 meets
it). The register is written with bulk inserts on SQLite and COPY on PostgreSQL (not through the
audited ledger functions: this measures reading, not loading), then ``project_latest`` is rebuilt from it
as a restore would (``diaodu.ledger.latest.rebuild_latest``) and the tables are analysed.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, text

from benchmarks.ledger import _postgres  # a fresh schema of the local PostgreSQL, dropped after
from diaodu.dispatch import progress, reports
from diaodu.ledger.db import make_engine, transaction, upgrade
from diaodu.ledger.latest import rebuild_latest
from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.projects import PROJECT_LEVELS
from diaodu.ledger.tables.regions import Unit
from diaodu.output.excel import build_monthly_xlsx
from diaodu.output.word import build_monthly_docx

PROJECTS = 100_000
MONTHS = 12
QUERY_GOAL = 0.200
REPORT_GOAL = 5.0


def _build(url: str) -> None:
    """The register in the (empty) ledger at ``url``, migrated first."""
    engine = make_engine(url)
    try:
        _fill(engine)
    finally:
        engine.dispose()


def _fill(engine: Engine) -> None:
    """The register in the (empty) ledger of ``engine``: the schema is migrated, the rows bulk-loaded
    (executemany on SQLite, COPY on PostgreSQL), ``project_latest`` rebuilt and the tables analysed."""
    now = datetime.now(UTC)
    upgrade(engine)
    postgres = engine.dialect.name == "postgresql"
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
        projects = [
            (
                i,
                f"B{i:06d}",
                f"项目{i:06d}",
                PROJECT_LEVELS[i % 5],
                chains[i % 14],
                regions[i % 20],
                "在建",
                0.0,
                False,
                True,
            )
            for i in ids
        ]
        plans = [(i, 2020, 1000.0, 1) for i in ids]
        rows: list[tuple[Any, ...]] = []
        for i in ids:
            pace = rng.uniform(40, 120)
            cum = 0.0
            for m in range(1, MONTHS + 1):
                step = round(pace * rng.uniform(0.5, 1.5), 1)
                cum += step
                rows.append((i, 2020, m, step, cum, now, "bench"))
        tables = (
            ("projects", PROJECT_COLUMNS, projects),
            ("project_plans", PLAN_COLUMNS, plans),
            ("project_progress", PROGRESS_COLUMNS, rows),
        )
        if postgres:
            _copy(engine, tables)
        else:
            with engine.begin() as conn:
                for table, columns, values in tables:
                    marks = ", ".join("?" * len(columns))
                    conn.exec_driver_sql(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                        [tuple(_sqlite_value(v) for v in row) for row in values],
                    )
    if postgres:  # ids were given: move the sequence past them, as a restore does
        with engine.begin() as conn:
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('projects', 'id'), {PROJECTS})")
    _analyze(engine)  # statistics for the rebuild's plan (PostgreSQL knows nothing of fresh rows)
    loaded = time.perf_counter()
    with transaction(engine) as session:
        kept = rebuild_latest(session)
    rebuilt = time.perf_counter()
    _analyze(engine)
    print(
        f"  register built: {PROJECTS:,} projects × {MONTHS} months in {loaded - t:.1f} s; "
        f"project_latest rebuilt ({kept:,} rows) in {rebuilt - loaded:.1f} s"
    )
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


PROJECT_COLUMNS = (
    "id",
    "code",
    "name",
    "level",
    "chain_id",
    "region_id",
    "stage",
    "total_investment",
    "in_library",
    "generated",
)
PLAN_COLUMNS = ("project_id", "year", "planned", "from_month")
PROGRESS_COLUMNS = (
    "project_id",
    "year",
    "month",
    "completed_month",
    "cumulative_year",
    "updated_at",
    "updated_by",
)


def _sqlite_value(v: object) -> object:
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, bool):
        return int(v)
    return v


def _copy(engine: Engine, tables: tuple[tuple[str, tuple[str, ...], list[tuple[Any, ...]]], ...]) -> None:
    """COPY the rows into PostgreSQL, in one transaction."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for table, columns, values in tables:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in values:
                    copy.write_row(row)
        raw.commit()
    finally:
        raw.close()


def _analyze(engine: Engine) -> None:
    """Statistics for the planner, as after a restore; on PostgreSQL VACUUM too, which marks the pages
    all-visible so that index-only scans (``project_latest``'s key range) need not visit the table
    (autovacuum would do the same a little later)."""
    sql = "ANALYZE"
    if engine.dialect.name == "postgresql":  # these tables only: not the rest of the database
        sql = "VACUUM ANALYZE units, chains, projects, project_plans, project_progress, project_latest"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(sql)


@contextmanager
def _sqlite() -> Iterator[Engine | None]:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            yield engine
        finally:
            engine.dispose()


def _backend_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) used so far by the PostgreSQL backend ``pid`` on this machine, from
    ``/proc``; 0 when there is none or it cannot be read (a server elsewhere)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _best(fn: Callable[[], object], repeat: int = 3, backend: int | None = None) -> tuple[float, float]:
    """Best wall-clock and CPU seconds of ``repeat`` runs. SQLite runs in this process, so CPU time is
    what the call costs on an idle machine; wall time includes waiting for a shared CPU. For PostgreSQL
    the CPU time of the session's server process ``backend`` is added to this process's (in clock
    ticks, so to 10 ms); the parallel workers a plan may start are not counted."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        t, c, b = time.perf_counter(), time.process_time(), _backend_cpu(backend)
        fn()
        wall = min(wall, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c + _backend_cpu(backend) - b)
    return wall, cpu


def run() -> None:
    for label, ctx in (("SQLite", _sqlite), ("PostgreSQL", _postgres)):
        print(f"{label}:", flush=True)
        with ctx() as engine:
            if engine is not None:
                _fill(engine)
                _measure(label, engine)


def _measure(label: str, engine: Engine) -> None:
    """The progress queries and the monthly report on the register, each as its ratio to the goal."""
    with tempfile.TemporaryDirectory() as tmp, transaction(engine) as session:
        region = session.scalar(select(Unit.id).where(Unit.name == "区县03"))
        backend = (
            session.scalar(text("SELECT pg_backend_pid()")) if engine.dialect.name == "postgresql" else None
        )
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
                "group_progress_many level+chain+region, 1—6月",
                lambda: progress.group_progress_many(session, 2020, 6, ("level", "chain", "region")),
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
        for name, fn in cases:
            wall, cpu = _best(fn, backend=backend)
            print(
                f"  {label} {name}: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU — "
                f"{wall / QUERY_GOAL:.2f}× (CPU {cpu / QUERY_GOAL:.2f}×) the 200 ms goal",
                flush=True,
            )

        def report() -> None:
            data = reports.monthly_report(session, "城市", "2020-06")
            build_monthly_docx(data, Path(tmp) / "m.docx")
            build_monthly_xlsx(data, Path(tmp) / "m.xlsx")

        wall, cpu = _best(report, repeat=2, backend=backend)
        print(
            f"  {label} monthly report (data + .docx + .xlsx): {wall:.2f} s wall, {cpu:.2f} s CPU — "
            f"{wall / REPORT_GOAL:.2f}× (CPU {cpu / REPORT_GOAL:.2f}×) the 5 s goal",
            flush=True,
        )


if __name__ == "__main__":
    run()
