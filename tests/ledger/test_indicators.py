"""The indicator catalogue: loaded idempotently and audited; names and aliases resolve."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from diaodu.errors import LexiconError, NotFound
from diaodu.ledger.db import transaction
from diaodu.ledger.indicators import (
    CatalogueEntry,
    catalogue_from_file,
    entry_from,
    load_catalogue,
    reader_catalogue,
    resolve_indicator,
)
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.figures import Indicator

CATALOGUE = [
    CatalogueEntry("gdp", "地区生产总值", ("GDP", "经济总量"), "亿元", "flow", "cumulative"),
    CatalogueEntry("loans", "各项贷款余额", ("贷款余额",), "亿元", "stock", "point"),
    CatalogueEntry("firms", "市场主体", (), "户", "stock", "point"),
]


def test_the_catalogue_loads_once(engine: Engine) -> None:
    first = load_catalogue(engine, CATALOGUE)
    second = load_catalogue(engine, CATALOGUE)
    assert (first.added, second.added, second.unchanged) == (3, 0, 3)
    with transaction(engine) as session:
        assert session.scalar(select(func.count()).select_from(Indicator)) == 3


@pytest.mark.parametrize(
    ("name", "code"), [("GDP", "gdp"), ("经济总量", "gdp"), ("地区生产总值", "gdp"), ("贷款余额", "loans")]
)
def test_names_and_aliases_resolve(engine: Engine, name: str, code: str) -> None:
    load_catalogue(engine, CATALOGUE)
    with transaction(engine) as session:
        assert resolve_indicator(session, name).code == code


def test_an_unknown_indicator_is_not_found(engine: Engine) -> None:
    load_catalogue(engine, CATALOGUE)
    with transaction(engine) as session, pytest.raises(NotFound):
        resolve_indicator(session, "幸福指数")


def test_a_changed_entry_is_updated_and_audited(engine: Engine) -> None:
    load_catalogue(engine, CATALOGUE)
    changed = [CatalogueEntry("firms", "市场主体", ("市场主体总数",), "万户", "stock", "point")]
    report = load_catalogue(engine, changed)
    assert report.updated == 1
    with transaction(engine) as session:
        assert resolve_indicator(session, "市场主体总数").unit == "万户"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
        assert entry.before is not None and entry.before["unit"] == "户"


BAD = {
    "alias names two": [*CATALOGUE, CatalogueEntry("gdp2", "生产总值", ("GDP",))],
    "code twice": [*CATALOGUE, CatalogueEntry("gdp", "另一个")],
}


@pytest.mark.parametrize("entries", BAD.values(), ids=list(BAD))
def test_a_contradictory_catalogue_is_refused_whole(engine: Engine, entries: list[CatalogueEntry]) -> None:
    with pytest.raises(LexiconError):
        load_catalogue(engine, entries)
    with transaction(engine) as session:
        assert session.scalar(select(func.count()).select_from(Indicator)) == 0


@pytest.mark.parametrize(
    "item",
    [
        {"code": "x", "name": "甲", "kind": "fluid"},
        {"code": "x", "name": "甲", "accumulation": "yearly"},
        {"name": "甲"},
    ],
    ids=["kind", "accumulation", "no code"],
)
def test_a_bad_entry_names_what_is_wrong(item: dict[str, str]) -> None:
    with pytest.raises(LexiconError):
        entry_from(item)


def test_a_catalogue_file_loads(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text(
        "indicators:\n  - {code: gdp, name: 地区生产总值, aliases: [GDP], unit: 亿元, kind: flow, "
        "accumulation: cumulative}\n",
        encoding="utf-8",
    )
    entries = catalogue_from_file(path)
    assert [e.code for e in entries] == ["gdp"]
    assert load_catalogue(engine, entries).added == 1


def test_the_readers_catalogue_loads_when_it_is_there(engine: Engine) -> None:
    entries = reader_catalogue()
    if not entries:
        pytest.skip("diaodu.reading.lexicon.indicator_catalogue() is not there yet")
    report = load_catalogue(engine, entries)
    assert report.added == len(entries)
