"""Notifications are queued in the change's own transaction (R47, R42)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Order, OutboxEntry
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.claims import cancel_requests
from backoffice.services.notify import templates as notify_templates
from backoffice.services.orders import changes as orders
from backoffice.services.orders import edits
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER, MANAGER, place
from tests.notifications.helpers import queued, switch_on, timeline

pytestmark = pytest.mark.rule("R47")


def ship(uow, code: str) -> None:
    orders.set_stage(
        uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="612345678901"
    )


def test_nothing_is_queued_while_notifications_are_off(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    assert queued(session, code) == []
    stage_row = session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "stage")).one()
    assert "notify_customer" not in stage_row.payload  # the shop's own note, as before


def test_shipping_queues_a_korean_e_mail_filled_from_the_order(uow, session, catalog):
    switch_on(uow, "email", smtp_host="127.0.0.1", smtp_from="shop@example.kr")
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    (row,) = queued(session, code)
    assert row.kind == "notify_email"
    assert row.payload["to"] == "seoyeon@example.kr"
    assert row.payload["subject"] == f"주문 {code} 상품이 발송되었습니다"
    body = row.payload["body"]
    assert "이서연님, 안녕하세요." in body
    assert "택배사: CJ대한통운" in body and "송장번호: 612345678901" in body
    assert "- 오가닉 코튼 티셔츠 (색상: 블랙 / 사이즈: M) × 2" in body
    stage_row = session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "stage")).one()
    assert stage_row.id < row.id  # the shop learns the change before the customer hears of it
    assert stage_row.payload["notify_customer"] is False  # told once, by us


def test_switched_off_for_one_action_queues_nothing_and_the_shop_stays_quiet(uow, session, catalog):
    switch_on(uow, "shop")
    code = place(uow, stage=Stage.PREPARING)
    uow.notify = False
    ship(uow, code)
    assert queued(session, code) == []
    stage_row = session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "stage")).one()
    assert stage_row.payload["notify_customer"] is False


def test_every_event_queues_its_own_template(uow, session, catalog):
    switch_on(uow, "shop")
    code = place(uow, stage=Stage.PENDING_PAYMENT)
    payments.request_payment(uow, CASHIER, code)
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING, confirm_unpaid=True)
    edits.change_quantity(uow, CASHIER, code, _first_line(session, code), 3)
    edits.request_edit_confirmation(uow, CASHIER, code)
    orders.cancel(uow, CASHIER, code, "재고 부족")
    events = [row.payload["event"] for row in queued(session, code)]
    assert events == ["payment_request", "edit_confirmation", "cancelled"]
    cancelled = queued(session, code)[-1]
    assert "취소 사유: 재고 부족" in cancelled.payload["body"]
    request = queued(session, code)[0].payload["body"]
    assert "결제 링크: http" in request
    assert "입금 계좌" not in request  # the shop has no bank account set: the line is left out


def test_a_rejected_cancel_request_tells_the_reason(uow, session, catalog):
    switch_on(uow, "shop")
    code = place(uow, stage=Stage.PREPARING)
    cancel_requests.customer_cancel(uow, code, "마음이 바뀜")
    cancel_requests.reject_cancel_request(uow, CASHIER, code, "이미 포장을 마쳤습니다")
    (row,) = queued(session, code)
    assert row.payload["event"] == "cancel_rejected"
    assert "사유: 이미 포장을 마쳤습니다" in row.payload["body"]


def test_an_order_without_e_mail_address_says_so_in_the_timeline(uow, session, catalog):
    switch_on(uow, "email", smtp_host="127.0.0.1", smtp_from="shop@example.kr")
    code = place(uow, stage=Stage.PREPARING)
    order = session.scalars(select(Order).where(Order.code == code)).one()
    order.buyer_email = ""
    session.commit()
    ship(uow, code)
    assert queued(session, code) == []
    assert any("no e-mail address" in text for text in timeline(session, code))


def test_edited_template_is_used_and_unknown_placeholders_are_refused(uow, session, catalog):
    switch_on(uow, "shop")
    with pytest.raises(DomainError, match=r"\{송장\}"):
        notify_templates.save(uow, MANAGER, "shipped", "ko", "{code} 발송", "송장: {송장}")
    with pytest.raises(DomainError):
        notify_templates.save(uow, CASHIER, "shipped", "ko", "{code} 발송", "{tracking}")
    notify_templates.save(uow, MANAGER, "shipped", "ko", "{code} 발송!", "송장 {tracking}")
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    (row,) = queued(session, code)
    assert row.payload["subject"] == f"{code} 발송!"
    assert row.payload["body"] == "송장 612345678901\n"
    notify_templates.reset(uow, MANAGER, "shipped", "ko")
    assert (
        notify_templates.get(session, "shipped", "ko") == notify_templates.defaults("ko")["shipped"]
    )


def _first_line(session, code: str) -> int:
    order = session.scalars(select(Order).where(Order.code == code)).one()
    return order.lines[0].id


def test_the_notification_is_written_with_the_change_or_not_at_all(uow, session, catalog):
    switch_on(uow, "shop")
    code = place(uow, stage=Stage.PREPARING)

    def fail(_session):
        raise RuntimeError("power cut before commit")

    uow.before_commit.append(fail)
    with pytest.raises(RuntimeError):
        ship(uow, code)
    uow.before_commit.clear()
    session.expire_all()
    assert queued(session, code) == []
    assert session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "stage")).all() == []


def test_refund_and_payment_request_quote_amounts_and_the_bank_account(uow, session, catalog):
    switch_on(uow, "email", smtp_host="127.0.0.1", smtp_from="shop@example.kr", language="en")
    from dataclasses import replace

    from backoffice.services.notify import settings as notify_settings
    from backoffice.services.payments import refunds

    settings = notify_settings.load(session)
    notify_settings.save(
        uow, MANAGER, replace(settings, bank_account="KB 123456-01-234567", shop_name="Our Shop")
    )
    code = place(uow, stage=Stage.PENDING_PAYMENT)
    payments.request_payment(uow, CASHIER, code, 20000)
    (request,) = queued(session, code)
    assert request.payload["subject"] == f"[Our Shop] Payment requested for order {code} (20,000원)"
    assert "Bank transfer to: KB 123456-01-234567" in request.payload["body"]
    payments.record_payment(uow, CASHIER, code, "bank_transfer", 20000)
    refunds.refund(uow, MANAGER, code, 5000, method="bank_transfer", reason="late delivery")
    refund = queued(session, code)[-1]
    assert refund.payload["event"] == "refund"
    assert refund.payload["subject"] == f"[Our Shop] Refund of 5,000원 for order {code}"
    assert "Reason: late delivery" in refund.payload["body"]
    assert "KB 123456" not in refund.payload["body"]


def test_a_phone_order_tells_the_customer_it_was_received_a_walk_in_sale_does_not(
    uow, session, catalog
):
    """Issue 14: the "order received" notice, for orders taken by phone (or at the counter to be
    paid later), with the payment link; a walk-in sale is handed over on the spot."""
    from backoffice.services.orders import counter
    from backoffice.services.orders.changes import NewLine

    switch_on(uow, "shop", bank_account="국민은행 123-45-678")
    phoned = counter.create_counter_order(
        uow,
        CASHIER,
        [NewLine(sku="MUG-WHT", quantity=1)],
        guest_name="김하늘",
        guest_phone="010-2222-3333",
        channel="phone",
        request_payment=True,
    )
    (row,) = queued(session, phoned.code)
    assert row.payload["event"] == "received"
    assert "접수되었습니다" in row.payload["subject"]
    assert phoned.request.link in row.payload["body"]
    assert "국민은행 123-45-678" in row.payload["body"]
    walk_in = counter.create_counter_order(
        uow, CASHIER, [NewLine(sku="MUG-WHT", quantity=1)], payment=counter.CounterPayment("cash")
    )
    assert queued(session, walk_in.code) == []
    assert not any("not notified" in line for line in timeline(session, walk_in.code))


def test_the_shop_name_comes_from_the_shop_details_when_notifications_have_none(
    uow, session, catalog
):
    """Issue 14: with default settings a subject read "[] 주문 …"."""
    from backoffice.services.shop import details

    details.save(uow, details.ShopDetails(name="소담 상점"), actor=MANAGER)
    switch_on(uow, "email", smtp_host="127.0.0.1", smtp_from="shop@example.kr")
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    (row,) = queued(session, code)
    assert row.payload["subject"].startswith("[소담 상점] 주문 ")


def test_without_a_typed_name_the_web_shops_site_title_names_the_shop(uow, session, catalog):
    """Issue 14: the shop name defaults to the site title "Test connection" read, not to the
    connection's technical name."""
    from backoffice.db.models import Shop

    shop = Shop(name="woo", kind="woocommerce", site_title="Seoul Mug & Tee", is_default=True)
    session.add(shop)
    session.commit()
    switch_on(uow, "email", smtp_host="127.0.0.1", smtp_from="shop@example.kr")
    code = place(uow, stage=Stage.PREPARING, shop_id=shop.id, shop_order_id="77")
    ship(uow, code)
    (row,) = queued(session, code)
    assert row.payload["subject"].startswith("[Seoul Mug & Tee] 주문 ")
