"""What a shipment's carrier and tracking number tell the web shop and the customer (R7, R47).

The stage and tracking pushes of a shipped order carry each shipped shipment's carrier, number
and tracking link (`shipments`), which the connector writes where WooCommerce users look for
them (the Shipment Tracking extension's order meta), and the customer note: the shop's own R47
"shipped" template, rendered in the customers' language, with carrier, number and link.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from backoffice.db.models import Order
from backoffice.domain import carriers
from backoffice.domain import notify as templates
from backoffice.services.notify import settings as notify_settings
from backoffice.services.notify import templates as notify_templates


def shipments_payload(order: Order, numbers: set[int] | None = None) -> list[dict[str, Any]]:
    """Shipped shipments with a tracking number (all, or those in `numbers`)."""
    out = []
    for s in order.shipments:
        if not s.tracking_number or (numbers is not None and s.number not in numbers):
            continue
        if numbers is None and s.stage not in ("shipped", "delivered"):
            continue
        out.append(
            {
                "shipment": s.number,
                "carrier": s.carrier,
                "tracking": s.tracking_number,
                "link": carriers.tracking_link(s.carrier, s.tracking_number),
                "shipped_at": int(s.shipped_at.timestamp()) if s.shipped_at else None,
            }
        )
    return out


def shipped_note(session: Session, order: Order) -> str:
    """The R47 "shipped" message as the customer note the shop e-mails (subject, then body)."""
    settings = notify_settings.load(session)
    language = settings.language
    extra = {"shop": settings.shop_name} if settings.shop_name else None
    values = notify_templates.values_for(order, language, extra=extra)
    message = templates.render(notify_templates.get(session, "shipped", language), values)
    return f"{message.subject}\n\n{message.body}".strip()
