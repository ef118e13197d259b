"""Notifications through the web shop (R47): one customer note per event on the fake
WooCommerce server over real HTTP, no second note from the stage change itself."""

from __future__ import annotations

import pytest

from backoffice.domain.stages import Stage
from backoffice.services.claims import cancel_requests
from backoffice.services.orders import changes as orders
from tests.factories import CASHIER
from tests.notifications.helpers import switch_on, timeline
from tests.sync_db.builders import local_order
from tests.sync_db.conftest import run, shop_id, woo  # noqa: F401 - the sync fixtures

pytestmark = pytest.mark.rule("R47")


def customer_notes(woo, oid: int) -> list[str]:  # noqa: F811
    return [str(n["note"]) for n in woo.shop.notes[oid] if n["customer_note"]]


@pytest.fixture
def pulled(woo, run, session):  # noqa: F811
    oid = woo.shop.add_order([("TEE-BLK-M", 2)], status="processing")
    run()
    return oid, local_order(session, oid).code


def test_shipping_makes_exactly_one_customer_note(woo, run, uow, session, pulled):  # noqa: F811
    oid, code = pulled
    switch_on(uow, "shop")
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    orders.set_stage(uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="6000123")
    run.until_quiet()
    (note,) = customer_notes(woo, oid)
    assert note.startswith(f"[woo] 주문 {oid} 상품이 발송되었습니다\n")  # subject, then body
    assert "송장번호: 6000123" in note
    session.expire_all()
    assert any(
        t == f"Notified customer through the web shop: [woo] 주문 {oid} 상품이 발송되었습니다"
        for t in timeline(session, code)
    )


def test_switched_off_the_shop_tells_the_customer_nothing(woo, run, uow, session, pulled):  # noqa: F811
    oid, code = pulled
    switch_on(uow, "shop")
    uow.notify = False
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    orders.set_stage(uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="6000123")
    run.until_quiet()
    assert customer_notes(woo, oid) == []


def test_notifications_off_keep_the_shops_own_note(woo, run, uow, session, pulled):  # noqa: F811
    oid, code = pulled
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    orders.set_stage(uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="6000123")
    run.until_quiet()
    assert len(customer_notes(woo, oid)) == 1  # as before R47's templates: the stage note


def test_rejected_cancel_request_is_one_note_with_the_reason(woo, run, uow, session, pulled):  # noqa: F811
    oid, code = pulled
    switch_on(uow, "shop")
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    cancel_requests.customer_cancel(uow, code, "마음이 바뀜")
    cancel_requests.reject_cancel_request(uow, CASHIER, code, "이미 포장을 마쳤습니다")
    run.until_quiet()
    (note,) = customer_notes(woo, oid)
    assert "취소 요청이 거절되었습니다" in note and "사유: 이미 포장을 마쳤습니다" in note
