"""The migrations build exactly the schema the code declares, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from diaodu.ledger.db import check_schema, current_revisions, head_revisions
from diaodu.ledger.schema import metadata


def test_migrated_to_head(engine: Engine) -> None:
    assert current_revisions(engine) == head_revisions()
    check_schema(engine)


def test_migrations_match_the_declared_tables(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), metadata)
    assert diff == []
