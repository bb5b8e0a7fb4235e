"""Key projects: the register (filterable, sortable, with progress bars and the 时序进度 marker), a
project's page with its monthly history, monthly progress entry for the responsible unit, and the
集中开工 batches.

Completion, 时序进度 and colours come from ``dispatch.progress``; the write goes through
``ledger.projects.record_progress``. A unit reporter finds only its own unit's projects when it writes:
the scope is part of the query that looks the project up.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from diaodu.dispatch.progress import (
    ProgressFilter,
    period_label,
    project_progress,
    schedule_rate,
    total_progress,
)
from diaodu.errors import AccessDenied, InputError, NotFound
from diaodu.ledger.accounts import Principal, authorize, unit_clause
from diaodu.ledger.projects import record_progress
from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.projects import (
    PROJECT_LEVELS,
    PROJECT_STAGES,
    Project,
    ProjectPlan,
    ProjectProgress,
    StartBatch,
    StartBatchProject,
)
from diaodu.ledger.tables.regions import Unit
from diaodu.output.web.auth import current_user, writer
from diaodu.output.web.cache import cached
from diaodu.output.web.routes import fragment, render, settings, tx

pages = APIRouter()
api = APIRouter(tags=["重点项目"])

Who = Annotated[Principal, Depends(current_user)]
Writer = Annotated[Principal, Depends(writer)]

PAGE_SIZE = 50
Sort = Literal["gap", "-gap", "completion", "-completion", "planned", "-planned", "name", "code"]
SORT_LABELS = {
    "gap": "落后最多",
    "-gap": "超前最多",
    "completion": "完成率低→高",
    "-completion": "完成率高→低",
    "planned": "计划投资小→大",
    "-planned": "计划投资大→小",
    "name": "项目名称",
    "code": "项目编号",
}


def _id(text: str | None, label: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise InputError(f"筛选条件「{label}」应为编号，不是「{text}」")
    return int(text)


def latest_month(session: Session) -> tuple[int, int] | None:
    """The latest (year, month) any project reported progress for.

    The last entry of the ``(year, month)`` index (``ix_project_progress_period``): one seek, where a
    ``max(year * 100 + month)`` over an expression read every progress row."""
    found = session.execute(
        select(ProjectProgress.year, ProjectProgress.month)
        .order_by(ProjectProgress.year.desc(), ProjectProgress.month.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    return int(found[0]), int(found[1])


def project_scope(who: Principal) -> ColumnElement[bool]:
    """Projects ``who`` may write: a reporter's unit as region, park or responsible unit."""
    return or_(
        unit_clause(who, Project.responsible_unit_id),
        unit_clause(who, Project.region_id),
        unit_clause(who, Project.park_id),
    )


def writable_project(session: Session, who: Principal, project_id: int) -> Project:
    """The project, found through ``who``'s scope; ``AccessDenied`` when it exists but lies outside."""
    authorize(who, "progress.write", unit_id=who.unit_id if who.role == "reporter" else None)
    found = session.scalar(select(Project).where(Project.id == project_id, project_scope(who)))
    if found is not None:
        return found
    if session.get(Project, project_id) is None:
        raise NotFound(f"没有编号为{project_id}的项目")
    raise AccessDenied(f"单位填报员只能填报本单位（{who.unit_name or '未指定'}）的项目")


def _progress_dict(p: Any) -> dict[str, Any]:
    return {
        "project_id": p.project_id,
        "code": p.code,
        "name": p.name,
        "level": p.level,
        "stage": p.stage,
        "chain": p.chain,
        "region": p.region,
        "park": p.park,
        "planned": p.planned,
        "cumulative": p.cumulative,
        "month_completed": p.month_completed,
        "reported_month": p.reported_month,
        "completion": None if p.completion is None else round(p.completion, 1),
        "schedule": round(p.schedule, 1),
        "gap": None if p.gap is None else round(p.gap, 1),
        "colour": p.colour,
        "colour_label": p.colour_label,
        "double_half": p.double_half,
    }


def _sort_key(sort: str) -> Any:
    field = sort.lstrip("-")
    if field in ("gap", "completion"):
        return lambda r: (r[field] is None, r[field] if r[field] is not None else 0.0)
    return lambda r: r[field]


def register(request: Request, **query: Any) -> dict[str, Any]:
    """One page of the register (see :func:`build_register`), from the view cache when fresh."""
    key = ("projects", *sorted(query.items()))
    return cached(request, key, lambda: build_register(request, **query))


