"""Administration: users (list, add) and the audit log. Admin only."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from diaodu.ledger.accounts import ROLE_LABELS, ROLES, Principal, authorize, create_user, list_users
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.regions import Unit
from diaodu.output.web.auth import current_user, writer
from diaodu.output.web.routes import render, tx

pages = APIRouter()
api = APIRouter(tags=["管理"])

Who = Annotated[Principal, Depends(current_user)]
Writer = Annotated[Principal, Depends(writer)]


def _users(request: Request) -> list[dict[str, Any]]:
    with tx(request) as session:
        return [
            {
                "id": u.id,
                "name": u.name,
                "role": u.role,
                "role_label": ROLE_LABELS[u.role],
                "unit": u.unit.name if u.unit else None,
                "chain": u.chain,
                "active": u.active,
                "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None,
            }
            for u in list_users(session)
        ]


def _audit(request: Request, limit: int, table: str | None, actor: str | None) -> list[dict[str, Any]]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if table:
        query = query.where(AuditEntry.table_name == table)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    with tx(request) as session:
        return [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "table": e.table_name,
                "row_id": e.row_id,
                "before": e.before,
                "after": e.after,
                "note": e.note,
            }
            for e in session.scalars(query)
        ]


def _add_user(request: Request, who: Principal, body: UserIn) -> dict[str, Any]:
    authorize(who, "user.manage")
    with tx(request) as session:
        user = create_user(
            session,
            name=body.name,
            password=body.password,
            role=body.role,
            unit_code=body.unit or None,
            chain=body.chain or None,
            actor=who.name,
        )
        return {"id": user.id, "name": user.name, "role": user.role}


@pages.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, who: Who) -> Response:
    authorize(who, "user.manage")
    with tx(request) as session:
        units = list(session.execute(select(Unit.code, Unit.name).order_by(Unit.code)).all())
        chains = list(session.scalars(select(Chain.name).order_by(Chain.name)))
    return render(
        request,
        "admin/users.html",
        nav="admin",
        users=_users(request),
        roles=ROLES,
        units=units,
        chains=chains,
    )


@pages.post("/admin/users", response_class=HTMLResponse)
def users_add(
    request: Request,
    who: Writer,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=500)],
    role: Annotated[str, Form()],
    unit: Annotated[str, Form()] = "",
    chain: Annotated[str, Form()] = "",
) -> Response:
    _add_user(request, who, UserIn(name=name, password=password, role=role, unit=unit, chain=chain))
    return RedirectResponse("/admin/users", status_code=303)


@pages.get("/admin/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    who: Who,
    table: str | None = None,
    actor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 200,
) -> Response:
    authorize(who, "audit.read")
    return render(
        request,
        "admin/audit.html",
        nav="admin",
        entries=_audit(request, limit, table, actor),
        table=table,
        actor=actor,
    )


class UserIn(BaseModel):
    name: str = Field(max_length=100)
    password: str = Field(min_length=8, max_length=500)
    role: str = Field(description="admin / leader / reporter / chain_office / reviewer")
    unit: str | None = Field(default=None, description="单位代码或名称（单位填报员必填）")
    chain: str | None = Field(default=None, description="产业链名称（产业链办必填）")


class UserOut(BaseModel):
    id: int
    name: str
    role: str
    role_label: str
    unit: str | None
    chain: str | None
    active: bool
    last_login_at: str | None


class AuditOut(BaseModel):
    id: int
    at: str
    actor: str
    action: str
    table: str
    row_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    note: str | None


@api.get("/users", response_model=list[UserOut], summary="用户列表（管理员）")
def api_users(request: Request, who: Who) -> list[dict[str, Any]]:
    authorize(who, "user.manage")
    return _users(request)


@api.post("/users", status_code=201, summary="新增用户（管理员）")
def api_add_user(request: Request, body: UserIn, who: Writer) -> dict[str, Any]:
    return _add_user(request, who, body)


@api.get("/audit", response_model=list[AuditOut], summary="审计日志（管理员）")
def api_audit(
    request: Request,
    who: Who,
    table: str | None = None,
    actor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 200,
) -> list[dict[str, Any]]:
    authorize(who, "audit.read")
    return _audit(request, limit, table, actor)
