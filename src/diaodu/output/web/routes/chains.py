"""Industrial chains (产业链): each chain's chiefs, enterprises by segment, goals, tasks and tickets; a chain
office sets its own chain's yearly goals (``ledger.chains.set_goal``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select

from diaodu.errors import AccessDenied, InputError, NotFound
from diaodu.ledger.accounts import Principal, authorize, chain_clause
from diaodu.ledger.chains import set_goal
from diaodu.ledger.tables.chains import SEGMENTS, Chain, ChainChief, ChainGoal, Enterprise
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import Task, Ticket
from diaodu.output.web.auth import current_user, writer
from diaodu.output.web.routes import render, tx

pages = APIRouter()
api = APIRouter(tags=["产业链"])

Who = Annotated[Principal, Depends(current_user)]
Writer = Annotated[Principal, Depends(writer)]


def chains_overview(request: Request) -> list[dict[str, Any]]:
    with tx(request) as session:
        chains = list(session.scalars(select(Chain).order_by(Chain.sort, Chain.name)))
        chiefs: dict[int, list[str]] = {}
        for cid, name, role in session.execute(
            select(ChainChief.chain_id, ChainChief.name, ChainChief.role).order_by(
                ChainChief.role, ChainChief.id
            )
        ):
            chiefs.setdefault(cid, []).append(f"{role} {name}")
        enterprises = dict(
            session.execute(select(Enterprise.chain_id, func.count()).group_by(Enterprise.chain_id))
            .tuples()
            .all()
        )
        tasks = dict(
            session.execute(select(Task.chain_id, func.count()).group_by(Task.chain_id)).tuples().all()
        )
        open_tickets = dict(
            session.execute(
                select(Ticket.chain_id, func.count()).where(Ticket.state != "办结").group_by(Ticket.chain_id)
            )
            .tuples()
            .all()
        )
        return [
            {
                "id": c.id,
                "code": c.code,
                "name": c.name,
                "office": c.office,
                "chiefs": chiefs.get(c.id, []),
                "enterprises": int(enterprises.get(c.id, 0)),
                "tasks": int(tasks.get(c.id, 0)),
                "open_tickets": int(open_tickets.get(c.id, 0)),
            }
            for c in chains
        ]


def chain_detail(request: Request, chain_id: int) -> dict[str, Any]:
    with tx(request) as session:
        c = session.get(Chain, chain_id)
        if c is None:
            raise NotFound(f"没有编号为{chain_id}的产业链")
        chiefs = [
            {"name": ch.name, "title": ch.title, "role": ch.role}
            for ch in session.scalars(
                select(ChainChief).where(ChainChief.chain_id == c.id).order_by(ChainChief.id)
            )
        ]
        by_segment: dict[str, list[dict[str, Any]]] = {s: [] for s in SEGMENTS}
        for e, region in session.execute(
            select(Enterprise, Unit.name)
            .outerjoin(Unit, Unit.id == Enterprise.region_id)
            .where(Enterprise.chain_id == c.id)
            .order_by(Enterprise.chain_master.desc(), Enterprise.output_value.desc(), Enterprise.name)
        ):
            by_segment.setdefault(e.segment, []).append(
                {
                    "id": e.id,
                    "name": e.name,
                    "above_scale": e.above_scale,
                    "chain_master": e.chain_master,
                    "output_value": e.output_value,
                    "region": region,
                }
            )
        goals = [
            {"year": g.year, "indicator": g.indicator, "target": g.target, "unit": g.unit}
            for g in session.scalars(
                select(ChainGoal)
                .where(ChainGoal.chain_id == c.id)
                .order_by(ChainGoal.year.desc(), ChainGoal.indicator)
            )
        ]
        tasks = [
            {
                "id": t.id,
                "title": t.title,
                "unit": unit,
                "deadline": t.deadline.isoformat() if t.deadline else None,
                "state": t.state,
            }
            for t, unit in session.execute(
                select(Task, Unit.name)
                .outerjoin(Unit, Unit.id == Task.responsible_unit_id)
                .where(Task.chain_id == c.id)
                .order_by(Task.deadline)
            )
        ]
        tickets = [
            {
                "id": t.id,
                "code": t.code,
                "title": t.title,
                "state": t.state,
                "unit": unit,
                "deadline": t.deadline.isoformat() if t.deadline else None,
            }
            for t, unit in session.execute(
                select(Ticket, Unit.name)
                .outerjoin(Unit, Unit.id == Ticket.assigned_unit_id)
                .where(Ticket.chain_id == c.id)
                .order_by(Ticket.raised_on.desc())
            )
        ]
        return {
            "id": c.id,
            "code": c.code,
            "name": c.name,
            "office": c.office,
            "chiefs": chiefs,
            "segments": by_segment,
            "goals": goals,
            "tasks": tasks,
            "tickets": tickets,
        }


class GoalIn(BaseModel):
    year: int = Field(ge=2000, le=2100)
    indicator: str = Field(min_length=1, max_length=100)
    target: float
    unit: str | None = Field(default=None, max_length=20)


def save_goal(request: Request, who: Principal, chain_id: int, body: GoalIn) -> dict[str, Any]:
    with tx(request) as session:
        authorize(who, "chain.write", chain=who.chain if who.role == "chain_office" else None)
        chain = session.scalar(select(Chain).where(Chain.id == chain_id, chain_clause(who, Chain.name)))
        if chain is None:
            if session.get(Chain, chain_id) is None:
                raise NotFound(f"没有编号为{chain_id}的产业链")
            raise AccessDenied(f"产业链办只能修改本产业链（{who.chain or '未指定'}）")
        goal = set_goal(
            session, chain.id, body.year, body.indicator.strip(), body.target, body.unit, actor=who.name
        )
        return {
            "chain_id": chain.id,
            "year": goal.year,
            "indicator": goal.indicator,
            "target": goal.target,
            "unit": goal.unit,
        }


@pages.get("/chains", response_class=HTMLResponse)
def chains_page(request: Request, _who: Who) -> Response:
    return render(request, "chains/list.html", nav="chains", chains=chains_overview(request))


@pages.get("/chains/{chain_id}", response_class=HTMLResponse)
def chain_page(request: Request, chain_id: int, who: Who) -> Response:
    data = chain_detail(request, chain_id)
    may_write = who.role == "admin" or (who.role == "chain_office" and who.chain == data["name"])
    return render(
        request, "chains/view.html", nav="chains", c=data, may_write=may_write, this_year=date.today().year
    )


@pages.post("/chains/{chain_id}/goals", response_class=HTMLResponse)
def goal_submit(
    request: Request,
    chain_id: int,
    who: Writer,
    year: Annotated[int, Form()],
    indicator: Annotated[str, Form(max_length=100)],
    target: Annotated[str, Form()],
    unit: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    try:
        value = float(target.strip().replace(",", ""))
    except ValueError as exc:
        raise InputError(f"目标值应填数字，不是「{target}」") from exc
    save_goal(request, who, chain_id, GoalIn(year=year, indicator=indicator, target=value, unit=unit or None))
    return RedirectResponse(f"/chains/{chain_id}", status_code=303)


@api.get("/chains", summary="产业链一览")
def api_chains(request: Request, _who: Who) -> list[dict[str, Any]]:
    return chains_overview(request)


@api.get("/chains/{chain_id}", summary="一条产业链：链长、企业（按环节）、目标、任务、工单")
def api_chain(request: Request, chain_id: int, _who: Who) -> dict[str, Any]:
    return chain_detail(request, chain_id)


@api.post("/chains/{chain_id}/goals", summary="设定产业链年度目标（本产业链）")
def api_goal(request: Request, chain_id: int, body: GoalIn, who: Writer) -> dict[str, Any]:
    return save_goal(request, who, chain_id, body)
