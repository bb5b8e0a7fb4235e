"""A rate written with its own minus sign is negative; a dash between numbers is no sign."""

from __future__ import annotations

import pytest

from diaodu.reading import extract

CASES = [
    ("三县工业增加值分别增长9.1%、7.4%、-2.0%。", "-2.0%", -2.0),
    ("全市出口同比-3.5%，降幅收窄。", "-3.5%", -3.5),
    ("利润增速为－1.2%。", "－1.2%", -1.2),
]


@pytest.mark.parametrize(("text", "figure", "value"), CASES, ids=[c[1] for c in CASES])
def test_minus_sign_makes_a_rate_negative(text: str, figure: str, value: float) -> None:
    found = {m.text: m.value for m in extract(text, report_year=2023)}
    assert found.get(figure) == value


def test_dash_after_a_number_is_no_sign() -> None:
    found = {m.text: m.value for m in extract("1-8月，全市工业增加值增长6.8%。", report_year=2023)}
    assert found == {"6.8%": 6.8}
