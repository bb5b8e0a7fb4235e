"""首页 cockpit: the city's key indicators (同比, provincial rank, gap to the province) with trend charts;
key-project completion against 时序进度 by level; chains at a glance; overdue tasks; open tickets.

The numbers come from ``dispatch`` (progress, deadlines, tickets) and the ledger's current observations.
The whole view is kept in the app's view cache (``output.web.cache``) until the next write, so a busy
morning of leaders opening the cockpit does not recompute it each time.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup
from pydantic import BaseModel

from diaodu.dispatch.deadlines import overdue_tasks, overdue_tickets
from diaodu.dispatch.progress import group_progress, period_label, total_progress
from diaodu.dispatch.tickets import state_counts
from diaodu.ledger.accounts import Principal
from diaodu.output.web import charts
from diaodu.output.web.auth import current_user
from diaodu.output.web.cache import cached
from diaodu.output.web.figures import city_and_province, key_figures
from diaodu.output.web.routes import fragment, render, settings, tx
from diaodu.output.web.routes.projects import latest_month

pages = APIRouter()
api = APIRouter(tags=["首页"])


def _group_dict(g: Any) -> dict[str, Any]:
    return {
        "key": g.key,
        "count": g.count,
        "planned": round(g.planned, 1),
        "cumulative": round(g.cumulative, 1),
        "ahead": g.ahead,
        "completion": None if g.completion is None else round(g.completion, 1),
        "schedule": round(g.schedule, 1),
        "gap": None if g.gap is None else round(g.gap, 1),
        "colour": g.colour,
        "double_half": g.double_half,
    }


def build_cockpit(request: Request, today: date) -> dict[str, Any]:
    """Everything the cockpit shows, as plain data (the page and ``/api/v1/cockpit`` share it)."""
    s = settings(request)
    with tx(request) as session:
        city, province = city_and_province(session)
        figures = key_figures(session, city, province) if city else []
        at = latest_month(session)
        levels: list[dict[str, Any]] = []
        chains: list[dict[str, Any]] = []
        total: dict[str, Any] | None = None
        if at is not None:
            year, month = at
            levels = [_group_dict(g) for g in group_progress(session, year, month, "level", settings=s)]
            chains = [_group_dict(g) for g in group_progress(session, year, month, "chain", settings=s)]
            whole = total_progress(session, year, month)
            total = _group_dict(whole) if whole else None
        tasks = overdue_tasks(session, today)
        tickets_late = overdue_tickets(session, today)
        tickets = state_counts(session)
    return {
        "city": city,
        "province": province,
        "as_of": None
        if at is None
        else {"year": at[0], "month": at[1], "label": f"{at[0]}年{period_label(at[1])}"},
        "figures": [f.as_dict() for f in figures],
        "levels": levels,
        "chains": chains,
        "total": total,
        "overdue_tasks": [
            {
                "id": o.id,
                "title": o.title,
                "unit": o.unit,
                "chain": o.chain,
                "deadline": o.deadline.isoformat(),
                "state": o.state,
                "days": o.days,
            }
            for o in tasks
        ],
        "overdue_tickets": [
            {
                "id": o.id,
                "title": o.title,
                "unit": o.unit,
                "chain": o.chain,
                "deadline": o.deadline.isoformat(),
                "state": o.state,
                "days": o.days,
            }
            for o in tickets_late
        ],
        "ticket_states": tickets,
    }


def cockpit_data(request: Request) -> dict[str, Any]:
    """The cockpit, from the app's view cache when nothing was written since it was built."""
    today = date.today()
    return cached(request, ("cockpit", today), lambda: build_cockpit(request, today))


def _charts(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    figs = [f for f in data["figures"] if len(f["trend"]) >= 2]
    if figs:
        periods = sorted({p["period"] for f in figs for p in f["trend"]})
        series = []
        for f in figs[:6]:
            values = {p["period"]: p["growth"] for p in f["trend"]}
            series.append((f["indicator"], [values.get(p) for p in periods]))
        out["trend"] = charts.lines("主要指标同比增速走势", periods, series, "%")
    else:
        latest = [f for f in data["figures"] if f["growth"] is not None]
        if latest:
            out["trend"] = charts.bars(
                "主要指标同比增速（最新）",
                [f["indicator"] for f in latest],
                [("同比增速", [f["growth"]["value"] for f in latest])],
                "%",
            )
    if data["levels"]:
        lv = data["levels"]
        out["levels"] = charts.progress_bars(
            "重点项目投资完成率（按层级）",
            [g["key"] for g in lv],
            [g["completion"] for g in lv],
            lv[0]["schedule"],
            [g["colour"] for g in lv],
        )
    if data["chains"]:
        ch = data["chains"]
        out["chains"] = charts.progress_bars(
            "产业链项目投资完成率",
            [g["key"] for g in ch],
            [g["completion"] for g in ch],
            ch[0]["schedule"],
            [g["colour"] for g in ch],
        )
    return out


@pages.get("/", response_class=HTMLResponse)
def cockpit_page(request: Request, _who: Annotated[Principal, Depends(current_user)]) -> Response:
    def build() -> Markup:
        data = cockpit_data(request)
        return fragment(request, "_cockpit_main.html", data=data, charts=_charts(data))

    main_html = cached(request, ("cockpit-html", date.today()), build)
    return render(request, "cockpit.html", nav="cockpit", main_html=main_html)


class CockpitOut(BaseModel):
    city: str | None
    province: str | None
    as_of: dict[str, Any] | None
    figures: list[dict[str, Any]]
    levels: list[dict[str, Any]]
    chains: list[dict[str, Any]]
    total: dict[str, Any] | None
    overdue_tasks: list[dict[str, Any]]
    overdue_tickets: list[dict[str, Any]]
    ticket_states: dict[str, int]


@api.get("/cockpit", response_model=CockpitOut, summary="首页：主要指标、项目进度、产业链、逾期任务与工单")
def api_cockpit(request: Request, _who: Annotated[Principal, Depends(current_user)]) -> dict[str, Any]:
    return cockpit_data(request)
