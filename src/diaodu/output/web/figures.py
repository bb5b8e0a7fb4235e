"""Read-only views of the figures the pages show: current values of a subject's indicators, a series with
every vintage, a document's text cut into plain and highlighted pieces.

"Current" means: the newest vintage of each series key (the later row on a tie, so a reviewer's
correction wins), leaving out rows whose every source mention a reviewer rejected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaodu.ledger.documents import readable
from diaodu.ledger.tables.figures import Conflict, Document, Mention, Observation, ObservationSource
from diaodu.ledger.tables.regions import Unit

MEASURE_LABELS = {
    "level": "总量",
    "growth": "同比增速",
    "ratio": "比率",
    "diff": "差距",
    "change": "增减量",
    "rank": "排名",
}


def city_and_province(session: Session) -> tuple[str | None, str | None]:
    """The names of the city (the first unit of kind ``city``) and of the province."""
    city = session.scalar(select(Unit.name).where(Unit.kind == "city").order_by(Unit.id).limit(1))
    province = session.scalar(select(Unit.name).where(Unit.kind == "province").order_by(Unit.id).limit(1))
    return city, province


def rejected_only(session: Session, ids: list[int]) -> set[int]:
    """Those of the observations ``ids`` whose every source mention a reviewer rejected."""
    if not ids:
        return set()
    states: dict[int, set[str]] = {}
    rows = session.execute(
        select(ObservationSource.observation_id, Mention.review_state)
        .join(Mention, Mention.id == ObservationSource.mention_id)
        .where(ObservationSource.observation_id.in_(ids))
    )
    for oid, state in rows:
        states.setdefault(oid, set()).add(state)
    return {oid for oid, s in states.items() if s == {"rejected"}}


def _key(o: Observation) -> tuple[str, str, str, str, str, str]:
    return (o.subject, o.indicator, o.period_start, o.period_end, o.measure, o.reference)


def current(
    session: Session, *, subject: str | None = None, indicator: str | None = None
) -> list[Observation]:
    """The current observation of each series key (of ``subject`` / ``indicator`` when given)."""
    query = select(Observation)
    if subject is not None:
        query = query.where(Observation.subject == subject)
    if indicator is not None:
        query = query.where(Observation.indicator == indicator)
    rows = list(session.scalars(query.order_by(Observation.id)))
    dropped = rejected_only(session, [o.id for o in rows])
    best: dict[tuple[str, ...], Observation] = {}
    for o in rows:
        if o.id in dropped:
            continue
        k = _key(o)
        seen = best.get(k)
        if seen is None or (o.vintage, o.id) >= (seen.vintage, seen.id):
            best[k] = o
    return sorted(best.values(), key=lambda o: (o.indicator, o.period_end, o.measure, o.reference))


def current_flags(session: Session, observations: list[Observation]) -> dict[int, bool]:
    """For each observation, whether it is the current value of its series key."""
    out: dict[int, bool] = {}
    keys = {_key(o) for o in observations}
    winners: set[int] = set()
    for subject, indicator, start, end, measure, reference in keys:
        rows = list(
            session.scalars(
                select(Observation).where(
                    Observation.subject == subject,
                    Observation.indicator == indicator,
                    Observation.period_start == start,
                    Observation.period_end == end,
                    Observation.measure == measure,
                    Observation.reference == reference,
                )
            )
        )
        dropped = rejected_only(session, [o.id for o in rows])
        kept = [o for o in rows if o.id not in dropped]
        if kept:
            winners.add(max(kept, key=lambda o: (o.vintage, o.id)).id)
    for o in observations:
        out[o.id] = o.id in winners
    return out


@dataclass
class KeyFigure:
    """One indicator of the city at its latest period: level, 同比, provincial rank and gap."""

    indicator: str
    period: str
    level: Observation | None = None
    growth: Observation | None = None
    rank: Observation | None = None
    gap: Observation | None = None
    trend: list[tuple[str, float]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def val(o: Observation | None) -> dict[str, Any] | None:
            if o is None:
                return None
            return {"value": o.value_as_published, "unit": o.unit_as_published, "observation_id": o.id}

        return {
            "indicator": self.indicator,
            "period": self.period,
            "level": val(self.level),
            "growth": val(self.growth),
            "rank": val(self.rank),
            "gap": val(self.gap),
            "trend": [{"period": p, "growth": g} for p, g in self.trend],
        }


def period_label(start: str, end: str) -> str:
    """``2024-01``..``2024-09`` → ``2024年1—9月``; one month → ``2024年5月``; a year → ``2024年``."""
    if not end:
        return "未注明时期"
    year, _, m_end = end.partition("-")
    if not start or start == end:
        return f"{year}年{int(m_end)}月" if m_end else f"{year}年"
    s_year, _, m_start = start.partition("-")
    if s_year == year and m_start == "01" and m_end == "12":
        return f"{year}年"
    if s_year == year:
        return f"{year}年{int(m_start)}—{int(m_end)}月"
    return f"{start}至{end}"


def key_figures(session: Session, subject: str, province: str | None, limit: int = 8) -> list[KeyFigure]:
    """The subject's indicators, each at its latest period, most recently reported first."""
    rows = current(session, subject=subject)
    by_indicator: dict[str, list[Observation]] = {}
    for o in rows:
        if o.indicator:
            by_indicator.setdefault(o.indicator, []).append(o)
    out: list[KeyFigure] = []
    for name, obs in by_indicator.items():
        cumulative = [o for o in obs if o.period_end]
        if not cumulative:
            continue
        latest_end = max(o.period_end for o in cumulative)
        at = [o for o in cumulative if o.period_end == latest_end]
        fig = KeyFigure(indicator=name, period=period_label(at[0].period_start, latest_end))
        for o in at:
            if o.measure == "level" and fig.level is None:
                fig.level = o
            elif o.measure == "growth" and not o.reference.startswith(("20", "19")) and fig.growth is None:
                fig.growth = o
            elif o.measure == "rank" and (province is None or o.reference == province):
                fig.rank = o
            elif o.measure == "diff" and province is not None and o.reference == province:
                fig.gap = o
        points: dict[str, float] = {}
        for o in cumulative:
            if o.measure == "growth" and o.modality is None:
                points[o.period_end] = o.value
        fig.trend = sorted(points.items())
        if fig.level or fig.growth or fig.rank or fig.gap:
            out.append(fig)
    out.sort(key=lambda f: (-(len(f.trend)), f.indicator))
    return out[:limit]


