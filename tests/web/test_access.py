"""Every role × action pair through the API, allowed and refused, including writes across units and chains.

Each row of ``MATRIX`` is one action; the set says which personas may take it. Every persona is tried on
every action: allowed ones must succeed, the others must get 403 and leave the ledger as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from diaodu.ledger.db import transaction
from diaodu.ledger.tables.audit import AuditEntry
from tests.web.conftest import PERSONAS, XLSX, World, progress_sheet


@dataclass(frozen=True)
class Action:
    name: str
    method: str
    url: Callable[[World], str]
    body: Callable[[World], dict[str, Any]] | None
    allowed: frozenset[str]
    ok: int = 200
    files: Callable[[], dict[str, Any]] | None = None


ALL = frozenset(PERSONAS)

MATRIX = [
    Action("read cockpit", "GET", lambda w: "/api/v1/cockpit", None, ALL),
    Action("read projects", "GET", lambda w: "/api/v1/projects", None, ALL),
    Action("read other unit's project", "GET", lambda w: f"/api/v1/projects/{w.project_b}", None, ALL),
    Action("read review queue", "GET", lambda w: "/api/v1/mentions", None, ALL),
    Action("read tickets", "GET", lambda w: "/api/v1/tickets", None, ALL),
    Action(
        "progress, own unit",
        "POST",
        lambda w: f"/api/v1/projects/{w.project_a}/progress",
        lambda w: {"year": 2024, "month": 6, "completed_month": 800},
        frozenset({"admin", "reporter"}),
    ),
    Action(
        "progress, other unit",
        "POST",
        lambda w: f"/api/v1/projects/{w.project_b}/progress",
        lambda w: {"year": 2024, "month": 6, "completed_month": 800},
        frozenset({"admin"}),
    ),
    Action(
        "task state, own unit and chain",
        "POST",
        lambda w: f"/api/v1/tasks/{w.task_a}/state",
        lambda w: {"state": "已完成"},
        frozenset({"admin", "reporter", "chain"}),
    ),
    Action(
        "task state, other unit and chain",
        "POST",
        lambda w: f"/api/v1/tasks/{w.task_b}/state",
        lambda w: {"state": "推进中"},
        frozenset({"admin"}),
    ),
    Action(
        "ticket step, own unit and chain",
        "POST",
        lambda w: f"/api/v1/tickets/{w.ticket_a}/transition",
        lambda w: {"to_state": "交办", "note": "转县发改局"},
        frozenset({"admin", "reporter", "chain"}),
    ),
    Action(
        "ticket step, other unit and chain",
        "POST",
        lambda w: f"/api/v1/tickets/{w.ticket_b}/transition",
        lambda w: {"to_state": "交办"},
        frozenset({"admin"}),
    ),
    Action(
        "chain goal, own chain",
        "POST",
        lambda w: f"/api/v1/chains/{w.chain_a}/goals",
        lambda w: {"year": 2024, "indicator": "规上企业营业收入", "target": 300, "unit": "亿元"},
        frozenset({"admin", "chain"}),
    ),
    Action(
        "chain goal, other chain",
        "POST",
        lambda w: f"/api/v1/chains/{w.chain_b}/goals",
        lambda w: {"year": 2024, "indicator": "规上企业营业收入", "target": 100, "unit": "亿元"},
        frozenset({"admin"}),
    ),
    Action(
        "review: accept a figure",
        "POST",
        lambda w: f"/api/v1/mentions/{w.mentions[0]}/review",
        lambda w: {"action": "accept"},
        frozenset({"admin", "reviewer"}),
    ),
    Action(
        "review: correct a figure",
        "POST",
        lambda w: f"/api/v1/mentions/{w.mentions[1]}/review",
        lambda w: {"action": "correct", "value": 0.9},
        frozenset({"admin", "reviewer"}),
    ),
    Action(
        "generate a report",
        "POST",
        lambda w: "/api/v1/reports",
        lambda w: {"kind": "weekly", "period": "2024-W22", "format": "xlsx"},
        frozenset({"admin", "leader"}),
        201,
    ),
    Action(
        "upload a report document",
        "POST",
        lambda w: "/api/v1/documents",
        None,
        frozenset({"admin", "reviewer"}),
        201,
        lambda: {"file": ("简报.txt", "前三季度，全市规模工业增加值同比增长7.2%。\n".encode(), "text/plain")},
    ),
    Action(
        "import a progress sheet",
        "POST",
        lambda w: "/api/v1/sheets/progress",
        None,
        frozenset({"admin"}),
        201,
        lambda: {"file": ("progress.xlsx", progress_sheet([["P-A", "", 2024, 7, 600, 6000]]), XLSX)},
    ),
    Action("read audit log", "GET", lambda w: "/api/v1/audit", None, frozenset({"admin"})),
    Action("list users", "GET", lambda w: "/api/v1/users", None, frozenset({"admin"})),
    Action(
        "add a user",
        "POST",
        lambda w: "/api/v1/users",
        lambda w: {"name": "新用户", "password": "another-pass-9", "role": "leader"},
        frozenset({"admin"}),
        201,
    ),
]

CASES = [
    pytest.param(
        persona, action, id=f"{persona}-{'may' if persona in action.allowed else 'may-not'}-{action.name}"
    )
    for action in MATRIX
    for persona in PERSONAS
]


def _audit_count(engine: Engine) -> int:
    with transaction(engine) as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.mark.parametrize(("persona", "action"), CASES)
def test_role_action(persona: str, action: Action, login: Any, world: World, engine: Engine) -> None:
    who = login(persona)
    before = _audit_count(engine)
    if action.method == "GET":
        r = who.get(action.url(world))
    elif action.files is not None:
        r = who.post(action.url(world), files=action.files())
    else:
        assert action.body is not None
        r = who.post(action.url(world), json=action.body(world))
    after = _audit_count(engine)
    if persona in action.allowed:
        assert r.status_code == action.ok, r.text
        if action.method == "POST":
            assert after > before, "an allowed write must land in the audit log"
    else:
        assert r.status_code == 403, r.text
        assert r.json()["detail"], "a refusal says why"
        assert after == before, "a refused write must not touch the ledger"


def test_anonymous_gets_401_from_the_api(anon: Any) -> None:
    assert anon.get("/api/v1/cockpit").status_code == 401
    assert anon.post("/api/v1/mentions/1/review", json={"action": "accept"}).status_code == 401


def test_anonymous_page_redirects_to_login(anon: Any) -> None:
    r = anon.get("/projects", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=/projects")


def test_reporter_cannot_write_other_units_progress_even_by_form(
    login: Any, world: World, engine: Engine
) -> None:
    who = login("reporter")
    page = who.get(f"/projects/{world.project_b}")
    assert "只有项目所在单位的填报员可以填报进度" in page.text
    r = who.client.post(
        f"/projects/{world.project_b}/progress",
        data={"csrf_token": who.csrf, "year": "2024", "month": "6", "completed_month": "100"},
        follow_redirects=False,
    )
    assert r.status_code == 403
    assert "本单位" in r.text


def test_progress_entry_lands_in_the_ledger_with_cumulative(login: Any, world: World) -> None:
    who = login("reporter")
    r = who.post(
        f"/api/v1/projects/{world.project_a}/progress",
        json={"year": 2024, "month": 6, "completed_month": 800},
    )
    assert r.status_code == 200, r.text
    assert r.json()["cumulative_year"] == pytest.approx(5800)
    detail = who.get(f"/api/v1/projects/{world.project_a}").json()
    june = [h for h in detail["history"] if (h["year"], h["month"]) == (2024, 6)]
    assert june and june[0]["updated_by"] == "reporter"


def test_admin_reads_the_audit_log_of_a_write(login: Any, world: World) -> None:
    login("chain").post(f"/api/v1/tasks/{world.task_a}/state", json={"state": "已完成"})
    entries = login("admin").get("/api/v1/audit", params={"table": "tasks"}).json()
    assert any(e["actor"] == "chain" and e["after"] and e["after"].get("state") == "已完成" for e in entries)


def test_ticket_step_outside_the_workflow_is_a_conflict(login: Any, world: World) -> None:
    r = login("admin").post(f"/api/v1/tickets/{world.ticket_a}/transition", json={"to_state": "办结"})
    assert r.status_code == 409
    assert "不能直接转为" in r.json()["detail"]
