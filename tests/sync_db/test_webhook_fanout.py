"""Outbound webhooks through the outbox (R46): a local event, POSTed as signed JSON to a receiver
configured like staff do it (`add_webhook`, secret kept outside the database), retried after a
failure with the same delivery id, never delivered again once the receiver took it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import OutboxEntry
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.sync.shops import add_webhook
from backoffice.sync.secrets import env_var_name
from tests.factories import CASHIER, MANAGER, place
from tests.sync.receiver import SECRET, Receiver

pytestmark = pytest.mark.rule("R46")


@pytest.fixture
def receiver(uow, shop_id, monkeypatch):
    # shop_id's fixture already made the keyring fail: the secret comes from the environment
    monkeypatch.setenv(env_var_name("webhook-erp"), SECRET)
    with Receiver() as r:
        add_webhook(uow, "erp", r.url, SECRET, actor=MANAGER)
        yield r


def webhook_rows(session):
    session.expire_all()
    return list(
        session.scalars(
            select(OutboxEntry).where(OutboxEntry.kind == "webhook").order_by(OutboxEntry.id)
        )
    )


def test_a_local_event_is_posted_signed_retried_after_a_500_and_never_twice(
    receiver, run, uow, session
):
    receiver.answers.append(500)
    code = place(uow, {"MUG-WHT": 1})
    run()  # the 500 is tried again inside the run, after a short backoff (R42)
    assert [(h.status, h.signed) for h in receiver.hits] == [(500, True), (204, True)]
    [row] = webhook_rows(session)
    assert row.state == "sent" and row.attempts == 2
    first, second = receiver.hits
    assert second.status == 204 and second.signed
    assert second.delivery == first.delivery == row.idempotency_key  # receivers dedupe on it
    assert second.content_type.startswith("application/json")
    event = second.envelope["event"]  # type: ignore[index]
    assert event["kind"] == "created" and event["order_code"] == code
    assert event["actor"] == CASHIER.label and "Order placed" in event["text"]
    assert list(receiver.accepted) == [row.idempotency_key]

    for _ in range(3):  # later runs: the receiver took it, nothing goes again
        run()
    assert len(receiver.hits) == 2 and receiver.rejected == 0
    [row] = webhook_rows(session)
    assert row.state == "sent" and row.attempts == 2


def test_each_later_event_is_posted_once_in_order(receiver, run, uow, session):
    code = place(uow, {"MUG-WHT": 1})
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING, confirm_unpaid=True)
    run()
    run()
    kinds = [h.envelope["event"]["kind"] for h in receiver.hits]  # type: ignore[index]
    assert kinds == ["created", "stage"]
    assert len({h.delivery for h in receiver.hits}) == 2
    assert all(r.state == "sent" for r in webhook_rows(session))


def test_history_before_the_receiver_was_added_is_not_replayed(uow, shop_id, run, monkeypatch):
    place(uow, {"MUG-WHT": 1})  # before anyone listens
    monkeypatch.setenv(env_var_name("webhook-erp"), SECRET)
    with Receiver() as receiver:
        add_webhook(uow, "erp", receiver.url, SECRET, actor=MANAGER)
        run()
        assert receiver.hits == []
