"""Units from a city profile: loaded idempotently, audited, and resolved by name or alias."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from diaodu.errors import NotFound
from diaodu.ledger.db import transaction
from diaodu.ledger.regions import canonical_subject, load_profile_units, resolve_unit
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.regions import Unit
from diaodu.reading.profile import CityProfile, load_profile

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hengyang"

SMALL = {
    "city": {"code": "C1", "name": "甲市", "aliases": ["全市", "我市"]},
    "province": {"code": "P1", "name": "乙省", "aliases": ["全省"]},
    "peers": [{"code": "C2", "name": "丙市", "aliases": ["丙"]}],
    "units": [
        {"code": "Z1", "name": "甲市高新区", "kind": "park", "parent": "D1", "aliases": ["高新区"]},
        {"code": "D1", "name": "东区", "kind": "district", "parent": "C1"},
    ],
}


def small(**changes: object) -> CityProfile:
    return CityProfile.model_validate({**SMALL, **changes})


def test_the_example_profile_loads_once(engine: Engine) -> None:
    profile = load_profile(EXAMPLE)
    first = load_profile_units(engine, profile)
    second = load_profile_units(engine, profile)
    total = len(list(profile.all_units()))
    assert (first.added, first.unchanged) == (total, 0)
    assert (second.added, second.updated, second.unchanged, second.aliases_added) == (0, 0, total, 0)


NAMES = [
    ("全市", "甲市"),
    ("我市", "甲市"),
    ("全省", "乙省"),
    ("丙", "丙市"),
    ("高新区", "甲市高新区"),
    ("东区", "东区"),
]


@pytest.mark.parametrize(("name", "canonical"), NAMES, ids=[n for n, _ in NAMES])
def test_names_and_aliases_resolve_to_the_unit(engine: Engine, name: str, canonical: str) -> None:
    load_profile_units(engine, small())
    with transaction(engine) as session:
        assert resolve_unit(session, name).name == canonical
        assert canonical_subject(session, name) == canonical


def test_a_child_listed_before_its_parent_still_gets_it(engine: Engine) -> None:
    load_profile_units(engine, small())
    with transaction(engine) as session:
        park = resolve_unit(session, "高新区")
        assert park.parent is not None and park.parent.name == "东区"
        assert park.parent.parent is not None and park.parent.parent.name == "甲市"
        assert resolve_unit(session, "丙市").kind == "city"


def test_an_unknown_name_is_not_found_and_kept_as_given(engine: Engine) -> None:
    load_profile_units(engine, small())
    with transaction(engine) as session:
        with pytest.raises(NotFound):
            resolve_unit(session, "不存在区")
        assert canonical_subject(session, "万魔声学") == "万魔声学"


def test_an_edited_profile_updates_the_unit_with_before_and_after_in_the_audit_log(engine: Engine) -> None:
    load_profile_units(engine, small())
    edited = dict(SMALL)
    edited["units"] = [
        {
            "code": "Z1",
            "name": "甲市高新技术产业开发区",
            "kind": "park",
            "parent": "C1",
            "aliases": ["高新区"],
        },
        {"code": "D1", "name": "东区", "kind": "district", "parent": "C1", "aliases": ["丙"]},
    ]
    report = load_profile_units(engine, CityProfile.model_validate({**edited, "peers": []}))
    assert report.updated == 1
    with transaction(engine) as session:
        assert resolve_unit(session, "高新区").name == "甲市高新技术产业开发区"
        assert resolve_unit(session, "丙").name == "东区"  # the alias moved
        assert session.scalar(select(Unit).where(Unit.code == "C2")) is not None  # never deleted
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "units", AuditEntry.action == "update")
        ).one()
        assert entry.before is not None and entry.after is not None
        assert (entry.before["name"], entry.after["name"]) == ("甲市高新区", "甲市高新技术产业开发区")
