"""Indicators, documents, figure mentions and observations: the figures a city publishes.

- ``indicators``: the catalogue (canonical name, unit, flow or stock, how it accumulates), with aliases.
- ``documents``: every report read, by content hash, with its decoded text.
- ``mentions``: one row per figure mention (``docs/figures.md``), with its review state.
- ``observations``: one row per value of a series key in one vintage. Never updated in place: a
  restatement is a new row with a later vintage. ``observation_sources`` links each to its mentions.
- ``conflicts``: two observations of one key that disagree (within a vintage, or a restatement).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from diaodu.ledger.tables.base import Base, JSONType, one_of, utcnow

REVIEW_STATES = ("extracted", "accepted", "corrected", "rejected")
OBSERVATION_STATUSES = ("provisional", "final", "estimated", "target")
MEASURES = ("level", "growth", "ratio", "diff", "change", "rank")
CONFLICT_KINDS = ("same_vintage", "restatement")


class Indicator(Base):
    """One indicator of the catalogue (指标)."""

    __tablename__ = "indicators"
    __table_args__ = (
        CheckConstraint("kind IN ('flow', 'stock', 'other')", name="kind"),
        CheckConstraint("accumulation IN ('cumulative', 'monthly', 'point', 'annual')", name="accumulation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10), default="flow")
    accumulation: Mapped[str] = mapped_column(String(12), default="cumulative")
    note: Mapped[str | None] = mapped_column(String(500))

    aliases: Mapped[list[IndicatorAlias]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )


class IndicatorAlias(Base):
    __tablename__ = "indicator_aliases"

    alias: Mapped[str] = mapped_column(String(200), primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)

    indicator: Mapped[Indicator] = relationship(back_populates="aliases")


class Document(Base):
    """A report read into the ledger (文档). Identified by the SHA-256 of its bytes."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(500))
    publisher: Mapped[str | None] = mapped_column(String(200))
    published_on: Mapped[date | None] = mapped_column(Date)
    report_year: Mapped[int | None] = mapped_column(Integer)
    report_period: Mapped[str | None] = mapped_column(String(20))
    encoding: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    read_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_by: Mapped[str] = mapped_column(String(100), default="system")

    mentions: Mapped[list[Mention]] = relationship(back_populates="document", cascade="all, delete-orphan")


class Mention(Base):
    """One figure mention, every field of ``docs/figures.md``, plus its review state."""

    __tablename__ = "mentions"
    __table_args__ = (
        CheckConstraint(one_of("measure", MEASURES), name="measure"),
        CheckConstraint(one_of("review_state", REVIEW_STATES), name="review_state"),
        Index("ix_mentions_document_span", "document_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))
    measure: Mapped[str] = mapped_column(String(10))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    qualifier: Mapped[str | None] = mapped_column(String(10))
    modality: Mapped[str | None] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(200), default="")
    indicator: Mapped[str] = mapped_column(String(200), default="")
    period: Mapped[str | None] = mapped_column(String(20))
    reference: Mapped[str | None] = mapped_column(String(200))
    subject_aliases: Mapped[list[str]] = mapped_column(JSONType, default=list)
    indicator_aliases: Mapped[list[str]] = mapped_column(JSONType, default=list)
    period_aliases: Mapped[list[str]] = mapped_column(JSONType, default=list)
    review_state: Mapped[str] = mapped_column(String(10), default="extracted", index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None]

    document: Mapped[Document] = relationship(back_populates="mentions")


class Observation(Base):
    """One value of a series in one vintage (观测值). Rows are only ever added, never updated.

    The series key is subject × indicator × period start × period end × measure × reference; an empty
    string stands for "none" in the key columns so the key can be indexed and compared on every backend.
    ``vintage`` is the publication date of the source (or, when the source names none, the day it was
    read); the newest vintage of a key is its current value, older vintages stay for as-of queries.
    ``status`` separates what happened (provisional, final) from goals (target) and expectations
    (estimated), so a target never conflicts with an outcome.
    """

    __tablename__ = "observations"
    __table_args__ = (
        CheckConstraint(one_of("measure", MEASURES), name="measure"),
        CheckConstraint(one_of("status", OBSERVATION_STATUSES), name="status"),
        Index(
            "ix_observations_series",
            "subject",
            "indicator",
            "measure",
            "period_end",
            "period_start",
            "reference",
            "vintage",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    indicator: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[str] = mapped_column(String(7), default="")
    period_end: Mapped[str] = mapped_column(String(7), default="")
    measure: Mapped[str] = mapped_column(String(10))
    reference: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id"))
    value: Mapped[float] = mapped_column(Float)
    base_unit: Mapped[str | None] = mapped_column(String(20))
    unit_as_published: Mapped[str | None] = mapped_column(String(20))
    value_as_published: Mapped[float] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(String(10))
    modality: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), default="provisional")
    vintage: Mapped[date] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(100), default="system")

    sources: Mapped[list[ObservationSource]] = relationship(
        back_populates="observation", cascade="all, delete-orphan"
    )


class ObservationSource(Base):
    """Provenance: a mention behind an observation (indexed both ways). On SQLite the rows live in the
    key's own B-tree (``WITHOUT ROWID``): the table is nothing but its key."""

    __tablename__ = "observation_sources"
    __table_args__ = (Index("ix_observation_sources_mention", "mention_id"), {"sqlite_with_rowid": False})

    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), primary_key=True
    )
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True)

    observation: Mapped[Observation] = relationship(back_populates="sources")
    mention: Mapped[Mention] = relationship()


class Conflict(Base):
    """Two observations of one series key that disagree."""

    __tablename__ = "conflicts"
    __table_args__ = (
        UniqueConstraint("first_id", "second_id"),
        CheckConstraint(one_of("kind", CONFLICT_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    first_id: Mapped[int] = mapped_column(ForeignKey("observations.id", ondelete="CASCADE"))
    second_id: Mapped[int] = mapped_column(ForeignKey("observations.id", ondelete="CASCADE"))
    found_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolution: Mapped[str | None] = mapped_column(String(500))
