"""Group commit (``Intake.ingest_many``, what ``diaodu read`` uses): the same ledger as one transaction per
document, and still each document whole or absent, on every backend."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

import psycopg
import pytest
from sqlalchemy import Engine, select

from diaodu.ledger.db import transaction
from diaodu.ledger.documents import SourceFile
from diaodu.ledger.intake import IngestResult, Intake, Prepared, prepare
from diaodu.ledger.tables.figures import Conflict, Document, Observation

from .conftest import make_source, mention, row_counts

#: Intake writes through the driver's own cursor, so a refused row raises the driver's error.
DRIVER_INTEGRITY_ERRORS = (sqlite3.IntegrityError, psycopg.IntegrityError)

# Made-up bulletins: each states the park's output for its month; the fourth restates the third's
# month with another value (a conflict), the fifth repeats the first word for word (skipped).
BULLETINS = [
    ("一月简报：园区工业产值为12.5亿元。", "12.5亿元", 12.5, "2021-01/2021-01", date(2021, 2, 5)),
    ("二月简报：园区工业产值为13.0亿元。", "13.0亿元", 13.0, "2021-01/2021-02", date(2021, 3, 5)),
    ("三月简报：园区工业产值为20.2亿元。", "20.2亿元", 20.2, "2021-01/2021-03", date(2021, 4, 5)),
    ("三月修订：园区工业产值为20.9亿元。", "20.9亿元", 20.9, "2021-01/2021-03", date(2021, 4, 20)),
    ("一月简报：园区工业产值为12.5亿元。", "12.5亿元", 12.5, "2021-01/2021-01", date(2021, 2, 5)),
]


def _items() -> list[tuple[SourceFile, list[Prepared]]]:
    out = []
    for n, (text, figure, value, period, published) in enumerate(BULLETINS):
        source = make_source(text, f"b{n}.txt", published)
        found = [
            mention(
                source, figure, value=value, unit="亿元", subject="园区", indicator="工业产值", period=period
            )
        ]
        out.append((source, prepare(source, found)))
    return out


def _ledger(engine: Engine) -> tuple[list[tuple[str, str, float, date]], list[str]]:
    with transaction(engine) as session:
        observations = [
            (o.period_end, o.subject, o.value, o.vintage)
            for o in session.scalars(select(Observation).order_by(Observation.id))
        ]
        conflicts = list(session.scalars(select(Conflict.kind).order_by(Conflict.id)))
    return observations, conflicts


@pytest.mark.parametrize("commit_every", [1, 2, 3, 1000], ids=lambda n: f"every-{n}")
def test_group_commit_stores_what_one_transaction_a_document_stores(
    engine: Engine, commit_every: int
) -> None:
    results = list(Intake(engine).ingest_many(_items(), commit_every=commit_every))
    assert [r.skipped for r in results] == [False, False, False, False, True]
    assert [r.conflicts for r in results] == [0, 0, 0, 1, 0]
    observations, conflicts = _ledger(engine)
    assert [o[0] for o in observations] == ["2021-01", "2021-02", "2021-03", "2021-03"]
    assert conflicts == ["restatement"]
    assert row_counts(engine)["documents"] == 4


def _broken(
    items: Sequence[tuple[SourceFile, list[Prepared]]], at: int
) -> Iterator[tuple[SourceFile, list[Prepared]]]:
    """The items, with the one at ``at`` carrying a measure the ledger's own check refuses (as a bug or a
    bypassed validation would): its write fails inside the database."""
    for n, (source, prepared) in enumerate(items):
        if n == at:
            bad = replace(prepared[0], mention=replace(prepared[0].mention, measure="bogus"))
            yield source, [bad]
        else:
            yield source, prepared


@pytest.mark.parametrize(("commit_every", "committed"), [(1, 2), (2, 2), (3, 0), (1000, 0)])
def test_a_failure_rolls_back_only_its_uncommitted_group(
    engine: Engine, commit_every: int, committed: int
) -> None:
    """The third document fails. Groups committed before it stay; its own group goes; the caller saw a
    result for exactly the documents that are stored."""
    seen: list[IngestResult] = []
    with pytest.raises(DRIVER_INTEGRITY_ERRORS):
        for result in Intake(engine).ingest_many(_broken(_items(), at=2), commit_every=commit_every):
            seen.append(result)
    with transaction(engine) as session:
        stored = list(session.scalars(select(Document.file_name).order_by(Document.id)))
    assert stored == [f"b{n}.txt" for n in range(committed)]
    assert [r.name for r in seen] == stored
    counts = row_counts(engine)
    assert counts["mentions"] == counts["observations"] == counts["observation_sources"] == committed
    assert counts["audit_log"] == committed
