"""Customer notifications queued with the change that causes them (R47).

`history.record` asks `prepare` about every timeline event. For the events that notify (shipped,
delivered, cancelled, payment requested, edit confirmation requested, cancel request rejected,
refund) it renders the template in the customers' language from the order as it is now, and the
notification becomes an outbox row in the SAME transaction, after the change's own row: the
relay sends it with the same retries as every push, either as a customer note in the web shop
(`notify_shop`) or by SMTP (`notify_email`). Once sent, `sent` adds "Notified customer …: subject"
to the timeline.

Staff switch it off for one action with `uow.notify = False` (the dialogs' "Notify the customer"
box); the session carries the flag as `session.info["notify"]`. While our notifications are on
(or switched off for the action), the change's own push stops asking the shop to tell the
customer, so the customer hears once, or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OutboxEntry, TimelineEvent
from backoffice.domain import notify
from backoffice.domain.errors import N_
from backoffice.domain.money import format_money
from backoffice.services.notify import settings as notify_settings
from backoffice.services.notify import templates as notify_templates
from backoffice.services.shop import details as shop_details
from backoffice.services.staff.actor import Actor

KINDS = {"email": "notify_email", "shop": "notify_shop", "sms": "notify_sms"}  # by channel
NOTIFY_KINDS = frozenset(KINDS.values())
SENDER = Actor("notifications", kind="shop")
SETTINGS_CACHE = "notify_settings"  # session.info key: settings read once for many orders  # its timeline notes are never pushed anywhere


def is_on(session: Session) -> bool:
    """False when staff switched notifications off for this action."""
    return bool(session.info.get("notify", True))


@dataclass(frozen=True)
class Event:
    """A notification event and its own facts, beside what the order says."""

    name: str
    reason: str = ""
    link: str = ""
    amount: int | None = None  # minor units: the payment asked for or the money refunded


def event_for(
    kind: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, push: Any
) -> Event | None:
    """The notification event of a timeline event, if it is one (R47)."""
    before, after, push = before or {}, after or {}, push or {}
    if kind in ("created", "order_created"):
        # An order taken by phone or at the counter to be paid or sent later: "we have it".
        # Web orders are the shop's to confirm; a walk-in sale is handed over on the spot.
        made = push.get("order") or {}
        if made.get("channel") in ("phone", "counter") and after.get("stage") not in (
            "delivered",
            "completed",
        ):
            return Event("received", link=str(made.get("payment_link") or ""))
        return None
    if kind == "stage" and after.get("stage") in ("shipped", "delivered"):
        return Event(str(after["stage"]))
    if kind == "cancelled":
        return Event("cancelled", reason=str(after.get("reason") or ""))
    if kind == "payment_request" and after.get("state") == "requested":
        link = str((push.get("request") or {}).get("link") or after.get("link") or "")
        if not link:
            return None  # the shop still makes its page; the customer is told once it is there
        return Event("payment_request", link=link, amount=int(after.get("amount") or 0))
    if (
        kind == "edit"
        and after.get("edit_state") == "confirmation_requested"
        and before.get("edit_state") == "editing"
    ):
        return Event("edit_confirmation")
    if kind == "cancel_request_rejected":
        return Event("cancel_rejected", reason=str(push.get("reason") or ""))
    if kind == "refund":
        refund = push.get("refund") or {}
        if int(refund.get("amount") or 0) > 0:
            reason = str(refund.get("reason") or "")
            return Event("refund", reason=reason, amount=int(refund["amount"]))
    return None


@dataclass
class Pending:
    """What `prepare` decided: the change's push (maybe told not to notify) and our row."""

    push: dict[str, Any] | None
    entry: OutboxEntry | None = None
    note: str = ""  # a timeline line (English template) when the customer cannot be told
    note_params: dict[str, Any] | None = None  # its values (R28)

    def queue(self, session: Session, order: Order) -> None:
        if self.entry is not None:
            session.add(self.entry)
        elif self.note:
            session.add(
                TimelineEvent(
                    order_id=order.id,
                    order_code=order.code,
                    at=utcnow(),
                    actor=SENDER.label,
                    kind="notification",
                    text=self.note.format(**(self.note_params or {})),
                    message={"template": self.note, "params": dict(self.note_params or {})},
                )
            )


