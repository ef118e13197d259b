"""New orders of a pulled page written in bulk end up exactly as the per-order path leaves them
(R1, R10, R14, R19, R23, R28, R42): same rows, same timeline, same stock and stock pushes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db import migrate
from backoffice.db.base import utcnow
from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.models import Order, OutboxEntry, Setting, Shop, TimelineEvent, Variant
from backoffice.db.uow import UnitOfWork
from backoffice.domain.stages import CANCEL_REASON_PAYMENT_EXPIRED
from backoffice.services.orders.automatic import run_automatic_rules
from backoffice.services.sync import bulk as sync_bulk
from backoffice.services.sync.apply import Applier
from backoffice.sync.models import RemoteOrder
from backoffice.sync.woocommerce.mapping import order_from_json
from tests.factories import PRODUCTS, make_catalog
from tests.fakes.woo_state import Shop as FakeShop

pytestmark = pytest.mark.rule("R42")

IGNORED = {"id", "code", "updated_at", "version", "search_text"}  # ids and clocks differ


def remote_page() -> list[RemoteOrder]:
    """A page as a customer base makes it: paid, waiting for a transfer, discounted, odd."""
    shop = FakeShop()
    for sku, price in (("TEE-BLK-M", "19000"), ("MUG-WHT", "12000"), ("SHOP-ONLY", "5000")):
        shop.add_product(sku, price, stock=1000)
    ids = [
        shop.add_order([("TEE-BLK-M", 2), ("SHOP-ONLY", 1)], shipping="3000"),
        shop.add_order([("MUG-WHT", 1)], status="on-hold"),  # bank transfer, unpaid (R10)
        shop.add_order([("MUG-WHT", 3), ("TEE-BLK-M", 1)], status="completed"),  # not plain
        shop.add_order([("TEE-BLK-M", 1)], customer_id=42, transaction_id="pi_123"),
        shop.add_order([], status="processing"),  # the shop sent no items
        shop.add_order([("MUG-WHT", 2)], customer_note="leave at the door"),
    ]
    shop.orders[ids[-1]]["shipping"] = {"first_name": "Ji", "address_1": "1 Road", "city": "Seoul"}
    shop.orders[ids[0]]["lines"][0]["total"] -= 2000  # a coupon on the first line
    return [order_from_json(shop.order_json(i)) for i in ids]


def fresh_database(url: str) -> sessionmaker[Session]:
    engine = make_engine(url)
    migrate.upgrade(engine)
    factory = make_session_factory(engine)
    make_catalog(factory)
    with factory() as session:
        session.add(Shop(name="woo", kind="woocommerce", is_default=True))
        session.add(Setting(key="deposit_days", value="5"))
        session.commit()
    return factory


def apply(factory: sessionmaker[Session], remotes: list[RemoteOrder]) -> Applier:
    with factory() as session:
        shop_id = session.scalar(select(Shop.id))
        assert shop_id is not None
        applier = Applier(session, shop_id)
        applier.apply_page(remotes)
        session.commit()
    return applier


T0 = utcnow()


def same_clock(value: Any) -> Any:
    """Times the apply itself stamps (now, now + a day) differ by the run's duration: keep their
    distance from the test's start in whole hours. The shop's own dates stay exact."""
    if isinstance(value, datetime) and value >= T0:
        return ("now +h", round((value - T0) / timedelta(hours=1)))
    return value


def columns(row: Any, skip: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    return {
        c.key: same_clock(getattr(row, c.key)) for c in row.__table__.columns if c.key not in skip
    }


def snapshot(factory: sessionmaker[Session]) -> dict[str, Any]:
    """Everything a person (or the relay) can see of the pulled orders, without ids."""
    with factory() as session:
        out: dict[str, Any] = {}
        for order in session.scalars(select(Order).order_by(Order.shop_order_id)):
            line_pos = {ln.id: ln.position for ln in order.lines}
            out[order.shop_order_id or ""] = {
                "order": columns(order, IGNORED),
                "search": order.search_text.replace(order.code.replace("-", "").lower(), "CODE"),
                "lines": [columns(ln, {"id", "order_id"}) for ln in order.lines],
                "addresses": [columns(a, {"id", "order_id"}) for a in order.addresses],
                "shipments": [
                    (
                        columns(s, {"id", "order_id", "address_id", "created_at"}),
                        s.address_id is not None,
                        [(line_pos[i.line_id], i.quantity) for i in s.items],
                    )
                    for s in order.shipments
                ],
                "payments": [columns(p, {"id", "order_id"}) for p in order.payments],
                "timeline": [
                    columns(e, {"id", "order_id", "order_code", "at"})
                    for e in session.scalars(
                        select(TimelineEvent)
                        .where(TimelineEvent.order_id == order.id)
                        .order_by(TimelineEvent.id)
                    )
                ],
                "outbox": [  # stock levels depend on which order went first: see below
                    (e.kind, e.payload.get("sku"), e.state)
                    for e in session.scalars(
                        select(OutboxEntry)
                        .where(OutboxEntry.order_id == order.id)
                        .order_by(OutboxEntry.id)
                    )
                ],
            }
        out["stock"] = dict(session.execute(select(Variant.sku, Variant.stock)).all())
        return out


def test_bulk_and_per_order_paths_leave_the_same_orders(new_db_url, monkeypatch, caplog):
    remotes = remote_page()
    bulk, single = fresh_database(new_db_url()), fresh_database(new_db_url())
    written: list[int] = []
    real = sync_bulk.import_new
    monkeypatch.setattr(
        sync_bulk, "import_new", lambda s, shop, rs: written.append(len(rs)) or real(s, shop, rs)
    )
    first = apply(bulk, remotes)
    assert written == [5]  # every plain new order went in one go; the completed one did not
    assert "one by one" not in caplog.text  # ... and it did not fall back
    monkeypatch.setattr(sync_bulk, "eligible", lambda remote: False)
    second = apply(single, remotes)
    assert first.parked == second.parked == []
    assert len(first.new_codes) == len(second.new_codes) == 6
    got, want = snapshot(bulk), snapshot(single)
    assert got.keys() == want.keys()
    for key in want:
        assert got[key] == want[key], key
    assert_stock_pushes_walk_down(bulk)


def assert_stock_pushes_walk_down(factory: sessionmaker[Session]) -> None:
    """R14/R44: each stock row holds the level right after its line, in the order written."""
    catalog = make_catalog_levels()
    with factory() as session:
        level = dict(catalog)
        for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.kind == "stock").order_by(OutboxEntry.id)
        ):
            sku = entry.payload["sku"]
            order = session.get(Order, entry.order_id)
            assert order is not None
            taken = sum(ln.quantity for ln in order.lines if ln.sku == sku)
            level[sku] -= taken
            assert entry.payload["stock"] == level[sku], (order.shop_order_id, sku)
        final = dict(session.execute(select(Variant.sku, Variant.stock)).all())
        assert {k: final[k] for k in level} == level


def make_catalog_levels() -> dict[str, int]:
    return {sku: stock for sku, _name, _options, _price, stock in PRODUCTS}


@pytest.mark.rule("R10")
def test_an_order_waiting_for_a_transfer_gets_the_deposit_deadline(new_db_url):
    factory = fresh_database(new_db_url())
    remotes = remote_page()
    before = utcnow()
    apply(factory, remotes)
    with factory() as session:
        waiting = session.scalar(
            select(Order).where(Order.shop_order_id == str(remotes[1].remote_id))
        )
        paid = session.scalar(select(Order).where(Order.shop_order_id == str(remotes[0].remote_id)))
        assert waiting is not None and paid is not None
        assert waiting.stage == "pending_payment"
        created = remotes[1].created_gmt
        # the fake shop's clock is in 2025: five days from then have passed, so one more from now
        expected = max(created + timedelta(days=5), before + timedelta(days=1))
        assert waiting.deposit_deadline is not None
        assert abs(waiting.deposit_deadline - expected) < timedelta(seconds=5)
        assert paid.stage == "received" and paid.deposit_deadline is None
        deadline = waiting.deposit_deadline
    # R10: past the deadline the automatic rules cancel it like any order waiting for money.
    assert run_automatic_rules(UnitOfWork(factory), deadline - timedelta(minutes=1)).expired == 0
    assert run_automatic_rules(UnitOfWork(factory), deadline + timedelta(minutes=1)).expired == 1
    with factory() as session:
        waiting = session.scalar(
            select(Order).where(Order.shop_order_id == str(remotes[1].remote_id))
        )
        assert waiting is not None and waiting.stage == "cancelled"
        assert waiting.cancel_reason == CANCEL_REASON_PAYMENT_EXPIRED


def test_a_failing_bulk_leaves_nothing_and_each_order_goes_in_once(new_db_url, monkeypatch):
    factory = fresh_database(new_db_url())
    remotes = remote_page()

    def broken(session: Session, built: list[Any], now: Any) -> None:
        real_write(session, built[:2], now)  # half written, then the database says no
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    real_write = sync_bulk._write
    monkeypatch.setattr(sync_bulk, "_write", broken)
    applier = apply(factory, remotes)
    assert applier.parked == [] and len(applier.new_codes) == 6  # none refused
    with factory() as session:
        pulled = [o for (o,) in session.execute(select(Order.shop_order_id))]
        assert sorted(pulled) == sorted(str(r.remote_id) for r in remotes)
    again = apply(factory, remotes)  # the same page again (the overlap window): nothing new
    assert again.new_codes == []
