"""Tasks (挂图作战) and tickets (问题工单): lists by unit and state, a task's state, and ticket actions along
the workflow (``dispatch.tickets``). A unit reporter acts on its own unit's tasks and tickets, a chain
office on its own chain's; the scope is in the query that finds the row."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from diaodu.dispatch.deadlines import task_completion_by_unit
from diaodu.dispatch.tickets import allowed, state_counts, transition
from diaodu.errors import AccessDenied, NotFound
from diaodu.ledger.accounts import Principal, authorize, chain_clause, unit_clause
from diaodu.ledger.tables.chains import Chain, Enterprise
from diaodu.ledger.tables.projects import Project
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import TASK_STATES, TICKET_STATES, Task, Ticket, TicketEvent
from diaodu.ledger.tasks import set_task_state
from diaodu.output.web.auth import current_user, writer
from diaodu.output.web.routes import render, tx
from diaodu.output.web.routes.projects import _id

pages = APIRouter()
api = APIRouter(tags=["任务与工单"])

Who = Annotated[Principal, Depends(current_user)]
Writer = Annotated[Principal, Depends(writer)]
LIMIT = 500


def _scope(who: Principal, unit_col: Any, chain_col: Any) -> ColumnElement[bool]:
    return or_(
        unit_clause(who, unit_col), chain_col.in_(select(Chain.id).where(chain_clause(who, Chain.name)))
    )


def _refuse(who: Principal, what: str) -> AccessDenied:
    if who.role == "reporter":
        return AccessDenied(f"单位填报员只能办理本单位（{who.unit_name or '未指定'}）的{what}")
    if who.role == "chain_office":
        return AccessDenied(f"产业链办只能办理本产业链（{who.chain or '未指定'}）的{what}")
    return AccessDenied(f"{who.role_label}无权办理{what}")


def _scoped_check(who: Principal, action: str) -> None:
    """Role check; the row's scope is checked by the query."""
    authorize(
        who,
        action,
        unit_id=who.unit_id if who.role == "reporter" else None,
        chain=who.chain if who.role == "chain_office" else None,
    )


# ---------------------------------------------------------------- tasks


def _may_write_task(who: Principal, t: dict[str, Any]) -> bool:
    if who.role == "admin":
        return True
    if who.role == "reporter":
        return who.unit_id is not None and who.unit_id == t["unit_id"]
    return who.role == "chain_office" and who.chain is not None and who.chain == t["chain"]


def _task_row(session: Session, task_id: int) -> dict[str, Any]:
    today = date.today()
    t, unit, chain = session.execute(
        select(Task, Unit.name, Chain.name)
        .outerjoin(Unit, Unit.id == Task.responsible_unit_id)
        .outerjoin(Chain, Chain.id == Task.chain_id)
        .where(Task.id == task_id)
    ).one()
    return _task_dict(t, unit, chain, today)


def _task_dict(t: Task, unit: str | None, chain: str | None, today: date) -> dict[str, Any]:
    return {
        "id": t.id,
        "title": t.title,
        "unit": unit,
        "unit_id": t.responsible_unit_id,
        "chain": chain,
        "domain": t.domain,
        "deadline": t.deadline.isoformat() if t.deadline else None,
        "state": t.state,
        "overdue": t.state != "已完成" and t.deadline is not None and t.deadline < today,
        "completed_on": t.completed_on.isoformat() if t.completed_on else None,
    }


def task_list(request: Request, *, unit_id: int | None, state: str | None) -> dict[str, Any]:
    today = date.today()
    query = (
        select(Task, Unit.name, Chain.name)
        .outerjoin(Unit, Unit.id == Task.responsible_unit_id)
        .outerjoin(Chain, Chain.id == Task.chain_id)
        .order_by(Task.deadline, Task.id)
        .limit(LIMIT)
    )
    if unit_id is not None:
        query = query.where(Task.responsible_unit_id == unit_id)
    if state == "overdue":
        query = query.where(Task.state != "已完成", Task.deadline < today)
    elif state:
        query = query.where(Task.state == state)
    with tx(request) as session:
        items = [_task_dict(t, unit, chain, today) for t, unit, chain in session.execute(query)]
        by_unit = [
            {"unit": u.unit, "total": u.total, "done": u.done, "overdue": u.overdue}
            for u in task_completion_by_unit(session, today)
        ]
        units = _units(session)
    return {"items": items, "by_unit": by_unit, "units": units}


