"""Notifications by SMS (issue 14, R29, R47): the shipped notice reaches the SMS provider's API
(a fake of Aligo's, on 127.0.0.1) in Korean, as an LMS with its title, to the buyer's mobile
number, with the key from the keyring's environment fallback (R50); a refusal parks the message
with the provider's reason, an outage keeps it for the next run, an order without a mobile
number says so in the timeline."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import OutboxEntry
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.sync.runner import sync_once
from backoffice.sync.retry import RetryPolicy
from backoffice.sync.sms import SmsConfig, byte_length, form
from tests.factories import CASHIER, place
from tests.notifications.helpers import switch_on, timeline
from tests.notifications.sms_server import KEY, SENDER, USER_ID, FakeAligo

FAST = RetryPolicy(base=0.01, cap=0.05, max_attempts=6, max_retry_after=0.1)
pytestmark = [pytest.mark.rule("R47"), pytest.mark.rule("R29")]


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("BACKOFFICE_SHOP_SMS_ALIGO_SECRET", KEY)


def use_sms(uow, url: str) -> None:  # type: ignore[no-untyped-def]
    switch_on(uow, "sms", sms_user_id=USER_ID, sms_sender=SENDER, sms_url=url)


def ship(uow, code: str) -> None:  # type: ignore[no-untyped-def]
    orders.set_stage(
        uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="612345678901"
    )


def _sms_rows(session, code: str) -> list[OutboxEntry]:  # type: ignore[no-untyped-def]
    session.expire_all()
    stmt = select(OutboxEntry).where(
        OutboxEntry.order_code == code, OutboxEntry.kind == "notify_sms"
    )
    return list(session.scalars(stmt))


def test_the_shipped_notice_reaches_the_provider_in_korean(
    uow, session, session_factory, catalog, key
):
    with FakeAligo() as aligo:
        use_sms(uow, aligo.url)
        code = place(uow, stage=Stage.PREPARING)
        ship(uow, code)
        report = sync_once(session_factory, [])
        assert report.pushed == 1 and report.errors == ()
    (sent,) = aligo.received
    assert sent["receiver"] == "01012345678" and sent["sender"] == "021234567"
    assert sent["key"] == KEY and sent["user_id"] == USER_ID
    assert "상품이 발송되었습니다" in sent["msg"] and "612345678901" in sent["msg"]
    assert "CJ대한통운" in sent["msg"]
    assert sent["msg_type"] == "LMS" and code in sent["title"]  # long: an LMS with its title
    assert [r.state for r in _sms_rows(session, code)] == ["sent"]
    assert any("Notified" in line for line in timeline(session, code))
    again = sync_once(session_factory, [])
    assert again.pushed == 0  # sent once


def test_a_refusal_parks_it_and_an_outage_waits(uow, session, session_factory, catalog, key):
    with FakeAligo("refuse") as aligo:
        use_sms(uow, aligo.url)
        code = place(uow, stage=Stage.PREPARING)
        ship(uow, code)
        sync_once(session_factory, [])
    (row,) = _sms_rows(session, code)
    assert row.state == "parked" and "-101" in row.last_error and "인증오류" in row.last_error
    with FakeAligo("down") as aligo:
        use_sms(uow, aligo.url)
        other = place(uow, stage=Stage.PREPARING)
        ship(uow, other)
        report = sync_once(session_factory, [], policy=FAST, sleep=lambda _s: None)
    (row,) = _sms_rows(session, other)
    assert row.state == "pending" and "503" in row.last_error
    assert report.errors  # the provider being down is reported, and the message waits


def test_an_order_without_a_mobile_number_says_so(uow, session, catalog, key):
    use_sms(uow, "https://apis.aligo.in/send/")
    code = place(uow, stage=Stage.PREPARING)
    from backoffice.db.models import Order

    order = session.scalar(select(Order).where(Order.code == code))
    order.buyer_phone = "02-555-0101"  # a shop's landline: no text message can reach it
    session.commit()
    ship(uow, code)
    assert _sms_rows(session, code) == []
    assert any("no mobile phone number" in line for line in timeline(session, code))


def test_a_short_message_is_an_sms_and_bytes_are_counted_as_carriers_do():
    config = SmsConfig(USER_ID, SENDER, KEY)
    short = form(config, "010-1234-5678", "제목", "주문이 접수되었습니다")
    assert short["msg_type"] == "SMS" and "title" not in short
    assert byte_length("가나다") == 6 and byte_length("abc") == 3
    long = form(config, "01012345678", "아주 긴 제목" * 10, "가" * 60)
    assert long["msg_type"] == "LMS" and byte_length(long["title"]) <= 44
