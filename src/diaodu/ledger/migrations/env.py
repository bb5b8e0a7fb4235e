"""Alembic environment: runs on the engine diaodu hands it (see ``diaodu.ledger.db.alembic_config``)."""

from __future__ import annotations

from alembic import context

from diaodu.ledger.schema import metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` command line: use the settings' database
    from diaodu.ledger.db import engine_for
    from diaodu.settings import get_settings

    engine = engine_for(get_settings())

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
