"""Random sequences of staff actions keep stock conserved and money adding up (R14–R15, R19, R25).

A hypothesis state machine drives the real services on a real migrated database (a fresh copy per
example; on PostgreSQL the test database emptied again). Actions a rule
refuses (DomainError) are fine — the point is that whatever happens, the invariants hold, and a refused
action changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.models import Order, OrderLine, Shipment, Variant
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.claims import changes as claims
from backoffice.services.fulfilment import shipments
from backoffice.services.orders import changes as orders
from backoffice.services.orders import edits
from backoffice.services.orders.changes import NewLine
from backoffice.services.payments import requests as payments
from backoffice.services.payments.refunds import RefundSpec
from tests.factories import CASHIER, MANAGER, PRODUCTS, make_catalog, place
from tests.property import invariants

SKUS = [p[0] for p in PRODUCTS]
# conftest's fresh_db_url: state machines take no fixtures.
FRESH: dict[str, Callable[[], str]] = {}


class OrderMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.engine = make_engine(FRESH["url"]())
        self.factory = make_session_factory(self.engine)
        self.uow = UnitOfWork(self.factory)
        catalog = make_catalog(self.factory)
        self.initial = {catalog.ids[sku]: catalog.initial[sku] for sku in SKUS}
        self.damaged: dict[int, int] = {}
        self.codes: list[str] = []

    def teardown(self) -> None:
        self.engine.dispose()

    # helpers -----------------------------------------------------------------------------
    def attempt(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run a service; a refusal must leave the order exactly as it was."""
        before = self.snapshot()
        try:
            return fn(*args, **kwargs)
        except DomainError:
            assert self.snapshot() == before, f"{fn.__name__} refused but changed data"
            return None

    def snapshot(self) -> list[tuple]:  # type: ignore[type-arg]
        with self.factory() as s:
            rows = s.execute(select(Order.code, Order.stage, Order.version, Order.balance)).all()
            stock = s.execute(select(Variant.id, Variant.stock)).all()
        return sorted(rows) + sorted(stock)

    def lines_of(self, code: str) -> list[tuple[int, int]]:
        with self.factory() as s:
            order = s.scalar(select(Order).where(Order.code == code))
            if order is None:
                return []
            return [(ln.id, ln.active_quantity) for ln in order.lines]

    # rules -------------------------------------------------------------------------------
    @rule(
        items=st.dictionaries(st.sampled_from(SKUS), st.integers(1, 4), min_size=1, max_size=3),
        stage=st.sampled_from([Stage.PENDING_PAYMENT, Stage.RECEIVED, Stage.PREPARING]),
        shipping=st.sampled_from([0, 3000]),
    )
    def place_order(self, items: dict[str, int], stage: Stage, shipping: int) -> None:
        code = self.attempt(place, self.uow, items, stage=stage, shipping_fee=shipping)
        if code:
            self.codes.append(code)

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), target_stage=st.sampled_from(list(Stage)))
    def move(self, data: st.DataObject, target_stage: Stage) -> None:
        code = data.draw(st.sampled_from(self.codes))
        self.attempt(
            orders.set_stage,
            self.uow,
            MANAGER,
            code,
            target_stage,
            carrier="CJ대한통운",
            tracking="600012345678",
            reason="정정",
            confirm_unpaid=True,
        )

    @precondition(lambda self: self.codes)
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        code = data.draw(st.sampled_from(self.codes))
        self.attempt(orders.cancel, self.uow, CASHIER, code, "고객 요청")

    @precondition(lambda self: self.codes)
    @rule(data=st.data())
    def uncancel(self, data: st.DataObject) -> None:
        code = data.draw(st.sampled_from(self.codes))
        self.attempt(orders.uncancel, self.uow, MANAGER, code, "실수로 취소")

    @precondition(lambda self: self.codes)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        code = data.draw(st.sampled_from(self.codes))
        if self.attempt(orders.delete_order, self.uow, MANAGER, code, "중복 주문") is None:
            with self.factory() as s:
                gone = s.scalar(select(Order.id).where(Order.code == code)) is None
            if gone:
                self.codes.remove(code)

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), sku=st.sampled_from(SKUS), qty=st.integers(1, 3))
    def edit_add_line(self, data: st.DataObject, sku: str, qty: int) -> None:
        code = data.draw(st.sampled_from(self.codes))
        self.attempt(edits.add_line, self.uow, CASHIER, code, NewLine(sku=sku, quantity=qty))

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), kind=st.sampled_from(["negative", "surcharge"]), amount=st.integers(1, 9))
    def edit_money_line(self, data: st.DataObject, kind: str, amount: int) -> None:
        code = data.draw(st.sampled_from(self.codes))
        spec = NewLine(kind=kind, name="조정", quantity=1, unit_price=amount * 500)
        self.attempt(edits.add_line, self.uow, CASHIER, code, spec)

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), qty=st.integers(0, 6), pct=st.sampled_from([0, 10, 33]))
    def edit_line(self, data: st.DataObject, qty: int, pct: int) -> None:
        code = data.draw(st.sampled_from(self.codes))
        lines = self.lines_of(code)
        if not lines:
            return
        line_id, _ = data.draw(st.sampled_from(lines))
        if qty == 0:
            self.attempt(edits.remove_line, self.uow, CASHIER, code, line_id)
        else:
            self.attempt(edits.change_quantity, self.uow, CASHIER, code, line_id, qty)
        self.attempt(edits.set_line_discount, self.uow, CASHIER, code, line_id, percent=pct)

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), qty=st.integers(1, 3))
    def split_and_merge(self, data: st.DataObject, qty: int) -> None:
        code = data.draw(st.sampled_from(self.codes))
        lines = self.lines_of(code)
        if not lines:
            return
        line_id, _ = data.draw(st.sampled_from(lines))
        self.attempt(shipments.split_shipment, self.uow, CASHIER, code, 1, {line_id: qty})
        if data.draw(st.booleans()):
            with self.factory() as s:
                numbers = [
                    n
                    for (n,) in s.execute(
                        select(Shipment.number)
                        .join(Order, Order.id == Shipment.order_id)
                        .where(Order.code == code)
                    )
                ]
            if len(numbers) > 1:
                self.attempt(shipments.merge_shipments, self.uow, CASHIER, code, numbers)

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), part=st.sampled_from([1, 2]))
    def pay(self, data: st.DataObject, part: int) -> None:
        code = data.draw(st.sampled_from(self.codes))
        with self.factory() as s:
            balance = s.scalar(select(Order.balance).where(Order.code == code)) or 0
        if balance > 0:
            amount = max(balance // part, 1)
            self.attempt(payments.record_payment, self.uow, CASHIER, code, "card", amount)

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), items=st.integers(1, 20_000), shipping=st.sampled_from([0, 3000]))
    def refund(self, data: st.DataObject, items: int, shipping: int) -> None:
        code = data.draw(st.sampled_from(self.codes))
        self.attempt(
            payments.refund, self.uow, MANAGER, code, items, shipping_amount=shipping, method="card"
        )

    @precondition(lambda self: self.codes)
    @rule(data=st.data(), qty=st.integers(1, 3))
    def cancel_part(self, data: st.DataObject, qty: int) -> None:
        code = data.draw(st.sampled_from(self.codes))
        lines = self.lines_of(code)
        if lines:
            line_id, _ = data.draw(st.sampled_from(lines))
            self.attempt(claims.cancel_quantities, self.uow, CASHIER, code, {line_id: qty}, "품절")

    @precondition(lambda self: self.codes)
    @rule(
        data=st.data(),
        qty=st.integers(1, 2),
        damaged=st.booleans(),
        kind=st.sampled_from(["return", "exchange"]),
    )
    def return_or_exchange(self, data: st.DataObject, qty: int, damaged: bool, kind: str) -> None:
        code = data.draw(st.sampled_from(self.codes))
        lines = self.lines_of(code)
        if not lines:
            return
        line_id, _ = data.draw(st.sampled_from(lines))
        pickup = claims.Pickup(name="이서연", address="서울 강남구", carrier="CJ대한통운")
        claim_id = self.attempt(
            claims.open_claim, self.uow, CASHIER, code, kind, {line_id: qty}, "불량", pickup=pickup
        )
        if claim_id is None:
            return
        self.attempt(claims.approve_claim, self.uow, CASHIER, code, claim_id)
        with self.factory() as s:
            variant_id = s.scalar(select(OrderLine.variant_id).where(OrderLine.id == line_id))
        done = self.attempt(
            claims.complete_claim,
            self.uow,
            CASHIER,
            code,
            claim_id,
            damaged=damaged,
            refund=RefundSpec(method="card") if kind == "return" else None,
        )
        if (
            done is not False
            and damaged
            and variant_id is not None
            and self.claim_completed(claim_id)
        ):
            self.damaged[variant_id] = self.damaged.get(variant_id, 0) + qty

    def claim_completed(self, claim_id: int) -> bool:
        from backoffice.db.models import Claim

        with self.factory() as s:
            return s.scalar(select(Claim.state).where(Claim.id == claim_id)) == "completed"

    # invariants --------------------------------------------------------------------------
    @invariant()
    def stock_is_conserved(self) -> None:
        with self.factory() as s:
            invariants.check_stock(s, self.initial, self.damaged)

    @invariant()
    def money_adds_up(self) -> None:
        with self.factory() as s:
            invariants.check_money(s)

    @invariant()
    def lines_never_negative(self) -> None:
        with self.factory() as s:
            for line in s.scalars(select(OrderLine)):
                assert line.active_quantity >= 0


@pytest.mark.rule("R14")
@pytest.mark.rule("R19")
@pytest.mark.rule("R25")
def test_random_action_sequences_keep_invariants(fresh_db_url: Callable[[], str]) -> None:
    FRESH["url"] = fresh_db_url
    run = settings(
        max_examples=30,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(OrderMachine, settings=run)
