"""Engines and sessions for the ledger. Nothing else in diaodu opens a database connection.

SQLite by default (a file in the instance folder, WAL journal, foreign keys on); PostgreSQL by URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from diaodu.errors import MigrationNeeded
from diaodu.settings import Settings

MIGRATIONS = Path(__file__).with_name("migrations")
CACHE_KIB = 64 * 1024


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys, WAL, a larger page cache and a busy timeout on every
    connection."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            # a page cache of up to 64 MiB (the default is 2 MiB): intake writes a document's rows into
            # six B-trees at scattered keys, and with the small cache their pages were evicted and read
            # back from the file within the same transaction (about a sixth of intake's time, make bench)
            cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            cur.execute("PRAGMA temp_store=MEMORY")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def engine_for(settings: Settings) -> Engine:
    """The ledger engine the settings name."""
    return make_engine(settings.database_url())


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One session, committed when the block ends and rolled back wholly if it raises."""
    with session_factory(engine)() as session, session.begin():
        yield session


def alembic_config(engine: Engine) -> Config:
    """Alembic configuration bound to this engine (no ini file needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema up to ``revision`` (default: the newest of every branch)."""
    command.upgrade(alembic_config(engine), revision)


def current_revisions(engine: Engine) -> set[str]:
    """The revisions the database is at (one per migration branch)."""
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def head_revisions() -> set[str]:
    """The newest revision of each migration branch the code has."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return set(ScriptDirectory.from_config(cfg).get_heads())


def check_schema(engine: Engine) -> None:
    """Raise ``MigrationNeeded`` when the database is behind the code."""
    have, want = current_revisions(engine), head_revisions()
    if have != want:
        shown = ", ".join(sorted(have)) or "nothing"
        raise MigrationNeeded(
            f"the ledger's schema is at {shown}, the code needs {', '.join(sorted(want))}: "
            "run `diaodu db upgrade`"
        )
