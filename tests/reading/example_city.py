"""The example city profile and a one-call extractor for the reader's tests."""

from __future__ import annotations

from pathlib import Path

from diaodu.reading import extract
from diaodu.reading.mentions import FigureMention

ROOT = Path(__file__).resolve().parents[2]
CITY = ROOT / "examples" / "hengyang"


def read(text: str, year: int = 2021) -> list[FigureMention]:
    """Every record the reader finds in ``text``, read as a report about ``year`` in the example city."""
    return extract(text, report_year=year, city=CITY, name="case.txt")


def check(records: list[FigureMention], expected: list[tuple[str, dict[str, object]]]) -> None:
    """Each ``(span, fields)``: a record on that text whose fields are as given (the first one, unless
    ``any_of`` is passed as true in ``fields``: then any record on the span will do)."""
    for span, wanted in expected:
        fields = dict(wanted)
        any_of = bool(fields.pop("any_of", False))
        hits = [r for r in records if r.text == span]
        assert hits, (span, [(r.text, r.subject, r.indicator, r.period) for r in records])
        for key, value in fields.items():
            got = [getattr(r, key) for r in hits] if any_of else [getattr(hits[0], key)]
            assert value in got, (span, key, got, value)
