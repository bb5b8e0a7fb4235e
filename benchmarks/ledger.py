"""Ledger benchmarks: figure intake throughput, and as-of series query latency at a million observations.

Goals (issue 2): ≥ 50,000 mentions/s into SQLite; a series query < 20 ms over 1,000,000 observations.
PostgreSQL is measured too when ``DIAODU_BENCH_PG_URL`` (default: the local test database) answers.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, text

from diaodu.ledger.db import make_engine, transaction, upgrade
from diaodu.ledger.documents import SourceFile
from diaodu.ledger.intake import COMMIT_EVERY, Intake, prepare
from diaodu.ledger.queries import series
from diaodu.ledger.tables.figures import Observation
from diaodu.reading.mentions import FigureMention

OBSERVATIONS_TABLE: Table = Observation.__table__  # type: ignore[assignment]

MENTIONS = 100_000
#: PostgreSQL intake runs on a slice of the same mentions (a full 100,000 round trip by round trip takes
#: minutes on a small shared machine); the rate is what is compared.
PG_MENTIONS = int(os.environ.get("DIAODU_BENCH_PG_MENTIONS", "20000"))
PER_DOC = 100
OBSERVATIONS = 1_000_000
INTAKE_GOAL = 50_000.0  # mentions per second, SQLite
QUERY_GOAL_MS = 20.0
PG_URL = os.environ.get("DIAODU_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

SUBJECTS = [f"园区{i:03d}" for i in range(100)]
INDICATORS = [f"指标{i:03d}" for i in range(100)]


def _documents(seed: int) -> list[tuple[SourceFile, list[FigureMention]]]:
    """MENTIONS generated mentions in documents of PER_DOC, shaped like a city's bulletins: each is one
    month's cumulative figures (1–N月) for the city and three of its districts or parks, 25 indicators
    each; one figure in twenty is stated twice, and a bulletin repeats last year's month now and then
    (a restatement: one in fifty of those figures changed, which makes a conflict)."""
    rng = random.Random(seed)
    out = []
    for d in range(MENTIONS // PER_DOC):
        year, month = 2019 + (d // 12) % 3, d % 12 + 1
        if rng.random() < 0.1:
            year = max(2019, year - 1)
        subjects = [SUBJECTS[0], *rng.sample(SUBJECTS[1:20], 3)]
        parts = [f"第{d}期 {seed} {year}年1-{month}月\n"]
        offset = len(parts[0])
        mentions = []
        for subject in subjects:
            for indicator in rng.sample(INDICATORS, PER_DOC // len(subjects)):
                base = random.Random(f"{subject}{indicator}{year}{month}").uniform(1, 900)
                value = round(base * (1.01 if rng.random() < 0.02 else 1.0), 2)
                lead = f"{subject}{indicator}为"
                figure = f"{value}亿元"
                parts.append(lead + figure + "。")
                start = offset + len(lead)
                offset += len(parts[-1])
                mentions.append(
                    FigureMention(
                        doc=f"d{d}.txt",
                        start=start,
                        end=start + len(figure),
                        text=figure,
                        measure="level",
                        value=value,
                        unit="亿元",
                        subject=subject,
                        indicator=indicator,
                        period=f"{year}-01/{year}-{month:02d}",
                    )
                )
        for i in rng.sample(range(len(mentions)), len(mentions) // 20):  # stated twice
            m = mentions[i]
            parts.append(f"（{m.text}）")
            mentions[len(mentions) - 1 - i] = FigureMention(
                **{**asdict(m), "start": offset + 1, "end": offset + 1 + len(m.text)}
            )
            offset += len(parts[-1])
        body = "".join(parts)
        source = SourceFile(
            name=f"d{d}.txt",
            text=body,
            sha256=hashlib.sha256(body.encode()).hexdigest(),
            published_on=date(2019, 2, 1) + timedelta(days=d),
        )
        out.append((source, mentions))
    return out


@contextmanager
def _sqlite() -> Iterator[Engine]:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        upgrade(engine)
        try:
            yield engine
        finally:
            engine.dispose()


@contextmanager
def _postgres() -> Iterator[Engine | None]:
    admin = make_engine(PG_URL)
    schema = f"diaodu_bench_{uuid.uuid4().hex[:10]}"
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:
        print(f"  PostgreSQL not reachable ({type(exc).__name__}); skipped")
        admin.dispose()
        yield None
        return
    sep = "&" if "?" in PG_URL else "?"
    engine = make_engine(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def intake_rate(engine: Engine, mentions: int = MENTIONS) -> float:
    """Mentions per second through checking and storing (``diaodu read``'s group commit), wall time."""
    return intake_rates(engine, mentions)[0]


def intake_rates(
    engine: Engine, mentions: int = MENTIONS, *, commit_every: int = COMMIT_EVERY
) -> tuple[float, float]:
    """Mentions per second through checking and storing, as ``diaodu read`` does (whole documents
    committed in groups of ``commit_every`` mentions; 1 is a transaction per document): by wall time, and
    by this process's CPU time (on a shared machine the wall time also counts other programs' turns; the
    database server's own work shows in the wall time only)."""
    batch = _documents(seed=1)[: mentions // PER_DOC]
    started, cpu = time.perf_counter(), time.process_time()
    intake = Intake(engine, actor="bench")
    for _result in intake.ingest_many(
        ((s, prepare(s, found)) for s, found in batch), commit_every=commit_every
    ):
        pass
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    total = sum(len(found) for _s, found in batch)
    return total / wall, total / max(cpu, 1e-9)


def raw_floor(mentions: int = MENTIONS) -> tuple[float, float]:
    """The machine's floor for the same rows: each mention's three rows (mention, observation,
    provenance) written by ``executemany`` into bare tables with no index, constraint or key beyond the
    rowid, in one transaction, by the bare ``sqlite3`` driver and no other work. Intake cannot beat this;
    the ratio to it says how much of intake's time is the ledger's guarantees (checks, indexes,
    conflict look-ups, audit) rather than the machine."""
    batch = _documents(seed=1)[: mentions // PER_DOC]
    mention_rows, obs_rows, source_rows = [], [], []
    for d, (_source, found) in enumerate(batch):
        for m in found:
            n = len(mention_rows) + 1
            mention_rows.append(
                (n, d, m.start, m.end, m.text, m.measure, m.value, m.unit, m.subject, m.indicator, m.period)
            )
            obs_rows.append(
                (n, m.subject, m.indicator, m.measure, m.period, "", "provisional", m.value, "元", m.unit, d)
            )
            source_rows.append((n, n))
    with tempfile.TemporaryDirectory() as folder:
        con = sqlite3.connect(Path(folder) / "floor.sqlite3")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, d, s, e, t, me, v, u, su, i, p)")
        con.execute("CREATE TABLE o (id INTEGER PRIMARY KEY, su, i, me, p, r, st, v, bu, u, d)")
        con.execute("CREATE TABLE s (o, m)")
        started, cpu = time.perf_counter(), time.process_time()
        con.executemany("INSERT INTO m VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mention_rows)
        con.executemany("INSERT INTO o VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", obs_rows)
        con.executemany("INSERT INTO s VALUES (?, ?)", source_rows)
        con.commit()
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        con.close()
    total = len(mention_rows)
    return total / wall, total / max(cpu, 1e-9)


def schema_floor(engine: Engine, mentions: int = MENTIONS) -> tuple[float, float]:
    """The same mentions' rows as intake writes them (read back from ``engine``'s ledger after an intake
    run), inserted again into a fresh ledger of the same schema, indexes and checks, by bare multi-row
    ``INSERT``s in one transaction: what the ledger's tables cost with no Python work at all. Intake's
    distance to this is its own work (checking, grouping, conflict look-ups, audit); this one's distance
    to ``raw_floor`` is the schema's (indexes, ``CHECK`` lists, foreign keys)."""
    tables = ("mentions", "observations", "observation_sources")
    with engine.connect() as conn:
        rows = {t: [tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{t}"')] for t in tables}
        columns = {t: list(conn.exec_driver_sql(f'SELECT * FROM "{t}" LIMIT 0').keys()) for t in tables}
        documents = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM documents")]
        doc_columns = list(conn.exec_driver_sql("SELECT * FROM documents LIMIT 0").keys())
    with _sqlite() as fresh:
        raw: Any = fresh.raw_connection()
        try:
            cur = raw.cursor()
            marks = ", ".join("?" * len(doc_columns))
            cur.executemany(f"INSERT INTO documents VALUES ({marks})", documents)
            raw.commit()
            started, cpu = time.perf_counter(), time.process_time()
            for t in tables:
                width = len(columns[t])
                per = max(1, 32_000 // width)
                one = "(" + ", ".join("?" * width) + ")"
                for begin in range(0, len(rows[t]), per):
                    chunk = rows[t][begin : begin + per]
                    cur.execute(
                        f'INSERT INTO "{t}" VALUES ' + ", ".join([one] * len(chunk)),
                        [v for r in chunk for v in r],
                    )
            raw.commit()
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        finally:
            raw.close()
    return mentions / wall, mentions / max(cpu, 1e-9)


def _fill(engine: Engine) -> None:
    """OBSERVATIONS rows: 100 subjects × 100 indicators × 25 periods × 4 vintages."""
    now = datetime.now(UTC)
    vintages = [date(2021, 3, 1) + timedelta(days=90 * v) for v in range(4)]
    periods = [(f"{y}-01", f"{y}-{m:02d}") for y in (2019, 2020) for m in range(1, 13)] + [
        ("2021-01", "2021-01")
    ]
    rows = []
    for subject in SUBJECTS:
        for indicator in INDICATORS:
            for start, end in periods:
                for vintage in vintages:
                    rows.append(
                        {
                            "subject": subject,
                            "indicator": indicator,
                            "period_start": start,
                            "period_end": end,
                            "measure": "level",
                            "reference": "",
                            "value": 1.0,
                            "base_unit": "元",
                            "unit_as_published": "亿元",
                            "value_as_published": 1.0,
                            "status": "provisional",
                            "vintage": vintage,
                            "recorded_at": now,
                            "recorded_by": "bench",
                        }
                    )
    assert len(rows) == OBSERVATIONS
    columns = list(rows[0])
    indexes = list(OBSERVATIONS_TABLE.indexes)
    with engine.begin() as conn:  # bulk load first, index after: as a restore from backup would
        for index in indexes:
            index.drop(conn)
    if engine.dialect.name == "postgresql":
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            with cursor.copy(f"COPY observations ({', '.join(columns)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in rows:
                    copy.write_row([row[c] for c in columns])
            raw.commit()
        finally:
            raw.close()
        with engine.begin() as conn:
            for index in indexes:
                index.create(conn)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE observations"))
        return
    sql = f"INSERT INTO observations ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            sql,
            [tuple(_sqlite_value(v) for v in row.values()) for row in rows],
        )
        for index in indexes:
            index.create(conn)
        conn.exec_driver_sql("ANALYZE")


def _sqlite_value(v: object) -> object:
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    return v


def query_latency_ms(engine: Engine, queries: int = 300) -> tuple[float, float]:
    """Median and 95th percentile of an as-of series query, in ms."""
    rng = random.Random(2)
    timings = []
    with transaction(engine) as session:
        for _ in range(queries):
            as_of = date(2021, 3, 1) + timedelta(days=rng.randint(0, 400))
            started = time.perf_counter()
            points = series(session, rng.choice(SUBJECTS), rng.choice(INDICATORS), as_of=as_of)
            timings.append((time.perf_counter() - started) * 1000)
            assert len(points) == 25
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95)]


def run() -> None:
    print(f"intake: {MENTIONS:,} generated mentions, {PER_DOC} per document")
    floor, floor_cpu = raw_floor()
    print(
        f"  floor       {floor:10,.0f} mentions/s   bare sqlite3 executemany of each mention's three rows "
        f"into unindexed tables   [{floor_cpu:,.0f}/s CPU]"
    )
    with _sqlite() as engine:
        rate, cpu_rate = intake_rates(engine, commit_every=1)
        print(
            f"  SQLite      {rate:10,.0f} mentions/s   = {rate / INTAKE_GOAL:.2f} × goal, a transaction per "
            f"document   [{cpu_rate:,.0f}/s CPU = {cpu_rate / floor_cpu:.2f} × floor]"
        )
    with _sqlite() as engine:
        rate, cpu_rate = intake_rates(engine)
        schema, schema_cpu = schema_floor(engine)
        print(
            f"  schema      {schema:10,.0f} mentions/s   the same rows into the ledger's own tables, "
            f"SQL only   [{schema_cpu:,.0f}/s CPU = {schema_cpu / floor_cpu:.2f} × floor]"
        )
        print(
            f"  SQLite      {rate:10,.0f} mentions/s   = {rate / INTAKE_GOAL:.2f} × goal "
            f"({INTAKE_GOAL:,.0f}/s), group commit of {COMMIT_EVERY:,} (diaodu read)   "
            f"[{cpu_rate:,.0f}/s CPU = {cpu_rate / floor_cpu:.2f} × floor, "
            f"{cpu_rate / schema_cpu:.2f} × schema]"
        )
    with _postgres() as pg:
        if pg is not None:
            rate, cpu_rate = intake_rates(pg, PG_MENTIONS)
            print(
                f"  PostgreSQL  {rate:10,.0f} mentions/s   = {rate / INTAKE_GOAL:.2f} × the SQLite goal "
                f"(first {PG_MENTIONS:,} of the mentions)   [{cpu_rate:,.0f}/s of this process's CPU time]"
            )
    print(f"as-of series query over {OBSERVATIONS:,} observations (25 periods × 4 vintages a series)")
    for label, ctx in (("SQLite", _sqlite), ("PostgreSQL", _postgres)):
        with ctx() as engine:
            if engine is None:
                continue
            started = time.perf_counter()
            _fill(engine)
            filled = time.perf_counter() - started
            median, p95 = query_latency_ms(engine)
            print(
                f"  {label:<10}  median {median:6.2f} ms  p95 {p95:6.2f} ms   = goal ÷ median "
                f"{QUERY_GOAL_MS / median:.1f} ({QUERY_GOAL_MS:.0f} ms)   [filled in {filled:.0f} s]"
            )


if __name__ == "__main__":
    run()
