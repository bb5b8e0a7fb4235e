"""project_latest: on PostgreSQL, the primary key carries the plan and cumulative (INCLUDE)

The progress queries read the key range ``(year, month)`` of ``project_latest``. On PostgreSQL the rows
of a month lie scattered over the whole heap (a row per month of every project), so reading the range
through the key visited nearly every page of the table; with ``planned``, ``cumulative`` and
``reported_month`` in the key's index it is an index-only scan. SQLite already keeps the table in key
order (``WITHOUT ROWID``): nothing changes there.

Revision ID: 0004_project_latest_cover
Revises: 0003_project_latest
Create Date: 2026-11-22 22:40:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0004_project_latest_cover"
down_revision = "0003_project_latest"
branch_labels = None
depends_on = None


def _key(include: str) -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE project_latest DROP CONSTRAINT pk_project_latest, "
        f"ADD CONSTRAINT pk_project_latest PRIMARY KEY (year, month, project_id){include}"
    )


def upgrade() -> None:
    _key(" INCLUDE (planned, cumulative, reported_month)")


def downgrade() -> None:
    _key("")
