"""The app in a real headless Chromium (Debian ``chromium`` driven by Playwright), served by ``diaodu serve``
in a subprocess on a free loopback port over a SQLite ledger holding the test world.

Screenshots go to ``build/screens/``. Every page is also checked for console errors, which is where a
Content-Security-Policy violation (a blocked script or style) would show.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from diaodu.ledger.db import make_engine, transaction, upgrade
from diaodu.ledger.tables.figures import Document, Mention, Observation
from diaodu.ledger.tables.projects import ProjectProgress
from tests.web.conftest import PASSWORD, World, build_world

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "build" / "screens"


@dataclass
class Live:
    url: str
    db_url: str
    world: World


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (scripts/setup.sh installs it)")
    folder = tmp_path_factory.mktemp("live")
    db_url = f"sqlite:///{folder / 'ledger.sqlite3'}"
    engine = make_engine(db_url)
    upgrade(engine)
    world = build_world(engine)
    engine.dispose()
    port = _free_port()
    env = {
        **os.environ,
        "DIAODU_DB_URL": db_url,
        "DIAODU_INSTANCE_DIR": str(folder / "instance"),
        "DIAODU_SECRET_KEY": "browser-test-secret",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "diaodu.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"diaodu serve did not start:\n{out}")
            time.sleep(0.2)
        yield Live(url, db_url, world)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 1360, "height": 900}, locale="zh-CN", accept_downloads=True
    )
    pg = context.new_page()
    pg.console_errors = []
    pg.on("console", lambda msg: pg.console_errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: pg.console_errors.append(str(exc)))
    yield pg
    context.close()


def _login(page: Any, live: Live, name: str) -> None:
    page.goto(f"{live.url}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live.url}/")


def _shot(page: Any, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def test_login_and_cockpit_charts_are_drawn(page: Any, live: Live) -> None:
    _login(page, live, "leader")
    assert page.title().startswith("首页")
    for chart in ("levels", "chains"):
        canvas = page.locator(f'[data-chart="chart-{chart}"] canvas')
        canvas.first.wait_for(state="visible", timeout=10_000)
        box = canvas.first.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 100, box
    assert page.locator(".kpi").count() >= 1
    assert "地区生产总值" in page.inner_text(".kpis")
    _shot(page, "cockpit")
    assert page.console_errors == []


def test_correct_a_figure_in_the_review_queue(page: Any, live: Live) -> None:
    mention = live.world.mentions[0]
    _login(page, live, "reviewer")
    page.goto(f"{live.url}/review")
    row = page.locator(f"#r{mention}")
    row.locator("input[name=value]").fill("5.8")
    _shot(page, "review-before")
    row.locator("button[value=correct]").click()
    row.locator('[data-state="corrected"]').wait_for(timeout=10_000)
    assert "5.8" in row.inner_text()
    _shot(page, "review-after")
    page.goto(f"{live.url}/indicators/series?subject=衡阳市&indicator=地区生产总值")
    current = page.locator("tr:not(.superseded)", has_text="同比增速")
    assert "5.8" in current.first.inner_text()
    _shot(page, "series-after-correction")
    engine = make_engine(live.db_url)
    with transaction(engine) as s:
        state = s.scalar(select(Mention.review_state).where(Mention.id == mention))
        values = sorted(s.scalars(select(Observation.value).where(Observation.measure == "growth")))
    engine.dispose()
    assert state == "corrected"
    assert values == [5.6, 5.8], "the old value is kept, the correction is a new row"
    assert page.console_errors == []


def test_enter_monthly_progress(page: Any, live: Live) -> None:
    project = live.world.project_a
    _login(page, live, "reporter")
    page.goto(f"{live.url}/projects/{project}")
    form = page.locator("#progress-form")
    form.locator("input[name=year]").fill("2024")
    form.locator("select[name=month]").select_option("8")
    form.locator("input[name=completed_month]").fill("1500")
    form.locator("input[name=cumulative_year]").fill("8000")
    form.locator("input[name=notes]").fill("厂房主体封顶")
    form.locator("button[type=submit]").click()
    page.locator(".flash").wait_for(timeout=10_000)
    assert "已保存 2024-08 的进度" in page.inner_text(".flash")
    assert "厂房主体封顶" in page.inner_text("#history")
    _shot(page, "project-progress")
    engine = make_engine(live.db_url)
    with transaction(engine) as s:
        row = s.scalar(
            select(ProjectProgress).where(ProjectProgress.project_id == project, ProjectProgress.month == 8)
        )
        assert row is not None and (row.cumulative_year, row.updated_by) == (8000, "reporter")
    engine.dispose()
    page.goto(f"{live.url}/projects")
    _shot(page, "projects")
    assert page.console_errors == []


def test_download_a_report(page: Any, live: Live, tmp_path: Path) -> None:
    _login(page, live, "leader")
    page.goto(f"{live.url}/reports")
    weekly = page.locator("form", has=page.locator("input[value=weekly]"))
    weekly.locator("input[name=period]").fill("2024-W22")
    weekly.locator("button[type=submit]").click()
    page.locator("#made-link").wait_for(timeout=60_000)
    _shot(page, "reports")
    with page.expect_download() as info:
        page.click("#made-link")
    download = info.value
    assert download.suggested_filename == "项目调度周报_2024-W22.docx"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    data = saved.read_bytes()
    assert data[:2] == b"PK" and len(data) > 5000
    assert page.console_errors == []


def test_hostile_document_runs_no_script(page: Any, live: Live) -> None:
    hostile = (
        "<script>window.__xss=1</script>全市增长6.5%"
        '<img src=x onerror="window.__xss=2"><a href="javascript:window.__xss=3" id="evil">点此</a>'
        '<svg onload="window.__xss=4"></svg>'
    )
    engine = make_engine(live.db_url)
    with transaction(engine) as s:
        doc = Document(
            sha256="e" * 64,
            file_name="evil.txt",
            title="<script>window.__xss=5</script>",
            published_on=date(2024, 1, 1),
            text=hostile,
        )
        s.add(doc)
        s.flush()
        start = hostile.index("增长6.5%")
        s.add(
            Mention(
                document_id=doc.id,
                start=start,
                end=start + 6,
                text="增长6.5%",
                measure="growth",
                value=6.5,
                unit="%",
                subject='<img src=x onerror="window.__xss=6">',
                indicator="x",
            )
        )
        doc_id = doc.id
    engine.dispose()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _login(page, live, "reviewer")
    for url in (f"/documents/{doc_id}", f"/review?document_id={doc_id}"):
        page.goto(f"{live.url}{url}")
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.locator("article img, td img, article svg, #evil").count() == 0
    page.goto(f"{live.url}/documents/{doc_id}")
    assert "<script>window.__xss=1</script>" in page.inner_text("article.doctext"), "shown as text"
    _shot(page, "hostile-document")
    assert dialogs == []
