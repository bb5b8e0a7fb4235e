"""Reading the ledger's figures back: series as of a date, the sources behind a figure, conflicts,
what the ledger holds, and rows for export.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from diaodu.errors import NotFound
from diaodu.ledger.documents import shown_sentence
from diaodu.ledger.regions import canonical_subject
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.figures import (
    Conflict,
    Document,
    Indicator,
    IndicatorAlias,
    Mention,
    Observation,
    ObservationSource,
)
from diaodu.ledger.tables.regions import Unit

ACTUAL = ("provisional", "final")


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One period of a series: the newest vintage as of the query's date."""

    observation_id: int
    period_start: str
    period_end: str
    reference: str
    value: float
    base_unit: str | None
    value_as_published: float
    unit_as_published: str | None
    qualifier: str | None
    status: str
    vintage: date
    document_id: int | None
    vintages: int  # how many vintages of this period the ledger held as of the date

    def as_dict(self) -> dict[str, Any]:
        return {
            "observation_id": self.observation_id,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "reference": self.reference or None,
            "value": self.value,
            "base_unit": self.base_unit,
            "value_as_published": self.value_as_published,
            "unit_as_published": self.unit_as_published,
            "qualifier": self.qualifier,
            "status": self.status,
            "vintage": self.vintage.isoformat(),
            "document_id": self.document_id,
            "vintages": self.vintages,
        }


def canonical_indicator(session: Session, name: str) -> str:
    """The catalogue's name for ``name`` (an indicator's name or alias), else ``name`` (one query)."""
    by_alias = (
        select(Indicator.name)
        .join(IndicatorAlias, IndicatorAlias.indicator_id == Indicator.id)
        .where(IndicatorAlias.alias == name)
    )
    found = session.scalar(select(Indicator.name).where(Indicator.name == name).union_all(by_alias).limit(1))
    return found if found is not None else name


def _rejected_only() -> ColumnElement[bool]:
    """True for an observation that has sources and every one of them was rejected in review: a
    reviewer has said the figure was misread, so series leave it out (it stays in the ledger)."""
    src = ObservationSource
    any_source = select(src.observation_id).where(src.observation_id == Observation.id).exists()
    kept_source = (
        select(src.observation_id)
        .join(Mention, Mention.id == src.mention_id)
        .where(src.observation_id == Observation.id, Mention.review_state != "rejected")
        .exists()
    )
    return and_(any_source, ~kept_source)


def series(
    session: Session,
    subject: str,
    indicator: str,
    *,
    measure: str = "level",
    as_of: date | None = None,
    reference: str | None = None,
    statuses: tuple[str, ...] = ACTUAL,
) -> list[SeriesPoint]:
    """Each period's newest vintage published on or before ``as_of`` (every vintage when ``None``),
    oldest period first. Names and aliases of subject and indicator are resolved; ``reference`` limits
    to one reference (``""`` for none; ``None`` for any)."""
    subject = canonical_subject(session, subject)
    indicator = canonical_indicator(session, indicator)
    q = select(
        Observation.id,
        Observation.period_start,
        Observation.period_end,
        Observation.reference,
        Observation.value,
        Observation.base_unit,
        Observation.value_as_published,
        Observation.unit_as_published,
        Observation.qualifier,
        Observation.status,
        Observation.vintage,
        Observation.document_id,
    ).where(
        Observation.subject == subject,
        Observation.indicator == indicator,
        Observation.measure == measure,
        Observation.status.in_(statuses),
    )
    if as_of is not None:
        q = q.where(Observation.vintage <= as_of)
    if reference is not None:
        q = q.where(Observation.reference == reference)
    q = q.where(~_rejected_only())
    q = q.order_by(
        Observation.period_end,
        Observation.period_start,
        Observation.reference,
        Observation.vintage.desc(),
        case((Observation.qualifier.is_(None), 0), else_=1),
        Observation.id.desc(),
    )
    points: list[SeriesPoint] = []
    seen: dict[tuple[str, str, str], int] = {}
    for row in session.execute(q):
        period = (row.period_start, row.period_end, row.reference)
        if period in seen:
            seen[period] += 1
            continue
        seen[period] = 1
        points.append(
            SeriesPoint(
                observation_id=row.id,
                period_start=row.period_start,
                period_end=row.period_end,
                reference=row.reference,
                value=row.value,
                base_unit=row.base_unit,
                value_as_published=row.value_as_published,
                unit_as_published=row.unit_as_published,
                qualifier=row.qualifier,
                status=row.status,
                vintage=row.vintage,
                document_id=row.document_id,
                vintages=0,
            )
        )
    return [replace(p, vintages=seen[(p.period_start, p.period_end, p.reference)]) for p in points]


@dataclass(frozen=True, slots=True)
class Source:
    """One mention behind an observation, with the sentence it stands in."""

    mention_id: int
    document_id: int
    file_name: str
    title: str | None
    published_on: date | None
    start: int
    end: int
    text: str
    sentence: str
    span_in_sentence: tuple[int, int]


