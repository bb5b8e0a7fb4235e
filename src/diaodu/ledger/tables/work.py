"""Tasks (挂图作战), tickets (援企服务 problems and needs) with their transition history, 招商 leads and
events, and the indicator values rankings (争先创优) are computed from.

- ``tasks``: a task with its chain or domain, responsible unit, deadline and state.
- ``tickets`` / ``ticket_events``: a problem raised by an enterprise or project; every state change is
  a ``ticket_events`` row (and an audit entry).
- ``investment_events`` / ``leads``: 招商 activities and the leads through 线索 → 在谈 → 签约 → 开工 →
  投产/到资.
- ``ranking_values``: one indicator value of one unit in one period, for a ranking scheme.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from diaodu.ledger.tables.base import Base, utcnow

TASK_STATES = ("未开始", "推进中", "已完成")
TICKET_STATES = ("收集", "交办", "办理", "反馈", "办结")
LEAD_STAGES = ("线索", "在谈", "签约", "开工", "投产", "到资")


class Task(Base):
    """A task of 挂图作战."""

    __tablename__ = "tasks"
    __table_args__ = (CheckConstraint(f"state IN {TASK_STATES!r}", name="state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    chain_id: Mapped[int | None] = mapped_column(ForeignKey("chains.id"), index=True)
    domain: Mapped[str | None] = mapped_column(String(100))
    responsible_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(10), default="未开始")
    completed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))


class Ticket(Base):
    """A problem or need of an enterprise or project (问题诉求)."""

    __tablename__ = "tickets"
    __table_args__ = (CheckConstraint(f"state IN {TICKET_STATES!r}", name="state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40), index=True)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    chain_id: Mapped[int | None] = mapped_column(ForeignKey("chains.id"), index=True)
    assigned_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    raised_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="收集", index=True)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    reopened: Mapped[int] = mapped_column(Integer, default=0)


class TicketEvent(Base):
    """One state change of a ticket."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    happened_on: Mapped[date] = mapped_column(Date)
    from_state: Mapped[str | None] = mapped_column(String(10))
    to_state: Mapped[str] = mapped_column(String(10))
    actor: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(String(1000))


class InvestmentEvent(Base):
    """A 招商 activity (招商活动): a fair, a visit, a signing ceremony."""

    __tablename__ = "investment_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    place: Mapped[str | None] = mapped_column(String(200))


class Lead(Base):
    """A 招商 lead (招商线索/项目)."""

    __tablename__ = "leads"
    __table_args__ = (CheckConstraint(f"stage IN {LEAD_STAGES!r}", name="stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    investor: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    funds_arrived: Mapped[float] = mapped_column(Float, default=0.0)
    chain_id: Mapped[int | None] = mapped_column(ForeignKey("chains.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("investment_events.id"))
    stage: Mapped[str] = mapped_column(String(4), default="线索", index=True)
    fortune500: Mapped[bool] = mapped_column(Boolean, default=False)
    found_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    producing_on: Mapped[date | None] = mapped_column(Date)
    generated: Mapped[bool] = mapped_column(Boolean, default=False)


class RankingValue(Base):
    """One indicator value of one unit in one period, for a 争先创优 scheme."""

    __tablename__ = "ranking_values"
    __table_args__ = (
        UniqueConstraint("scheme", "period", "unit_id", "indicator"),
        Index("ix_ranking_values_scheme_period", "scheme", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme: Mapped[str] = mapped_column(String(60))
    period: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    indicator: Mapped[str] = mapped_column(String(100))
    value: Mapped[float] = mapped_column(Float)
