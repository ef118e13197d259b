"""The refund a claim proposes (issue 13, R25): the items' value, their share of the coupon and
points, the shipping when nothing is left to ship, never more than the customer paid beyond what
the order still costs."""

from __future__ import annotations

import pytest

from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.claims import changes as claims
from backoffice.services.claims.refund_proposal import propose
from backoffice.services.orders import changes as orders
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER, MANAGER
from tests.integration.builders_money import add_customer, place_order
from tests.integration.builders_ops import order_of

TEE, MUG = "TEE-BLK-M", "MUG-WHT"
pytestmark = pytest.mark.rule("R25")


def _paid_and_preparing(uow, session, code: str) -> None:
    payments.record_payment(uow, CASHIER, code, "card", order_of(session, code).balance)
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)


def _line(session, code: str, sku: str) -> int:
    return next(ln.id for ln in order_of(session, code).lines if ln.sku == sku)


def test_one_of_three_proposes_its_value_and_method(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 3, MUG: 1})
    _paid_and_preparing(uow, session, code)
    p = propose(session, code, "cancel", {_line(session, code, TEE): 1})
    assert (p.items_amount, p.shipping_amount, p.deduction_amount, p.points_returned) == (
        19000,
        0,
        0,
        0,
    )
    assert (p.cash, p.method) == (19000, "card")


def test_coupon_and_points_come_back_in_proportion(uow, session, session_factory, catalog):
    member = add_customer(session_factory, points=0)
    code = place_order(
        uow,
        CASHIER,
        {TEE: 2},  # 38,000 of goods
        customer_id=member,
        is_member=True,
        coupon_discount=4000,
        points_used=2000,
    )
    _paid_and_preparing(uow, session, code)
    p = propose(session, code, "cancel", {_line(session, code, TEE): 1})
    # Paid 35,000 (38,000 - 4,000 coupon - 2,000 points + 3,000 shipping); one tee off leaves
    # 19,000 - 2,000 - 1,000 + 3,000 = 19,000 owed: 16,000 in cash and 1,000 points go back.
    assert (p.deduction_amount, p.points_returned, p.cash) == (2000, 1000, 16000)


def test_the_last_units_bring_the_shipping_and_the_whole_proposal_is_accepted(
    uow, session, catalog
):
    code = place_order(uow, CASHIER, {MUG: 1}, shipping_fee=3000)
    _paid_and_preparing(uow, session, code)
    line = _line(session, code, MUG)
    p = propose(session, code, "cancel", {line: 1})
    assert (p.items_amount, p.shipping_amount) == (
        order_of(session, code).lines[0].unit_price,
        3000,
    )
    assert p.cash == order_of(session, code).paid  # all of it back
    claims.cancel_quantities(uow, CASHIER, code, {line: 1}, "changed my mind", refund=_spec(p))
    order = order_of(session, code)
    assert order.stage == Stage.CANCELLED and order.balance == 0 and order.refunded == order.paid


def test_an_unpaid_order_proposes_nothing_and_an_exchange_neither(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 3}, stage=Stage.PREPARING)
    assert propose(session, code, "cancel", {_line(session, code, TEE): 1}).empty
    assert propose(session, code, "exchange", {_line(session, code, TEE): 1}).empty


def test_quantities_the_claim_would_refuse_are_refused(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 1})
    _paid_and_preparing(uow, session, code)
    with pytest.raises(DomainError):
        propose(session, code, "cancel", {_line(session, code, TEE): 2})


@pytest.mark.rule("R48")
def test_more_than_the_goods_were_worth_needs_a_manager(uow, session, catalog):
    from backoffice.domain.errors import NeedsManager
    from backoffice.services.payments.refunds import RefundSpec

    code = place_order(uow, CASHIER, {TEE: 3})
    _paid_and_preparing(uow, session, code)
    line = _line(session, code, TEE)
    with pytest.raises(NeedsManager):
        claims.cancel_quantities(
            uow, CASHIER, code, {line: 1}, "goodwill", refund=RefundSpec(items_amount=30000)
        )
    assert order_of(session, code).lines[0].cancelled_quantity == 0
    claims.cancel_quantities(
        uow, MANAGER, code, {line: 1}, "goodwill", refund=RefundSpec(items_amount=30000)
    )
    assert order_of(session, code).refunded == 30000


def _spec(p):  # type: ignore[no-untyped-def]
    from backoffice.services.payments.refunds import RefundSpec

    return RefundSpec(
        p.items_amount, p.shipping_amount, p.deduction_amount, p.points_returned, p.method
    )
