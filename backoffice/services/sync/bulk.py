"""New shop orders of a pulled page written in bulk (R1, R14, R19, R23, R28, R42).

`Applier.apply_page` hands this module the orders of a page that are new here and plain (not
known locally, not one of our counter orders, pending payment or received, no cancel request).
They are written with a few Core statements per page instead of one ORM flush per order, and end
up exactly as `orders.place_order` + `payments.record_payment` (actor: the web shop) leave them:

- codes from the counter in one step (R1);
- order, lines, address, shipment #1 with every item; derived fields by `totals.refresh`, run on
  plain rows (`demo_rows`) so the very same code computes them (R19);
- stock taken per line (R14) with one `stock` outbox row per line carrying the level after it,
  as `stock.adjust` writes them (R44);
- the shop's payment (a paid pending order becomes received), the deposit deadline of an unpaid
  one (R10), and the timeline events `created` and `payment`/`stage` (R28). Changes made by the
  shop are never pushed back, so those events have no outbox row.

Ids: see `_Writer`. The caller runs this inside a SAVEPOINT and falls back to the per-order path
if anything here fails. tests/sync_db/test_bulk_apply.py holds both paths to the same result
(also for `history.record`'s side effects, e.g. notifications: the events here notify nobody).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import (
    Order,
    OrderAddress,
    OrderLine,
    OutboxEntry,
    Payment,
    Shipment,
    ShipmentLine,
    Shop,
    TimelineEvent,
    Variant,
)
from backoffice.demo.rows import (
    AddressRow,
    BulkInsert,
    EventRow,
    LineRow,
    OrderRow,
    PaymentRow,
    ShipmentLineRow,
    ShipmentRow,
    defaults,
)
from backoffice.domain.cards import mask_in, mask_pans
from backoffice.domain.errors import N_
from backoffice.domain.money import Money
from backoffice.domain.stages import Stage
from backoffice.services.orders import codes, totals
from backoffice.services.orders.history import stored_params  # record()'s own
from backoffice.services.staff.actor import WEB_SHOP
from backoffice.services.sync import intake as sync_import
from backoffice.services.sync.deadline import deposit_deadline
from backoffice.sync.models import RemoteOrder

BULK_STAGES = (Stage.PENDING_PAYMENT.value, Stage.RECEIVED.value)
OUTBOX_TEMPLATE = defaults(OutboxEntry.__table__)  # type: ignore[arg-type]


def eligible(remote: RemoteOrder) -> bool:
    """Plain new orders only; anything else takes the per-order path with its rule checks."""
    return (
        remote.local_code is None
        and not remote.payment_token  # R22: pays a request of another order, not an order
        and remote.stage in BULK_STAGES
        and not remote.cancel_requested
        and remote.total >= 0
        and not remote.refunds  # recorded by the per-order path (sync_import.apply_refunds)
    )


@dataclass(frozen=True)
class _Variant:
    id: int
    sku: str
    options: str


def _variants(session: Session, remotes: Sequence[RemoteOrder]) -> dict[str, _Variant]:
    """The page's catalogue variants by SKU, in one query."""
    skus = {ln.sku for r in remotes for ln in r.lines if ln.sku}
    rows = session.execute(
        select(Variant.id, Variant.sku, Variant.options).where(Variant.sku.in_(skus))
    )
    return {sku: _Variant(vid, sku, options) for vid, sku, options in rows} if skus else {}


def payment_marker(shop: Shop, remote: RemoteOrder) -> str:
    """The payment's reference: the shop's transaction id, or one made from the order id. Masked
    as the payment row stores it (R50), so the "already recorded?" check compares like with like."""
    return mask_pans((remote.transaction_id or f"{shop.kind}:{remote.remote_id}").strip())


class _Built:
    """One order's rows before they have ids, and what its events say."""

    def __init__(self, remote: RemoteOrder, order: OrderRow) -> None:
        self.remote = remote
        self.order = order
        self.shipment: ShipmentRow | None = None
        self.item_lines: list[LineRow] = []  # the line of each shipment item, in step
        self.events: list[EventRow] = []