@dataclass
class Piece:
    """A run of a document's text: plain, or one figure mention."""

    text: str
    mention: Mention | None = None


def pieces(document: Document, mentions: list[Mention]) -> list[Piece]:
    """The document's text cut at its mentions' spans (overlapping spans: the first one wins). An html
    report is shown as its visible text, its mentions' spans (in the markup) moved onto it."""
    text, offsets = readable(document.file_name, document.text)
    spans = [
        (offsets.to_visible(m.start, m.end) if offsets is not None else (m.start, m.end), m) for m in mentions
    ]
    out: list[Piece] = []
    pos = 0
    for (start, end), m in sorted(spans, key=lambda sm: (sm[0][0], -sm[0][1])):
        if start < pos or end > len(text) or end <= start:
            continue
        if start > pos:
            out.append(Piece(text[pos:start]))
        out.append(Piece(text[start:end], m))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:]))
    return out


def mention_observation_ids(session: Session, mention_ids: list[int]) -> dict[int, list[int]]:
    """For each mention, the ids of the observations it backs (oldest first)."""
    out: dict[int, list[int]] = {}
    if not mention_ids:
        return out
    rows = session.execute(
        select(ObservationSource.mention_id, ObservationSource.observation_id)
        .where(ObservationSource.mention_id.in_(mention_ids))
        .order_by(ObservationSource.observation_id)
    )
    for mid, oid in rows:
        out.setdefault(mid, []).append(oid)
    return out


def series_vintages(session: Session, subject: str, indicator: str) -> list[Observation]:
    """Every observation of the subject's indicator, every vintage, superseded ones included."""
    return list(
        session.scalars(
            select(Observation)
            .where(Observation.subject == subject, Observation.indicator == indicator)
            .order_by(Observation.measure, Observation.period_end, Observation.reference, Observation.id)
        )
    )


def conflicts_of(session: Session, observation_ids: list[int]) -> list[Conflict]:
    if not observation_ids:
        return []
    return list(
        session.scalars(
            select(Conflict).where(
                Conflict.first_id.in_(observation_ids) | Conflict.second_id.in_(observation_ids)
            )
        )
    )
