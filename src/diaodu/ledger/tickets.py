"""Tickets (援企服务问题诉求) in the ledger: add one, and write one state change with its history row.

Which changes are allowed is decided in ``diaodu.dispatch.tickets``; this module only records them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaodu.errors import NotFound
from diaodu.ledger.tables.work import Ticket, TicketEvent
from diaodu.ledger.writes import insert, update


def add_ticket(session: Session, ticket: Ticket, *, actor: str) -> Ticket:
    """Add a ticket in its first state, with its first history row."""
    insert(session, ticket, actor=actor)
    insert(
        session,
        TicketEvent(
            ticket_id=ticket.id,
            happened_on=ticket.raised_on,
            from_state=None,
            to_state=ticket.state,
            actor=actor,
            note="登记",
        ),
        actor=actor,
    )
    return ticket


def get_ticket(session: Session, key: int | str) -> Ticket:
    """A ticket by id or code; ``NotFound`` otherwise."""
    found = (
        session.get(Ticket, key)
        if isinstance(key, int)
        else session.scalars(select(Ticket).where(Ticket.code == key)).first()
    )
    if found is None:
        raise NotFound(f"没有这个问题工单：{key}")
    return found


def write_state(
    session: Session,
    ticket: Ticket,
    to_state: str,
    *,
    on: date,
    actor: str,
    note: str | None,
    resolved_on: date | None,
    reopened: int,
) -> TicketEvent:
    """Record a state change of ``ticket`` (the ticket row and a ``ticket_events`` row, both audited)."""
    before = ticket.state
    update(
        session,
        ticket,
        {"state": to_state, "resolved_on": resolved_on, "reopened": reopened},
        actor=actor,
        note=note,
    )
    event = TicketEvent(
        ticket_id=ticket.id, happened_on=on, from_state=before, to_state=to_state, actor=actor, note=note
    )
    return insert(session, event, actor=actor)