def build_register(
    request: Request,
    *,
    level: str | None,
    chain_id: int | None,
    region_id: int | None,
    stage: str | None,
    behind: bool,
    sort: str,
    page: int,
    unit_id: int | None = None,
) -> dict[str, Any]:
    """One page of the register and the totals of everything the filters keep; ``unit_id`` keeps the
    projects of one unit (as region, park or responsible unit)."""
    s = settings(request)
    filters = ProgressFilter(
        level=level,
        chain_id=chain_id,
        region_id=region_id,
        stage=stage,
        unit_ids=(unit_id,) if unit_id is not None else None,
    )
    with tx(request) as session:
        at = latest_month(session)
        if at is None:
            year, month = date.today().year, date.today().month
        else:
            year, month = at
        total = total_progress(session, year, month, filters)
        if sort == "gap":
            # The fast path: dispatch sorts by gap in SQL; only the rows up to this page are fetched.
            rows = project_progress(
                session, year, month, filters, settings=s, only_behind=behind, limit=page * PAGE_SIZE
            )
            rows = rows[(page - 1) * PAGE_SIZE :]
            items = [_progress_dict(p) for p in rows]
        else:
            every = [
                _progress_dict(p)
                for p in project_progress(session, year, month, filters, settings=s, only_behind=behind)
            ]
            every.sort(key=_sort_key(sort), reverse=sort.startswith("-"))
            items = every[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        chains = list(
            session.execute(select(Chain.id, Chain.name).order_by(Chain.sort, Chain.name)).tuples().all()
        )
        regions = list(
            session.execute(
                select(Unit.id, Unit.name)
                .where(Unit.kind.in_(("district", "county", "county_city", "park")))
                .order_by(Unit.code)
            )
            .tuples()
            .all()
        )
    count = total.count if total else 0
    return {
        "year": year,
        "month": month,
        "as_of": f"{year}年{period_label(month)}",
        "schedule": round(schedule_rate(month), 1),
        "total": None
        if total is None
        else {
            "count": total.count,
            "planned": total.planned,
            "cumulative": total.cumulative,
            "completion": None if total.completion is None else round(total.completion, 1),
            "ahead": total.ahead,
        },
        "items": items,
        "page": page,
        "pages": max(1, -(-count // PAGE_SIZE)),
        "chains": chains,
        "regions": regions,
    }


def project_detail(request: Request, project_id: int) -> dict[str, Any]:
    with tx(request) as session:
        p = session.get(Project, project_id)
        if p is None:
            raise NotFound(f"没有编号为{project_id}的项目")
        names = dict(
            session.execute(
                select(Unit.id, Unit.name).where(
                    Unit.id.in_([p.region_id or 0, p.park_id or 0, p.responsible_unit_id or 0])
                )
            )
            .tuples()
            .all()
        )
        chain = session.get(Chain, p.chain_id) if p.chain_id else None
        plans = {
            pl.year: pl.planned
            for pl in session.scalars(select(ProjectPlan).where(ProjectPlan.project_id == p.id))
        }
        history = [
            {
                "year": r.year,
                "month": r.month,
                "completed_month": r.completed_month,
                "cumulative_year": r.cumulative_year,
                "cumulative_total": r.cumulative_total,
                "notes": r.notes,
                "problems": r.problems,
                "updated_by": r.updated_by,
                "updated_at": r.updated_at.isoformat(),
                "completion": round(r.cumulative_year / plans[r.year] * 100, 1)
                if plans.get(r.year)
                else None,
                "schedule": round(schedule_rate(r.month), 1),
            }
            for r in session.scalars(
                select(ProjectProgress)
                .where(ProjectProgress.project_id == p.id)
                .order_by(ProjectProgress.year, ProjectProgress.month)
            )
        ]
        batches = [
            {"id": b.id, "name": b.name, "held_on": b.held_on.isoformat()}
            for b in session.scalars(
                select(StartBatch)
                .join(StartBatchProject, StartBatchProject.batch_id == StartBatch.id)
                .where(StartBatchProject.project_id == p.id)
            )
        ]
        return {
            "id": p.id,
            "code": p.code,
            "name": p.name,
            "level": p.level,
            "stage": p.stage,
            "chain": chain.name if chain else None,
            "region": names.get(p.region_id or -1),
            "park": names.get(p.park_id or -1),
            "responsible_unit": names.get(p.responsible_unit_id or -1),
            "responsible_unit_id": p.responsible_unit_id,
            "region_id": p.region_id,
            "park_id": p.park_id,
            "owner": p.owner,
            "total_investment": p.total_investment,
            "planned_start": p.planned_start.isoformat() if p.planned_start else None,
            "planned_finish": p.planned_finish.isoformat() if p.planned_finish else None,
            "plans": plans,
            "history": history,
            "batches": batches,
        }


def _may_write(who: Principal, project: dict[str, Any]) -> bool:
    if who.role == "admin":
        return True
    if who.role != "reporter" or who.unit_id is None:
        return False
    return who.unit_id in (project["responsible_unit_id"], project["region_id"], project["park_id"])


class ProgressIn(BaseModel):
    year: int = Field(ge=2000, le=2100)
    month: int = Field(ge=1, le=12)
    completed_month: float = Field(ge=0, description="当月完成投资（万元）")
    cumulative_year: float | None = Field(
        default=None, ge=0, description="本年累计完成投资（万元）；不填则为上月累计加当月"
    )
    cumulative_total: float | None = Field(default=None, ge=0, description="开工以来累计（万元）")
    notes: str | None = Field(default=None, max_length=2000)
    problems: str | None = Field(default=None, max_length=2000)


def save_progress(request: Request, who: Principal, project_id: int, body: ProgressIn) -> dict[str, Any]:
    with tx(request) as session:
        project = writable_project(session, who, project_id)
        cumulative = body.cumulative_year
        if cumulative is None:
            before = session.scalar(
                select(ProjectProgress.cumulative_year)
                .where(
                    ProjectProgress.project_id == project.id,
                    ProjectProgress.year == body.year,
                    ProjectProgress.month < body.month,
                )
                .order_by(ProjectProgress.month.desc())
                .limit(1)
            )
            cumulative = (before or 0.0) + body.completed_month
        row, created = record_progress(
            session,
            project.id,
            body.year,
            body.month,
            completed_month=body.completed_month,
            cumulative_year=cumulative,
            cumulative_total=body.cumulative_total,
            notes=body.notes or None,
            problems=body.problems or None,
            actor=who.name,
        )
        return {
            "project_id": project.id,
            "year": row.year,
            "month": row.month,
            "completed_month": row.completed_month,
            "cumulative_year": row.cumulative_year,
            "created": created,
        }


# ---------------------------------------------------------------- pages


@pages.get("/projects", response_class=HTMLResponse)
def projects_page(
    request: Request,
    who: Who,
    level: str | None = None,
    chain_id: Annotated[str | None, Query()] = None,
    region_id: Annotated[str | None, Query()] = None,
    stage: str | None = None,
    behind: bool = False,
    sort: Sort = "gap",
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
    mine: bool = False,
) -> Response:
    if mine and who.unit_id is None:
        raise InputError("只有单位填报员有「本单位项目」")
    args: dict[str, Any] = {
        "unit_id": who.unit_id if mine else None,
        "level": level or None,
        "chain_id": _id(chain_id, "产业链"),
        "region_id": _id(region_id, "县市区"),
        "stage": stage or None,
        "behind": behind,
        "sort": sort,
        "page": page,
    }
    query = {
        "level": level or "",
        "chain_id": chain_id or "",
        "region_id": region_id or "",
        "stage": stage or "",
        "behind": behind,
        "sort": sort,
        "mine": mine,
        "unit_name": who.unit_name if who.role == "reporter" else None,
    }

    def build() -> Markup:
        return fragment(
            request,
            "projects/_main.html",
            data=register(request, **args),
            q=query,
            levels=PROJECT_LEVELS,
            stages=PROJECT_STAGES,
            sort_labels=SORT_LABELS,
        )

    main_html = cached(request, ("projects-html", who.unit_name, *sorted(args.items())), build)
    return render(request, "projects/list.html", nav="projects", main_html=main_html)


@pages.get("/projects/batches", response_class=HTMLResponse)
def batches_page(request: Request, _who: Who) -> Response:
    return render(request, "projects/batches.html", nav="projects", batches=_batches(request))


@pages.get("/projects/{project_id}", response_class=HTMLResponse)
def project_page(request: Request, project_id: int, who: Who, saved: str | None = None) -> Response:
    project = project_detail(request, project_id)
    today = date.today()
    return render(
        request,
        "projects/view.html",
        nav="projects",
        p=project,
        may_write=_may_write(who, project),
        saved=saved,
        this_year=today.year,
        this_month=today.month,
    )


@pages.post("/projects/{project_id}/progress", response_class=HTMLResponse)
def progress_submit(
    request: Request,
    project_id: int,
    who: Writer,
    year: Annotated[int, Form()],
    month: Annotated[int, Form()],
    completed_month: Annotated[str, Form()],
    cumulative_year: Annotated[str, Form()] = "",
    notes: Annotated[str, Form(max_length=2000)] = "",
    problems: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    def number(text: str, label: str) -> float | None:
        text = text.strip().replace(",", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError as exc:
            raise InputError(f"「{label}」应填数字，不是「{text}」") from exc

    done = number(completed_month, "当月完成投资")
    if done is None:
        raise InputError("请填写当月完成投资（万元）")
    try:
        body = ProgressIn(
            year=year,
            month=month,
            completed_month=done,
            cumulative_year=number(cumulative_year, "本年累计完成投资"),
            notes=notes.strip() or None,
            problems=problems.strip() or None,
        )
    except ValueError as exc:
        raise InputError(f"填报内容有误：{exc}") from exc
    save_progress(request, who, project_id, body)
    return RedirectResponse(f"/projects/{project_id}?saved={year}-{month:02d}", status_code=303)


def _batches(request: Request) -> list[dict[str, Any]]:
    with tx(request) as session:
        members: dict[int, list[dict[str, Any]]] = {}
        for batch_id, pid, code, name, investment in session.execute(
            select(
                StartBatchProject.batch_id, Project.id, Project.code, Project.name, Project.total_investment
            )
            .join(Project, Project.id == StartBatchProject.project_id)
            .order_by(Project.total_investment.desc())
        ):
            members.setdefault(batch_id, []).append(
                {"id": pid, "code": code, "name": name, "investment": investment}
            )
        return [
            {
                "id": b.id,
                "name": b.name,
                "held_on": b.held_on.isoformat(),
                "place": b.place,
                "projects": len(members.get(b.id, [])),
                "investment": sum(m["investment"] for m in members.get(b.id, [])),
                "members": members.get(b.id, []),
            }
            for b in session.scalars(select(StartBatch).order_by(StartBatch.held_on.desc()))
        ]


# ---------------------------------------------------------------- API


class ProjectRow(BaseModel):
    project_id: int
    code: str
    name: str
    level: str
    stage: str
    chain: str | None
    region: str | None
    park: str | None
    planned: float
    cumulative: float
    month_completed: float
    reported_month: int | None
    completion: float | None
    schedule: float
    gap: float | None
    colour: str
    colour_label: str
    double_half: bool


class RegisterOut(BaseModel):
    year: int
    month: int
    as_of: str
    schedule: float
    total: dict[str, Any] | None
    items: list[ProjectRow]
    page: int
    pages: int


class ProgressOut(BaseModel):
    project_id: int
    year: int
    month: int
    completed_month: float
    cumulative_year: float
    created: bool


@api.get("/projects", response_model=RegisterOut, summary="重点项目台账（分页、筛选、排序）")
def api_projects(
    request: Request,
    _who: Who,
    level: str | None = None,
    chain_id: int | None = None,
    region_id: int | None = None,
    stage: str | None = None,
    behind: bool = False,
    sort: Sort = "gap",
    page: Annotated[int, Query(ge=1, le=100000)] = 1,
    unit_id: int | None = None,
) -> dict[str, Any]:
    return register(
        request,
        unit_id=unit_id,
        level=level,
        chain_id=chain_id,
        region_id=region_id,
        stage=stage,
        behind=behind,
        sort=sort,
        page=page,
    )


@api.get("/projects/{project_id}", summary="一个项目与其月度进度")
def api_project(request: Request, project_id: int, _who: Who) -> dict[str, Any]:
    return project_detail(request, project_id)


@api.post("/projects/{project_id}/progress", response_model=ProgressOut, summary="填报项目月度进度（本单位）")
def api_progress(request: Request, project_id: int, body: ProgressIn, who: Writer) -> dict[str, Any]:
    return save_progress(request, who, project_id, body)


@api.get("/batches", summary="集中开工批次")
def api_batches(request: Request, _who: Who) -> list[dict[str, Any]]:
    return _batches(request)
