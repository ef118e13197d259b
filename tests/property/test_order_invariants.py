"""Random sequences of staff actions keep stock conserved and money adding up (R14–R15, R19, R25).

A hypothesis state machine drives the real services on a real migrated SQLite file. Actions a rule
refuses (DomainError) are fine — the point is that whatever happens, the invariants hold, and a refused
action changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.models import Order, OrderLine, Variant
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services import orders
from tests.factories import CASHIER, MANAGER, PRODUCTS, make_catalog, place
from tests.property import invariants

SKUS = [p[0] for p in PRODUCTS]
TEMPLATE: dict[str, Path] = {}


class OrderMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="bo-prop-"))
        path = self.dir / "db.sqlite3"
        shutil.copy(TEMPLATE["path"], path)
        self.engine = make_engine(f"sqlite:///{path}")
        self.factory = make_session_factory(self.engine)
        self.uow = UnitOfWork(self.factory)
        catalog = make_catalog(self.factory)
        self.initial = {catalog.ids[sku]: catalog.initial[sku] for sku in SKUS}
        self.damaged: dict[int, int] = {}
        self.codes: list[str] = []

    def teardown(self) -> None:
        self.engine.dispose()
        shutil.rmtree(self.dir, ignore_errors=True)

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
def test_random_action_sequences_keep_invariants(template_db: Path) -> None:
    TEMPLATE["path"] = template_db
    run = settings(
        max_examples=25,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(OrderMachine, settings=run)
