"""Outbox rows the shop would not take, shown to staff and sent again on request (R42, R45).

The relay parks a row the shop refused (4xx) or that still failed after its attempt limit, with
the error; `list_parked` is what staff see. `retry_parked` puts one back in the queue. A row that
was tried before keeps `attempts > 0`, so the relay asks the shop whether it already holds the
change before sending it again: nothing is applied twice. A row older than a change of the same
order that already reached the shop is not sent again: it would undo the newer one there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Order, OutboxEntry
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError, NotFound
from backoffice.services.orders.history import record
from backoffice.services.staff.actor import Actor

RETRY_KIND = "sync_retry"
# Kinds whose order among an order's rows does not matter: levels and events, not changes.
ORDERLESS_KINDS = ("stock", "webhook", "notify_email", "notify_shop", "notify_sms")


@dataclass(frozen=True)
class ParkedRow:
    id: int
    order_code: str
    kind: str
    error: str
    attempts: int
    created_at: datetime


def list_parked(session: Session, limit: int = 500) -> list[ParkedRow]:
    """Newest first: what the shop did not accept, with its reason."""
    stmt = (
        select(OutboxEntry)
        .where(OutboxEntry.state == "parked")
        .order_by(OutboxEntry.id.desc())
        .limit(limit)
    )
    return [
        ParkedRow(e.id, e.order_code, e.kind, e.last_error, e.attempts, e.created_at)
        for e in session.scalars(stmt)
    ]


def retry_parked(uow: UnitOfWork, actor: Actor, entry_id: int) -> None:
    """Queue a parked row again for the next sync (after staff fixed the cause in the shop)."""
    with uow:
        session = uow.session
        entry = session.get(OutboxEntry, entry_id)
        if entry is None:
            raise NotFound("No outbox row {entry_id}", entry_id=entry_id)
        if entry.state != "parked":
            raise DomainError("That change is no longer waiting for a decision", "R42")
        if entry.order_id is not None and entry.kind not in ORDERLESS_KINDS:
            newer = session.scalar(
                select(OutboxEntry.id).where(
                    OutboxEntry.order_id == entry.order_id,
                    OutboxEntry.id > entry.id,
                    OutboxEntry.state == "sent",
                    OutboxEntry.kind.not_in(ORDERLESS_KINDS),
                )
            )
            if newer is not None:
                raise DomainError(
                    "A later change of order {code} already reached the shop: sending this "
                    "older one now would undo it there",
                    "R42",
                    code=entry.order_code,
                )
        error = entry.last_error
        entry.state, entry.next_attempt_at, entry.last_error = "pending", None, ""
        entry.attempts = min(entry.attempts, 1)  # a fresh budget; > 0 still asks the shop first
        order = session.get(Order, entry.order_id) if entry.order_id is not None else None
        if order is not None:
            record(
                session,
                order,
                actor,
                RETRY_KIND,
                "Change ({kind}) queued for the shop again; it had failed: {error}",
                params={"kind": entry.kind, "error": error},
            )
        uow.commit()
