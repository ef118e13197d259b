"""Demo data is what the services would have made (R14, R15, R19, R24, R25): derived order fields
equal a fresh `totals.refresh`, stock equals the initial stock minus what live orders hold minus
damaged returns, shipments hold every unit not cancelled, cards are masked. In-process on the
conftest's migrated SQLite file; the CLI runs of `demo` are in test_cli_demo.py."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from backoffice.db.models import (
    Claim,
    Customer,
    CustomStatus,
    Order,
    OutboxEntry,
    Payment,
    Shipment,
    TimelineEvent,
    Variant,
)
from backoffice.demo import build as demo
from backoffice.domain import codes
from backoffice.domain.errors import DomainError
from backoffice.services.orders import totals

DERIVED = (
    "items_total", "manual_discount", "total", "amount_due", "paid", "refunded", "balance",
    "payment_status", "item_count", "items_summary", "tracking_numbers", "carrier",
    "partially_shipped", "has_memo", "has_open_claim", "cancel_requested", "recipient_name",
    "recipient_phone", "search_text",
)
ANCHOR = datetime(2026, 11, 21, tzinfo=UTC)


@pytest.fixture
def demo_result(engine):
    return demo.generate(engine, orders=1500, seed=7, anchor=ANCHOR)


def _orders(session):
    return session.scalars(
        select(Order).options(
            selectinload(Order.lines), selectinload(Order.payments), selectinload(Order.refunds),
            selectinload(Order.shipments).selectinload(Shipment.items),
            selectinload(Order.addresses), selectinload(Order.memos),
            selectinload(Order.claims).selectinload(Claim.items),
        )
    ).all()


@pytest.mark.rule("R19")
def test_derived_fields_are_what_the_services_compute(demo_result, session):
    orders = _orders(session)
    assert len(orders) == 1500
    for order in orders:
        stored = {name: getattr(order, name) for name in DERIVED}
        totals.refresh(order)  # in memory only; never flushed
        fresh = {name: getattr(order, name) for name in DERIVED}
        assert stored == fresh, order.code
        assert codes.is_valid(order.code)
        # Every unit not cancelled sits in exactly one shipment (R20 invariant).
        for line in order.lines:
            shipped = sum(i.quantity for s in order.shipments for i in s.items if i.line_id == line.id)
            assert shipped == line.quantity - line.cancelled_quantity, order.code
        assert order.refunded <= order.paid  # R25
    session.rollback()


@pytest.mark.rule("R14")
@pytest.mark.rule("R15")
def test_stock_is_initial_minus_held_minus_damaged(demo_result, session):
    held: Counter[int] = Counter()
    for order in _orders(session):
        if order.stage != "cancelled":
            for line in order.lines:
                if line.variant_id is not None:
                    held[line.variant_id] += line.active_quantity
    damaged: Counter[int] = Counter()
    for claim in session.scalars(select(Claim).where(Claim.damaged, Claim.state == "completed")):
        for item in claim.items:
            damaged[item.line.variant_id] += item.quantity
    variants = session.scalars(select(Variant)).all()
    assert variants and any(v.stock == 0 for v in variants)  # some are sold out (R14)
    for v in variants:
        assert v.stock >= 0
        assert v.stock == demo_result.initial_stock[v.sku] - held[v.id] - damaged[v.id], v.sku


def test_the_data_covers_the_whole_workflow(demo_result, session):
    stages = Counter(session.scalars(select(Order.stage)))
    assert set(stages) == {
        "pending_payment", "received", "preparing", "ready", "shipped", "delivered",
        "completed", "cancelled",
    }
    # Most orders are done; some wait; some are cancelled, including expired deposits (R10).
    assert stages["completed"] + stages["delivered"] > 0.5 * 1500
    reasons = Counter(session.scalars(select(Order.cancel_reason).where(Order.stage == "cancelled")))
    assert reasons["payment_expired"] > 0
    assert set(session.scalars(select(Order.channel))) == {"web", "counter", "phone", "marketplace"}
    assert session.scalar(select(func.count()).where(Order.is_member)) > 0
    assert session.scalar(select(func.count()).where(~Order.is_member)) > 0
    assert session.scalar(select(func.count()).where(Order.partially_shipped)) >= 0
    assert session.scalar(select(func.count()).select_from(Shipment).where(Shipment.number == 2)) > 0
    kinds = {(c.kind, c.state) for c in session.scalars(select(Claim))}
    assert {k for k, _ in kinds} == {"cancel", "return", "exchange"}
    assert session.scalar(select(func.count()).where(Order.cancel_requested)) > 0  # R12 tab
    assert session.scalar(select(func.count()).select_from(CustomStatus)) >= 4
    assert session.scalar(select(func.count()).where(Order.custom_status_id.is_not(None))) > 0
    assert session.scalar(select(func.count()).select_from(Customer)) > 0
    # Korean names, 010 phones, KRW prices ending in 00, postcodes of five digits.
    names = session.scalars(select(Order.buyer_name)).all()
    assert any(re.fullmatch(r"[가-힣]{2,4}", n) for n in names)
    assert any(re.fullmatch(r"[A-Za-z]+ [A-Za-z]+", n) for n in names)
    assert all(re.fullmatch(r"010-\d{4}-\d{4}", p) for p in session.scalars(select(Order.buyer_phone)))
    assert all(v.price % 100 == 0 for v in session.scalars(select(Variant)))
    # R24: never more than the first 6 and last 4 digits of a card.
    for masked in session.scalars(select(Payment.card_masked).where(Payment.card_masked != "")):
        assert re.fullmatch(r"\d{6}\*{6}\d{4}", masked), masked
    # Demo history is not news for the web shop (R42): nothing waits in the outbox.
    assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    # The timeline has at least the placing of every order (R28).
    placed = session.scalar(select(func.count()).where(TimelineEvent.kind == "created"))
    assert placed == 1500
    # Newest orders are from just before the anchor, nothing from the future.
    newest = session.scalar(select(func.max(Order.created_at)))
    assert ANCHOR - newest < demo.timedelta(days=2) and newest <= ANCHOR
    assert demo_result.orders == 1500


def test_same_seed_same_data_and_refuses_a_used_database(engine, new_db_url):
    from backoffice.db import migrate
    from backoffice.db.engine import make_engine

    first = demo.generate(engine, orders=300, seed=11, anchor=ANCHOR)
    other = make_engine(new_db_url())
    migrate.upgrade(other)
    second = demo.generate(other, orders=300, seed=11, anchor=ANCHOR)
    assert first.initial_stock == second.initial_stock

    def snapshot(eng):
        with eng.connect() as conn:
            return conn.execute(
                select(Order.code, Order.total, Order.balance, Order.stage, Order.created_at)
                .order_by(Order.id)
            ).all()

    assert snapshot(engine) == snapshot(other)
    with pytest.raises(DomainError, match="already has orders"):
        demo.generate(other, orders=10, seed=11, anchor=ANCHOR)
    other.dispose()
