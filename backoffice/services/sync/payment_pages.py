"""A pulled shop order that only takes a payment request's money (R22; see
services/payments/shop_pages.py): never an order of its own. Paid in the shop → the request on
the original order is paid, once; cancelled in the shop → the request is withdrawn."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Order, PaymentRequest
from backoffice.services.payments import requests as payments
from backoffice.services.staff.actor import WEB_SHOP
from backoffice.services.sync.txn import SharedUnitOfWork
from backoffice.sync.models import RemoteOrder

logger = logging.getLogger(__name__)


def apply(session: Session, remote: RemoteOrder, marker: str) -> None:
    """`marker`: the payment's pg_transaction, so a pull seen twice pays once."""
    request = session.scalar(
        select(PaymentRequest).where(PaymentRequest.token == remote.payment_token)
    )
    order = session.get(Order, request.order_id) if request is not None else None
    if request is None or order is None:
        logger.info("shop order %s pays for no request we know", remote.number)
        return
    request.shop_order_id = request.shop_order_id or str(remote.remote_id)
    uow = SharedUnitOfWork(session)
    if remote.is_paid:
        if any(p.pg_transaction == marker for p in order.payments):
            return
        method = (remote.payment_method_title or remote.payment_method or "shop")[:40]
        if request.state == "requested":
            payments.mark_request_paid(
                uow, WEB_SHOP, order.code, request.id, method,
                pg_transaction=marker, paid_at=remote.date_paid,
            )  # fmt: skip
        else:  # withdrawn, yet the customer paid before the shop heard: the money is kept (R43)
            payments.record_payment(
                uow, WEB_SHOP, order.code, method, remote.total,
                paid_at=remote.date_paid, pg_transaction=marker,
            )  # fmt: skip
    elif remote.stage == "cancelled" and request.state == "requested":
        payments.withdraw_payment_request(uow, WEB_SHOP, order.code, request.id)
