"""Finding the order a person means: by code (any case, with or without dashes) or shop number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Order
from backoffice.db.uow import stale_version
from backoffice.domain import codes
from backoffice.domain.errors import NotFound


def get_order(
    session: Session, code_or_number: str, *, expected_version: int | None = None
) -> Order:
    text = code_or_number.strip()
    order = None
    if codes.is_valid(text):
        order = session.scalar(select(Order).where(Order.code == codes.canonical(text)))
    if order is None and text:
        order = session.scalar(select(Order).where(Order.shop_order_number == text).limit(1))
    if order is None:
        shown = text if len(text) <= 40 else text[:40] + "…"  # a stray paste stays one short line
        raise NotFound("No order {text!r}", text=shown)
    if expected_version is not None and order.version != expected_version:
        raise stale_version(session, order.id, order.code)
    return order
