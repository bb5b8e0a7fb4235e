"""The chain-chief system read back: segments of a chain, liaisons' workload."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from diaodu.dispatch import chains
from diaodu.ledger import chains as lc
from diaodu.ledger.db import transaction


def test_segments_and_liaison_workload(engine: Engine, units: dict[str, int]) -> None:
    with transaction(engine) as session:
        chain = lc.add_chain(session, "C01", "电子信息产业链", actor="t")
        busy = lc.add_liaison(session, "甲", unit_id=units["市工信局"], actor="t")
        idle = lc.add_liaison(session, "乙", actor="t")
        a, _ = lc.upsert_enterprise(
            session,
            "A",
            {
                "chain_id": chain.id,
                "segment": "中游",
                "above_scale": True,
                "output_value": 100.0,
                "liaison_id": busy.id,
            },
            actor="t",
        )
        lc.upsert_enterprise(
            session,
            "B",
            {
                "chain_id": chain.id,
                "segment": "上游",
                "chain_master": True,
                "output_value": 50.0,
                "liaison_id": busy.id,
            },
            actor="t",
        )
        lc.upsert_enterprise(session, "C", {"chain_id": chain.id, "segment": "中游"}, actor="t")
        lc.log_visit(session, busy.id, date(2020, 5, 1), enterprise_id=a.id, actor="t")
        lc.log_visit(session, busy.id, date(2020, 7, 1), enterprise_id=a.id, actor="t")
    with transaction(engine) as session:
        segments = chains.chain_segments(session, chain.id)
        load = chains.liaison_workload(session, since=date(2020, 6, 1))
    assert [(s.segment, s.enterprises, s.above_scale, s.masters, s.output_value) for s in segments] == [
        ("上游", 1, 0, 1, 50.0),
        ("中游", 2, 1, 0, 100.0),
    ]
    assert [(x.name, x.enterprises, x.visits, x.last_visit) for x in load] == [
        ("乙", 0, 0, None),
        ("甲", 2, 1, date(2020, 7, 1)),
    ]
    assert load[1].unit == "衡阳市工业和信息化局"
    assert idle.id == load[0].liaison_id
