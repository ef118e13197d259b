"""Set-based cancels for the bulk path (issue 16, R11, R14, R35).

Cancelling many orders at once (a sold-out product, a batch of unpaid orders) writes per order
what `changes.cancel_in_session` writes: the stock of its lines back (R14) with the shop told the
new level, the order cancelled with its reason and its money figures for a cancelled order, a
timeline event and the push. Here a chunk is checked in Python and written in a handful of
statements: one UPDATE of the orders guarded by their versions, one UPDATE per variant touched,
and the stock, timeline and outbox rows inserted with executemany.

The quick path takes an order only when nothing else is involved: no customer cancel request to
close with it, and no notice for us to write to the customer (ours off for cancels, or switched
off for this action; notify.send.prepare). Anything else goes the ordinary way, order by order;
tests/property/test_bulk_same_rows.py holds both to the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, insert, select, tuple_, update
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OrderLine, OutboxEntry, TimelineEvent, Variant
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage, check_cancel
from backoffice.services.lists.bulk_moves import Moved
from backoffice.services.notify import send as notify
from backoffice.services.notify import settings as notify_settings
from backoffice.services.orders.changes import CANCEL_TEXT
from backoffice.services.orders.history import event_row, outbox_row
from backoffice.services.staff.actor import Actor

if TYPE_CHECKING:
    from backoffice.services.lists.bulk import BulkAction


@dataclass(frozen=True)
class _Row:
    id: int
    code: str
    stage: str
    version: int
    shop_id: int | None
    shop_order_id: str | None
    cancel_requested: bool


def applies(session: Session, actor: Actor, action: BulkAction) -> bool:
    """A cancel whose customer notice, if any, is not ours to write (notify.send.prepare)."""
    if action.kind != "cancel" or not action.reason.strip() or actor.kind == "shop":
        return False
    if not notify.is_on(session):
        return True  # switched off for this action: the push says so, nothing is queued
    settings = session.info.get(notify.SETTINGS_CACHE) or notify_settings.load(session)
    return not settings.sends("cancelled")


def _plain(row: _Row) -> bool:
    try:
        check_cancel(row.code, Stage(row.stage))
    except DomainError:
        return False  # refused: the ordinary path says why
    return not row.cancel_requested  # the customer's request is closed with it: ordinary path


def cancel(
    session: Session, actor: Actor, action: BulkAction, chunk: Sequence[int]
) -> dict[int, str]:
    """Cancel the chunk's plain orders in a few statements; returns their codes by id. Raises
    Moved when an order's version changed since it was read."""
    rows = [
        _Row(*r)
        for r in session.execute(
            select(
                Order.id,
                Order.code,
                Order.stage,
                Order.version,
                Order.shop_id,
                Order.shop_order_id,
                Order.cancel_requested,
            ).where(Order.id.in_(list(chunk)))
        )
    ]
    plain = [r for r in rows if _plain(r)]
    if not plain:
        return {}
    now = utcnow()
    reason = action.reason.strip()
    _update_orders(session, plain, reason, now)
    stock_rows = _return_stock(session, plain, now)
    _record(session, actor, plain, reason, stock_rows, now)
    return {r.id: r.code for r in plain}


def _update_orders(session: Session, plain: list[_Row], reason: str, now: Any) -> None:
    """The order cancelled, and its figures as totals.refresh leaves a cancelled order: nothing
    is owed, so the balance is what was refunded less what was paid."""
    balance = Order.refunded - Order.paid
    status = case(  # totals.payment_status for a cancelled order (nothing due)
        ((Order.paid != 0) & (Order.paid == Order.refunded), "refunded"),
        (balance < 0, "refund_due"),
        (balance > 0, "partially_paid"),
        else_="paid",
    )
    result = session.execute(
        update(Order)
        .where(
            Order.id.in_([r.id for r in plain]),
            tuple_(Order.id, Order.version).in_([(r.id, r.version) for r in plain]),
        )
        .values(
            stage_before_cancel=Order.stage,  # SET reads the row as it was
            stage=Stage.CANCELLED.value,
            cancel_reason=reason,
            cancelled_at=now,
            updated_at=now,
            version=Order.version + 1,
            amount_due=0,
            balance=balance,
            payment_status=status,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != len(plain):  # type: ignore[attr-defined]
        raise Moved


def _return_stock(session: Session, plain: list[_Row], now: Any) -> list[dict[str, Any]]:
    """stock.return_all for each order in turn: each line's quantity back on its variant, and the
    new level pushed (R14, R44). Variants gone or not tracked are skipped."""
    by_order: dict[int, list[tuple[int, int]]] = {}
    lines = session.execute(
        select(
            OrderLine.order_id,
            OrderLine.variant_id,
            OrderLine.quantity - OrderLine.cancelled_quantity - OrderLine.returned_quantity,
        )
        .where(OrderLine.order_id.in_([r.id for r in plain]))
        .order_by(OrderLine.order_id, OrderLine.position, OrderLine.id)
    )
    for order_id, variant_id, active in lines:
        if variant_id is not None and active != 0:
            by_order.setdefault(order_id, []).append((variant_id, active))
    wanted = {v for held in by_order.values() for v, _ in held}
    levels = {
        v.id: [v.sku, v.stock]
        for v in session.execute(
            select(Variant.id, Variant.sku, Variant.stock).where(
                Variant.id.in_(wanted), Variant.track_stock.is_(True)
            )
        )
    }
    entries = []
    for row in plain:
        for variant_id, active in by_order.get(row.id, ()):
            level = levels.get(variant_id)
            if level is None:
                continue
            level[1] += active
            payload = {"sku": level[0], "stock": level[1]}
            entries.append(outbox_row(row.id, row.code, row.shop_id, "stock", payload, now))
    if levels:
        session.execute(  # the ORM's bulk UPDATE by primary key: one executemany
            update(Variant), [{"id": vid, "stock": stock} for vid, (_sku, stock) in levels.items()]
        )
    return entries


def _record(
    session: Session,
    actor: Actor,
    plain: list[_Row],
    reason: str,
    stock_rows: list[dict[str, Any]],
    now: Any,
) -> None:
    """history.record's rows, after each order's stock rows as the ordinary path adds them."""
    push: dict[str, Any] = {"stage": Stage.CANCELLED.value, "reason": reason}
    if not notify.is_on(session):
        push["notify_customer"] = False  # notify.send._quiet: the shop must not tell them either
    events, entries = [], []
    for row in plain:
        params = {"reason": reason}
        after = {"stage": Stage.CANCELLED.value, "reason": reason}
        events.append(
            event_row(
                row.id,
                row.code,
                actor,
                "cancelled",
                CANCEL_TEXT,
                params,
                before={"stage": row.stage},
                after=after,
                at=now,
            )
        )
        payload = {"code": row.code, "shop_order_id": row.shop_order_id, **push}
        entries.append(outbox_row(row.id, row.code, row.shop_id, "cancelled", payload, now))
    session.execute(insert(TimelineEvent), events)
    session.execute(insert(OutboxEntry), stock_rows + entries)
