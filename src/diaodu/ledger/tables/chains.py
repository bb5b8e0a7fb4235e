"""The chain-chief system (链长制): chains, chiefs, host units, yearly goals, the enterprise ledger,
驻企联络员 and their visits.

- ``chains``: an industry chain (产业链) with its lead unit (牵头单位) and chain office (链办).
- ``chain_chiefs``: 链长 and 副链长 of a chain.
- ``chain_hosts``: the regions and parks that host a chain (承载地).
- ``chain_goals``: a yearly goal of a chain (indicator, target, unit).
- ``enterprises``: the enterprise ledger (产业链企业台账): segment, 规上, 链主, output value, employees.
- ``liaisons``: 驻企联络员; ``enterprises.liaison_id`` and ``projects.liaison_id`` say whom each serves.
- ``visits``: a liaison's visit to an enterprise or project.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from diaodu.ledger.tables.base import Base

#: 产业链环节.
SEGMENTS = ("上游", "中游", "下游")
CHIEF_ROLES = ("链长", "副链长")


class Chain(Base):
    """An industry chain (产业链)."""

    __tablename__ = "chains"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    office: Mapped[str | None] = mapped_column(String(200))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(String(500))


class ChainChief(Base):
    """A 链长 or 副链长."""

    __tablename__ = "chain_chiefs"
    __table_args__ = (CheckConstraint(f"role IN {CHIEF_ROLES!r}", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[int] = mapped_column(ForeignKey("chains.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10), default="链长")


class ChainHost(Base):
    """A region or park hosting a chain (承载地)."""

    __tablename__ = "chain_hosts"

    chain_id: Mapped[int] = mapped_column(ForeignKey("chains.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)


class ChainGoal(Base):
    """A chain's goal for a year (年度目标)."""

    __tablename__ = "chain_goals"
    __table_args__ = (UniqueConstraint("chain_id", "year", "indicator"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[int] = mapped_column(ForeignKey("chains.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(100))
    target: Mapped[float] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))


class Liaison(Base):
    """A 驻企联络员."""

    __tablename__ = "liaisons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    phone: Mapped[str | None] = mapped_column(String(40))


class Enterprise(Base):
    """An enterprise of the chain ledger (产业链企业)."""

    __tablename__ = "enterprises"
    __table_args__ = (CheckConstraint(f"segment IN {SEGMENTS!r}", name="segment"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    chain_id: Mapped[int | None] = mapped_column(ForeignKey("chains.id"), index=True)
    segment: Mapped[str] = mapped_column(String(4), default="中游")
    above_scale: Mapped[bool] = mapped_column(Boolean, default=False)
    chain_master: Mapped[bool] = mapped_column(Boolean, default=False)
    output_value: Mapped[float | None] = mapped_column(Float)
    employees: Mapped[int | None] = mapped_column(Integer)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    liaison_id: Mapped[int | None] = mapped_column(ForeignKey("liaisons.id"), index=True)
    generated: Mapped[bool] = mapped_column(Boolean, default=False)


class Visit(Base):
    """A liaison's visit to an enterprise or a project (走访)."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    liaison_id: Mapped[int] = mapped_column(ForeignKey("liaisons.id", ondelete="CASCADE"), index=True)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    visited_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(String(1000))
