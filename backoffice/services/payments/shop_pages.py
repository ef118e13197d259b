"""Payment requests paid on a page of the web shop (R22, issue 14).

A WooCommerce order has one pay-for-order page, and it asks for the whole order. Any other amount
on a web shop order (an extra amount after an edit, or part of what is owed) is paid on a pending
shop order made for it alone: one fee line of that amount, linked to the original by its meta.
The request waits with an empty link until the relay has made that order (outbox kind
`payment_request`, pushed as PAYMENT_ORDER); then that order's page becomes the link and the
customer is told, by the same notification as any payment request (R47). The pull never takes
such an order in as an order: when the shop reports it paid, the request is marked paid
(services/sync/payment_pages.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from backoffice.db.models import Order, PaymentRequest
from backoffice.domain.errors import N_
from backoffice.domain.money import Money
from backoffice.services.notify import send as notify
from backoffice.services.orders.history import record
from backoffice.services.staff.actor import SYSTEM

SHOP_KINDS = frozenset({"woocommerce"})  # connectors that can make a pending order to pay


def pays_in_shop(order: Order) -> bool:
    """True when a request on this order is paid on a page the shop makes for it."""
    shop = order.shop
    return shop is not None and shop.kind in SHOP_KINDS and bool(order.shop_order_id)


def order_for(session: Session, order: Order, request: PaymentRequest) -> dict[str, Any]:
    """What the relay needs to make the shop order: the outbox payload's `pay_in_shop`."""
    first, _, last = (order.buyer_name or "").partition(" ")
    return {
        "amount": request.amount,
        "currency": order.currency,
        "token": request.token,
        "number": order.shop_order_number or order.code,
        "parent_id": order.shop_order_id or "",
        "billing": {
            "first_name": first,
            "last_name": last,
            "email": order.buyer_email or "",
            "phone": order.buyer_phone or "",
        },
        # Staff's "Notify the customer" for this request holds when the page is ready.
        "notify": notify.is_on(session),
    }


def page_made(
    session: Session, request_id: int, shop_order_id: str, link: str, *, tell_customer: bool
) -> None:
    """The relay made the request's shop order: its page is the link, and the customer hears
    of it now (not before: a notice without a link is no use). Runs in the relay's session."""
    request = session.get(PaymentRequest, request_id)
    if request is None:
        return
    request.shop_order_id = shop_order_id
    if request.link or not link:
        return
    request.link = link[:300]
    order = session.get(Order, request.order_id)
    if order is None or request.state != "requested":
        return  # withdrawn or paid meanwhile: nobody is sent to the page
    was = session.info.get("notify", True)
    session.info["notify"] = tell_customer
    try:
        record(  # templates: N_
            session,
            order,
            SYSTEM,
            "payment_request",
            N_("Payment page for {amount} ready in the web shop: {link}"),
            after={
                "request": request.id,
                "amount": request.amount,
                "state": "requested",
                "link": request.link,
            },
            params={"amount": Money(request.amount, order.currency), "link": request.link},
        )
    finally:
        session.info["notify"] = was
