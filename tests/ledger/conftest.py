"""Helpers for the ledger tests: small documents whose figures are found by their text, and a CLI
runner bound to the test ledger."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from diaodu.cli import main
from diaodu.ledger.documents import SourceFile
from diaodu.ledger.intake import IngestResult, Intake, prepare
from diaodu.ledger.schema import metadata
from diaodu.reading.mentions import FigureMention
from diaodu.settings import get_settings


def make_source(text: str, name: str = "report.txt", published: date | None = None) -> SourceFile:
    return SourceFile(
        name=name,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published_on=published,
    )


def mention(
    source: SourceFile | str,
    figure: str,
    *,
    value: float,
    unit: str | None,
    measure: str = "level",
    subject: str = "衡阳市",
    indicator: str = "地区生产总值",
    period: str | None = "2020-01/2020-09",
    occurrence: int = 1,
    **extra: object,
) -> FigureMention:
    """The mention of ``figure`` at its ``occurrence``-th place in the text."""
    text = source.text if isinstance(source, SourceFile) else source
    name = source.name if isinstance(source, SourceFile) else "report.txt"
    start = -1
    for _ in range(occurrence):
        start = text.index(figure, start + 1)
    return FigureMention(
        doc=name,
        start=start,
        end=start + len(figure),
        text=figure,
        measure=measure,
        value=value,
        unit=unit,
        subject=subject,
        indicator=indicator,
        period=period,
        **extra,  # type: ignore[arg-type]
    )


def ingest(engine: Engine, source: SourceFile, mentions: list[FigureMention]) -> IngestResult:
    return Intake(engine).ingest(source, prepare(source, mentions))


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows in every ledger table."""
    with engine.connect() as conn:
        return {
            t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in metadata.sorted_tables
        }


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[..., CliResult]]:
    """Run ``diaodu …`` in this process against the test ledger; returns exit code and output."""
    monkeypatch.setenv("DIAODU_DB_URL", db_url)
    get_settings.cache_clear()

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    yield run
    get_settings.cache_clear()
