"""Timeline events (R28) and outbox rows (R42), added to the change's own transaction.

Every service calls `record` once per change. The outbox row carries everything the relay needs to
push the change later without reading state that may have moved on since.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OutboxEntry, TimelineEvent
from backoffice.services.actor import Actor

# Which outbox kinds reach the shop, and how, is decided in one place: sync/outbox_map.py (R44).


def record(
    session: Session,
    order: Order,
    actor: Actor,
    kind: str,
    text: str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    push: dict[str, Any] | None = None,
) -> TimelineEvent:
    """Append a timeline event, and an outbox row when `push` is given (the change's payload).

    Changes that came from the shop itself (actor kind 'shop') are never pushed back.
    """
    now = utcnow()
    event = TimelineEvent(
        order_id=order.id,
        order_code=order.code,
        at=now,
        actor=actor.label,
        kind=kind,
        text=text,
        before=before,
        after=after,
    )
    session.add(event)
    order.updated_at = now
    if push is not None and actor.kind != "shop":
        session.add(
            OutboxEntry(
                order_id=order.id,
                order_code=order.code,
                shop_id=order.shop_id,
                kind=kind,
                payload={"code": order.code, "shop_order_id": order.shop_order_id, **push},
                idempotency_key=uuid.uuid4().hex,
                created_at=now,
            )
        )
    return event
