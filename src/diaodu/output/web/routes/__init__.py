"""Routes, one module a domain. Each has ``pages`` (HTML, not in the API schema) and ``api`` (JSON,
mounted under ``/api/v1``). Helpers every route uses live here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from diaodu.ledger.db import transaction
from diaodu.output.web.auth import visitor
from diaodu.settings import Settings


def engine(request: Request) -> Engine:
    found: Engine = request.app.state.engine
    return found


def settings(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


@contextmanager
def tx(request: Request) -> Iterator[Session]:
    """One transaction on the app's ledger, committed when the block ends."""
    with transaction(engine(request)) as session:
        yield session


def fragment(request: Request, name: str, **context: Any) -> Markup:
    """A partial template rendered to markup (autoescaped as any page). For parts that are the same for
    every reader, so they can be cached whole: no ``me``, no ``csrf`` in them."""
    templates = request.app.state.templates
    return Markup(templates.get_template(name).render(**context))


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a page template; ``me`` (the signed-in principal) and ``csrf`` are always there."""
    found = visitor(request)
    context.setdefault("me", found.principal if found else None)
    context.setdefault("csrf", found.csrf if found else "")
    context.setdefault("nav", name.split("/")[0].split(".")[0])
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, context, status_code=status_code
    )
    return response
