"""Completion, 时序进度, the three colours, 双过半 and group totals, one case per rule."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from diaodu.dispatch import progress
from diaodu.ledger.db import transaction
from diaodu.settings import Settings

from .conftest import add_chain, add_project

SCHEDULE = [
    (1, 8.3333),
    (2, 16.6667),
    (3, 25.0),
    (4, 33.3333),
    (5, 41.6667),
    (6, 50.0),
    (7, 58.3333),
    (8, 66.6667),
    (9, 75.0),
    (10, 83.3333),
    (11, 91.6667),
    (12, 100.0),
]


@pytest.mark.parametrize(("month", "expected"), SCHEDULE, ids=[f"{m}月" for m, _ in SCHEDULE])
def test_schedule_rate_each_month(month: int, expected: float) -> None:
    assert progress.schedule_rate(month) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("month", [0, 13, -1])
def test_schedule_rate_refuses_months_outside_the_year(month: int) -> None:
    with pytest.raises(ValueError, match="月份"):
        progress.schedule_rate(month)


@pytest.mark.parametrize(
    ("cumulative", "planned", "expected"),
    [(79.57, 150.0, 53.0467), (0.0, 10.0, 0.0), (12.0, 10.0, 120.0), (5.0, 0.0, None), (5.0, -1.0, None)],
)
def test_completion_rate(cumulative: float, planned: float, expected: float | None) -> None:
    got = progress.completion_rate(cumulative, planned)
    assert got == (None if expected is None else pytest.approx(expected, abs=1e-4))


DEFAULT = Settings(progress_green_gap=0.0, progress_yellow_gap=10.0)
LENIENT = Settings(progress_green_gap=2.0, progress_yellow_gap=5.0)

COLOURS = [
    (DEFAULT, 50.0, 6, "green"),  # exactly on 时序进度
    (DEFAULT, 72.0, 6, "green"),
    (DEFAULT, 49.99, 6, "yellow"),  # just behind
    (DEFAULT, 40.0, 6, "yellow"),  # behind by exactly the yellow gap
    (DEFAULT, 39.99, 6, "red"),
    (DEFAULT, 0.0, 1, "yellow"),  # 8.3 points behind in January
    (DEFAULT, 0.0, 2, "red"),
    (DEFAULT, 100.0, 12, "green"),
    (DEFAULT, 90.0, 12, "yellow"),
    (DEFAULT, 89.9, 12, "red"),
    (DEFAULT, None, 6, "grey"),  # no plan
    (LENIENT, 48.0, 6, "green"),  # within the green gap
    (LENIENT, 47.9, 6, "yellow"),
    (LENIENT, 45.0, 6, "yellow"),
    (LENIENT, 44.9, 6, "red"),
]


@pytest.mark.parametrize(
    ("settings", "completion", "month", "colour"),
    COLOURS,
    ids=[f"{'lenient' if s is LENIENT else 'default'}-{c}@{m}-{col}" for s, c, m, col in COLOURS],
)
def test_warning_colour(settings: Settings, completion: float | None, month: int, colour: str) -> None:
    assert progress.warning_colour(completion, month, settings) == colour


@pytest.mark.parametrize(
    ("completion", "month", "expected"),
    [
        (50.0, 6, True),
        (49.9, 6, False),
        (80.0, 5, False),
        (60.0, 9, True),
        (None, 6, False),
        (50.0, 12, True),
    ],
)
def test_double_half(completion: float | None, month: int, expected: bool) -> None:
    assert progress.double_half(completion, month) is expected


@pytest.mark.parametrize(
    ("gap", "text"),
    [(3.04, "超时序进度3.0个百分点"), (-5.0, "低于时序进度5.0个百分点"), (0.01, "与时序进度持平")],
)
def test_describe_gap(gap: float, text: str) -> None:
    assert progress.describe_gap(gap) == text


@pytest.mark.parametrize(("month", "label"), [(1, "1月"), (6, "1—6月"), (12, "1—12月")])
def test_period_label(month: int, label: str) -> None:
    assert progress.period_label(month) == label


def test_project_progress_per_project(engine: Engine, units: dict[str, int]) -> None:
    ahead = add_project(engine, "A", "省重点", 1000.0, {5: 400.0, 6: 600.0}, region=units["珠晖区"])
    behind = add_project(engine, "B", "省重点", 1000.0, {6: 300.0}, region=units["雁峰区"])
    with transaction(engine) as session:
        rows = {r.project_id: r for r in progress.project_progress(session, 2020, 6)}
    assert rows[ahead].completion == pytest.approx(60.0)
    assert rows[ahead].gap == pytest.approx(10.0)
    assert rows[ahead].colour == "green"
    assert rows[ahead].month_completed == pytest.approx(200.0)
    assert rows[behind].colour == "red"
    assert rows[behind].region == "雁峰区"
    with transaction(engine) as session:
        order = [r.code for r in progress.project_progress(session, 2020, 6)]
        only = [r.code for r in progress.project_progress(session, 2020, 6, only_behind=True)]
        second_page = [r.code for r in progress.project_progress(session, 2020, 6, limit=1, offset=1)]
    assert order == ["B", "A"]  # most behind first
    assert only == ["B"]
    assert second_page == ["A"]


def test_missing_month_keeps_the_last_cumulative(engine: Engine) -> None:
    pid = add_project(engine, "A", "市重点", 1000.0, {3: 250.0, 4: 300.0})
    with transaction(engine) as session:
        (row,) = progress.project_progress(session, 2020, 6)
    assert row.project_id == pid
    assert row.cumulative == 300.0
    assert row.reported_month == 4
    assert row.month_completed == 0.0  # nothing reported for June itself


def test_projects_join_the_list_from_their_month(engine: Engine) -> None:
    add_project(engine, "A", "市重点", 1000.0, {6: 500.0, 9: 800.0})
    add_project(engine, "LATE", "市重点", 200.0, {7: 20.0, 9: 100.0}, from_month=7)
    with transaction(engine) as session:
        june = progress.group_progress(session, 2020, 6, "level")
        sept = progress.group_progress(session, 2020, 9, "level")
    assert [(g.count, g.planned, g.cumulative) for g in june] == [(1, 1000.0, 500.0)]
    assert [(g.count, g.planned, g.cumulative) for g in sept] == [(2, 1200.0, 900.0)]


def test_group_totals_by_level_read_like_the_published_ones(engine: Engine) -> None:
    add_project(engine, "A", "省重点", 1_000_000.0, {6: 500_000.0})
    add_project(engine, "B", "省重点", 500_000.0, {6: 295_700.0})
    add_project(engine, "C", "市重点", 100.0, {6: 10.0})
    with transaction(engine) as session:
        groups = progress.group_progress(session, 2020, 6, "level")
    assert [g.key for g in groups] == ["省重点", "市重点"]
    provincial = groups[0]
    assert provincial.count == 2
    assert provincial.ahead == 2
    assert provincial.sentence() == "2个省重点项目完成投资79.57亿元，占年度计划53.0%，超时序进度3.0个百分点"
    assert provincial.double_half
    assert groups[1].colour == "red"
    assert groups[1].sentence(decimals=2).endswith("占年度计划10.00%，低于时序进度40.0个百分点")


def test_group_by_chain_and_region(engine: Engine, units: dict[str, int]) -> None:
    chain = add_chain(engine, "C01", "电子信息产业链")
    add_project(engine, "A", "市重点", 100.0, {6: 60.0}, chain=chain, region=units["珠晖区"])
    add_project(engine, "B", "市重点", 100.0, {6: 20.0}, region=units["珠晖区"])
    with transaction(engine) as session:
        by_chain = {g.key: g for g in progress.group_progress(session, 2020, 6, "chain")}
        by_region = progress.group_progress(session, 2020, 6, "region")
        filtered = progress.total_progress(session, 2020, 6, progress.ProgressFilter(chain_id=chain))
    assert set(by_chain) == {"电子信息产业链", "未归属"}
    assert by_chain["电子信息产业链"].sentence().startswith("电子信息产业链1个项目完成投资0.01亿元")
    assert [(g.key, g.count, g.cumulative) for g in by_region] == [("珠晖区", 2, 80.0)]
    assert filtered is not None and filtered.cumulative == 60.0


def test_total_progress_of_nothing_is_none(engine: Engine) -> None:
    with transaction(engine) as session:
        assert progress.total_progress(session, 2020, 6) is None


@pytest.mark.parametrize("by", ["all", "level", "chain", "region", "park"])
def test_one_pass_grouping_agrees_with_the_sql_grouping(
    engine: Engine, units: dict[str, int], by: str
) -> None:
    chain = add_chain(engine, "C01", "电子信息产业链")
    add_project(engine, "A", "省重点", 100.0, {6: 60.0}, chain=chain, region=units["珠晖区"])
    add_project(engine, "B", "市重点", 100.0, {5: 20.0}, region=units["珠晖区"])
    add_project(engine, "C", "市重点", 0.0, {6: 5.0}, region=units["雁峰区"])
    add_project(engine, "D", "市重点", 50.0, {})
    with transaction(engine) as session:
        sql = progress.group_progress(session, 2020, 6, by)  # type: ignore[arg-type]
        many = progress.group_progress_many(session, 2020, 6, (by,))[by]  # type: ignore[arg-type]
    assert many == sql
    assert sum(g.count for g in sql) == 4


@pytest.mark.parametrize("only_behind", [False, True], ids=["all", "behind"])
def test_pages_agree_with_the_whole_list(engine: Engine, units: dict[str, int], only_behind: bool) -> None:
    """A page (ranked in SQL with ORDER BY … LIMIT, then joined to names) is the same slice of the
    same rows as the whole list: missing months, no plan, no progress, ties broken by code."""
    add_project(engine, "A", "省重点", 100.0, {6: 60.0}, region=units["珠晖区"])
    add_project(engine, "B", "市重点", 100.0, {4: 20.0}, region=units["珠晖区"])  # last reported in April
    add_project(engine, "C", "市重点", 0.0, {6: 5.0}, region=units["雁峰区"])  # no plan: grey, last
    add_project(engine, "D", "市重点", 50.0, {})  # nothing reported
    add_project(engine, "E", "县级", 200.0, {5: 40.0, 6: 40.0})  # same gap as B: code breaks the tie
    add_project(engine, "F", "县级", 100.0, {6: 10.0, 7: 90.0})  # July is after the month asked
    add_project(engine, "G", "县级", 100.0, {6: 10.0}, from_month=7)  # not on the list yet
    with transaction(engine) as session:
        whole = progress.project_progress(session, 2020, 6, only_behind=only_behind)
        pages = [
            progress.project_progress(session, 2020, 6, only_behind=only_behind, limit=2, offset=offset)
            for offset in range(0, 8, 2)
        ]
        top = progress.project_progress(session, 2020, 6, only_behind=only_behind, limit=100)
    assert [p for page in pages for p in page] == whole == top
    codes = [p.code for p in whole]
    assert codes == (["D", "F", "B", "E"] if only_behind else ["D", "F", "B", "E", "A", "C"])
    by_code = {p.code: p for p in whole}
    assert by_code["B"].reported_month == 4 and by_code["B"].cumulative == 20.0
    assert by_code["F"].cumulative == 10.0 and by_code["F"].month_completed == 10.0
