"""Reviewing figures: a reviewer accepts, corrects or rejects a figure mention, and the ledger follows.

Provenance is kept whole:

- **accept** marks the mention ``accepted``; the observations read from it stand as they are.
- **correct** marks it ``corrected`` and adds a *new* observation row with the corrected value, linked to
  the mention through ``observation_sources``, under the same series key and a vintage no earlier than the
  row it replaces (the review day), so it becomes the current value while the replaced row stays as it
  was, readable in as-of queries. Nothing is updated in place.
- **reject** marks it ``rejected``; its observations are left as they were and :func:`is_rejected_only`
  tells readers to leave them out.

Each step records who and when on the mention (``reviewed_by``, ``reviewed_at``) and writes the audit log
in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diaodu.errors import ConflictError, InputError, NotFound
from diaodu.ledger import audit
from diaodu.ledger.intake import parse_period, status_of, to_base
from diaodu.ledger.tables.figures import Document, Mention, Observation, ObservationSource

__all__ = [
    "ReviewCounts",
    "accept_mention",
    "correct_mention",
    "is_rejected_only",
    "mention_observations",
    "reject_mention",
    "review_counts",
    "review_queue",
]

REVIEW_STATE_LABELS = {
    "extracted": "待审核",
    "accepted": "已确认",
    "corrected": "已更正",
    "rejected": "已驳回",
}


@dataclass(frozen=True, slots=True)
class ReviewCounts:
    extracted: int
    accepted: int
    corrected: int
    rejected: int


def _mention(session: Session, mention_id: int) -> Mention:
    mention = session.get(Mention, mention_id)
    if mention is None:
        raise NotFound(f"没有编号为{mention_id}的数据")
    return mention


def review_queue(
    session: Session, *, state: str | None = "extracted", document_id: int | None = None, limit: int = 200
) -> list[Mention]:
    """Mentions waiting for review (or in ``state``), oldest document first, in text order."""
    query = select(Mention).join(Document).order_by(Document.id, Mention.start).limit(limit)
    if state is not None:
        query = query.where(Mention.review_state == state)
    if document_id is not None:
        query = query.where(Mention.document_id == document_id)
    return list(session.scalars(query))


def review_counts(session: Session) -> ReviewCounts:
    rows: dict[str, int] = {
        state: int(n)
        for state, n in session.execute(
            select(Mention.review_state, func.count()).group_by(Mention.review_state)
        ).tuples()
    }
    return ReviewCounts(*(int(rows.get(s, 0)) for s in ("extracted", "accepted", "corrected", "rejected")))


def mention_observations(session: Session, mention_id: int) -> list[Observation]:
    """Every observation linked to the mention, oldest first (corrections after what they replace)."""
    return list(
        session.scalars(
            select(Observation)
            .join(ObservationSource, ObservationSource.observation_id == Observation.id)
            .where(ObservationSource.mention_id == mention_id)
            .order_by(Observation.id)
        )
    )


def is_rejected_only(session: Session, observation_id: int) -> bool:
    """True when every mention behind the observation was rejected (readers should leave it out)."""
    states = set(
        session.scalars(
            select(Mention.review_state)
            .join(ObservationSource, ObservationSource.mention_id == Mention.id)
            .where(ObservationSource.observation_id == observation_id)
        )
    )
    return bool(states) and states == {"rejected"}


def _mark(session: Session, mention: Mention, state: str, actor: str, note: str | None) -> None:
    before = {"review_state": mention.review_state, "reviewed_by": mention.reviewed_by}
    mention.review_state = state
    mention.reviewed_by = actor
    mention.reviewed_at = datetime.now(UTC)
    audit.record(
        session,
        actor=actor,
        action=state,
        table="mentions",
        row_id=mention.id,
        before=before,
        after={"review_state": state, "reviewed_by": actor, "value": mention.value},
        note=note,
    )


def accept_mention(session: Session, mention_id: int, *, actor: str, note: str | None = None) -> Mention:
    """Confirm the figure as read."""
    mention = _mention(session, mention_id)
    if mention.review_state != "extracted":
        raise ConflictError(f"该数据已审核（{REVIEW_STATE_LABELS[mention.review_state]}），不能再确认")
    _mark(session, mention, "accepted", actor, note)
    return mention


def reject_mention(session: Session, mention_id: int, *, actor: str, note: str | None = None) -> Mention:
    """Refuse the figure: it was misread or is no figure at all."""
    mention = _mention(session, mention_id)
    if mention.review_state != "extracted":
        raise ConflictError(f"该数据已审核（{REVIEW_STATE_LABELS[mention.review_state]}），不能再驳回")
    _mark(session, mention, "rejected", actor, note)
    return mention


def correct_mention(
    session: Session,
    mention_id: int,
    *,
    value: float,
    actor: str,
    note: str | None = None,
    today: date | None = None,
) -> Observation:
    """Record the corrected value as a new observation linked to the mention; returns it.

    The new row takes the series key of the observation it replaces (or, when the mention was never
    taken into the ledger, the mention's own subject, indicator, period, measure and reference), a vintage
    no earlier than the one it replaces, and the same scaling from the published unit to the base unit.
    """
    mention = _mention(session, mention_id)
    if mention.review_state == "rejected":
        raise ConflictError("该数据已驳回，不能更正")
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError("更正值必须是有限的数字")
    today = today or datetime.now(UTC).date()
    linked = mention_observations(session, mention_id)
    old = max(linked, key=lambda o: (o.vintage, o.id)) if linked else None
    if old is not None:
        scale = old.value / old.value_as_published if old.value_as_published else 1.0
        vintage = max(old.vintage, today)
        new = Observation(
            subject=old.subject,
            indicator=old.indicator,
            period_start=old.period_start,
            period_end=old.period_end,
            measure=old.measure,
            reference=old.reference,
            unit_id=old.unit_id,
            indicator_id=old.indicator_id,
            value=value * scale,
            base_unit=old.base_unit,
            unit_as_published=old.unit_as_published,
            value_as_published=value,
            qualifier=old.qualifier,
            modality=old.modality,
            status=old.status,
            vintage=vintage,
            document_id=old.document_id,
            recorded_by=actor,
        )
    else:
        try:
            start, end = parse_period(mention.period)
        except ValueError as exc:
            raise InputError(f"数据 #{mention.id} 的时期无法识别：{exc}") from exc
        base_value, base_unit = to_base(value, mention.unit)
        new = Observation(
            subject=mention.subject,
            indicator=mention.indicator,
            period_start=start,
            period_end=end,
            measure=mention.measure,
            reference=mention.reference or "",
            value=base_value,
            base_unit=base_unit,
            unit_as_published=mention.unit,
            value_as_published=value,
            qualifier=mention.qualifier,
            modality=mention.modality,
            status=status_of(mention.modality),
            vintage=today,
            document_id=mention.document_id,
            recorded_by=actor,
        )
    session.add(new)
    session.flush()
    session.add(ObservationSource(observation_id=new.id, mention_id=mention.id))
    audit.record(
        session,
        actor=actor,
        action="create",
        table="observations",
        row_id=new.id,
        before=None if old is None else {"id": old.id, "value": old.value},
        after=audit.snapshot(new),
        note=f"更正数据 #{mention.id}：{mention.text} → {value:g}",
    )
    _mark(session, mention, "corrected", actor, note)
    return new
