"""intake tables: CHECK lists written ``c = 'a' OR c = 'b'`` rather than ``c IN ('a', 'b')``

The same rule. SQLite builds an ``IN`` list anew for every row of a multi-row ``INSERT``, which was about
a quarter of the cost of writing a mention row; the ``OR`` chain costs next to nothing. On SQLite the
tables are rebuilt (Alembic's batch mode copies their rows); on PostgreSQL the constraints are replaced.

Revision ID: 0005_checks_as_or
Revises: 0004_project_latest_cover
Create Date: 2026-11-23 05:00:00.000000
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = "0005_checks_as_or"
down_revision = "0004_project_latest_cover"
branch_labels = None
depends_on = None

# Written out here so the migration does not change when the tables' modules do.
MEASURES = ("level", "growth", "ratio", "diff", "change", "rank")
CHECKS: dict[str, dict[str, tuple[str, ...]]] = {
    "mentions": {
        "measure": MEASURES,
        "review_state": ("extracted", "accepted", "corrected", "rejected"),
    },
    "observations": {"measure": MEASURES, "status": ("provisional", "final", "estimated", "target")},
    "conflicts": {"kind": ("same_vintage", "restatement")},
}


def _or(column: str, values: tuple[str, ...]) -> str:
    return " OR ".join(f"{column} = '{v}'" for v in values)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _replace(rule: Callable[[str, tuple[str, ...]], str]) -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table, recreate="auto") as batch:
            for column, values in checks.items():
                batch.drop_constraint(op.f(f"ck_{table}_{column}"), type_="check")
                batch.create_check_constraint(column, rule(column, values))


def upgrade() -> None:
    _replace(_or)


def downgrade() -> None:
    _replace(_in)
