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
from backoffice.domain.cards import mask_in, mask_pans
from backoffice.domain.money import Money
from backoffice.services.notify import send as notify
from backoffice.services.staff.actor import Actor

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
    params: dict[str, Any] | None = None,
) -> TimelineEvent:
    """Append a timeline event, and an outbox row when `push` is given (the change's payload).

    With `params`, `text` is an English template with named placeholders (as DomainError's):
    the event keeps the formatted sentence as its text and the template and values as its
    `message`, which the UI shows in its language. Stored codes (stages, states) are passed as
    they are, amounts as `Money`.

    Changes that came from the shop itself (actor kind 'shop') are never pushed back.
    A card number in the text or the payloads keeps only its first 6 and last 4 digits (R50).
    """
    before, after, push = mask_in(before), mask_in(after), mask_in(push)
    # An event the customer is told about queues its notification right after (R47).
    notice = notify.prepare(session, order, actor, kind, before=before, after=after, push=push)
    if notice is not None:
        push = notice.push
    now = utcnow()
    row = event_row(
        order.id, order.code, actor, kind, text, params, before=before, after=after, at=now
    )
    row["text"], row["message"] = mask_pans(row["text"]), mask_in(row["message"])
    event = TimelineEvent(**row)
    session.add(event)
    order.updated_at = now
    if push is not None and actor.kind != "shop":
        payload = {"code": order.code, "shop_order_id": order.shop_order_id, **push}
        session.add(
            OutboxEntry(**outbox_row(order.id, order.code, order.shop_id, kind, payload, now))
        )
    if notice is not None:
        notice.queue(session, order)
    return event


def event_row(
    order_id: int,
    code: str,
    actor: Actor,
    kind: str,
    text: str,
    params: dict[str, Any] | None,
    *,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    at: Any,
) -> dict[str, Any]:
    """A timeline row's columns. With `params`, `text` is a template: the row keeps the
    formatted sentence, and the template with its values as `message` (see `record`). The bulk
    path's set-based writers insert these rows directly (services/lists/bulk_moves.py)."""
    message = None
    if params is not None:
        message = {"template": text, "params": stored_params(params)}
        text = text.format(**params)
    return {
        "order_id": order_id,
        "order_code": code,
        "at": at,
        "actor": actor.label,
        "kind": kind,
        "text": text,
        "before": before,
        "after": after,
        "message": message,
    }


def outbox_row(
    order_id: int, code: str, shop_id: int | None, kind: str, payload: dict[str, Any], at: Any
) -> dict[str, Any]:
    """An outbox row's columns, with a fresh idempotency key (record, stock.adjust and the bulk
    path's set-based writers)."""
    return {
        "order_id": order_id,
        "order_code": code,
        "shop_id": shop_id,
        "kind": kind,
        "payload": payload,
        "idempotency_key": uuid.uuid4().hex,
        "created_at": at,
    }


def stored_params(params: dict[str, Any]) -> dict[str, Any]:
    """Message values as JSON: amounts as Money.to_json(), codes and numbers as they are."""
    out: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, Money):
            out[name] = value.to_json()
        elif value is None or isinstance(value, str | int | float | bool):
            out[name] = value if not isinstance(value, str) else str(value)
        else:
            out[name] = str(value)
    return out
