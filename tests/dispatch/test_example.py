"""The example data reproduces the published group totals and the published scale."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from diaodu.dispatch import example, progress
from diaodu.dispatch import tickets as workflow
from diaodu.errors import ConflictError
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.chains import Chain, ChainChief, Enterprise
from diaodu.ledger.tables.projects import Project
from diaodu.ledger.tables.work import Ticket, TicketEvent

from .conftest import CITY

# (month, level, projects, cumulative 亿元 or None, completion % or None, decimals) — 2020, as published.
PUBLISHED = [
    (6, "市重点", 241, "297.72", None, 1),
    (6, "省重点", 28, "79.57", None, 1),
    (6, "省重大产业", 11, "43.66", None, 1),
    (6, "省重大产品创新", 8, "2.23", "72.0", 1),
    (9, "省重点", 28, None, "82.1", 1),
    (9, "市重点", 283, None, "81.3", 1),
    (9, "省重大产业", 11, None, "109.15", 2),
    (9, "省重大产品创新", 8, None, "118.6", 1),
    (12, "市重点", 283, "595.92", "94.9", 1),
]


@pytest.mark.parametrize(
    ("split", "weights", "total"),
    [([3, 3, 4], [1.0, 1.0, 1.3], 10), ([0, 0, 7], [0.0, 0.0, 2.0], 7), ([2, 2, 2], [0.0, 0.0, 0.0], 6)],
)
def test_split_adds_up(split: list[int], weights: list[float], total: int) -> None:
    assert example.split(total, weights) == split


def test_example_reproduces_the_published_totals(engine: Engine) -> None:
    report = example.load_example(engine, CITY, actor="test")
    assert (report.chains, report.enterprises, report.tickets) == (14, 531, 396)
    problems = []
    with transaction(engine) as session:
        for month, level, n, amount, rate, decimals in PUBLISHED:
            groups = {g.key: g for g in progress.group_progress(session, 2020, month, "level")}
            g = groups[level]
            sentence = g.sentence(decimals)
            if not sentence.startswith(f"{n}个{level}项目"):
                problems.append(f"{month}月 {level}: {sentence}")
            if amount is not None and f"完成投资{amount}亿元" not in sentence:
                problems.append(f"{month}月 {level}: {sentence}")
            if rate is not None and f"占年度计划{rate}%" not in sentence:
                problems.append(f"{month}月 {level}: {sentence}")
            if month == 6 and not g.double_half:
                problems.append(f"{level} not 双过半")
        assert problems == []
        assert session.scalar(select(func.count()).where(Ticket.state == "办结")) == 222
        assert session.scalar(select(func.count()).select_from(ChainChief)) == 17
        september = {p.name: p for p in progress.project_progress(session, 2020, 9)}
        for name in ("万魔声学智造群项目", "湖南华侨城文化旅游度假区", "水口山铜铅锌产业基地延伸项目一期"):
            gap = september[name].gap
            if gap is None or gap <= 0:
                problems.append(f"{name} is not ahead of 时序进度 in September ({gap})")
        assert problems == []
        named = session.scalar(select(Project.generated).where(Project.name == "衡州大道数字经济走廊"))
        assert named is False
        generated = session.scalars(select(Project.name).where(Project.generated.is_(True))).all()
        assert generated and all(name.endswith("（示例）") for name in generated)
        assert (
            session.scalar(
                select(func.count()).select_from(Enterprise).where(Enterprise.generated.is_(False))
            )
            >= 9
        )
    with transaction(engine) as session:  # every ticket's history is a legal path ending in its state
        last: dict[int, str] = {}
        for tid, src, dst in session.execute(
            select(TicketEvent.ticket_id, TicketEvent.from_state, TicketEvent.to_state).order_by(
                TicketEvent.ticket_id, TicketEvent.id
            )
        ):
            assert last.get(tid) == src
            if src is not None:
                workflow.check_transition(str(tid), src, dst)
            last[tid] = dst
        assert last == dict(session.execute(select(Ticket.id, Ticket.state)).tuples().all())
    with pytest.raises(ConflictError, match="不重复加载"):
        example.load_example(engine, CITY, actor="test")
    with transaction(engine) as session:
        assert session.scalar(select(func.count()).select_from(Chain)) == 14
