"""Give aliases to their owner (a unit or an indicator), taking each from any other owner, audited."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from diaodu.ledger import audit


def assign_aliases(
    session: Session,
    model: Any,
    owner_field: str,
    owner_id: int,
    aliases: Iterable[str],
    alias_owner: dict[str, int],
    *,
    actor: str,
) -> int:
    """Make ``owner_id`` the owner of each alias; ``alias_owner`` (alias → owner id) is kept current.

    ``model`` is the alias table's mapped class (a primary key ``alias`` and the column ``owner_field``).
    An alias already owned elsewhere is moved: its old row is deleted and both steps are audited.
    Returns how many aliases were given to the owner.
    """
    table = model.__tablename__
    given = 0
    for alias in aliases:
        owner = alias_owner.get(alias)
        if owner == owner_id:
            continue
        if owner is not None:
            session.execute(delete(model).where(model.alias == alias))
            audit.record(
                session,
                actor=actor,
                action="delete",
                table=table,
                row_id=alias,
                before={"alias": alias, owner_field: owner},
            )
        session.add(model(alias=alias, **{owner_field: owner_id}))
        alias_owner[alias] = owner_id
        audit.record(
            session,
            actor=actor,
            action="insert",
            table=table,
            row_id=alias,
            after={"alias": alias, owner_field: owner_id},
        )
        given += 1
    return given
