"""Fixtures of the web tests: a small world on a fresh ledger, the app over it, and personas.

The world: 衡阳市 (city) in 湖南省, two counties (衡阳县 = unit A, 衡南县 = unit B), two chains
(先进装备 = chain A, 新材料 = chain B), one project, one task and one ticket on each side, and a
report with three figures (each backing an observation).

Personas (password ``PASSWORD`` for all):

- ``admin``      系统管理员
- ``leader``     领导: reads everything
- ``reporter``   单位填报员 of unit A (衡阳县)
- ``chain``      产业链办 of chain A (先进装备)
- ``reviewer``   数据审核员
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from openpyxl import Workbook
from sqlalchemy import Engine

from diaodu.ledger import accounts
from diaodu.ledger.db import transaction
from diaodu.ledger.latest import refresh_latest
from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.figures import Document, Mention, Observation, ObservationSource
from diaodu.ledger.tables.projects import (
    Project,
    ProjectPlan,
    ProjectProgress,
    StartBatch,
    StartBatchProject,
)
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import Task, Ticket
from diaodu.output.web.app import create_app
from diaodu.settings import Settings

with warnings.catch_warnings():  # starlette asks for httpx2; httpx is what the project installs
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PASSWORD = "correct horse 42"
PERSONAS = {
    "admin": {"role": "admin"},
    "leader": {"role": "leader"},
    "reporter": {"role": "reporter", "unit_code": "430421"},
    "chain": {"role": "chain_office", "chain": "先进装备制造产业链"},
    "reviewer": {"role": "reviewer"},
}

REPORT_TEXT = (
    "衡阳市2024年1—9月经济运行情况\n"
    "1—9月，全市地区生产总值增长5.6%，高于全省0.8个百分点，居全省第三。"
    "规模工业增加值增长7.1%。\n"
)


@dataclass
class World:
    """Ids of the rows the tests act on."""

    unit_a: int
    unit_b: int
    chain_a: int
    chain_b: int
    project_a: int
    project_b: int
    task_a: int
    task_b: int
    ticket_a: int
    ticket_b: int
    document: int
    mentions: list[int]
    observations: list[int]


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with small parameters: the same code path, a hundred times faster."""
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def build_world(engine: Engine) -> World:
    with transaction(engine) as s:
        province = Unit(code="430000", name="湖南省", kind="province")
        s.add(province)
        s.flush()
        city = Unit(code="430400", name="衡阳市", kind="city", parent_id=province.id)
        s.add(city)
        s.flush()
        a = Unit(code="430421", name="衡阳县", kind="county", parent_id=city.id)
        b = Unit(code="430422", name="衡南县", kind="county", parent_id=city.id)
        s.add_all([a, b])
        s.flush()
        ca = Chain(code="C01", name="先进装备制造产业链", sort=1)
        cb = Chain(code="C02", name="新材料产业链", sort=2)
        s.add_all([ca, cb])
        s.flush()
        pa = Project(
            code="P-A",
            name="衡阳县智能装备产业园",
            level="市重点",
            chain_id=ca.id,
            region_id=a.id,
            responsible_unit_id=a.id,
            total_investment=50000,
            stage="在建",
        )
        pb = Project(
            code="P-B",
            name="衡南县新材料基地",
            level="省重点",
            chain_id=cb.id,
            region_id=b.id,
            responsible_unit_id=b.id,
            total_investment=80000,
            stage="在建",
        )
        s.add_all([pa, pb])
        s.flush()
        s.add_all(
            [
                ProjectPlan(project_id=pa.id, year=2024, planned=12000),
                ProjectPlan(project_id=pb.id, year=2024, planned=20000),
                ProjectProgress(
                    project_id=pa.id, year=2024, month=5, completed_month=1000, cumulative_year=5000
                ),
                ProjectProgress(
                    project_id=pb.id, year=2024, month=5, completed_month=500, cumulative_year=4000
                ),
            ]
        )
        s.flush()
        refresh_latest(
            s, [(pa.id, 2024), (pb.id, 2024)]
        )  # rows written directly, not through ledger.projects
        batch = StartBatch(name="2024年第一季度集中开工", held_on=date(2024, 3, 18), place="衡阳县")
        s.add(batch)
        s.flush()
        s.add(StartBatchProject(batch_id=batch.id, project_id=pa.id))
        ta = Task(
            title="完成智能装备园二期供地",
            chain_id=ca.id,
            responsible_unit_id=a.id,
            deadline=date(2024, 3, 31),
            state="推进中",
        )
        tb = Task(
            title="新材料基地环评批复",
            chain_id=cb.id,
            responsible_unit_id=b.id,
            deadline=date(2099, 6, 30),
            state="未开始",
        )
        s.add_all([ta, tb])
        ka = Ticket(
            code="K-A",
            title="企业用电增容",
            category="要素保障",
            chain_id=ca.id,
            assigned_unit_id=a.id,
            raised_on=date(2024, 4, 1),
            deadline=date(2024, 4, 30),
            state="收集",
        )
        kb = Ticket(
            code="K-B",
            title="融资对接",
            category="融资",
            chain_id=cb.id,
            assigned_unit_id=b.id,
            raised_on=date(2024, 4, 2),
            state="收集",
        )
        s.add_all([ka, kb])
        doc = Document(
            sha256="0" * 64,
            file_name="report.txt",
            title="衡阳市2024年1—9月经济运行情况",
            publisher="衡阳市统计局",
            published_on=date(2024, 10, 20),
            text=REPORT_TEXT,
        )
        s.add(doc)
        s.flush()
        figures = [
            ("增长5.6%", "growth", 5.6, "%", ""),
            ("高于全省0.8个百分点", "diff", 0.8, "pp", "湖南省"),
            ("居全省第三", "rank", 3.0, None, "湖南省"),
        ]
        mention_ids: list[int] = []
        observation_ids: list[int] = []
        for text, measure, value, unit, reference in figures:
            start, end = _span(REPORT_TEXT, text)
            m = Mention(
                document_id=doc.id,
                start=start,
                end=end,
                text=text,
                measure=measure,
                value=value,
                unit=unit,
                subject="衡阳市",
                indicator="地区生产总值",
                period="2024-01/2024-09",
                reference=reference or None,
            )
            s.add(m)
            s.flush()
            o = Observation(
                subject="衡阳市",
                indicator="地区生产总值",
                period_start="2024-01",
                period_end="2024-09",
                measure=measure,
                reference=reference,
                value=value,
                base_unit=unit,
                unit_as_published=unit,
                value_as_published=value,
                vintage=date(2024, 10, 20),
                document_id=doc.id,
            )
            s.add(o)
            s.flush()
            s.add(ObservationSource(observation_id=o.id, mention_id=m.id))
            mention_ids.append(m.id)
            observation_ids.append(o.id)
        for name, spec in PERSONAS.items():
            accounts.create_user(s, name=name, password=PASSWORD, actor="test", **spec)
        return World(
            a.id,
            b.id,
            ca.id,
            cb.id,
            pa.id,
            pb.id,
            ta.id,
            tb.id,
            ka.id,
            kb.id,
            doc.id,
            mention_ids,
            observation_ids,
        )