def import_new(session: Session, shop: Shop, remotes: Sequence[RemoteOrder]) -> list[str]:
    """Write every remote order as a new local order; returns their codes in page order."""
    if not remotes:
        return []
    # Codes first: raising the counter takes SQLite's write lock before anything else is read,
    # so what follows reads the latest data and no other connection can write until we commit.
    taken = codes.reserve_codes(session, len(remotes))
    now = utcnow()
    variants = _variants(session, remotes)
    deadline = deposit_deadline(session)
    built = [
        _build(shop, remote, code, variants, now, deadline(remote.created_gmt, now))
        for remote, code in zip(remotes, taken, strict=True)
    ]
    _write(session, built, now)
    return [b.order.code for b in built]


def _build(
    shop: Shop,
    remote: RemoteOrder,
    code: str,
    variants: dict[str, _Variant],
    now: datetime,
    deadline: datetime,
) -> _Built:
    """Rows as `orders.build_order` and `Applier._import` would make them, then the payment."""
    stage = Stage(remote.stage)
    ship = remote.shipping if (remote.shipping.address_1 or remote.shipping.name) else None
    addr = ship or remote.billing
    order = OrderRow(
        code=code,
        channel="web",
        channel_detail=shop.name,
        fulfilment="delivery",
        stage=stage.value,
        shop_id=shop.id,
        shop_order_number=remote.number,
        shop_order_id=str(remote.remote_id),
        shop_payment_url=remote.payment_url,  # R22: where a payment request sends the customer
        is_member=not remote.is_guest,
        buyer_name=remote.billing.name,
        buyer_phone=remote.phone,
        buyer_email=remote.email,
        currency=remote.currency,
        payment_method=remote.payment_method_title or remote.payment_method,
        shipping_fee=remote.shipping_total,
        shipping_tax=remote.shipping_tax,
        prices_include_tax=remote.prices_include_tax,
        rounding=remote.rounding,
        coupon_codes=sync_import.coupon_codes(remote),
        deposit_deadline=deadline if stage == Stage.PENDING_PAYMENT else None,
        created_at=remote.created_gmt or now,
        updated_at=now,
        customer_note=mask_pans(remote.customer_note),  # R50: a card number typed at checkout
        unread=True,  # R37: placed by the shop, not by staff
    )
    for spec in sync_import.line_specs(remote):
        variant = variants.get(spec.sku) if spec.sku and spec.kind == "item" else None
        order.lines.append(
            LineRow(
                position=len(order.lines),
                kind=spec.kind,
                variant_id=variant.id if variant else None,
                sku=variant.sku if variant else spec.sku,
                name=spec.name,
                options=spec.options or (variant.options if variant else ""),
                quantity=spec.quantity,
                unit_price=spec.unit_price,
                discount_amount=spec.discount_amount,
                tax_amount=spec.tax_amount,
                shop_line_id=spec.shop_line_id,
            )
        )
    if not order.lines:  # keep the order visible even when the shop sent no items
        order.lines.append(
            LineRow(position=0, kind="free", sku="", name="(no items)", quantity=1, unit_price=0)
        )
    out = _Built(remote, order)
    address = AddressRow(
        slot=1,
        name=addr.name or remote.billing.name,
        phone=addr.phone or remote.phone,
        postcode=addr.postcode,
        address1=" ".join(p for p in (addr.address_1, addr.city, addr.state) if p),
        address2=addr.address_2,
        memo="",
    )
    if address.name or address.address1:
        order.addresses.append(address)
    shipment = ShipmentRow(number=1, kind="normal", stage="preparing", created_at=now)
    for line in order.lines:
        if line.kind == "item" or line.variant_id is not None:
            shipment.items.append(ShipmentLineRow(quantity=line.quantity))
            out.item_lines.append(line)
    order.shipments.append(shipment)
    out.shipment = shipment
    if remote.is_paid and remote.total > 0:
        _add_payment(shop, out, now)
    typed = cast(Order, order)
    totals.refresh(typed)  # once: a payment changes no figure the "created" event reports
    sync_import.check_reconciled(typed, remote)  # a mismatch fails the bulk: one by one, parked
    _event(
        out,
        now,
        "created",
        "Order placed ({channel}), {count} items",
        {"channel": "web", "count": order.item_count},
        after={"stage": order.stage, "total": order.total},
    )
    if order.payments:
        _payment_event(out, now)
    return out


