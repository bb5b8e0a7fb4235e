"""Period words and numeric forms → the spec's month-range strings, given the report year."""

from __future__ import annotations

import pytest

from diaodu.reading.extract import _period_before, _quarter_before
from diaodu.reading.lexicon import load_lexicon
from diaodu.reading.periods import PeriodFinder, format_period

FINDER = PeriodFinder(load_lexicon())

PERIOD_CASES = [
    ("1—6月", 2021, "2021-01/2021-06"),
    ("1--5月", 2021, "2021-01/2021-05"),
    ("1-11月", 2020, "2020-01/2020-11"),
    ("1～8月份", 2022, "2022-01/2022-08"),
    ("前三季度", 2020, "2020-01/2020-09"),
    ("上半年", 2020, "2020-01/2020-06"),
    ("一季度", 2021, "2021-01/2021-03"),
    ("二季度", 2021, "2021-04/2021-06"),
    ("下半年", 2021, "2021-07/2021-12"),
    ("全年", 2021, "2021"),
    ("6月份", 2021, "2021-06"),
    ("2019年", 2021, "2019"),
    ("2019年前三季度", 2021, "2019-01/2019-09"),
    ("上年", 2021, "2020"),
    ("截至8月底", 2023, "2023-01/2023-08"),
    ("首季", 2024, "2024-01/2024-03"),
    ("首季度", 2024, "2024-01/2024-03"),
    ("前三季", 2024, "2024-01/2024-09"),
    ("前两个月", 2024, "2024-01/2024-02"),
    ("前十一个月", 2024, "2024-01/2024-11"),
    ("头三个月", 2024, "2024-01/2024-03"),
    ("头一个季度", 2024, "2024-01/2024-03"),
    ("到9月底", 2024, "2024-01/2024-09"),
    ("至10月末", 2024, "2024-01/2024-10"),
]


@pytest.mark.parametrize(("word", "year", "expected"), PERIOD_CASES, ids=[c[0] for c in PERIOD_CASES])
def test_period_word(word: str, year: int, expected: str) -> None:
    mark = FINDER.word(word)
    assert mark is not None, word
    assert mark.resolve(year) == expected


@pytest.mark.parametrize("text", ["7月29日", "2021年7月29日", "第二季度末了", "近10年"])
def test_not_a_whole_period(text: str) -> None:
    assert FINDER.word(text) is None


ELIDED_LISTS = [
    # a list writing its first items as numerals alone: each item a period of the last one's kind
    ("其中第一、二、三季度分别开工", ["2021-01/2021-03", "2021-04/2021-06", "2021-07/2021-09"]),
    ("全市一、二季度分别完成", ["2021-01/2021-03", "2021-04/2021-06"]),
    ("全市1、2、3月分别新增", ["2021-01", "2021-02", "2021-03"]),
    # a list opening its line without 第 is a heading's number, not a quarter (一、三季度工作安排)
    ("一、三季度工作安排", ["2021-07/2021-09"]),
    ("二、三季度工作安排", ["2021-07/2021-09"]),
    ("增长12、3月份回落", ["2021-03"]),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_LISTS, ids=[t for t, _ in ELIDED_LISTS])
def test_a_list_of_periods_eliding_its_first_items(text: str, expected: list[str]) -> None:
    assert [m.resolve(2021) for m in FINDER.find(text)] == expected


def test_unknown_year_gives_none() -> None:
    mark = FINDER.word("上半年")
    assert mark is not None and mark.resolve(None) is None


@pytest.mark.parametrize(
    ("year", "first", "last", "expected"),
    [(2020, 1, 9, "2020-01/2020-09"), (2020, 5, 5, "2020-05"), (2020, 1, 12, "2020")],
)
def test_format_period(year: int, first: int, last: int, expected: str) -> None:
    assert format_period(year, first, last) == expected


@pytest.mark.parametrize(
    ("period", "before"),
    [
        ("2025", "2024"),
        ("2025-01", "2024-12"),
        ("2025-10", "2025-09"),
        ("2025-01/2025-11", "2025-01/2025-10"),
        ("2025-01/2025-02", "2025-01"),
        ("2025-07/2025-09", "2025-04/2025-06"),
        ("2025-01/2025-06", "2025-01/2025-05"),
        (None, None),
    ],
)
def test_the_period_before_is_of_the_same_kind(period: str | None, before: str | None) -> None:
    """比上期: the period before the figure's, of its kind (a running total's runs to the month before)."""
    assert _period_before(period) == before


@pytest.mark.parametrize(
    ("period", "before"),
    [
        ("2025-07/2025-09", "2025-04/2025-06"),
        ("2025-01/2025-03", "2024-10/2024-12"),
        ("2025-01/2025-09", "2025-01/2025-06"),
        ("2025-01/2025-10", None),
        ("2025", None),
        (None, None),
    ],
)
def test_the_quarter_before(period: str | None, before: str | None) -> None:
    """比上季度: a quarter's the quarter before; a total to a quarter's end, the total to the one before."""
    assert _quarter_before(period) == before
