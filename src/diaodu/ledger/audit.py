"""Write to the audit log. Every function that changes the ledger calls :func:`record` in the same
transaction, so a write and its audit entry land together or not at all."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from diaodu.ledger.tables.audit import AuditEntry


def snapshot(obj: Any) -> dict[str, Any]:
    """The column values of an ORM object, made JSON-safe."""
    mapper = inspect(obj).mapper
    return {col.key: _plain(getattr(obj, col.key)) for col in mapper.column_attrs}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    table: str,
    row_id: object | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str | None = None,
) -> AuditEntry:
    """Add one audit entry to the session's transaction."""
    entry = AuditEntry(
        actor=actor,
        action=action,
        table_name=table,
        row_id=None if row_id is None else str(row_id),
        before=before,
        after=after,
        note=note,
    )
    session.add(entry)
    return entry
