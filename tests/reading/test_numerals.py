"""Numerals as reports write them: Arabic, full-width, separators, Chinese, doubling."""

from __future__ import annotations

import pytest

from diaodu.reading.numerals import doubling_growth, parse_arabic, parse_chinese, parse_number, to_base

ARABIC_CASES = [
    ("3.9", 3.9),
    ("1,234.5", 1234.5),
    ("１２３", 123.0),
    ("１２．５", 12.5),
    ("96211", 96211.0),
    ("0.4", 0.4),
]

CHINESE_CASES = [
    ("二", 2.0),
    ("十二", 12.0),
    ("两千", 2000.0),
    ("千", 1000.0),
    ("百", 100.0),
    ("一百零五", 105.0),
]

SCALE_CASES = [
    (1.2, "万", 12000.0),
    (595.92, "亿", 5.9592e10),
    (3.0, "", 3.0),
    (2.0, "千万", 2e7),
]

DOUBLING_CASES = [("一", 100.0), ("两", 300.0), ("3", 700.0)]


@pytest.mark.parametrize(("text", "value"), ARABIC_CASES, ids=[c[0] for c in ARABIC_CASES])
def test_arabic(text: str, value: float) -> None:
    assert parse_arabic(text) == pytest.approx(value)
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), CHINESE_CASES, ids=[c[0] for c in CHINESE_CASES])
def test_chinese(text: str, value: float) -> None:
    assert parse_chinese(text) == value
    assert parse_number(text) == value


@pytest.mark.parametrize(("value", "scale", "base"), SCALE_CASES, ids=[f"{c[0]}{c[1]}" for c in SCALE_CASES])
def test_to_base(value: float, scale: str, base: float) -> None:
    assert to_base(value, scale) == pytest.approx(base)


@pytest.mark.parametrize(("times", "growth"), DOUBLING_CASES, ids=[c[0] for c in DOUBLING_CASES])
def test_doubling(times: str, growth: float) -> None:
    assert doubling_growth(times) == growth


@pytest.mark.parametrize("text", ["", "abc", "三点", "1.2.3"])
def test_not_a_numeral(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)
