"""The office's web app: ``create_app(settings)`` builds it; ``diaodu serve`` runs it.

Pages are rendered on the server (Jinja2, autoescaped) and made interactive with htmx; charts are drawn by
Apache ECharts from JSON data islands. Every page's data is also served as JSON under ``/api/v1``
(OpenAPI schema at ``/api/v1/openapi.json``). Routes live in ``routes/``, one module a domain; each module
has ``pages`` (HTML) and ``api`` (JSON) routers.

Every response carries a strict Content-Security-Policy: scripts only from the app's own static files,
never inline, so nothing in a report's text can run even if it slipped past escaping.
"""

from __future__ import annotations

import importlib
import json
import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diaodu import __version__
from diaodu.dispatch.progress import describe_gap
from diaodu.errors import (
    AccessDenied,
    ConflictError,
    DiaoduError,
    DispatchError,
    InputError,
    NotFound,
)
from diaodu.ledger.accounts import LoginThrottled
from diaodu.ledger.db import engine_for
from diaodu.ledger.tables.accounts import ROLE_LABELS
from diaodu.output.web.auth import LoginRequired, SessionCache
from diaodu.output.web.cache import ViewCache
from diaodu.settings import Settings

HERE = Path(__file__).parent
ROUTE_MODULES = (
    "auth",
    "cockpit",
    "indicators",
    "documents",
    "projects",
    "chains",
    "work",
    "reports",
    "upload",
    "admin",
)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


def secret_key(settings: Settings) -> str:
    """The settings' key, or a random one made once and kept in the instance folder."""
    if settings.secret_key:
        return settings.secret_key
    path = settings.instance_dir / "secret_key"
    if path.is_file():
        return path.read_text().strip()
    settings.instance_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


class SecurityHeaders:
    """CSP and friends on every response; an early 413 for uploads over the limit (plain ASGI)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        length = Headers(scope=scope).get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            mib = self.max_bytes // (1024 * 1024)
            response = _problem(Request(scope, receive), 413, f"文件太大：上传上限为 {mib} MiB")
            await response(scope, receive, self._with_headers(send, path))
            return
        await self.app(scope, receive, self._with_headers(send, path))

    @staticmethod
    def _with_headers(send: Send, path: str) -> Send:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["X-Frame-Options"] = "DENY"
                headers["Referrer-Policy"] = "same-origin"
                if path.startswith("/api/") or "text/html" in headers.get("content-type", ""):
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        return sending


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _problem(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    from diaodu.output.web.routes import render

    return render(request, "error.html", status_code=status, status=status, message=message)


def _status_for(exc: DiaoduError) -> int:
    if isinstance(exc, LoginThrottled):
        return 429
    if isinstance(exc, AccessDenied):
        return 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, ConflictError | DispatchError):
        return 409
    if isinstance(exc, InputError):
        return 400
    return 500


def create_app(settings: Settings, *, engine: Engine | None = None) -> FastAPI:
    """The web app over the ledger ``settings`` names (or over ``engine`` when given)."""
    app = FastAPI(
        title="diaodu 调度",
        version=__version__,
        description="衡阳等城市经济发展办公室的数据与调度系统：指标、重点项目、产业链、任务与工单。",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine if engine is not None else engine_for(settings)
    app.state.secret_key = secret_key(settings)
    app.state.view_cache = ViewCache()
    app.state.sessions = SessionCache()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["role_labels"] = ROLE_LABELS
    templates.env.globals["version"] = __version__
    templates.env.filters["gap"] = lambda gap: "无年度计划" if gap is None else describe_gap(gap)
    templates.env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False)
    app.state.templates = templates
    app.add_middleware(SecurityHeaders, max_bytes=settings.upload_max_mb * 1024 * 1024)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": "请先登录"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.headers.get("HX-Request"):
            return Response(status_code=204, headers={"HX-Redirect": "/login"})
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    @app.exception_handler(DiaoduError)
    async def _refused(request: Request, exc: DiaoduError) -> Response:
        return _problem(request, _status_for(exc), str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            parts.append(f"{where}: {err.get('msg', '')}")
        message = "请求有误：" + "；".join(parts)
        if wants_json(request):
            return JSONResponse({"detail": message, "errors": jsonable(exc.errors())}, status_code=422)
        return _problem(request, 422, message)

    for name in ROUTE_MODULES:
        module = importlib.import_module(f"diaodu.output.web.routes.{name}")
        if hasattr(module, "pages"):
            app.include_router(module.pages, include_in_schema=False)
        if hasattr(module, "api"):
            app.include_router(module.api, prefix="/api/v1")

    @app.get("/healthz", include_in_schema=False)
    def _health() -> HTMLResponse:
        return HTMLResponse("ok")

    return app


def jsonable(errors: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={Exception: str})


def app_from_environment() -> FastAPI:
    """The app over the ledger the ``DIAODU_*`` environment names (for ``uvicorn --factory``)."""
    from diaodu.settings import get_settings

    return create_app(get_settings())
