"""Indicators: the series a subject has, a series chart, every vintage of each figure and where it was
published, and the conflicts between them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel
from sqlalchemy import func, select

from diaodu.errors import NotFound
from diaodu.ledger.accounts import Principal
from diaodu.ledger.tables.figures import Document, Observation, ObservationSource
from diaodu.output.web import charts
from diaodu.output.web.auth import current_user
from diaodu.output.web.figures import (
    MEASURE_LABELS,
    city_and_province,
    conflicts_of,
    current,
    current_flags,
    period_label,
    rejected_only,
    series_vintages,
)
from diaodu.output.web.routes import render, tx
from diaodu.output.web.routes.documents import ObservationOut, _observation_dict

pages = APIRouter()
api = APIRouter(tags=["指标"])

Who = Annotated[Principal, Depends(current_user)]


def _catalogue(request: Request, subject: str | None) -> tuple[str | None, list[dict[str, Any]], list[str]]:
    with tx(request) as session:
        city, _province = city_and_province(session)
        subject = subject or city
        subjects = list(
            session.scalars(
                select(Observation.subject)
                .group_by(Observation.subject)
                .order_by(func.count().desc())
                .limit(200)
            )
        )
        rows = (
            session.execute(
                select(
                    Observation.indicator,
                    func.count(),
                    func.max(Observation.period_end),
                    func.count(func.distinct(Observation.vintage)),
                )
                .where(Observation.subject == subject)
                .group_by(Observation.indicator)
                .order_by(Observation.indicator)
            )
            .tuples()
            .all()
        )
    return (
        subject,
        [{"indicator": i, "observations": n, "latest": p, "vintages": v} for i, n, p, v in rows],
        subjects,
    )


def _series(request: Request, subject: str, indicator: str) -> dict[str, Any]:
    with tx(request) as session:
        every = series_vintages(session, subject, indicator)
        if not every:
            raise NotFound(f"台账中没有「{subject}」的「{indicator}」")
        now = {o.id for o in current(session, subject=subject, indicator=indicator)}
        rejected = rejected_only(session, [o.id for o in every])
        doc_ids = sorted({o.document_id for o in every if o.document_id})
        docs = (
            dict(
                session.execute(select(Document.id, Document.title).where(Document.id.in_(doc_ids)))
                .tuples()
                .all()
            )
            if doc_ids
            else {}
        )
        mentions: dict[int, list[int]] = {}
        for oid, mid in session.execute(
            select(ObservationSource.observation_id, ObservationSource.mention_id).where(
                ObservationSource.observation_id.in_([o.id for o in every])
            )
        ):
            mentions.setdefault(oid, []).append(mid)
        conflicts = conflicts_of(session, [o.id for o in every])
        rows = [
            {
                **_observation_dict(o, o.id in now),
                "period": period_label(o.period_start, o.period_end),
                "measure_label": MEASURE_LABELS.get(o.measure, o.measure),
                "current": o.id in now,
                "rejected": o.id in rejected,
                "document_title": docs.get(o.document_id) if o.document_id else None,
                "mention_ids": mentions.get(o.id, []),
            }
            for o in every
        ]
        conflict_rows = [
            {
                "id": c.id,
                "kind": c.kind,
                "first_id": c.first_id,
                "second_id": c.second_id,
                "resolved": c.resolved_at is not None,
                "resolution": c.resolution,
            }
            for c in conflicts
        ]
    chart_options: dict[str, Any] = {}
    for measure, title, unit in (("growth", "同比增速", "%"), ("level", "总量", "")):
        points = sorted(
            {
                (r["period_end"], r["value_as_published"])
                for r in rows
                if r["current"] and r["measure"] == measure and not r["reference"] and r["period_end"]
            }
        )
        if points:
            unit = unit or next((r["unit_as_published"] or "" for r in rows if r["measure"] == measure), "")
            chart_options[measure] = charts.lines(
                f"{subject}{indicator}{title}",
                [p for p, _ in points],
                [(title, [v for _, v in points])],
                unit,
            )
    return {
        "subject": subject,
        "indicator": indicator,
        "rows": rows,
        "conflicts": conflict_rows,
        "charts": chart_options,
    }


@pages.get("/indicators", response_class=HTMLResponse)
def indicators_page(request: Request, _who: Who, subject: str | None = None) -> Response:
    subject, items, subjects = _catalogue(request, subject)
    return render(
        request, "indicators/list.html", nav="indicators", subject=subject, items=items, subjects=subjects
    )


@pages.get("/indicators/series", response_class=HTMLResponse)
def series_page(request: Request, _who: Who, subject: str, indicator: str) -> Response:
    data = _series(request, subject, indicator)
    return render(request, "indicators/series.html", nav="indicators", **data)


class IndicatorItem(BaseModel):
    indicator: str
    observations: int
    latest: str | None
    vintages: int


class SeriesRow(ObservationOut):
    rejected: bool
    period: str
    measure_label: str
    current: bool
    document_title: str | None
    mention_ids: list[int]


class SeriesOut(BaseModel):
    subject: str
    indicator: str
    rows: list[SeriesRow]
    conflicts: list[dict[str, Any]]


@api.get("/indicators", response_model=list[IndicatorItem], summary="一个地区的指标（默认本市）")
def api_indicators(request: Request, _who: Who, subject: str | None = None) -> list[dict[str, Any]]:
    return _catalogue(request, subject)[1]


@api.get("/series", response_model=SeriesOut, summary="一个指标的全部观测值（每个版本）与冲突")
def api_series(request: Request, _who: Who, subject: str, indicator: str) -> dict[str, Any]:
    return _series(request, subject, indicator)


@api.get("/observations/{observation_id}", response_model=ObservationOut, summary="一个观测值")
def api_observation(request: Request, observation_id: int, _who: Who) -> dict[str, Any]:
    with tx(request) as session:
        o = session.get(Observation, observation_id)
        if o is None:
            raise NotFound(f"没有编号为{observation_id}的观测值")
        return _observation_dict(o, current_flags(session, [o])[o.id])