def _units(session: Session) -> list[tuple[int, str]]:
    return [
        (i, n)
        for i, n in session.execute(
            select(Unit.id, Unit.name).where(Unit.kind.notin_(("province", "company"))).order_by(Unit.code)
        )
    ]


class TaskStateIn(BaseModel):
    state: str = Field(description="未开始 / 推进中 / 已完成")


def set_state(request: Request, who: Principal, task_id: int, body: TaskStateIn) -> dict[str, Any]:
    _scoped_check(who, "task.write")
    with tx(request) as session:
        task = session.scalar(
            select(Task).where(Task.id == task_id, _scope(who, Task.responsible_unit_id, Task.chain_id))
        )
        if task is None:
            if session.get(Task, task_id) is None:
                raise NotFound(f"没有这项任务：{task_id}")
            raise _refuse(who, "任务")
        task = set_task_state(session, task.id, body.state, on=date.today(), actor=who.name)
        return {
            "id": task.id,
            "state": task.state,
            "completed_on": task.completed_on.isoformat() if task.completed_on else None,
        }


@pages.get("/tasks", response_class=HTMLResponse)
def tasks_page(request: Request, who: Who, unit_id: str | None = None, state: str | None = None) -> Response:
    data = task_list(request, unit_id=_id(unit_id, "责任单位"), state=state or None)
    for item in data["items"]:
        item["may_write"] = _may_write_task(who, item)
    return render(
        request,
        "work/tasks.html",
        nav="tasks",
        data=data,
        states=TASK_STATES,
        unit_id=unit_id or "",
        state=state or "",
    )


@pages.post("/tasks/{task_id}/state", response_class=HTMLResponse)
def task_state_submit(request: Request, task_id: int, who: Writer, state: Annotated[str, Form()]) -> Response:
    set_state(request, who, task_id, TaskStateIn(state=state))
    if request.headers.get("HX-Request"):
        with tx(request) as session:
            row = _task_row(session, task_id)
        row["may_write"] = _may_write_task(who, row)
        return render(request, "work/_task_row.html", t=row, states=TASK_STATES)
    return RedirectResponse("/tasks", status_code=303)


@api.get("/tasks", summary="任务列表（按单位、状态；state=overdue 为逾期）")
def api_tasks(
    request: Request, _who: Who, unit_id: int | None = None, state: str | None = None
) -> dict[str, Any]:
    data = task_list(request, unit_id=unit_id, state=state)
    return {"items": data["items"], "by_unit": data["by_unit"]}


@api.post("/tasks/{task_id}/state", summary="更新任务状态（本单位或本产业链）")
def api_task_state(request: Request, task_id: int, body: TaskStateIn, who: Writer) -> dict[str, Any]:
    return set_state(request, who, task_id, body)


# ---------------------------------------------------------------- tickets


def ticket_list(request: Request, *, unit_id: int | None, state: str | None) -> dict[str, Any]:
    today = date.today()
    query = (
        select(Ticket, Unit.name, Chain.name)
        .outerjoin(Unit, Unit.id == Ticket.assigned_unit_id)
        .outerjoin(Chain, Chain.id == Ticket.chain_id)
        .order_by(Ticket.raised_on.desc(), Ticket.id.desc())
        .limit(LIMIT)
    )
    if unit_id is not None:
        query = query.where(Ticket.assigned_unit_id == unit_id)
    if state == "open":
        query = query.where(Ticket.state != "办结")
    elif state:
        query = query.where(Ticket.state == state)
    with tx(request) as session:
        items = [
            {
                "id": t.id,
                "code": t.code,
                "title": t.title,
                "category": t.category,
                "unit": unit,
                "chain": chain,
                "raised_on": t.raised_on.isoformat(),
                "deadline": t.deadline.isoformat() if t.deadline else None,
                "state": t.state,
                "overdue": t.state != "办结" and t.deadline is not None and t.deadline < today,
            }
            for t, unit, chain in session.execute(query)
        ]
        counts = state_counts(session)
        units = _units(session)
    return {"items": items, "counts": counts, "units": units}


