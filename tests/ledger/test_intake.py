"""Intake: documents, mentions, observations, vintages, conflicts and provenance, on every backend."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import Engine, func, insert, select

from diaodu.errors import InputError
from diaodu.ledger import queries
from diaodu.ledger.db import transaction
from diaodu.ledger.intake import IngestResult, Intake, agree, parse_period, prepare, to_base
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.figures import Conflict, Document, Mention, Observation, ObservationSource

from .conftest import ingest, make_source, mention, row_counts

# Example reports written for these tests (made-up figures).
SPRING = "前三季度，本市经济总量为2400.5亿元，比去年同期上升3.2%。"
SPRING_AGAIN = "【要点】经济总量2400.5亿元。\n正文：前三季度，本市经济总量为2400.5亿元，比去年同期上升3.2%。"
REVISED = "修订后的数据显示，前三季度本市经济总量为2412.0亿元，比去年同期上升3.4%。"
SAME = "据最新核算，前三季度本市经济总量为2400.5亿元。"
GOAL = "全年目标：经济总量增速力争达到6.5%；前三季度实际上升3.2%。"


PERIODS = [
    ("2020-01/2020-09", ("2020-01", "2020-09")),
    ("2020", ("2020-01", "2020-12")),
    ("2021-05", ("2021-05", "2021-05")),
    (None, ("", "")),
]


@pytest.mark.parametrize(("period", "expected"), PERIODS, ids=[str(p) for p, _ in PERIODS])
def test_period_strings_become_month_ranges(period: str | None, expected: tuple[str, str]) -> None:
    assert parse_period(period) == expected


@pytest.mark.parametrize("period", ["2020-13", "2020-09/2020-01", "前三季度", "20201", "2020-1"])
def test_bad_period_strings_are_refused(period: str) -> None:
    with pytest.raises(ValueError):
        parse_period(period)


UNITS = [
    (595.92, "亿元", 59_592_000_000.0, "元"),
    (1.2, "万人", 12_000.0, "人"),
    (3.9, "%", 3.9, "%"),
    (0.4, "pp", 0.4, "pp"),
    (37.5, "万户", 375_000.0, "户"),
    (2.5, "万亿元", 2.5e12, "元"),
    (300, "名", 300.0, "人"),
    (61, "家", 61.0, "家"),
    (2, None, 2.0, None),
    (1.3, "亿美元", 1.3e8, "美元"),
]


@pytest.mark.parametrize(("value", "unit", "base_value", "base_unit"), UNITS, ids=[str(u[1]) for u in UNITS])
def test_values_are_brought_to_a_base_unit(
    value: float, unit: str | None, base_value: float, base_unit: str | None
) -> None:
    got_value, got_unit = to_base(value, unit)
    assert got_value == pytest.approx(base_value)
    assert got_unit == base_unit


AGREEMENT = [
    ((100.0, None, 100.0, None), True),
    ((100.0, None, 101.0, None), False),
    ((100.0, "over", 103.0, None), True),
    ((100.0, "over", 97.0, None), False),
    ((100.0, "about", 96.0, None), True),
    ((100.0, "about", 90.0, None), False),
    ((100.0, "under", 97.0, None), True),
]


@pytest.mark.parametrize(("args", "expected"), AGREEMENT, ids=[str(a) for a, _ in AGREEMENT])
def test_when_two_statements_agree(args: tuple[float, str | None, float, str | None], expected: bool) -> None:
    a, qa, b, qb = args
    assert agree(a, qa, b, qb) is expected
    assert agree(b, qb, a, qa) is expected


def gdp(source_text: str, name: str, published: date | None, figure: str, value: float):  # type: ignore[no-untyped-def]
    src = make_source(source_text, name, published)
    return src, [mention(src, figure, value=value, unit="亿元")]


def test_reading_the_same_document_twice_changes_nothing(engine: Engine) -> None:
    src, ms = gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5)
    first = ingest(engine, src, ms)
    before = row_counts(engine)
    second = ingest(engine, src, ms)
    assert not first.skipped and second.skipped
    assert second.document_id == first.document_id
    assert row_counts(engine) == before


def test_a_figure_stated_twice_is_one_observation_with_two_sources(engine: Engine) -> None:
    src = make_source(SPRING_AGAIN, "b.txt", date(2020, 10, 20))
    ms = [
        mention(src, "2400.5亿元", value=2400.5, unit="亿元", occurrence=1),
        mention(src, "2400.5亿元", value=2400.5, unit="亿元", occurrence=2),
    ]
    result = ingest(engine, src, ms)
    assert (result.mentions, result.observations, result.conflicts) == (2, 1, 0)
    with transaction(engine) as session:
        found = queries.sources(session, result.observation_ids[0])
    assert [s.start for s in found] == sorted(m.start for m in ms)
    assert all(s.sentence[s.span_in_sentence[0] : s.span_in_sentence[1]] == "2400.5亿元" for s in found)


def test_values_are_stored_in_base_units_with_the_published_unit_kept(engine: Engine) -> None:
    src, ms = gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5)
    result = ingest(engine, src, ms)
    with transaction(engine) as session:
        obs = session.get(Observation, result.observation_ids[0])
        assert obs is not None
        assert (obs.value, obs.base_unit) == (pytest.approx(2.4005e11), "元")
        assert (obs.value_as_published, obs.unit_as_published) == (2400.5, "亿元")
        assert (obs.period_start, obs.period_end, obs.vintage) == ("2020-01", "2020-09", date(2020, 10, 20))


def test_the_same_key_from_a_later_document_is_a_new_vintage(engine: Engine) -> None:
    ingest(engine, *gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5))
    later = ingest(engine, *gdp(SAME, "c.txt", date(2020, 11, 5), "2400.5亿元", 2400.5))
    assert later.conflicts == 0
    with transaction(engine) as session:
        vintages = session.scalars(select(Observation.vintage).order_by(Observation.vintage)).all()
        points = queries.series(session, "衡阳市", "地区生产总值")
    assert vintages == [date(2020, 10, 20), date(2020, 11, 5)]
    assert [(p.vintage, p.vintages) for p in points] == [(date(2020, 11, 5), 2)]


def test_a_restatement_that_differs_is_a_conflict(engine: Engine) -> None:
    first = ingest(engine, *gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5))
    second = ingest(engine, *gdp(REVISED, "r.txt", date(2021, 1, 15), "2412.0亿元", 2412.0))
    assert second.conflicts == 1
    with transaction(engine) as session:
        (conflict,) = session.scalars(select(Conflict)).all()
        assert (conflict.kind, conflict.first_id, conflict.second_id) == (
            "restatement",
            first.observation_ids[0],
            second.observation_ids[0],
        )
        views = queries.conflicts(session)
    assert [(v.first_document, v.second_document) for v in views] == [("a.txt", "r.txt")]


def test_an_older_document_read_late_is_compared_with_the_next_vintage(engine: Engine) -> None:
    ingest(engine, *gdp(REVISED, "r.txt", date(2021, 1, 15), "2412.0亿元", 2412.0))
    late = ingest(engine, *gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5))
    assert late.conflicts == 1
    with transaction(engine) as session:
        points = queries.series(session, "衡阳市", "地区生产总值")
    assert [p.value_as_published for p in points] == [2412.0]


def test_two_values_for_one_key_in_one_vintage_are_a_conflict(engine: Engine) -> None:
    ingest(engine, *gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5))
    other = ingest(engine, *gdp(REVISED, "r.txt", date(2020, 10, 20), "2412.0亿元", 2412.0))
    assert other.conflicts == 1
    with transaction(engine) as session:
        assert session.scalars(select(Conflict.kind)).all() == ["same_vintage"]


def test_two_values_for_one_key_within_one_document_are_a_conflict(engine: Engine) -> None:
    text = SPRING + REVISED
    src = make_source(text, "both.txt", date(2021, 1, 15))
    result = ingest(
        engine,
        src,
        [
            mention(src, "2400.5亿元", value=2400.5, unit="亿元"),
            mention(src, "2412.0亿元", value=2412.0, unit="亿元"),
        ],
    )
    assert (result.observations, result.conflicts) == (2, 1)


def test_a_rounded_figure_does_not_conflict_with_the_exact_one(engine: Engine) -> None:
    text = "经济总量约2400亿元。" + SPRING
    src = make_source(text, "round.txt", date(2020, 10, 20))
    result = ingest(
        engine,
        src,
        [
            mention(src, "2400亿元", value=2400, unit="亿元", qualifier="about"),
            mention(src, "2400.5亿元", value=2400.5, unit="亿元"),
        ],
    )
    assert (result.observations, result.conflicts) == (2, 0)
    with transaction(engine) as session:
        (point,) = queries.series(session, "衡阳市", "地区生产总值")
    assert (point.value_as_published, point.qualifier) == (2400.5, None)


def test_figures_in_different_units_do_not_conflict(engine: Engine) -> None:
    text = "支援队伍共4批次、94名队员。"
    src = make_source(text, "team.txt", date(2020, 7, 1))
    result = ingest(
        engine,
        src,
        [
            mention(src, "4批次", value=4, unit="批次", indicator="支援队伍"),
            mention(src, "94名", value=94, unit="名", indicator="支援队伍"),
        ],
    )
    assert (result.observations, result.conflicts) == (2, 0)


def test_a_target_never_conflicts_with_the_outcome(engine: Engine) -> None:
    src = make_source(GOAL, "goal.txt", date(2020, 10, 20))
    result = ingest(
        engine,
        src,
        [
            mention(src, "6.5%", value=6.5, unit="%", measure="growth", modality="target", period="2020"),
            mention(src, "3.2%", value=3.2, unit="%", measure="growth", period="2020"),
        ],
    )
    assert result.conflicts == 0
    with transaction(engine) as session:
        outcomes = queries.series(session, "衡阳市", "地区生产总值", measure="growth")
        targets = queries.series(
            session, "衡阳市", "地区生产总值", measure="growth", statuses=("target", "estimated")
        )
    assert [p.value for p in outcomes] == [3.2]
    assert [(p.value, p.status) for p in targets] == [(6.5, "target")]


AS_OF = [
    (date(2020, 10, 19), []),
    (date(2020, 10, 20), [2400.5]),
    (date(2021, 1, 14), [2400.5]),
    (date(2021, 1, 15), [2412.0]),
    (None, [2412.0]),
]


@pytest.mark.parametrize(("as_of", "expected"), AS_OF, ids=[str(a) for a, _ in AS_OF])
def test_a_series_as_of_a_date_gives_the_vintage_then_current(
    engine: Engine, as_of: date | None, expected: list[float]
) -> None:
    ingest(engine, *gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5))
    ingest(engine, *gdp(REVISED, "r.txt", date(2021, 1, 15), "2412.0亿元", 2412.0))
    with transaction(engine) as session:
        points = queries.series(session, "衡阳市", "地区生产总值", as_of=as_of)
    assert [p.value_as_published for p in points] == expected


def test_a_document_without_a_date_takes_the_day_it_was_read_as_its_vintage(engine: Engine) -> None:
    src, ms = gdp(SPRING, "a.txt", None, "2400.5亿元", 2400.5)
    result = Intake(engine, today=date(2024, 3, 1)).ingest(src, prepare(src, ms))
    with transaction(engine) as session:
        obs = session.get(Observation, result.observation_ids[0])
        assert obs is not None and obs.vintage == date(2024, 3, 1)


def test_every_document_read_is_audited_with_what_it_wrote(engine: Engine) -> None:
    src, ms = gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5)
    result = ingest(engine, src, ms)
    with transaction(engine) as session:
        (entry,) = session.scalars(select(AuditEntry)).all()
        assert (entry.action, entry.table_name, entry.row_id) == (
            "read",
            "documents",
            str(result.document_id),
        )
        assert entry.after is not None
        assert entry.after["observation_ids"] == result.observation_ids
        assert entry.after["sha256"] == src.sha256
        mention_ids = session.scalars(select(Mention.id).order_by(Mention.id)).all()
        links = session.execute(select(ObservationSource.observation_id, ObservationSource.mention_id)).all()
        assert sorted(entry.after["mention_ids"]) == list(mention_ids)
        assert sorted(map(tuple, entry.after["sources"])) == sorted(map(tuple, links))


def test_a_failure_inside_a_document_leaves_nothing_of_it(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, ms = gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5)

    def explode(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Intake, "_conflicts", explode)
    before = row_counts(engine)
    with pytest.raises(RuntimeError):
        ingest(engine, src, ms)
    assert row_counts(engine) == before


BAD_MENTIONS = {
    "text not at span": {"text": "2400.6亿元"},
    "span past the end": {"start": 500, "end": 508},
    "bad period": {"period": "2020年"},
    "bad measure": {"measure": "total"},
}


@pytest.mark.parametrize("change", BAD_MENTIONS.values(), ids=list(BAD_MENTIONS))
def test_a_mention_that_does_not_fit_its_document_is_refused(change: dict[str, object]) -> None:
    src = make_source(SPRING, "a.txt")
    m = mention(src, "2400.5亿元", value=2400.5, unit="亿元")
    for key, value in change.items():
        setattr(m, key, value)
    with pytest.raises(InputError, match=r"m\.jsonl:7"):
        prepare(src, [m], where=[("m.jsonl", 7)])


def test_provenance_links_each_mention(engine: Engine) -> None:
    src = make_source(SPRING, "a.txt", date(2020, 10, 20))
    result = ingest(
        engine,
        src,
        [
            mention(src, "2400.5亿元", value=2400.5, unit="亿元"),
            mention(src, "3.2%", value=3.2, unit="%", measure="growth"),
        ],
    )
    with transaction(engine) as session:
        links = session.execute(select(ObservationSource.observation_id)).scalars().all()
    assert sorted(links) == sorted(result.observation_ids)


def test_a_document_another_process_stored_meanwhile_is_skipped(engine: Engine) -> None:
    """Another transaction has written the same document and not yet committed: intake waits on the
    content-hash key, then finds the document there and skips it, writing nothing."""
    src, ms = gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5)
    intake = Intake(engine)
    results: list[IngestResult] = []
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            results.append(intake.ingest(src, prepare(src, ms)))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    with engine.connect() as other:
        with other.begin():
            doc_id = other.scalar(
                insert(Document)
                .values(sha256=src.sha256, file_name="a.txt", text=src.text, read_by="other")
                .returning(Document.id)
            )
            thread = threading.Thread(target=reader)
            thread.start()
            thread.join(0.5)
            assert thread.is_alive(), "intake did not wait for the other transaction"
        thread.join(30)
    assert not errors, errors
    (again,) = results
    assert again.skipped and again.document_id == doc_id
    counts = row_counts(engine)
    assert (counts["documents"], counts["mentions"], counts["observations"], counts["audit_log"]) == (
        1,
        0,
        0,
        0,
    )


def test_intake_refuses_a_connection_in_autocommit_mode(engine: Engine) -> None:
    """Each statement would commit on its own there, and a document could land in part."""
    src, ms = gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5)
    before = row_counts(engine)
    with pytest.raises(RuntimeError, match="autocommit"):
        Intake(engine.execution_options(isolation_level="AUTOCOMMIT")).ingest(src, prepare(src, ms))
    assert row_counts(engine) == before


def test_a_series_leaves_out_a_figure_whose_every_source_was_rejected(engine: Engine) -> None:
    from diaodu.ledger.review import reject_mention

    ingest(engine, *gdp(SPRING, "a.txt", date(2020, 10, 20), "2400.5亿元", 2400.5))
    later = ingest(engine, *gdp(SAME, "c.txt", date(2020, 11, 5), "2400.5亿元", 2400.5))
    with transaction(engine) as session:
        (source,) = queries.sources(session, later.observation_ids[0])
        reject_mention(session, source.mention_id, actor="reviewer")
    with transaction(engine) as session:
        points = queries.series(session, "衡阳市", "地区生产总值")
        stored = session.scalar(select(func.count()).select_from(Observation))
    assert [p.vintage for p in points] == [date(2020, 10, 20)]
    assert stored == 2  # the rejected figure stays in the ledger; only the series leaves it out
