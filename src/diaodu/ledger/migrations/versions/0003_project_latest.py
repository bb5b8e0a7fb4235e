"""project_latest: each planned project's plan and last cumulative at each month of the list

Revision ID: 0003_project_latest
Revises: 0002_dispatch
Create Date: 2026-11-22 21:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_project_latest"
down_revision = "0002_dispatch"
branch_labels = None
depends_on = None

# The rows from the plans and progress already in the ledger (the rule of ``diaodu.ledger.latest``,
# written out here so the migration does not change when that module does).
FILL = """
INSERT INTO project_latest (project_id, year, month, planned, cumulative, reported_month)
SELECT w.project_id, w.year, w.month, w.planned, COALESCE(g.cumulative_year, 0.0), w.reported_month
FROM (
    SELECT pl.project_id, pl.year, m.month, pl.planned,
           (SELECT MAX(q.month) FROM project_progress q
             WHERE q.project_id = pl.project_id AND q.year = pl.year AND q.month <= m.month) AS reported_month
    FROM project_plans pl
    JOIN ({months}) m ON m.month >= pl.from_month
) w
LEFT JOIN project_progress g
  ON g.project_id = w.project_id AND g.year = w.year AND g.month = w.reported_month
""".format(months=" UNION ALL ".join(f"SELECT {m} AS month" for m in range(1, 13)))


def upgrade() -> None:
    op.create_table(
        "project_latest",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("planned", sa.Float(), nullable=False),
        sa.Column("cumulative", sa.Float(), nullable=False),
        sa.Column("reported_month", sa.Integer(), nullable=True),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_project_latest_month")),
        sa.ForeignKeyConstraint(
            ["project_id", "year"],
            ["project_plans.project_id", "project_plans.year"],
            name="fk_project_latest_plan",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("year", "month", "project_id", name=op.f("pk_project_latest")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_project_latest_project", "project_latest", ["project_id", "year", "month"], unique=False
    )
    op.execute(FILL)


def downgrade() -> None:
    op.drop_index("ix_project_latest_project", table_name="project_latest")
    op.drop_table("project_latest")