def _add_payment(shop: Shop, out: _Built, now: datetime) -> None:
    """As `payments.add_payment_in_session(..., reported=True)` (R23, R43)."""
    order, remote = out.order, out.remote
    method = (remote.payment_method_title or remote.payment_method or "shop")[:40]
    payment = PaymentRow(
        method=method,
        amount=remote.total,
        paid_at=remote.date_paid or now,
        pg_transaction=mask_pans(payment_marker(shop, remote).strip()),
        card_issuer="",
        card_masked="",
        installment_months=0,
    )
    order.payments.append(payment)
    order.paid_at = order.paid_at or payment.paid_at
    order.payment_method = order.payment_method or method


def _payment_event(out: _Built, now: datetime) -> None:
    """As `payments._record_payment_event`; a fully paid pending order becomes received (R23)."""
    order = out.order
    payment = order.payments[0]
    params: dict[str, Any] = {
        "amount": Money(payment.amount, order.currency),
        "method": payment.method,
    }
    after: dict[str, Any] = {"payment": payment.amount, "paid": order.paid}
    if order.stage == Stage.PENDING_PAYMENT and order.balance <= 0:
        order.stage, order.deposit_deadline = Stage.RECEIVED.value, None
        totals.refresh(cast(Order, order))
        after["stage"] = order.stage
        params.update(stage=Stage.PENDING_PAYMENT.value, target=order.stage)
        text = N_("Payment of {amount} by {method}; stage {stage} → {target}")
        before = {"stage": Stage.PENDING_PAYMENT.value}
        _event(out, now, "stage", text, params, before=before, after=after)  # templates: N_
    else:
        _event(out, now, "payment", "Payment of {amount} by {method}", params, after=after)


