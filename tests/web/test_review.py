"""The review queue: accept, correct and reject a figure, and the ledger follows with provenance kept."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from diaodu.ledger import queries
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.figures import Mention, Observation, ObservationSource
from tests.web.conftest import World


def _observations(engine: Engine) -> list[tuple[int, float, str]]:
    with transaction(engine) as s:
        return [
            (o.id, o.value, o.recorded_by) for o in s.scalars(select(Observation).order_by(Observation.id))
        ]


def test_correction_adds_a_new_observation_and_keeps_the_old(
    login: Any, world: World, engine: Engine
) -> None:
    before = _observations(engine)
    r = login("reviewer").post(
        f"/api/v1/mentions/{world.mentions[0]}/review",
        json={"action": "correct", "value": 5.8, "note": "原文笔误"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["mention"]["review_state"] == "corrected"
    assert body["mention"]["reviewed_by"] == "reviewer"
    assert body["mention"]["reviewed_at"]
    old, new = body["observations"]
    assert (old["id"], old["value"], old["current"]) == (world.observations[0], 5.6, False)
    assert (new["value"], new["recorded_by"], new["current"]) == (5.8, "reviewer", True)
    assert new["vintage"] >= old["vintage"]
    after = _observations(engine)
    assert after[: len(before)] == before, "no observation is changed in place"
    assert len(after) == len(before) + 1
    with transaction(engine) as s:
        linked = set(
            s.scalars(
                select(ObservationSource.observation_id).where(
                    ObservationSource.mention_id == world.mentions[0]
                )
            )
        )
        assert linked == {old["id"], new["id"]}
        points = queries.series(s, "衡阳市", "地区生产总值", measure="growth")
        assert [p.value for p in points] == [5.8], "the ledger's own series now reads the correction"
        notes = list(s.scalars(select(AuditEntry.note).where(AuditEntry.table_name == "mentions")))
        assert "原文笔误" in notes


def test_correction_keeps_the_published_unit_scaling(login: Any, world: World, engine: Engine) -> None:
    with transaction(engine) as s:
        o = s.get(Observation, world.observations[2])
        assert o is not None
        # make the stored row look like a scaled figure: 3 published, 30000 in base units
        s.query(Observation).filter(Observation.id == o.id).update({"value": 30000.0})
    r = login("reviewer").post(
        f"/api/v1/mentions/{world.mentions[2]}/review", json={"action": "correct", "value": 2}
    )
    assert r.status_code == 200
    new = r.json()["observations"][-1]
    assert (new["value_as_published"], new["value"]) == (2, 20000.0)


def test_accept_changes_nothing_but_the_mention(login: Any, world: World, engine: Engine) -> None:
    before = _observations(engine)
    r = login("reviewer").post(f"/api/v1/mentions/{world.mentions[1]}/review", json={"action": "accept"})
    assert r.status_code == 200
    assert r.json()["mention"]["review_state"] == "accepted"
    assert _observations(engine) == before


def test_rejected_figure_leaves_the_current_view(login: Any, world: World, engine: Engine) -> None:
    who = login("reviewer")
    assert (
        who.post(f"/api/v1/mentions/{world.mentions[2]}/review", json={"action": "reject"}).status_code == 200
    )
    series = who.get("/api/v1/series", params={"subject": "衡阳市", "indicator": "地区生产总值"}).json()
    rank = [row for row in series["rows"] if row["measure"] == "rank"]
    assert rank and not rank[0]["current"], "a rejected figure is kept but no longer current"
    assert rank[0]["rejected"]
    with transaction(engine) as s:
        assert s.get(Observation, world.observations[2]) is not None


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("accept", "accept", 409),
        ("reject", "accept", 409),
        ("reject", "correct", 409),
        ("accept", "correct", 200),
    ],
    ids=["accept-twice", "accept-after-reject", "correct-after-reject", "correct-after-accept"],
)
def test_review_steps(first: str, second: str, status: int, login: Any, world: World) -> None:
    who = login("reviewer")
    url = f"/api/v1/mentions/{world.mentions[0]}/review"
    assert who.post(url, json={"action": first, "value": 1.0}).status_code == 200
    assert who.post(url, json={"action": second, "value": 2.0}).status_code == status


def test_correct_needs_a_value(login: Any, world: World) -> None:
    r = login("reviewer").post(f"/api/v1/mentions/{world.mentions[0]}/review", json={"action": "correct"})
    assert r.status_code == 400
    assert "数值" in r.json()["detail"]


def test_review_of_missing_mention_is_404(login: Any) -> None:
    assert (
        login("reviewer").post("/api/v1/mentions/99999/review", json={"action": "accept"}).status_code == 404
    )


def test_review_page_correction_by_htmx(login: Any, world: World, engine: Engine) -> None:
    who = login("reviewer")
    page = who.get("/review")
    assert page.status_code == 200
    assert "增长5.6%" in page.text
    r = who.client.post(
        f"/review/{world.mentions[0]}",
        data={"action": "correct", "value": "5.9", "csrf_token": who.csrf},
        headers={"HX-Request": "true"},
    )
    assert r.status_code == 200
    assert 'data-state="corrected"' in r.text
    assert "5.9" in r.text
    with transaction(engine) as s:
        state = s.scalar(select(Mention.review_state).where(Mention.id == world.mentions[0]))
        count = s.scalar(select(func.count()).select_from(Observation))
    assert state == "corrected"
    assert count == len(world.observations) + 1


def test_document_page_links_figures_to_observations(login: Any, world: World) -> None:
    r = login("leader").get(f"/documents/{world.document}")
    assert r.status_code == 200
    for mid, oid in zip(world.mentions, world.observations, strict=True):
        assert f'id="m{mid}"' in r.text
        assert f"#o{oid}" in r.text
    series = login("leader").get(
        "/indicators/series", params={"subject": "衡阳市", "indicator": "地区生产总值"}
    )
    for oid in world.observations:
        assert f'id="o{oid}"' in series.text


HTML_REPORT = (
    "<html><head><title>秋季经济简报</title></head><body>\n"
    "<p>发布时间：2024-10-20</p>\n"
    "<p>前三季度，全市经济总量为<b>2400.5亿元</b>，同比增长&nbsp;3.2%。</p>\n"
    "</body></html>\n"
)


def test_an_html_report_is_shown_as_its_text_with_figures_marked(
    login: Any, world: World, engine: Engine
) -> None:
    from diaodu.ledger.tables.figures import Document

    with transaction(engine) as s:
        doc = Document(sha256="1" * 64, file_name="autumn.html", title="秋季经济简报", text=HTML_REPORT)
        s.add(doc)
        s.flush()
        ids = []
        for figure, measure, value, unit in (
            ("2400.5亿元", "level", 2400.5, "亿元"),
            ("3.2%", "growth", 3.2, "%"),
        ):
            start = HTML_REPORT.index(figure)
            m = Mention(
                document_id=doc.id,
                start=start,
                end=start + len(figure),
                text=figure,
                measure=measure,
                value=value,
                unit=unit,
                subject="衡阳市",
                indicator="地区生产总值",
                period="2024-01/2024-09",
            )
            s.add(m)
            s.flush()
            ids.append(m.id)
        doc_id = doc.id
    who = login("leader")
    page = who.get(f"/documents/{doc_id}")
    assert page.status_code == 200
    assert "&lt;b&gt;" not in page.text and "&amp;nbsp;" not in page.text  # the visible text, not markup
    for mid, figure in zip(ids, ("2400.5亿元", "3.2%"), strict=True):
        assert f'id="m{mid}"' in page.text
        assert f">{figure}</a>" in page.text
    review = who.get("/review", params={"document_id": doc_id, "state": "all"})
    assert review.status_code == 200
    assert "前三季度，全市经济总量为<mark>2400.5亿元</mark>，同比增长 3.2%。" in review.text
