"""Outbound webhooks (R46): every local event (timeline row) becomes one outbox row per receiver.

Receivers are `settings` rows `webhook.<name>` = URL (their signing secret is in the keyring,
see services/sync/shops.py). A position (`webhooks.cursor`, the last timeline id handed out) moves in
the same transaction as the rows it creates, so each event reaches each receiver's outbox once;
the relay then delivers them with the same retries as shop pushes (at least once: receivers drop
repeats by the X-Backoffice-Delivery header). When the first receiver is added the position
starts at the newest event: history is not replayed.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import OutboxEntry, Setting, TimelineEvent
from backoffice.services.sync.cursors import get_setting, set_setting

PREFIX = "webhook."
CURSOR = "webhooks.cursor"
BATCH = 2000


def targets(session: Session) -> dict[str, str]:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX)))
    return {r.key[len(PREFIX) :]: r.value for r in rows if r.value}


def start_position(session: Session) -> None:
    if get_setting(session, CURSOR) is None:
        newest = session.scalar(select(func.max(TimelineEvent.id))) or 0
        set_setting(session, CURSOR, str(newest))


def event_body(event: TimelineEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "order_code": event.order_code,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "text": event.text,
        "before": event.before,
        "after": event.after,
    }


def fan_out(session: Session) -> int:
    """Queue new events for every receiver; the caller commits. Returns rows written."""
    names = sorted(targets(session))
    if not names:
        return 0
    start_position(session)
    after = int(get_setting(session, CURSOR) or 0)
    events = list(
        session.scalars(
            select(TimelineEvent)
            .where(TimelineEvent.id > after)
            .order_by(TimelineEvent.id)
            .limit(BATCH)
        )
    )
    now = utcnow()
    for event in events:
        body = event_body(event)
        for name in names:
            session.add(
                OutboxEntry(
                    order_id=event.order_id,
                    order_code=event.order_code,
                    shop_id=None,
                    kind="webhook",
                    payload={"target": name, "event": body},
                    idempotency_key=uuid.uuid4().hex,
                    created_at=now,
                )
            )
    if events:
        set_setting(session, CURSOR, str(events[-1].id))
    return len(events) * len(names)