def _event(
    out: _Built,
    at: datetime,
    kind: str,
    template: str,
    params: dict[str, Any],
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """A timeline row as `history.record(..., params=...)` writes it: the English sentence, the
    template and values for the UI's language (R28), card numbers masked (R50)."""
    out.events.append(
        EventRow(
            order_code=out.order.code,
            at=at,
            actor=WEB_SHOP.label,
            kind=kind,
            text=mask_pans(template.format(**params)),
            before=mask_in(before),
            after=mask_in(after),
            message={"template": template, "params": mask_in(stored_params(params))},
        )
    )


class _Writer:
    """Inserts one table's rows and leaves each row's new id in it.

    SQLite: ids are numbered here, after the table's highest. That is safe because the page's
    transaction already holds SQLite's only write lock (the code counter was raised first, R1), so
    no other connection can insert until we commit; the rows then go through
    `demo_rows.BulkInsert`'s plain executemany. Other databases: INSERT … RETURNING, batched by
    SQLAlchemy and in parameter order, so sequences stay the database's own.
    """

    _compiled: dict[str, BulkInsert] = {}

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"

    def __call__(self, table: Table, rows: Sequence[dict[str, Any]], *, ids: bool = True) -> None:
        if not rows:
            return
        if self.sqlite:
            top = self.conn.execute(select(func.max(table.c.id))).scalar() or 0
            for new_id, row in enumerate(rows, start=top + 1):
                row["id"] = new_id
            bulk = self._compiled.get(table.name)
            if bulk is None:
                bulk = self._compiled[table.name] = BulkInsert(self.conn, table)
            bulk(self.conn, list(rows))
            return
        values = [{k: v for k, v in dict.items(row) if k != "id"} for row in rows]
        if not ids:
            self.conn.execute(insert(table), values)
            return
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        for row, new_id in zip(rows, self.conn.execute(stmt, values).scalars(), strict=True):
            row["id"] = new_id


def _write(session: Session, built: list[_Built], now: datetime) -> None:
    put = _Writer(session)
    put(_table(Order), [b.order for b in built])
    lines, addresses = [], []
    for b in built:
        for line in b.order.lines:
            line["order_id"] = b.order.id
            lines.append(line)
        for address in b.order.addresses:
            address["order_id"] = b.order.id
            addresses.append(address)
    put(_table(OrderLine), lines)
    put(_table(OrderAddress), addresses)
    shipments = []
    for b in built:
        assert b.shipment is not None
        b.shipment["order_id"] = b.order.id
        b.shipment["address_id"] = b.order.addresses[0].id if b.order.addresses else None
        shipments.append(b.shipment)
    put(_table(Shipment), shipments)
    items, payments, events = [], [], []
    for b in built:
        assert b.shipment is not None
        for item, line in zip(b.shipment.items, b.item_lines, strict=True):
            item["shipment_id"] = b.shipment.id
            item["line_id"] = line.id
            items.append(item)
        for payment in b.order.payments:
            payment["order_id"] = b.order.id
            payments.append(payment)
        for event in b.events:
            event["order_id"] = b.order.id
            events.append(event)
    put(_table(ShipmentLine), items, ids=False)
    put(_table(Payment), payments, ids=False)
    put(_table(TimelineEvent), events, ids=False)
    put(_table(OutboxEntry), _take_stock(session, built, now), ids=False)


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _take_stock(session: Session, built: list[_Built], now: datetime) -> list[dict[str, Any]]:
    """R14: every line's quantity leaves its variant's stock, as `stock.take_all` does it, with
    one outbox row per line holding the level right after that line (R44)."""
    tracked: dict[int, str] = {}
    taken: list[tuple[_Built, int, int]] = []  # (order, variant id, quantity) in placing order
    for b in built:
        for line in b.order.lines:
            vid = line.variant_id
            if vid is None or line.active_quantity == 0:
                continue
            tracked[vid] = line.sku
            taken.append((b, vid, line.active_quantity))
    if not taken:
        return []
    delta: dict[int, int] = defaultdict(int)
    for _, vid, qty in taken:
        delta[vid] += qty
    # Relative UPDATEs: nothing read before the write can be stale (another PC may sell too).
    variants_t = cast(Table, Variant.__table__)
    session.execute(
        update(variants_t)
        .where(variants_t.c.id == bindparam("vid"), variants_t.c.track_stock.is_(True))
        .values(stock=variants_t.c.stock - bindparam("qty")),
        [{"vid": vid, "qty": qty} for vid, qty in delta.items()],
    )
    level: dict[int, int] = {}
    for vid, sku, stock_now, track in session.execute(
        select(Variant.id, Variant.sku, Variant.stock, Variant.track_stock).where(
            Variant.id.in_(delta)
        )
    ):
        if track:
            level[vid] = stock_now + delta[vid]  # before this page
            tracked[vid] = sku
    rows = []
    # Random 128-bit keys like uuid4().hex, drawn in one call: a syscall per row shows up here.
    keys = os.urandom(16 * len(taken)).hex()
    for i, (b, vid, qty) in enumerate(taken):
        if vid not in level:
            continue  # gone, or stock not tracked: skipped like stock.adjust does
        level[vid] -= qty
        rows.append(
            {
                **OUTBOX_TEMPLATE,
                "order_id": b.order.id,
                "order_code": b.order.code,
                "shop_id": b.order.shop_id,
                "kind": "stock",
                "payload": {"sku": tracked[vid], "stock": level[vid]},
                "idempotency_key": keys[32 * i : 32 * i + 32],
                "created_at": now,
            }
        )
    return rows
