"""Regions and units: anything a figure can belong to or a task can be assigned to.

One table for provinces, cities, districts, counties, county-level cities, parks, departments and
companies, in a tree by ``parent_id``. Aliases (全市, 我市, 衡阳 → 衡阳市) live in ``unit_aliases``.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from diaodu.ledger.tables.base import Base

UNIT_KINDS = (
    "province",
    "city",
    "district",
    "county",
    "county_city",
    "park",
    "department",
    "company",
    "other",
)

#: Chinese labels for the kinds, for pages and sheets.
UNIT_KIND_LABELS = {
    "province": "省",
    "city": "市州",
    "district": "区",
    "county": "县",
    "county_city": "县级市",
    "park": "园区",
    "department": "部门",
    "company": "企业",
    "other": "其他",
}


class Unit(Base):
    """A region, park, department or company (单位/地区)."""

    __tablename__ = "units"
    __table_args__ = (CheckConstraint(f"kind IN {UNIT_KINDS!r}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    note: Mapped[str | None] = mapped_column(String(500))

    parent: Mapped[Unit | None] = relationship(remote_side=[id])
    aliases: Mapped[list[UnitAlias]] = relationship(back_populates="unit", cascade="all, delete-orphan")


class UnitAlias(Base):
    """Another name of a unit; each alias names one unit only."""

    __tablename__ = "unit_aliases"

    alias: Mapped[str] = mapped_column(String(200), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)

    unit: Mapped[Unit] = relationship(back_populates="aliases")
