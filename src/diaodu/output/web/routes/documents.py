"""Documents and the review queue: a report's text with every figure highlighted and linked to its
observations, and the reviewer's accept / correct / reject, which the ledger follows (``ledger.review``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select

from diaodu.errors import InputError, NotFound
from diaodu.ledger.accounts import Principal, authorize
from diaodu.ledger.documents import shown_sentence
from diaodu.ledger.review import (
    REVIEW_STATE_LABELS,
    accept_mention,
    correct_mention,
    mention_observations,
    reject_mention,
    review_counts,
    review_queue,
)
from diaodu.ledger.tables.figures import Document, Mention, Observation
from diaodu.output.web.auth import current_user, writer
from diaodu.output.web.figures import MEASURE_LABELS, current_flags, mention_observation_ids, pieces
from diaodu.output.web.routes import render, tx

pages = APIRouter()
api = APIRouter(tags=["报告与数据审核"])

Who = Annotated[Principal, Depends(current_user)]
Writer = Annotated[Principal, Depends(writer)]


def _documents(request: Request) -> list[dict[str, Any]]:
    with tx(request) as session:
        counts = dict(
            session.execute(select(Mention.document_id, func.count()).group_by(Mention.document_id))
            .tuples()
            .all()
        )
        waiting = dict(
            session.execute(
                select(Mention.document_id, func.count())
                .where(Mention.review_state == "extracted")
                .group_by(Mention.document_id)
            )
            .tuples()
            .all()
        )
        docs = session.execute(
            select(
                Document.id,
                Document.title,
                Document.file_name,
                Document.publisher,
                Document.published_on,
                Document.read_at,
            ).order_by(Document.published_on.desc(), Document.id.desc())
        ).all()
    return [
        {
            "id": d.id,
            "title": d.title or d.file_name,
            "file_name": d.file_name,
            "publisher": d.publisher,
            "published_on": d.published_on.isoformat() if d.published_on else None,
            "mentions": int(counts.get(d.id, 0)),
            "waiting": int(waiting.get(d.id, 0)),
        }
        for d in docs
    ]


def _mention_dict(m: Mention, observation_ids: list[int] | None = None) -> dict[str, Any]:
    return {
        "id": m.id,
        "document_id": m.document_id,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "measure": m.measure,
        "value": m.value,
        "unit": m.unit,
        "qualifier": m.qualifier,
        "modality": m.modality,
        "subject": m.subject,
        "indicator": m.indicator,
        "period": m.period,
        "reference": m.reference,
        "review_state": m.review_state,
        "reviewed_by": m.reviewed_by,
        "reviewed_at": m.reviewed_at.isoformat() if m.reviewed_at else None,
        "observation_ids": observation_ids or [],
    }


def _observation_dict(o: Observation, current: bool) -> dict[str, Any]:
    return {
        "id": o.id,
        "subject": o.subject,
        "indicator": o.indicator,
        "period_start": o.period_start,
        "period_end": o.period_end,
        "measure": o.measure,
        "reference": o.reference,
        "value": o.value,
        "base_unit": o.base_unit,
        "value_as_published": o.value_as_published,
        "unit_as_published": o.unit_as_published,
        "vintage": o.vintage.isoformat() if o.vintage else None,
        "document_id": o.document_id,
        "current": current,
        "recorded_by": o.recorded_by,
        "recorded_at": o.recorded_at.isoformat(),
        "status": o.status,
    }


def _document_view(request: Request, document_id: int) -> dict[str, Any]:
    with tx(request) as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFound(f"没有编号为{document_id}的报告")
        mentions = list(
            session.scalars(select(Mention).where(Mention.document_id == document_id).order_by(Mention.start))
        )
        links = mention_observation_ids(session, [m.id for m in mentions])
        return {
            "document": doc,
            "pieces": pieces(doc, mentions),
            "mentions": mentions,
            "links": links,
        }


# ---------------------------------------------------------------- pages


@pages.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, _who: Who) -> Response:
    return render(request, "documents/list.html", nav="documents", documents=_documents(request))


@pages.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: int, _who: Who) -> Response:
    view = _document_view(request, document_id)
    return render(
        request,
        "documents/view.html",
        nav="documents",
        measure_labels=MEASURE_LABELS,
        state_labels=REVIEW_STATE_LABELS,
        **view,
    )


def _queue_context(request: Request, state: str, document_id: int | None) -> dict[str, Any]:
    with tx(request) as session:
        items = review_queue(session, state=None if state == "all" else state, document_id=document_id)
        links = mention_observation_ids(session, [m.id for m in items])
        obs_ids = sorted({oid for ids in links.values() for oid in ids})
        observations = (
            {o.id: o for o in session.scalars(select(Observation).where(Observation.id.in_(obs_ids)))}
            if obs_ids
            else {}
        )
        current = current_flags(session, list(observations.values()))
        doc_ids = sorted({m.document_id for m in items})
        docs = (
            {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(doc_ids)))}
            if doc_ids
            else {}
        )
        contexts = {}
        for m in items:
            doc = docs[m.document_id]
            sentence, s, e = shown_sentence(doc.file_name, doc.text, m.start, m.end)
            contexts[m.id] = (sentence[:s], sentence[s:e], sentence[e:])
        titles = {d.id: d.title or d.file_name for d in docs.values()}
        counts = review_counts(session)
    return {
        "items": items,
        "links": links,
        "observations": observations,
        "titles": titles,
        "contexts": contexts,
        "current": current,
        "counts": counts,
        "state": state,
        "document_id": document_id,
        "measure_labels": MEASURE_LABELS,
        "state_labels": REVIEW_STATE_LABELS,
    }


@pages.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request,
    _who: Who,
    state: Literal["extracted", "accepted", "corrected", "rejected", "all"] = "extracted",
    document_id: int | None = None,
) -> Response:
    return render(
        request, "documents/review.html", nav="review", **_queue_context(request, state, document_id)
    )


def _apply(
    request: Request, who: Principal, mention_id: int, action: str, value: float | None, note: str | None
) -> None:
    authorize(who, "mention.review")
    with tx(request) as session:
        if action == "accept":
            accept_mention(session, mention_id, actor=who.name, note=note)
        elif action == "reject":
            reject_mention(session, mention_id, actor=who.name, note=note)
        elif action == "correct":
            if value is None:
                raise InputError("更正时必须填写正确的数值")
            correct_mention(session, mention_id, value=value, actor=who.name, note=note)
        else:
            raise InputError(f"未知的审核操作「{action}」")


@pages.post("/review/{mention_id}", response_class=HTMLResponse)
def review_submit(
    request: Request,
    mention_id: int,
    who: Writer,
    action: Annotated[str, Form()],
    value: Annotated[str, Form()] = "",
    note: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    number: float | None = None
    if value.strip():
        try:
            number = float(value.strip().replace(",", ""))
        except ValueError as exc:
            raise InputError(f"「{value}」不是数字") from exc
    _apply(request, who, mention_id, action, number, note.strip() or None)
    if request.headers.get("HX-Request"):
        with tx(request) as session:
            m = session.get(Mention, mention_id)
            assert m is not None
            observations = mention_observations(session, mention_id)
            flags = current_flags(session, observations)
        return render(
            request,
            "documents/_reviewed.html",
            m=m,
            observations=observations,
            current=flags,
            state_labels=REVIEW_STATE_LABELS,
        )
    return RedirectResponse("/review", status_code=303)


# ---------------------------------------------------------------- API


class DocumentOut(BaseModel):
    id: int
    title: str
    file_name: str
    publisher: str | None
    published_on: str | None
    mentions: int
    waiting: int = Field(description="待审核的数据个数")


class MentionOut(BaseModel):
    id: int
    document_id: int
    start: int
    end: int
    text: str
    measure: str
    value: float
    unit: str | None
    qualifier: str | None
    modality: str | None
    subject: str
    indicator: str
    period: str | None
    reference: str | None
    review_state: str
    reviewed_by: str | None
    reviewed_at: str | None
    observation_ids: list[int]


class ObservationOut(BaseModel):
    id: int
    subject: str
    indicator: str
    period_start: str
    period_end: str
    measure: str
    reference: str
    value: float
    base_unit: str | None
    value_as_published: float
    unit_as_published: str | None
    vintage: str | None
    document_id: int | None
    current: bool = Field(description="是否为该序列的现行值（最新版本）")
    recorded_by: str
    recorded_at: str
    status: str


class DocumentDetailOut(BaseModel):
    id: int
    title: str | None
    file_name: str
    publisher: str | None
    published_on: str | None
    text: str
    mentions: list[MentionOut]


class ReviewIn(BaseModel):
    action: Literal["accept", "correct", "reject"]
    value: float | None = Field(default=None, description="更正后的数值（按原文单位），仅 correct 时需要")
    note: str | None = Field(default=None, max_length=500)


class ReviewOut(BaseModel):
    mention: MentionOut
    observations: list[ObservationOut] = Field(description="该数据对应的全部观测值（含被更正取代的）")


@api.get("/documents", response_model=list[DocumentOut], summary="报告列表")
def api_documents(request: Request, _who: Who) -> list[dict[str, Any]]:
    return _documents(request)


@api.get("/documents/{document_id}", response_model=DocumentDetailOut, summary="报告全文与其中的数据")
def api_document(request: Request, document_id: int, _who: Who) -> dict[str, Any]:
    view = _document_view(request, document_id)
    doc: Document = view["document"]
    return {
        "id": doc.id,
        "title": doc.title,
        "file_name": doc.file_name,
        "publisher": doc.publisher,
        "published_on": doc.published_on.isoformat() if doc.published_on else None,
        "text": doc.text,
        "mentions": [_mention_dict(m, view["links"].get(m.id)) for m in view["mentions"]],
    }


@api.get("/mentions", response_model=list[MentionOut], summary="审核队列")
def api_mentions(
    request: Request,
    _who: Who,
    state: Annotated[Literal["extracted", "accepted", "corrected", "rejected", "all"], Query()] = "extracted",
    document_id: int | None = None,
) -> list[dict[str, Any]]:
    ctx = _queue_context(request, state, document_id)
    return [_mention_dict(m, ctx["links"].get(m.id)) for m in ctx["items"]]


@api.post("/mentions/{mention_id}/review", response_model=ReviewOut, summary="确认、更正或驳回一个数据")
def api_review(request: Request, mention_id: int, body: ReviewIn, who: Writer) -> dict[str, Any]:
    _apply(request, who, mention_id, body.action, body.value, body.note)
    with tx(request) as session:
        m = session.get(Mention, mention_id)
        assert m is not None
        observations = mention_observations(session, mention_id)
        flags = current_flags(session, observations)
        return {
            "mention": _mention_dict(m, [o.id for o in observations]),
            "observations": [_observation_dict(o, flags[o.id]) for o in observations],
        }


def fmt_time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""
