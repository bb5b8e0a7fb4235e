"""Ledger benchmarks: figure intake throughput, and as-of series query latency at a million observations.

Goals (issue 2): ≥ 50,000 mentions/s into SQLite; a series query < 20 ms over 1,000,000 observations.
PostgreSQL is measured too when ``DIAODU_BENCH_PG_URL`` (default: the local test database) answers.
"""

from __future__ import annotations

import hashlib
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, text

from diaodu.ledger.db import make_engine, transaction, upgrade
from diaodu.ledger.documents import SourceFile
from diaodu.ledger.intake import Intake, prepare
from diaodu.ledger.queries import series
from diaodu.ledger.tables.figures import Observation
from diaodu.reading.mentions import FigureMention

MENTIONS = 100_000
PER_DOC = 100
OBSERVATIONS = 1_000_000
INTAKE_GOAL = 50_000.0  # mentions per second, SQLite
QUERY_GOAL_MS = 20.0
PG_URL = os.environ.get("DIAODU_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

SUBJECTS = [f"园区{i:03d}" for i in range(100)]
INDICATORS = [f"指标{i:03d}" for i in range(100)]


def _documents(seed: int) -> list[tuple[SourceFile, list[FigureMention]]]:
    """MENTIONS generated mentions over MENTIONS / PER_DOC documents; a few keys repeat across them."""
    rng = random.Random(seed)
    out = []
    for d in range(MENTIONS // PER_DOC):
        parts = [f"第{d}期 {seed}\n"]
        offset = len(parts[0])
        mentions = []
        for _ in range(PER_DOC):
            subject, indicator = rng.choice(SUBJECTS), rng.choice(INDICATORS)
            month = rng.randint(1, 12)
            value = round(rng.uniform(1, 900), 2)
            lead = f"{subject}{indicator}为"
            figure = f"{value}亿元"
            parts.append(lead + figure + "。")
            start = offset + len(lead)
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
                    period=f"2021-01/2021-{month:02d}",
                )
            )
            offset += len(parts[-1])
        body = "".join(parts)
        source = SourceFile(
            name=f"d{d}.txt",
            text=body,
            sha256=hashlib.sha256(body.encode()).hexdigest(),
            published_on=date(2021, 1, 1) + timedelta(days=d % 365),
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
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
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


def intake_rate(engine: Engine) -> float:
    """Mentions per second through checking and storing (one transaction per document)."""
    batch = _documents(seed=1)
    started = time.perf_counter()
    intake = Intake(engine, actor="bench")
    for source, mentions in batch:
        intake.ingest(source, prepare(source, mentions))
    return MENTIONS / (time.perf_counter() - started)


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
    with engine.begin() as conn:
        for i in range(0, len(rows), 50_000):
            conn.execute(insert(Observation), rows[i : i + 50_000])
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE observations"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))


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
    print(f"intake: {MENTIONS:,} generated mentions, {PER_DOC} per document, one transaction each")
    with _sqlite() as engine:
        rate = intake_rate(engine)
        print(
            f"  SQLite      {rate:10,.0f} mentions/s   = {rate / INTAKE_GOAL:.2f} × goal ({INTAKE_GOAL:,.0f}/s)"
        )
    with _postgres() as pg:
        if pg is not None:
            rate = intake_rate(pg)
            print(f"  PostgreSQL  {rate:10,.0f} mentions/s   = {rate / INTAKE_GOAL:.2f} × the SQLite goal")
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
