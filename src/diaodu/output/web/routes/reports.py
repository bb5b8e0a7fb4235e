"""Reports: generate the weekly and monthly reports (.docx / .xlsx) and download them.

The content comes from ``dispatch.reports`` (``weekly_report``, ``monthly_report``) and the files from the
builders in ``output.word`` and ``output.excel``. Files are kept in ``<instance>/reports/``; generating is
for leaders and admins, downloading for everyone signed in. Each generation is written to the audit log.
"""

from __future__ import annotations

import re
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from diaodu.dispatch.reports import monthly_report, weekly_report
from diaodu.errors import NotFound
from diaodu.ledger import audit
from diaodu.ledger.accounts import Principal, authorize
from diaodu.output.excel import build_monthly_xlsx, build_weekly_xlsx
from diaodu.output.web.auth import current_user, writer
from diaodu.output.web.figures import city_and_province
from diaodu.output.web.routes import render, settings, tx
from diaodu.output.web.routes.projects import latest_month
from diaodu.output.word import build_monthly_docx, build_weekly_docx

pages = APIRouter()
api = APIRouter(tags=["周报月报"])

Who = Annotated[Principal, Depends(current_user)]
Writer = Annotated[Principal, Depends(writer)]

Kind = Literal["weekly", "monthly"]
Format = Literal["docx", "xlsx"]
#: File names, the same as ``diaodu report weekly / monthly`` writes, so both land in one list.
FILE_PREFIX = {"weekly": "项目调度周报", "monthly": "月度经济运行分析"}
KINDS = {v: k for k, v in FILE_PREFIX.items()}
FILE_NAME = re.compile(r"^(项目调度周报|月度经济运行分析)_(\d{4}-W\d{2}|\d{4}-\d{2})\.(docx|xlsx)$")
MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# Charts are drawn with matplotlib, which is not safe to use from two threads at once.
_build_lock = threading.Lock()


def _folder(request: Request) -> Path:
    folder = settings(request).instance_dir / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _files(request: Request) -> list[dict[str, Any]]:
    out = []
    for path in sorted(_folder(request).iterdir(), key=lambda p: p.stat().st_mtime, reverse=True):
        m = FILE_NAME.match(path.name)
        if not m:
            continue
        out.append(
            {
                "name": path.name,
                "kind": KINDS[m[1]],
                "kind_label": m[1],
                "period": m[2],
                "format": m[3],
                "size_kb": round(path.stat().st_size / 1024, 1),
                "url": f"/reports/files/{quote(path.name)}",
            }
        )
    return out


def _defaults(request: Request) -> dict[str, str]:
    with tx(request) as session:
        at = latest_month(session)
    year, month = at if at else (date.today().year, date.today().month)
    last_day = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    iso = last_day.isocalendar()
    return {"month": f"{year}-{month:02d}", "week": f"{iso.year}-W{iso.week:02d}"}


class ReportIn(BaseModel):
    kind: Kind
    period: str = Field(description="周报：2024-W22；月报：2024-05", max_length=10)
    format: Format = "docx"


def generate(request: Request, who: Principal, body: ReportIn) -> dict[str, Any]:
    authorize(who, "report.generate")
    with tx(request) as session:
        if body.kind == "weekly":
            weekly = weekly_report(session, body.period.strip())
            period = weekly.week
            monthly = None
        else:
            city, _ = city_and_province(session)
            monthly = monthly_report(session, city or "", body.period.strip())
            period = f"{monthly.year}-{monthly.month:02d}"
            weekly = None
        path = _folder(request) / f"{FILE_PREFIX[body.kind]}_{period}.{body.format}"
        with _build_lock:
            if weekly is not None:
                (build_weekly_docx if body.format == "docx" else build_weekly_xlsx)(weekly, path)
            else:
                assert monthly is not None
                (build_monthly_docx if body.format == "docx" else build_monthly_xlsx)(monthly, path)
        audit.record(
            session,
            actor=who.name,
            action="generate",
            table="reports",
            row_id=path.name,
            note=f"生成{FILE_PREFIX[body.kind]}（{period}）",
        )
    return {"name": path.name, "url": f"/reports/files/{quote(path.name)}", "size": path.stat().st_size}


def _file(request: Request, name: str) -> FileResponse:
    if not FILE_NAME.match(name):
        raise NotFound(f"没有报告文件「{name}」")
    path = _folder(request) / name
    if not path.is_file():
        raise NotFound(f"没有报告文件「{name}」，请先生成")
    return FileResponse(path, media_type=MEDIA[path.suffix.lstrip(".")], filename=name)


@pages.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request, _who: Who, made: str | None = None) -> Response:
    return render(
        request, "reports.html", nav="reports", files=_files(request), defaults=_defaults(request), made=made
    )


@pages.post("/reports", response_class=HTMLResponse)
def reports_submit(
    request: Request,
    who: Writer,
    kind: Annotated[Kind, Form()],
    period: Annotated[str, Form(max_length=10)],
    format: Annotated[Format, Form()] = "docx",
) -> Response:
    made = generate(request, who, ReportIn(kind=kind, period=period, format=format))
    return RedirectResponse(f"/reports?made={made['name']}", status_code=303)


@pages.get("/reports/files/{name}")
def report_file(request: Request, name: str, _who: Who) -> FileResponse:
    return _file(request, name)


@api.get("/reports", summary="已生成的周报月报")
def api_reports(request: Request, _who: Who) -> list[dict[str, Any]]:
    return _files(request)


@api.post("/reports", status_code=201, summary="生成周报或月报（.docx / .xlsx）")
def api_generate(request: Request, body: ReportIn, who: Writer) -> dict[str, Any]:
    return generate(request, who, body)


@api.get("/reports/files/{name}", summary="下载一份报告", response_class=FileResponse)
def api_report_file(request: Request, name: str, _who: Who) -> FileResponse:
    return _file(request, name)
