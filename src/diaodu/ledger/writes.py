"""Two helpers every dispatch-domain write uses: add a row or change one, with its audit entry in the
same transaction (``diaodu.ledger.audit.record``)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from diaodu.ledger import audit

T = TypeVar("T")


def _table(obj: object) -> str:
    return str(inspect(obj).mapper.local_table.name)  # type: ignore[union-attr]


def _row_id(obj: object) -> str:
    state = inspect(obj)
    key = (state.identity if state is not None else None) or ()
    return "/".join(str(k) for k in key)


def insert(session: Session, obj: T, *, actor: str, note: str | None = None) -> T:
    """Add ``obj``, flush to get its id, and audit the insert."""
    session.add(obj)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="insert",
        table=_table(obj),
        row_id=_row_id(obj),
        after=audit.snapshot(obj),
        note=note,
    )
    return obj


def update(session: Session, obj: T, changes: dict[str, Any], *, actor: str, note: str | None = None) -> bool:
    """Set the fields in ``changes`` that differ; audit before and after. False when nothing changed."""
    differing = {k: v for k, v in changes.items() if getattr(obj, k) != v}
    if not differing:
        return False
    before = audit.snapshot(obj)
    for key, value in differing.items():
        setattr(obj, key, value)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="update",
        table=_table(obj),
        row_id=_row_id(obj),
        before=before,
        after=audit.snapshot(obj),
        note=note,
    )
    return True


def insert_many(session: Session, objs: list[T], *, actor: str, note: str | None = None) -> list[T]:
    """Add many rows in one flush, then audit each insert (same transaction)."""
    session.add_all(objs)
    session.flush()
    for obj in objs:
        audit.record(
            session,
            actor=actor,
            action="insert",
            table=_table(obj),
            row_id=_row_id(obj),
            after=audit.snapshot(obj),
            note=note,
        )
    return objs
