"""Every page renders for a signed-in user, in Chinese, with the numbers of the ledger; the cockpit's
data island holds the charts' options."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.web.conftest import World

PAGES = [
    ("/", "经济运行与重点工作"),
    ("/indicators", "指标"),
    ("/indicators/series?subject=衡阳市&indicator=地区生产总值", "每个数据的全部版本与出处"),
    ("/projects", "重点项目"),
    ("/projects?behind=true&sort=-planned", "重点项目"),
    ("/projects/batches", "集中开工批次"),
    ("/chains", "产业链"),
    ("/tasks", "任务（挂图作战）"),
    ("/tasks?state=overdue", "逾期"),
    ("/tickets", "问题工单"),
    ("/documents", "报告"),
    ("/review", "数据审核"),
    ("/upload", "上传"),
]


@pytest.mark.parametrize(("url", "text"), PAGES, ids=[u for u, _ in PAGES])
def test_page_renders(url: str, text: str, login: Any) -> None:
    r = login("leader").get(url)
    assert r.status_code == 200, r.text[:500]
    assert text in r.text
    assert 'lang="zh-CN"' in r.text


def test_pages_of_one_row(login: Any, world: World) -> None:
    who = login("leader")
    assert "衡阳县智能装备产业园" in who.get(f"/projects/{world.project_a}").text
    assert "先进装备制造产业链" in who.get(f"/chains/{world.chain_a}").text
    assert "企业用电增容" in who.get(f"/tickets/{world.ticket_a}").text


def test_missing_row_is_a_chinese_404(login: Any) -> None:
    r = login("leader").get("/projects/99999")
    assert r.status_code == 404
    assert "没有编号为99999的项目" in r.text


def test_admin_pages_only_for_admin(login: Any) -> None:
    assert login("leader").get("/admin/audit").status_code == 403
    r = login("admin").get("/admin/audit")
    assert r.status_code == 200
    assert "审计日志" in r.text


def test_cockpit_key_figures(login: Any) -> None:
    data = login("leader").get("/api/v1/cockpit").json()
    assert data["city"] == "衡阳市"
    gdp = next(f for f in data["figures"] if f["indicator"] == "地区生产总值")
    assert gdp["period"] == "2024年1—9月"
    assert gdp["growth"]["value"] == 5.6
    assert gdp["rank"]["value"] == 3
    assert gdp["gap"]["value"] == 0.8


def test_cockpit_project_completion_by_level(login: Any) -> None:
    data = login("leader").get("/api/v1/cockpit").json()
    assert data["as_of"]["year"] == 2024 and data["as_of"]["month"] == 5
    levels = {g["key"]: g for g in data["levels"]}
    assert levels["市重点"]["completion"] == pytest.approx(5000 / 12000 * 100, abs=0.1)
    assert levels["省重点"]["completion"] == pytest.approx(4000 / 20000 * 100, abs=0.1)
    assert levels["市重点"]["schedule"] == pytest.approx(5 / 12 * 100, abs=0.1)
    assert [t["title"] for t in data["overdue_tasks"]] == ["完成智能装备园二期供地"]
    assert data["ticket_states"]["收集"] == 2


def test_cockpit_page_carries_chart_options_as_data(login: Any) -> None:
    html = login("leader").get("/").text
    islands = re.findall(r'<script type="application/json" id="chart-(\w+)">(.*?)</script>', html, re.S)
    names = {name for name, _ in islands}
    assert {"levels", "chains"} <= names
    for _name, body in islands:
        option = json.loads(body)
        assert option["series"]


def test_cockpit_cache_follows_writes(login: Any, world: World) -> None:
    leader, reporter = login("leader"), login("reporter")
    before = leader.get("/api/v1/cockpit").json()
    r = reporter.post(
        f"/api/v1/projects/{world.project_a}/progress",
        json={"year": 2024, "month": 5, "completed_month": 7000, "cumulative_year": 11000},
    )
    assert r.status_code == 200
    after = leader.get("/api/v1/cockpit").json()
    level = {g["key"]: g for g in after["levels"]}["市重点"]
    assert level["cumulative"] == 11000
    assert before != after


def test_project_register_sorts_and_filters(login: Any, world: World) -> None:
    who = login("leader")
    data = who.get("/api/v1/projects", params={"sort": "-planned"}).json()
    assert [p["code"] for p in data["items"]] == ["P-B", "P-A"]
    data = who.get("/api/v1/projects", params={"level": "市重点"}).json()
    assert [p["code"] for p in data["items"]] == ["P-A"]
    data = who.get("/api/v1/projects", params={"region_id": world.unit_b}).json()
    assert [p["code"] for p in data["items"]] == ["P-B"]


def test_progress_form_round_trip(login: Any, world: World) -> None:
    who = login("reporter")
    page = who.get(f"/projects/{world.project_a}")
    assert 'id="progress-form"' in page.text
    r = who.client.post(
        f"/projects/{world.project_a}/progress",
        data={
            "csrf_token": who.csrf,
            "year": "2024",
            "month": "6",
            "completed_month": "1,200",
            "notes": "主体封顶",
        },
        follow_redirects=True,
    )
    assert r.status_code == 200
    assert "已保存 2024-06 的进度" in r.text
    assert "主体封顶" in r.text


def test_progress_form_with_bad_number(login: Any, world: World) -> None:
    who = login("reporter")
    r = who.client.post(
        f"/projects/{world.project_a}/progress",
        data={"csrf_token": who.csrf, "year": "2024", "month": "6", "completed_month": "一千"},
    )
    assert r.status_code == 400
    assert "应填数字" in r.text


def test_task_state_by_htmx_returns_the_row(login: Any, world: World) -> None:
    who = login("reporter")
    page = who.get("/tasks").text
    assert f'hx-post="/tasks/{world.task_a}/state"' in page
    assert f'hx-post="/tasks/{world.task_b}/state"' not in page, "no form for another unit's task"
    r = who.client.post(
        f"/tasks/{world.task_a}/state",
        data={"state": "已完成", "csrf_token": who.csrf},
        headers={"HX-Request": "true"},
    )
    assert r.status_code == 200
    assert r.text.startswith(f'<tr id="t{world.task_a}">')
    assert 'data-state="已完成"' in r.text


def test_ticket_page_offers_only_allowed_steps(login: Any, world: World) -> None:
    who = login("chain")
    page = who.get(f"/tickets/{world.ticket_a}").text
    assert "<option>交办</option>" in page
    r = who.client.post(
        f"/tickets/{world.ticket_a}/transition",
        data={"to_state": "交办", "note": "请县里牵头", "csrf_token": who.csrf},
        follow_redirects=True,
    )
    assert r.status_code == 200
    assert "收集 → 交办" in r.text
    assert "请县里牵头" in r.text
    other = who.get(f"/tickets/{world.ticket_b}").text
    assert "只有承办单位或所属产业链办可以办理" in other


def test_cache_follows_writes_made_outside_the_app(login: Any, world: World, engine: Any) -> None:
    from diaodu.ledger.db import transaction
    from diaodu.ledger.projects import record_progress

    leader = login("leader")
    assert {g["key"]: g for g in leader.get("/api/v1/cockpit").json()["levels"]}["省重点"][
        "cumulative"
    ] == 4000
    with transaction(engine) as s:  # as the CLI or another worker would: straight into the ledger
        record_progress(s, world.project_b, 2024, 5, completed_month=900, cumulative_year=9000, actor="cli")
    levels = {g["key"]: g for g in leader.get("/api/v1/cockpit").json()["levels"]}
    assert levels["省重点"]["cumulative"] == 9000
    page = leader.get("/projects", params={"sort": "-planned"}).text
    assert "9000" in page


def test_reporter_filters_to_own_unit(login: Any, world: World) -> None:
    who = login("reporter")
    page = who.get("/projects").text
    assert "只看本单位（衡阳县）" in page
    assert "衡南县新材料基地" in page
    mine = who.get("/projects", params={"mine": "true"}).text
    assert "衡阳县智能装备产业园" in mine and "衡南县新材料基地" not in mine
    api = who.get("/api/v1/projects", params={"unit_id": world.unit_b}).json()
    assert [p["code"] for p in api["items"]] == ["P-B"]
    assert login("leader").get("/projects", params={"mine": "true"}).status_code == 400


def test_start_batches_list_their_projects(login: Any, world: World) -> None:
    who = login("leader")
    batches = who.get("/api/v1/batches").json()
    assert [(b["name"], b["projects"], b["investment"]) for b in batches] == [
        ("2024年第一季度集中开工", 1, 50000)
    ]
    page = who.get("/projects/batches").text
    assert f'href="/projects/{world.project_a}"' in page
