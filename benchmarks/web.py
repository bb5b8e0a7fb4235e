"""Web benchmark: cockpit and project-list latency at 20 concurrent users, on loopback.

The example city (``examples/hengyang``: its units and the dispatch example data) is loaded into a fresh
SQLite ledger, ``diaodu serve`` runs in a subprocess on a free port, and 20 signed-in users (threads, each
with its own httpx client and session) each fetch the cockpit ``/`` and the project register
``/projects`` a fixed number of times. Goal (issue 5): p95 < 100 ms with the example city.

With 100,000 projects (goal p95 < 300 ms) the register is made by the dispatch benchmark's bulk generator
(``benchmarks.dispatch._build``: 100,000 projects × 12 months of progress, bulk inserts), measured the
same way. Pages are cached until the ledger changes (``output.web.cache``), so the first request of each
page after a change is printed too: that one pays for the dispatch queries.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from diaodu.dispatch import example
from diaodu.ledger.accounts import create_user
from diaodu.ledger.db import make_engine, transaction, upgrade
from diaodu.ledger.regions import load_profile_units
from diaodu.reading.profile import load_profile

ROOT = Path(__file__).resolve().parents[1]
CITY = ROOT / "examples" / "hengyang"
USERS = 20
ROUNDS = 15  # per user and page: 20 × 15 = 300 requests a page
PAGES = {"cockpit /": "/", "projects /projects": "/projects"}
GOAL_MS = 100.0
BULK_GOAL_MS = 300.0
PASSWORD = "bench-password-1"
#: uvicorn worker processes (``DIAODU_BENCH_WORKERS``); the machine has 2 cores.
WORKERS = int(os.environ.get("DIAODU_BENCH_WORKERS", "2"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ledger(folder: Path, bulk: bool = False) -> str:
    url = f"sqlite:///{folder / 'ledger.sqlite3'}"
    if bulk:
        from benchmarks.dispatch import _build

        _build(url)
        engine = make_engine(url)
    else:
        engine = make_engine(url)
        upgrade(engine)
        load_profile_units(engine, load_profile(CITY / "city.yaml"))
        example.load_example(engine, CITY)
    with transaction(engine) as s:
        create_user(s, name="bench", password=PASSWORD, role="leader", actor="bench")
    engine.dispose()
    return url


@contextmanager
def _server(url: str, folder: Path) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "DIAODU_DB_URL": url,
        "DIAODU_INSTANCE_DIR": str(folder / "instance"),
        "DIAODU_SECRET_KEY": "bench",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diaodu.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"diaodu serve did not start: {err}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class _User:
    """One signed-in user on a keep-alive connection (``http.client``: a light client, so the numbers
    measure the server rather than the load generator)."""

    def __init__(self, base: str) -> None:
        r = httpx.post(f"{base}/api/v1/login", json={"name": "bench", "password": PASSWORD}, timeout=30)
        r.raise_for_status()
        self.cookie = f"diaodu_session={r.cookies['diaodu_session']}"
        host, port = base.removeprefix("http://").split(":")
        self.conn = http.client.HTTPConnection(host, int(port), timeout=30)

    def get(self, path: str) -> int:
        for attempt in (1, 2):
            try:
                self.conn.request("GET", path, headers={"Cookie": self.cookie})
                response = self.conn.getresponse()
                response.read()
                return response.status
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # the server closed an idle keep-alive connection: open a new one, once
                self.conn.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def _measure(base: str) -> dict[str, list[float]]:
    clients = [_User(base) for _ in range(USERS)]
    for name, path in PAGES.items():  # the first render of each page: nothing cached yet
        start = time.perf_counter()
        clients[0].get(path)
        print(
            f"  cold (first request, uncached) {name}: {(time.perf_counter() - start) * 1000:.1f} ms",
            flush=True,
        )
    for c in clients:  # warm up: every connection once, so every worker has built each page
        for path in PAGES.values():
            c.get(path)
    times: dict[str, list[float]] = {name: [] for name in PAGES}

    def one_user(client: _User) -> list[tuple[str, float]]:
        out = []
        for _ in range(ROUNDS):
            for name, path in PAGES.items():
                start = time.perf_counter()
                status = client.get(path)
                elapsed = (time.perf_counter() - start) * 1000
                if status != 200:
                    raise RuntimeError(f"{path}: HTTP {status}")
                out.append((name, elapsed))
        return out

    with ThreadPoolExecutor(max_workers=USERS) as pool:
        for result in pool.map(one_user, clients):
            for name, ms in result:
                times[name].append(ms)
    for c in clients:
        c.close()
    return times


def _report(label: str, times: dict[str, list[float]], goal: float) -> None:
    for name, values in times.items():
        p50, p95 = statistics.median(values), _p95(values)
        print(
            f"{label} {name}: {len(values)} requests, {USERS} users, {WORKERS} workers, "
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"goal p95 < {goal:.0f} ms → ratio {p95 / goal:.2f} ({'met' if p95 < goal else 'NOT met'})",
            flush=True,
        )


def _count_projects(url: str) -> int:
    from sqlalchemy import func, select

    from diaodu.ledger.tables.projects import Project

    engine = make_engine(url)
    with transaction(engine) as s:
        n = int(s.scalar(select(func.count()).select_from(Project)) or 0)
    engine.dispose()
    return n


def run() -> None:
    """Measure; print p50 and p95 of each page with the ratio to the goal."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = _ledger(folder)
        n = _count_projects(url)
        with _server(url, folder) as base:
            _report(f"example city ({n} projects)", _measure(base), GOAL_MS)
    try:
        from benchmarks.dispatch import _build  # noqa: F401  (the dispatch benchmark's bulk generator)
    except ImportError:
        print("100,000 projects: not measured — benchmarks.dispatch._build (bulk register) is missing")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = _ledger(folder, bulk=True)
        with _server(url, folder) as base:
            _report(f"{_count_projects(url):,} projects", _measure(base), BULK_GOAL_MS)


def main(argv: list[str] | None = None) -> Any:
    run()


if __name__ == "__main__":
    main()
