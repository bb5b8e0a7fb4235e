"""Log in and out: the form for browsers, JSON for the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from diaodu.errors import AccessDenied, InputError
from diaodu.ledger.accounts import (
    SESSION_HOURS,
    LoginThrottled,
    Principal,
    authenticate,
    close_session,
    open_session,
    principal_of,
)
from diaodu.output.web.auth import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    check_login_form_token,
    client_address,
    current_user,
    login_form_token,
    writer,
)
from diaodu.output.web.routes import render, settings, tx

pages = APIRouter()
api = APIRouter(tags=["账户"])


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def _login(request: Request, name: str, password: str) -> tuple[Principal, str, str]:
    limit = settings(request).login_max_attempts
    address = client_address(request)
    # The attempt is recorded even when the log-in fails, so it gets a transaction of its own.
    refused: AccessDenied | None = None
    with tx(request) as session:
        try:
            user = authenticate(session, name=name, password=password, address=address, max_attempts=limit)
        except AccessDenied as exc:
            refused = exc
        else:
            token, csrf = open_session(session, user, address=address)
            who = principal_of(user)
    if refused is not None:
        raise refused
    return who, token, csrf


def _set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=SESSION_HOURS * 3600,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


@pages.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    nonce, token = login_form_token(request)
    response = render(request, "login.html", next=_safe_next(next), form_token=token, error=None)
    response.set_cookie(LOGIN_COOKIE, nonce, max_age=3600, httponly=True, samesite="strict", path="/login")
    return response


@pages.post("/login")
def login_submit(
    request: Request,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=500)],
    form_token: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    check_login_form_token(request, form_token)
    try:
        _who, token, _csrf = _login(request, name, password)
    except AccessDenied as exc:
        nonce, fresh = login_form_token(request)
        status = 429 if isinstance(exc, LoginThrottled) else 401
        response = render(
            request, "login.html", status_code=status, next=_safe_next(next), form_token=fresh, error=str(exc)
        )
        response.set_cookie(
            LOGIN_COOKIE, nonce, max_age=3600, httponly=True, samesite="strict", path="/login"
        )
        return response
    done = RedirectResponse(_safe_next(next), status_code=303)
    _set_session_cookie(request, done, token)
    done.delete_cookie(LOGIN_COOKIE, path="/login")
    return done


@pages.post("/logout")
def logout(request: Request, _who: Annotated[Principal, Depends(writer)]) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    with tx(request) as session:
        close_session(session, token)
    request.app.state.sessions.drop(token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


class LoginIn(BaseModel):
    name: str = Field(max_length=100, description="用户名")
    password: str = Field(max_length=500, description="密码")


class MeOut(BaseModel):
    name: str
    role: str
    role_label: str
    unit_id: int | None
    unit_name: str | None
    chain: str | None


class LoginOut(MeOut):
    csrf_token: str = Field(description="之后每个写请求都要在 X-CSRF-Token 头里带上它")


def _me_out(who: Principal) -> dict[str, object]:
    return {
        "name": who.name,
        "role": who.role,
        "role_label": who.role_label,
        "unit_id": who.unit_id,
        "unit_name": who.unit_name,
        "chain": who.chain,
    }


@api.post("/login", response_model=LoginOut, summary="登录（设置会话 cookie，返回 CSRF 令牌）")
def api_login(request: Request, body: LoginIn, response: Response) -> dict[str, object]:
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise InputError("登录请求必须是 JSON")
    who, token, csrf = _login(request, body.name, body.password)
    _set_session_cookie(request, response, token)
    return {**_me_out(who), "csrf_token": csrf}


@api.post("/logout", status_code=204, summary="退出登录")
def api_logout(request: Request, _who: Annotated[Principal, Depends(writer)]) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    with tx(request) as session:
        close_session(session, token)
    request.app.state.sessions.drop(token)
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@api.get("/me", response_model=MeOut, summary="当前用户")
def api_me(who: Annotated[Principal, Depends(current_user)]) -> dict[str, object]:
    return _me_out(who)
