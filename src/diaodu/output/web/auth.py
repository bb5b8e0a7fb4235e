"""Who is asking, and may they write: session cookies, CSRF tokens, and the dependencies routes use.

- The session cookie (``diaodu_session``, HttpOnly, SameSite=Lax) carries a random token; the ledger keeps
  only its hash (:mod:`diaodu.ledger.accounts`).
- Every unsafe request (POST, PUT, PATCH, DELETE) must carry the session's CSRF token, in the
  ``X-CSRF-Token`` header (htmx and the API) or a ``csrf_token`` form field (plain forms).
- The log-in form, used before there is a session, carries a token signed with the app's secret key and
  bound to a cookie of its own (double submit).
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from diaodu.errors import AccessDenied
from diaodu.ledger.accounts import Principal, session_principal
from diaodu.ledger.db import transaction

SESSION_COOKIE = "diaodu_session"
LOGIN_COOKIE = "diaodu_login"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class LoginRequired(Exception):
    """No live session: pages redirect to the log-in page, the API answers 401."""


class CsrfFailed(AccessDenied):
    """An unsafe request without the right CSRF token."""


@dataclass(frozen=True, slots=True)
class Visitor:
    principal: Principal
    csrf: str


class SessionCache:
    """Live sessions seen in the last ``SECONDS``, so a busy page does not look its cookie up every time.

    Logging out removes the entry at once (in this process); an expired or deleted session is noticed
    within ``SECONDS`` anywhere else.
    """

    SECONDS = 10.0
    MAX = 10_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, tuple[float, Visitor]] = {}

    def get(self, token: str) -> Visitor | None:
        with self._lock:
            hit = self._items.get(token)
        if hit is None or time.monotonic() - hit[0] > self.SECONDS:
            return None
        return hit[1]

    def put(self, token: str, found: Visitor) -> None:
        with self._lock:
            if len(self._items) >= self.MAX:
                self._items.clear()
            self._items[token] = (time.monotonic(), found)

    def drop(self, token: str) -> None:
        with self._lock:
            self._items.pop(token, None)


def visitor(request: Request) -> Visitor | None:
    """The signed-in visitor of this request, looked up once."""
    if hasattr(request.state, "visitor"):
        found: Visitor | None = request.state.visitor
        return found
    token = request.cookies.get(SESSION_COOKIE, "")
    found = None
    if token:
        sessions: SessionCache = request.app.state.sessions
        found = sessions.get(token)
        if found is None:
            with transaction(request.app.state.engine) as session:
                hit = session_principal(session, token)
            if hit is not None:
                found = Visitor(*hit)
                sessions.put(token, found)
    request.state.visitor = found
    return found


def current_user(request: Request) -> Principal:
    """Dependency: the signed-in user, or ``LoginRequired``."""
    found = visitor(request)
    if found is None:
        raise LoginRequired()
    return found.principal


async def writer(request: Request) -> Principal:
    """Dependency for unsafe requests: the signed-in user, once the CSRF token checks out."""
    found = visitor(request)
    if found is None:
        raise LoginRequired()
    if request.method in UNSAFE:
        sent = request.headers.get(CSRF_HEADER, "")
        if not sent and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            form = await request.form()
            value = form.get("csrf_token")
            sent = value if isinstance(value, str) else ""
        if not sent or not secrets.compare_digest(sent, found.csrf):
            raise CsrfFailed("安全校验（CSRF）失败：请刷新页面后重试")
    return found.principal


def _login_serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(request.app.state.secret_key, salt="diaodu-login")


def login_form_token(request: Request) -> tuple[str, str]:
    """A fresh (cookie value, form token) pair for the log-in form."""
    nonce = secrets.token_urlsafe(16)
    return nonce, _login_serializer(request).dumps(nonce)


def check_login_form_token(request: Request, token: str) -> None:
    """Refuse a log-in form whose token is not the signed twin of its cookie (or is over an hour old)."""
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    try:
        signed = _login_serializer(request).loads(token, max_age=3600)
    except BadSignature as exc:
        raise CsrfFailed("登录表单已失效，请刷新页面后重试") from exc
    if not nonce or not isinstance(signed, str) or not secrets.compare_digest(signed, nonce):
        raise CsrfFailed("登录表单已失效，请刷新页面后重试")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