def _quiet(push: dict[str, Any] | None) -> dict[str, Any] | None:
    # The shop must not send its own customer e-mail for this change.
    return None if push is None else {**push, "notify_customer": False}


def prepare(
    session: Session,
    order: Order,
    actor: Actor,
    kind: str,
    *,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    push: dict[str, Any] | None,
) -> Pending | None:
    """None when this event has nothing to do with notifications (the common case)."""
    if actor.kind == "shop":
        return None  # the shop itself told the customer about its own changes
    found = event_for(kind, before, after, push)
    if found is None:
        return None
    event = found.name
    if not is_on(session):
        return Pending(_quiet(push))
    # A bulk run reads the settings once per chunk (services/lists/bulk.py).
    settings = session.info.get(SETTINGS_CACHE) or notify_settings.load(session)
    if not settings.sends(event):
        return None
    if settings.channel == "email" and "@" not in order.buyer_email:
        note = N_("Customer not notified ({event}): the order has no e-mail address")
        return Pending(push, note=note, note_params={"event": event})
    mobile = "".join(ch for ch in (order.buyer_phone or "") if ch.isdigit())
    if settings.channel == "sms" and not (mobile.startswith("01") and len(mobile) in (10, 11)):
        note = N_("Customer not notified ({event}): the order has no mobile phone number")
        return Pending(push, note=note, note_params={"event": event})
    language = settings.language
    facts = {"link": found.link}
    if found.reason:
        facts["reason"] = found.reason
    if found.amount is not None:
        facts["amount"] = format_money(found.amount, order.currency or "KRW")
    # Only a payment request quotes the shop's bank account.
    account = settings.bank_account if event in ("payment_request", "received") else ""
    # The shop's name: as set for notifications, else as typed in Settings → Shop details, else
    # the order's web shop's site title, else the default shop's (issue 14): a subject never
    # reads "[] 주문 …".
    facts["shop"] = (
        settings.shop_name
        or shop_details.typed_name(session)
        or (order.shop.site_title if order.shop is not None else "")
        or shop_details.load(session).name
    )
    values = notify_templates.values_for(order, language, extra=facts, bank_account=account)
    message = notify.render(notify_templates.get(session, event, language), values)
    payload = {
        "code": order.code,
        "shop_order_id": order.shop_order_id,
        "event": event,
        "language": language,
        "channel": settings.channel,
        "to": {"email": order.buyer_email, "sms": mobile}.get(settings.channel, ""),
        "to_name": order.buyer_name,
        "subject": message.subject,
        "body": message.body,
    }
    entry = OutboxEntry(
        order_id=order.id,
        order_code=order.code,
        shop_id=order.shop_id,
        kind=KINDS[settings.channel],
        payload=payload,
        idempotency_key=uuid.uuid4().hex,
        created_at=utcnow(),
    )
    return Pending(_quiet(push), entry)


def sent(session: Session, entry: OutboxEntry) -> None:
    """After the relay sent a notification: the timeline says so (R28, R47)."""
    from backoffice.services.orders.history import record  # history imports this module

    if entry.kind not in NOTIFY_KINDS or entry.order_id is None:
        return
    order = session.get(Order, entry.order_id)
    if order is None:
        return
    said = (
        N_("Notified customer by e-mail: {subject}")
        if entry.kind == "notify_email"
        else N_("Notified customer through the web shop: {subject}")
    )
    subject = str((entry.payload or {}).get("subject") or "")
    event = str((entry.payload or {}).get("event") or "")
    record(  # templates: N_
        session,
        order,
        SENDER,
        "notified",
        said,
        after={"event": event, "channel": entry.kind, "outbox": entry.id},
        params={"subject": subject},
    )