def get_observation(session: Session, observation_id: int) -> Observation:
    obs = session.get(Observation, observation_id)
    if obs is None:
        raise NotFound(f"no observation {observation_id}")
    return obs


def sources(session: Session, observation_id: int) -> list[Source]:
    """The mentions behind an observation, each with its document and sentence."""
    get_observation(session, observation_id)
    rows = session.execute(
        select(Mention, Document)
        .join(ObservationSource, ObservationSource.mention_id == Mention.id)
        .join(Document, Document.id == Mention.document_id)
        .where(ObservationSource.observation_id == observation_id)
        .order_by(Mention.start)
    ).all()
    out: list[Source] = []
    for mention, doc in rows:
        sentence, a, b = shown_sentence(doc.file_name, doc.text, mention.start, mention.end)
        out.append(
            Source(
                mention_id=mention.id,
                document_id=doc.id,
                file_name=doc.file_name,
                title=doc.title,
                published_on=doc.published_on,
                start=mention.start,
                end=mention.end,
                text=mention.text,
                sentence=sentence,
                span_in_sentence=(a, b),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: int
    kind: str
    first: Observation
    second: Observation
    first_document: str | None
    second_document: str | None
    resolved: bool


def conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts, oldest first, with both observations and their documents' file names."""
    first, second = aliased(Observation), aliased(Observation)
    d1, d2 = aliased(Document), aliased(Document)
    q = (
        select(Conflict, first, second, d1.file_name, d2.file_name)
        .join(first, first.id == Conflict.first_id)
        .join(second, second.id == Conflict.second_id)
        .outerjoin(d1, d1.id == first.document_id)
        .outerjoin(d2, d2.id == second.document_id)
        .order_by(Conflict.id)
    )
    if not include_resolved:
        q = q.where(Conflict.resolved_at.is_(None))
    return [
        ConflictView(c.id, c.kind, a, b, n1, n2, c.resolved_at is not None)
        for c, a, b, n1, n2 in session.execute(q).all()
    ]


#: Tables ``diaodu status`` counts, with their Chinese labels.
COUNTED = (
    ("units", Unit, "单位/地区"),
    ("indicators", Indicator, "指标"),
    ("documents", Document, "文档"),
    ("mentions", Mention, "数字提及"),
    ("observations", Observation, "观测值"),
    ("observation_sources", ObservationSource, "出处"),
    ("conflicts", Conflict, "冲突"),
    ("audit_log", AuditEntry, "审计记录"),
)


def counts(session: Session) -> list[tuple[str, str, int]]:
    """(table, Chinese label, rows) for the ledger's figure tables."""
    return [
        (name, label, int(session.scalar(select(func.count()).select_from(table)) or 0))
        for name, table, label in COUNTED
    ]


#: Export columns: key in the row dict → Chinese header.
EXPORT_COLUMNS = (
    ("observation_id", "观测编号"),
    ("subject", "主体"),
    ("indicator", "指标"),
    ("measure", "口径"),
    ("period_start", "起始月份"),
    ("period_end", "截止月份"),
    ("reference", "参照"),
    ("value", "数值(基本单位)"),
    ("base_unit", "基本单位"),
    ("value_as_published", "发布数值"),
    ("unit_as_published", "发布单位"),
    ("qualifier", "限定"),
    ("status", "状态"),
    ("vintage", "版本日期"),
    ("document", "来源文档"),
)


def export_rows(session: Session, *, latest_only: bool = False) -> list[dict[str, Any]]:
    """Every observation as a flat row (``EXPORT_COLUMNS``), by subject, indicator, period, vintage.
    ``latest_only`` keeps each key's newest vintage only."""
    q = (
        select(Observation, Document.file_name)
        .outerjoin(Document, Document.id == Observation.document_id)
        .order_by(
            Observation.subject,
            Observation.indicator,
            Observation.measure,
            Observation.period_end,
            Observation.period_start,
            Observation.reference,
            Observation.status,
            Observation.vintage.desc(),
            Observation.id.desc(),
        )
    )
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    for obs, file_name in session.execute(q):
        key = (
            obs.subject,
            obs.indicator,
            obs.measure,
            obs.period_start,
            obs.period_end,
            obs.reference,
            obs.status,
        )
        if latest_only:
            if key in seen:
                continue
            seen.add(key)
        out.append(
            {
                "observation_id": obs.id,
                "subject": obs.subject,
                "indicator": obs.indicator,
                "measure": obs.measure,
                "period_start": obs.period_start,
                "period_end": obs.period_end,
                "reference": obs.reference,
                "value": obs.value,
                "base_unit": obs.base_unit or "",
                "value_as_published": obs.value_as_published,
                "unit_as_published": obs.unit_as_published or "",
                "qualifier": obs.qualifier or "",
                "status": obs.status,
                "vintage": obs.vintage.isoformat(),
                "document": file_name or "",
            }
        )
    return out
