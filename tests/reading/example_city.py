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
