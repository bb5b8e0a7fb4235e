"""A document's report period: the period its figures state most often."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, select

from diaodu.ledger.db import transaction
from diaodu.ledger.intake import Prepared, prepare, report_period
from diaodu.ledger.tables.figures import Document

from .conftest import ingest, make_source, mention

TEXT = "一二三四五六七八九十"  # ten characters: one figure each, periods given per case


def _prepared(periods: list[str | None]) -> list[Prepared]:
    source = make_source(TEXT)
    found = [
        mention(source, TEXT[i], value=float(i + 1), unit="亿元", period=period)
        for i, period in enumerate(periods)
    ]
    return prepare(source, found)


CASES = [
    ("the most stated", ["2021-01/2021-06", "2021-01/2021-06", "2021-06", "2020"], "2021-01/2021-06"),
    ("a tie goes to the later end", ["2021-01/2021-03", "2021-01/2021-06"], "2021-01/2021-06"),
    ("then to the longer", ["2021-06", "2021-01/2021-06"], "2021-01/2021-06"),
    ("figures with no period do not count", [None, None, None, "2021"], "2021"),
    ("no period at all", [None, None], None),
]


@pytest.mark.parametrize(("periods", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_report_period(periods: list[str | None], expected: str | None) -> None:
    assert report_period(_prepared(periods)) == expected


def test_intake_stores_the_report_period(engine: Engine) -> None:
    text = "上半年，全市生产总值1200亿元；6月份，全市生产总值230亿元；上半年，全市投资增长5.1%。"
    source = make_source(text, published=date(2021, 7, 20))
    ingest(
        engine,
        source,
        [
            mention(source, "1200亿元", value=1200, unit="亿元", period="2021-01/2021-06"),
            mention(source, "230亿元", value=230, unit="亿元", period="2021-06"),
            mention(source, "5.1%", value=5.1, unit="%", measure="growth", period="2021-01/2021-06"),
        ],
    )
    with transaction(engine) as session:
        assert session.scalars(select(Document.report_period)).all() == ["2021-01/2021-06"]
