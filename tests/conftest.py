"""Fixtures shared by every test.

- ``settings``: a ``Settings`` whose instance folder is a fresh temporary folder.
- ``engine``: a fresh, migrated ledger. Parametrized: SQLite always, and PostgreSQL too when
  ``DIAODU_TEST_DB_URL`` is set (CI sets it). The schema is migrated once per backend and test session
  (PostgreSQL: in a schema of its own, so parallel runs never meet); each test starts from empty tables.
- ``seeds``: the folder of third-party reports ``../shared/seeds``; tests that need it skip when absent.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from diaodu.ledger.db import make_engine, upgrade
from diaodu.ledger.schema import metadata
from diaodu.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("DIAODU_TEST_DB_URL") else [])


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(instance_dir=tmp_path / "instance", db_url="")


@pytest.fixture(scope="session")
def seeds() -> Path:
    folder = SHARED / "seeds"
    if not folder.is_dir():
        pytest.skip("../shared/seeds is not present")
    return folder


@pytest.fixture(scope="session")
def gold_path() -> Path:
    path = SHARED / "gold" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/gold/dev.jsonl is not present")
    return path


def _postgres_url_with_schema(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(scope="session")
def _migrated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[str, Engine]]]:
    made: dict[str, tuple[str, Engine]] = {}
    cleanup: list[tuple[Engine, str]] = []
    for backend in BACKENDS:
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'ledger.sqlite3'}"
        else:
            base = os.environ["DIAODU_TEST_DB_URL"]
            schema = f"diaodu_t_{uuid.uuid4().hex[:12]}"
            admin = make_engine(base)
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            cleanup.append((admin, schema))
            url = _postgres_url_with_schema(base, schema)
        engine = make_engine(url)
        upgrade(engine)
        made[backend] = (url, engine)
    yield made
    for _url, engine in made.values():
        engine.dispose()
    for admin, schema in cleanup:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def empty_tables(engine: Engine) -> None:
    """Remove every row from every ledger table (the schema stays)."""
    tables = [t.name for t in reversed(metadata.sorted_tables)]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            conn.execute(text("PRAGMA defer_foreign_keys=ON"))
            for name in tables:
                conn.execute(text(f"DELETE FROM {name}"))


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def engine(backend: str, _migrated: dict[str, tuple[str, Engine]]) -> Iterator[Engine]:
    _url, eng = _migrated[backend]
    empty_tables(eng)
    yield eng


@pytest.fixture
def db_url(backend: str, _migrated: dict[str, tuple[str, Engine]], engine: Engine) -> str:
    """The URL of the fresh ledger ``engine`` points at (for tests that run the CLI)."""
    return _migrated[backend][0]
