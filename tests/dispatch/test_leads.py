"""招商 leads: forward only, dates recorded, and the funnel."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from diaodu.dispatch import leads
from diaodu.errors import TransitionError
from diaodu.ledger import leads as ll
from diaodu.ledger.db import transaction

FORWARD = [
    ("线索", "在谈"),
    ("线索", "签约"),
    ("在谈", "签约"),
    ("签约", "开工"),
    ("开工", "投产"),
    ("开工", "到资"),
]
BACKWARD = [
    ("在谈", "线索"),
    ("签约", "在谈"),
    ("开工", "签约"),
    ("投产", "到资"),
    ("到资", "投产"),
    ("签约", "签约"),
]


@pytest.mark.parametrize(("src", "dst"), FORWARD, ids=[f"{a}->{b}" for a, b in FORWARD])
def test_forward_is_allowed(src: str, dst: str) -> None:
    leads.check_advance("甲项目", src, dst)


@pytest.mark.parametrize(("src", "dst"), BACKWARD, ids=[f"{a}->{b}" for a, b in BACKWARD])
def test_backward_is_refused(src: str, dst: str) -> None:
    with pytest.raises(TransitionError, match=f"当前为「{src}」，只能向后推进"):
        leads.check_advance("甲项目", src, dst)


def test_advance_records_dates_and_funnel_counts(engine: Engine) -> None:
    with transaction(engine) as session:
        ll.upsert_lead(session, "甲", {"amount": 1000.0, "fortune500": True}, actor="t")
        ll.upsert_lead(session, "乙", {"amount": 500.0}, actor="t")
        ll.upsert_lead(session, "丙", {"amount": 200.0, "stage": "在谈"}, actor="t")
    with transaction(engine) as session:
        lead = leads.advance(session, "甲", "开工", actor="t", on=date(2020, 5, 1))
        assert (lead.signed_on, lead.started_on, lead.producing_on) == (
            date(2020, 5, 1),
            date(2020, 5, 1),
            None,
        )
        steps = leads.funnel(session)
    assert [(s.step, s.count, s.amount, s.fortune500) for s in steps] == [
        ("线索", 3, 1700.0, 1),
        ("在谈", 2, 1200.0, 1),
        ("签约", 1, 1000.0, 1),
        ("开工", 1, 1000.0, 1),
        ("投产/到资", 0, 0.0, 0),
    ]
    assert steps[1].conversion == pytest.approx(200 / 3)
    assert steps[0].conversion is None
