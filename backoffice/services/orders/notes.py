"""Memos and customer messages of an order (R29), each one a timeline event (R28).

Memos are internal notes with author and date; a memo marked `for_customer` is pushed to the shop
(R44). Messages go to the customer through the web shop, SMS or e-mail and are pushed; replies
arrive by sync (actor: web shop) and are never pushed back. Neither depends on the order's stage:
the conversation stays open on cancelled and completed orders too (seed 003, 문의내역).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from backoffice.db.base import utcnow
from backoffice.db.models import Memo, Message, Order
from backoffice.db.uow import UnitOfWork
from backoffice.domain.cards import mask_pans
from backoffice.domain.errors import N_, DomainError
from backoffice.services.orders import totals
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.staff.actor import WEB_SHOP, Actor

MESSAGE_CHANNELS = ("shop", "sms", "email")
MAX_TEXT = 4000


def _clean(text: str, what: str) -> str:
    text = text.strip()
    memo = what == "memo"
    if not text and memo:
        raise DomainError("A memo needs some text", "R29")
    if not text:
        raise DomainError("A message needs some text", "R29")
    if len(text) > MAX_TEXT and memo:
        raise DomainError("A memo is at most {most} characters", "R29", most=MAX_TEXT)
    if len(text) > MAX_TEXT:
        raise DomainError("A message is at most {most} characters", "R29", most=MAX_TEXT)
    return mask_pans(text)  # a card number typed into a note keeps 6 + 4 digits (R50)


def _preview(text: str) -> str:
    return text if len(text) <= 80 else text[:79] + "…"


def add_memo(
    uow: UnitOfWork, actor: Actor, code: str, text: str, *, for_customer: bool = False
) -> int:
    """An internal note with author and date; `for_customer` memos reach the shop. Returns its id."""
    text = _clean(text, "memo")
    with uow:
        order = get_order(uow.session, code)
        memo = Memo(author=actor.name, text=text, for_customer=for_customer, created_at=utcnow())
        order.memos.append(memo)
        had_memo = order.has_memo
        totals.refresh(order)
        kind = "memo_customer" if for_customer else "memo"
        said = N_("Memo for the customer: {text}") if for_customer else N_("Memo: {text}")
        record(  # templates: N_
            uow.session,
            order,
            actor,
            kind,
            said,
            before={"has_memo": had_memo},
            after={"has_memo": True, "memo": text, "author": actor.name},
            push={"memo": text, "author": actor.name} if for_customer else None,
            params={"text": _preview(text)},
        )
        uow.commit()
        return memo.id


def _check_reachable(order: Order, channel: str) -> None:
    if channel not in MESSAGE_CHANNELS:
        raise DomainError(
            "Unknown channel {channel!r}; use one of {choices}",
            "R29",
            channel=channel,
            choices=", ".join(MESSAGE_CHANNELS),
        )
    if channel == "sms" and not order.buyer_phone.strip():
        raise DomainError("Order {code} has no phone number to text", "R29", code=order.code)
    if channel == "email" and not order.buyer_email.strip():
        raise DomainError("Order {code} has no e-mail address", "R29", code=order.code)


def send_message(
    uow: UnitOfWork, actor: Actor, code: str, text: str, *, channel: str = "shop"
) -> int:
    """A message to the customer, sent through the shop, SMS or e-mail by the relay (R29, R44)."""
    text = _clean(text, "message")
    with uow:
        order = get_order(uow.session, code)
        _check_reachable(order, channel)
        message = Message(direction="out", channel=channel, author=actor.name, text=text)
        order.messages.append(message)
        count = len(order.messages) - 1
        record(
            uow.session,
            order,
            actor,
            "message",
            "Message to the customer ({via}): {text}",
            before={"messages": count},
            after={"messages": count + 1, "direction": "out", "channel": channel, "text": text},
            push={"channel": channel, "text": text, "author": actor.name},
            params={"via": channel, "text": _preview(text)},
        )
        uow.commit()
        return message.id


def receive_message(
    uow: UnitOfWork,
    code: str,
    text: str,
    *,
    remote_id: str | None = None,
    at: datetime | None = None,
    channel: str = "shop",
    author: str = "",
) -> int:
    """A reply from the customer, brought by sync (actor: web shop; not pushed back).

    A message with a `remote_id` already stored is not stored twice; its id is returned."""
    text = _clean(text, "message")
    if at is not None and at.tzinfo is None:
        raise ValueError("receive_message needs an aware datetime")
    with uow:
        order = get_order(uow.session, code)
        if remote_id is not None:
            existing = uow.session.scalar(
                select(Message.id).where(
                    Message.order_id == order.id, Message.remote_id == remote_id
                )
            )
            if existing is not None:
                return existing
        message = Message(
            direction="in",
            channel=channel,
            author=author or order.buyer_name or "customer",
            text=text,
            remote_id=remote_id,
            at=at or utcnow(),
        )
        order.messages.append(message)
        count = len(order.messages) - 1
        record(
            uow.session,
            order,
            WEB_SHOP,
            "message",
            "Message from the customer: {text}",
            before={"messages": count},
            after={"messages": count + 1, "direction": "in", "channel": channel, "text": text},
            params={"text": _preview(text)},
        )
        uow.commit()
        return message.id