def ticket_detail(request: Request, ticket_id: int) -> dict[str, Any]:
    with tx(request) as session:
        t = session.get(Ticket, ticket_id)
        if t is None:
            raise NotFound(f"没有这个问题工单：{ticket_id}")
        unit = session.get(Unit, t.assigned_unit_id) if t.assigned_unit_id else None
        chain = session.get(Chain, t.chain_id) if t.chain_id else None
        enterprise = session.get(Enterprise, t.enterprise_id) if t.enterprise_id else None
        project = session.get(Project, t.project_id) if t.project_id else None
        events = [
            {
                "at": e.at.isoformat(),
                "on": e.happened_on.isoformat(),
                "from": e.from_state,
                "to": e.to_state,
                "actor": e.actor,
                "note": e.note,
            }
            for e in session.scalars(
                select(TicketEvent).where(TicketEvent.ticket_id == t.id).order_by(TicketEvent.id)
            )
        ]
        return {
            "id": t.id,
            "code": t.code,
            "title": t.title,
            "description": t.description,
            "category": t.category,
            "state": t.state,
            "unit": unit.name if unit else None,
            "unit_id": t.assigned_unit_id,
            "chain": chain.name if chain else None,
            "enterprise": enterprise.name if enterprise else None,
            "project": project.name if project else None,
            "project_id": t.project_id,
            "raised_on": t.raised_on.isoformat(),
            "deadline": t.deadline.isoformat() if t.deadline else None,
            "resolved_on": t.resolved_on.isoformat() if t.resolved_on else None,
            "reopened": t.reopened,
            "events": events,
            "next": list(allowed(t.state)),
        }


class TransitionIn(BaseModel):
    to_state: str = Field(description="收集 / 交办 / 办理 / 反馈 / 办结")
    note: str | None = Field(default=None, max_length=1000)


def act(request: Request, who: Principal, ticket_id: int, body: TransitionIn) -> dict[str, Any]:
    _scoped_check(who, "ticket.act")
    with tx(request) as session:
        found = session.scalar(
            select(Ticket.id).where(
                Ticket.id == ticket_id, _scope(who, Ticket.assigned_unit_id, Ticket.chain_id)
            )
        )
        if found is None:
            if session.get(Ticket, ticket_id) is None:
                raise NotFound(f"没有这个问题工单：{ticket_id}")
            raise _refuse(who, "工单")
        t = transition(session, found, body.to_state, actor=who.name, note=body.note or None)
        return {"id": t.id, "code": t.code, "state": t.state, "next": list(allowed(t.state))}


def _may_act(who: Principal, t: dict[str, Any]) -> bool:
    if who.role == "admin":
        return True
    if who.role == "reporter":
        return who.unit_id is not None and who.unit_id == t["unit_id"]
    return who.role == "chain_office" and who.chain is not None and who.chain == t["chain"]


@pages.get("/tickets", response_class=HTMLResponse)
def tickets_page(
    request: Request, _who: Who, unit_id: str | None = None, state: str | None = None
) -> Response:
    data = ticket_list(request, unit_id=_id(unit_id, "承办单位"), state=state or None)
    return render(
        request,
        "work/tickets.html",
        nav="tickets",
        data=data,
        states=TICKET_STATES,
        unit_id=unit_id or "",
        state=state or "",
    )


@pages.get("/tickets/{ticket_id}", response_class=HTMLResponse)
def ticket_page(request: Request, ticket_id: int, who: Who) -> Response:
    t = ticket_detail(request, ticket_id)
    return render(request, "work/ticket.html", nav="tickets", t=t, may_act=_may_act(who, t))


@pages.post("/tickets/{ticket_id}/transition", response_class=HTMLResponse)
def ticket_submit(
    request: Request,
    ticket_id: int,
    who: Writer,
    to_state: Annotated[str, Form()],
    note: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    act(request, who, ticket_id, TransitionIn(to_state=to_state, note=note.strip() or None))
    return RedirectResponse(f"/tickets/{ticket_id}", status_code=303)


@api.get("/tickets", summary="问题工单列表（按单位、状态；state=open 为未办结）")
def api_tickets(
    request: Request, _who: Who, unit_id: int | None = None, state: str | None = None
) -> dict[str, Any]:
    data = ticket_list(request, unit_id=unit_id, state=state)
    return {"items": data["items"], "counts": data["counts"]}


@api.get("/tickets/{ticket_id}", summary="一个工单与其流转记录")
def api_ticket(request: Request, ticket_id: int, _who: Who) -> dict[str, Any]:
    return ticket_detail(request, ticket_id)


@api.post("/tickets/{ticket_id}/transition", summary="工单流转（本单位或本产业链）")
def api_ticket_transition(
    request: Request, ticket_id: int, body: TransitionIn, who: Writer
) -> dict[str, Any]:
    return act(request, who, ticket_id, body)
