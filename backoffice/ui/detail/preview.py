"""Totals as you type (R19): the order total an edit would give, worked out locally with the same
line formula the services use (services.totals.line_total_of), before anything
is sent. The services recompute and store the real totals when the edit is committed."""

from __future__ import annotations

from backoffice.services.orders import totals
from backoffice.services.orders.detail import LineRow, OrderSnapshot

line_total = totals.line_total_of


def with_line(snap: OrderSnapshot, old: LineRow | None, new_total: int) -> int:
    """The order total if `old` (None: a new line) had `new_total`."""
    return snap.money.total - (old.total if old else 0) + new_total


def changed(
    snap: OrderSnapshot,
    line: LineRow,
    *,
    quantity: int | None = None,
    discount_amount: int | None = None,
    discount_percent: int | None = None,
) -> int:
    total = line_total(
        line.quantity if quantity is None else quantity,
        line.unit_price,
        discount_amount=line.discount_amount if discount_amount is None else discount_amount,
        discount_percent=line.discount_percent if discount_percent is None else discount_percent,
        cancelled=line.cancelled,
        returned=line.returned,
    )
    return with_line(snap, line, total)
