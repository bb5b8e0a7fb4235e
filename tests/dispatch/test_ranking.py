"""争先创优: the scoring rule, ties, missing data, and scheme files checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from diaodu.dispatch import ranking
from diaodu.errors import InputError
from diaodu.ledger.db import transaction

from .conftest import CITY


def _scheme(missing: str = "zero", better: str = "higher") -> ranking.Scheme:
    return ranking.Scheme.model_validate(
        {
            "name": "测试",
            "missing": missing,
            "classes": {"A": ["甲", "乙", "丙", "丁"]},
            "indicators": [
                {"name": "增速", "weight": 60, "better": better},
                {"name": "完成率", "weight": 40},
            ],
        }
    )


def test_min_max_scores_within_the_class() -> None:
    values = {
        "甲": {"增速": 10.0, "完成率": 50.0},
        "乙": {"增速": 5.0, "完成率": 100.0},
        "丙": {"增速": 0.0, "完成率": 75.0},
        "丁": {"增速": 7.5, "完成率": 50.0},
    }
    table = ranking.rank_class(_scheme(), "A", values)
    got = [(r.unit, r.rank, r.score) for r in table.rows]
    # 甲 60+0, 乙 30+40, 丙 0+20, 丁 45+0
    assert got == [("乙", 1, 70.0), ("甲", 2, 60.0), ("丁", 3, 45.0), ("丙", 4, 20.0)]
    assert "权重×（本单位值－类内最低值）" in table.rule
    assert "增速60分（越高越好）" in table.rule


def test_lower_is_better_reverses_the_scale() -> None:
    values = {u: {"增速": v, "完成率": 1.0} for u, v in zip("甲乙丙丁", [1.0, 2.0, 3.0, 4.0], strict=True)}
    table = ranking.rank_class(_scheme(better="lower"), "A", values)
    assert [r.unit for r in table.rows] == ["甲", "乙", "丙", "丁"]
    assert table.rows[0].points["增速"] == 60.0


def test_ties_share_a_rank_and_the_next_is_skipped() -> None:
    values = {
        "甲": {"增速": 10.0, "完成率": 50.0},
        "乙": {"增速": 10.0, "完成率": 50.0},
        "丙": {"增速": 0.0, "完成率": 100.0},
        "丁": {"增速": 0.0, "完成率": 0.0},
    }
    table = ranking.rank_class(_scheme(), "A", values)
    assert [(r.unit, r.rank, r.tied) for r in table.rows] == [
        ("甲", 1, True),
        ("乙", 1, True),
        ("丙", 3, False),
        ("丁", 4, False),
    ]
    assert table.rows[0].note == "并列"
    assert any("并列" in n for n in table.notes)


def test_all_equal_values_give_full_weight() -> None:
    values = {u: {"增速": 3.0, "完成率": 3.0} for u in "甲乙丙丁"}
    table = ranking.rank_class(_scheme(), "A", values)
    assert {r.score for r in table.rows} == {100.0}
    assert {r.rank for r in table.rows} == {1}


def test_missing_scores_zero_and_is_stated() -> None:
    values = {
        "甲": {"增速": 10.0},
        "乙": {"增速": 5.0, "完成率": 100.0},
        "丙": {"增速": 0.0, "完成率": 50.0},
        "丁": {"增速": 5.0, "完成率": 50.0},
    }
    table = ranking.rank_class(_scheme("zero"), "A", values)
    row = next(r for r in table.rows if r.unit == "甲")
    assert row.points["完成率"] is None
    assert row.score == 60.0
    assert row.note == "缺完成率数据，该项记0分"
    assert ranking.MISSING_RULES["zero"] in table.notes


def test_missing_excludes_when_the_scheme_says_so() -> None:
    values = {
        "甲": {"增速": 10.0},
        "乙": {"增速": 5.0, "完成率": 100.0},
        "丙": {"增速": 0.0, "完成率": 50.0},
        "丁": {"增速": 5.0, "完成率": 50.0},
    }
    table = ranking.rank_class(_scheme("exclude"), "A", values)
    assert [r.unit for r in table.rows][-1] == "甲"
    last = table.rows[-1]
    assert (last.rank, last.score) == (None, None)
    assert last.note == "缺完成率数据，不参加排名"
    assert table.rows[0].unit == "乙" and table.rows[0].score == 100.0  # 甲's 10.0 no longer sets the maximum


BAD_SCHEMES = [
    ("weights", "name: x\nclasses: {A: [甲]}\nindicators: [{name: a, weight: 50}]\n", "add up to 50"),
    (
        "two classes",
        "name: x\nclasses: {A: [甲], B: [甲]}\nindicators: [{name: a, weight: 100}]\n",
        "class A and",
    ),
    ("unknown key", "name: x\nclass: {A: [甲]}\nindicators: [{name: a, weight: 100}]\n", "classes"),
    (
        "twice",
        "name: x\nclasses: {A: [甲]}\nindicators: [{name: a, weight: 50}, {name: a, weight: 50}]\n",
        "twice",
    ),
    (
        "direction",
        "name: x\nclasses: {A: [甲]}\nindicators: [{name: a, weight: 100, better: up}]\n",
        "better",
    ),
    ("not yaml", "name: [x\n", "YAML"),
    ("empty class", "name: x\nclasses: {A: []}\nindicators: [{name: a, weight: 100}]\n", "no units"),
]


@pytest.mark.parametrize(("label", "text", "reason"), BAD_SCHEMES, ids=[b[0] for b in BAD_SCHEMES])
def test_bad_scheme_files_are_refused(tmp_path: Path, label: str, text: str, reason: str) -> None:
    path = tmp_path / "scheme.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=reason) as info:
        ranking.load_scheme(path)
    assert str(path) in str(info.value)


def test_example_scheme_loads() -> None:
    scheme = ranking.load_scheme(CITY / "ranking.yaml")
    assert set(scheme.classes) == {"A", "B"}


def test_rank_from_stored_values(engine: Engine, units: dict[str, int]) -> None:
    scheme = ranking.Scheme.model_validate(
        {"name": "s", "classes": {"A": ["珠晖区", "雁峰区"]}, "indicators": [{"name": "a", "weight": 100}]}
    )
    with transaction(engine) as session:
        ranking.store_value(session, "s", "2020-06", units["珠晖区"], "a", 1.0, actor="t")
        ranking.store_value(session, "s", "2020-06", units["雁峰区"], "a", 2.0, actor="t")
        ranking.store_value(session, "s", "2020-06", units["珠晖区"], "a", 3.0, actor="t")  # an update
    with transaction(engine) as session:
        (table,) = ranking.rank(session, scheme, "2020-06")
    assert [(r.unit, r.rank) for r in table.rows] == [("珠晖区", 1), ("雁峰区", 2)]


def test_rank_refuses_an_unknown_unit(engine: Engine, units: dict[str, int]) -> None:
    scheme = ranking.Scheme.model_validate(
        {"name": "s", "classes": {"A": ["火星区"]}, "indicators": [{"name": "a", "weight": 100}]}
    )
    with pytest.raises(InputError, match="火星区"), transaction(engine) as session:
        ranking.rank(session, scheme, "2020-06")
