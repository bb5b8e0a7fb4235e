"""Key projects (重点项目): the register, yearly plans, monthly progress and 集中开工 batches.

Money is in 万元 throughout (the unit the office's sheets use); reports turn it into 亿元.

- ``projects``: one row per project: level, chain, region and park, owner, responsible unit, total
  investment, planned start and finish, stage, 入库 status, and ``generated`` for example rows that are
  made up rather than named in a published report.
- ``project_plans``: the annual planned investment of a project for one year.
- ``project_progress``: one row per project, year and month: investment completed that month, cumulative
  this year and since the start, notes, problems. Re-reporting a month updates the row (audited).
- ``project_latest``: kept up to date from the two above (``diaodu.ledger.latest``), one row per planned
  project, year and month it is on the list: its plan and the last cumulative reported up to that
  month, so the progress queries read one index range instead of looking the figure up per project.
- ``start_batches`` / ``start_batch_projects``: 集中开工 events and the projects started in each.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from diaodu.ledger.tables.base import Base, utcnow

#: 项目层级, most senior first.
PROJECT_LEVELS = ("省重点", "省重大产业", "省重大产品创新", "市重点", "县级")
#: 项目阶段.
PROJECT_STAGES = ("前期", "在建", "竣工", "投产")


class Project(Base):
    """A key project (重点项目)."""

    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint(f"level IN {PROJECT_LEVELS!r}", name="level"),
        CheckConstraint(f"stage IN {PROJECT_STAGES!r}", name="stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    level: Mapped[str] = mapped_column(String(20), index=True)
    chain_id: Mapped[int | None] = mapped_column(ForeignKey("chains.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    park_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    owner: Mapped[str | None] = mapped_column(String(200))
    responsible_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    liaison_id: Mapped[int | None] = mapped_column(ForeignKey("liaisons.id"))
    total_investment: Mapped[float] = mapped_column(Float, default=0.0)
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_finish: Mapped[date | None] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(10), default="前期")
    in_library: Mapped[bool] = mapped_column(Boolean, default=False)
    generated: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(String(500))

    plans: Mapped[list[ProjectPlan]] = relationship(back_populates="project", cascade="all, delete-orphan")


class ProjectPlan(Base):
    """The annual planned investment of a project (年度计划投资), in 万元.

    ``from_month`` is the month the project joined the year's list (1 for the list published at the
    start of the year; later for projects added in a mid-year adjustment): progress for earlier months
    leaves it out.
    """

    __tablename__ = "project_plans"
    __table_args__ = (
        UniqueConstraint("project_id", "year"),
        CheckConstraint("from_month BETWEEN 1 AND 12", name="from_month"),
        # covers the progress queries: plan and list month found without reading the table
        Index("ix_project_plans_year_cover", "year", "project_id", "from_month", "planned"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    planned: Mapped[float] = mapped_column(Float)
    from_month: Mapped[int] = mapped_column(Integer, default=1)

    project: Mapped[Project] = relationship(back_populates="plans")


class ProjectProgress(Base):
    """A project's progress in one month (月度进度), in 万元."""

    __tablename__ = "project_progress"
    __table_args__ = (
        UniqueConstraint("project_id", "year", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        Index("ix_project_progress_period", "year", "month"),
        # covers "the last cumulative reported up to month m" with one index seek per project
        Index("ix_project_progress_latest", "project_id", "year", "month", "cumulative_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    completed_month: Mapped[float] = mapped_column(Float, default=0.0)
    cumulative_year: Mapped[float] = mapped_column(Float, default=0.0)
    cumulative_total: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)
    problems: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="system")


class ProjectLatest(Base):
    """Where a planned project stands at one month of its plan's year (kept, not entered): the plan
    and the last cumulative reported up to that month (0 and no ``reported_month`` before any report).

    One row for each month from the plan's ``from_month`` to 12, so "the projects on the list at month
    *m*, with their plan and cumulative" is the primary-key range ``(year, m)``, in project order. It is
    derived data: every write of a plan or a month's progress updates it in the same transaction
    (``diaodu.ledger.latest``), and ``rebuild_latest`` recomputes it from scratch after a bulk load. It
    goes when the plan goes.
    """

    __tablename__ = "project_latest"
    __table_args__ = (
        ForeignKeyConstraint(
            ["project_id", "year"],
            ["project_plans.project_id", "project_plans.year"],
            ondelete="CASCADE",
            name="fk_project_latest_plan",
        ),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        # The list at a month is the key range (year, month). SQLite keeps the rows in key order (no
        # rowid), so the range holds every column; PostgreSQL's key index carries the other columns
        # (INCLUDE), so the range is read from the index alone (migration 0004).
        PrimaryKeyConstraint(
            "year", "month", "project_id", postgresql_include=["planned", "cumulative", "reported_month"]
        ),
        # a project's months, for the writes
        Index("ix_project_latest_project", "project_id", "year", "month"),
        {"sqlite_with_rowid": False},
    )

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    planned: Mapped[float] = mapped_column(Float)
    cumulative: Mapped[float] = mapped_column(Float)
    reported_month: Mapped[int | None] = mapped_column(Integer)


class StartBatch(Base):
    """A 集中开工 event: many projects started on one day."""

    __tablename__ = "start_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(String(500))


class StartBatchProject(Base):
    """A project started in a 集中开工 batch."""

    __tablename__ = "start_batch_projects"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("start_batches.id", ondelete="CASCADE"), primary_key=True
    )
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