@pytest.fixture
def web_settings(tmp_path: Path) -> Settings:
    return Settings(
        instance_dir=tmp_path / "instance",
        secret_key="test-secret-key",
        upload_max_mb=1,
        login_max_attempts=3,
    )


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)


@pytest.fixture
def app(engine: Engine, web_settings: Settings, world: World) -> Any:
    return create_app(web_settings, engine=engine)


@pytest.fixture
def anon(app: Any) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


class Session:
    """A signed-in API client: ``post`` sends the CSRF token the log-in returned."""

    def __init__(self, client: TestClient, csrf: str) -> None:
        self.client = client
        self.csrf = csrf

    def get(self, url: str, **kw: Any) -> Any:
        return self.client.get(url, **kw)

    def post(self, url: str, **kw: Any) -> Any:
        headers = {"X-CSRF-Token": self.csrf, **kw.pop("headers", {})}
        return self.client.post(url, headers=headers, **kw)


def api_login(client: TestClient, name: str, password: str = PASSWORD) -> Any:
    return client.post("/api/v1/login", json={"name": name, "password": password})


@pytest.fixture
def login(app: Any) -> Iterator[Any]:
    """``login(name)`` → a signed-in :class:`Session` (each its own client and cookie jar)."""
    clients: list[TestClient] = []

    def make(name: str) -> Session:
        client = TestClient(app)
        clients.append(client)
        r = api_login(client, name)
        assert r.status_code == 200, r.text
        return Session(client, r.json()["csrf_token"])

    yield make
    for c in clients:
        c.close()


def form_login(client: TestClient, name: str, password: str = PASSWORD) -> Any:
    page = client.get("/login")
    token = re.search(r'name="form_token" value="([^"]+)"', page.text)
    assert token is not None
    return client.post(
        "/login",
        data={"name": name, "password": password, "form_token": token[1], "next": "/"},
        follow_redirects=False,
    )


def page_csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None, "no CSRF token in the page"
    return found[1]


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def progress_sheet(rows: list[list[Any]]) -> bytes:
    """A 月度进度 sheet in the dispatch template's shape (title row, header row, then data)."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "月度进度"
    ws.append(["月度进度"])
    ws.append(["项目编号", "项目名称", "年度", "月份", "本月完成投资（万元）", "本年累计完成投资（万元）"])
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
