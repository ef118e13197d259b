"""Notifications by e-mail reach a real SMTP server on 127.0.0.1 (R47), the password comes from
the keyring or its environment fallback (R50), and the timeline says they were sent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from backoffice.db.models import OutboxEntry, Setting
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.sync.runner import sync_once
from backoffice.sync.retry import DEFAULT_POLICY
from tests.factories import CASHIER, place
from tests.notifications.helpers import queued, switch_on, timeline
from tests.notifications.smtp_server import PASSWORD, USER, SmtpServer, free_port

pytestmark = pytest.mark.rule("R47")


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("BACKOFFICE_SHOP_MAIL_SMTP_SECRET", PASSWORD)
    with SmtpServer() as server:
        yield server


def use_smtp(uow, port: int) -> None:
    switch_on(
        uow,
        "email",
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="plain",
        smtp_user=USER,
        smtp_from=f"우리가게 <{USER}>",
    )


def ship(uow, code: str) -> None:
    orders.set_stage(
        uow, CASHIER, code, Stage.SHIPPED, carrier="CJ대한통운", tracking="612345678901"
    )


def test_shipped_order_e_mail_arrives_in_korean_filled_from_the_order(
    uow, session, session_factory, catalog, smtp
):
    use_smtp(uow, smtp.port)
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    report = sync_once(session_factory, [])
    assert report.pushed == 1 and report.errors == ()
    (message,) = smtp.inbox.messages
    assert smtp.inbox.recipients == [["seoyeon@example.kr"]]
    assert message["Subject"] == f"주문 {code} 상품이 발송되었습니다"
    assert message["From"].addresses[0].display_name == "우리가게"
    assert message["To"].addresses[0].display_name == "이서연"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    body = message.get_content()
    assert body.startswith("이서연님, 안녕하세요.")
    assert f"주문번호: {code}" in body
    assert "택배사: CJ대한통운" in body and "송장번호: 612345678901" in body
    assert "- Ceramic Mug (Colour: White) × 1" in body
    subject = message["Subject"]
    session.expire_all()
    assert f"Notified customer by e-mail: {subject}" in timeline(session, code)
    (row,) = queued(session, code)
    assert row.state == "sent"


def test_switched_off_for_one_action_sends_nothing(uow, session, session_factory, catalog, smtp):
    use_smtp(uow, smtp.port)
    code = place(uow, stage=Stage.PREPARING)
    uow.notify = False
    ship(uow, code)
    uow.notify = True
    orders.set_stage(uow, CASHIER, code, Stage.DELIVERED)  # this one does notify
    sync_once(session_factory, [])
    assert [m["Subject"] for m in smtp.inbox.messages] == [f"주문 {code} 배송이 완료되었습니다"]


def test_an_unreachable_mail_server_keeps_the_message_and_retries(
    uow, session, session_factory, catalog, monkeypatch
):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("BACKOFFICE_SHOP_MAIL_SMTP_SECRET", PASSWORD)
    port = free_port()  # nothing listens yet
    use_smtp(uow, port)
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    waits: list[float] = []  # the backoff between the run's tries, recorded instead of slept
    first = sync_once(session_factory, [], sleep=waits.append)
    assert first.pushed == 0 and any("SMTP" in e for e in first.errors)
    session.expire_all()
    (row,) = queued(session, code)
    tries = DEFAULT_POLICY.in_run_attempts
    assert row.state == "pending" and row.attempts == tries and row.next_attempt_at is not None
    assert len(waits) == tries - 1 and all(0 <= w <= DEFAULT_POLICY.in_run_wait for w in waits)
    with SmtpServer(port) as server:
        sync_once(session_factory, [], now=row.next_attempt_at)
        assert len(server.inbox.messages) == 1
    session.expire_all()
    assert queued(session, code)[0].state == "sent"


def test_a_refused_login_parks_the_message_for_staff(
    uow, session, session_factory, catalog, smtp, monkeypatch
):
    monkeypatch.setenv("BACKOFFICE_SHOP_MAIL_SMTP_SECRET", "wrong")
    use_smtp(uow, smtp.port)
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    report = sync_once(session_factory, [])
    assert report.parked == 1 and smtp.inbox.messages == []
    session.expire_all()
    (row,) = queued(session, code)
    assert row.state == "parked" and "refused the login" in row.last_error


@pytest.mark.rule("R50")
def test_the_smtp_password_is_in_no_setting_and_no_outbox_row(
    uow, session, session_factory, catalog, smtp
):
    use_smtp(uow, smtp.port)
    code = place(uow, stage=Stage.PREPARING)
    ship(uow, code)
    sync_once(session_factory, [])
    session.expire_all()
    for value in session.scalars(select(Setting.value)):
        assert PASSWORD not in value
    for payload in session.scalars(select(OutboxEntry.payload)):
        assert PASSWORD not in str(payload)
