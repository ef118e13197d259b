"""Outbound webhooks (R46): signed JSON POSTs, checked by a receiving server on 127.0.0.1."""

from __future__ import annotations

import random

import pytest
import requests

from backoffice.sync.errors import ShopRejected, ShopUnreachable
from backoffice.sync.models import OutboxMessage, PushKind
from backoffice.sync.retry import delay_after
from backoffice.sync.webhooks import WebhookTarget, verify
from tests.sync.receiver import SECRET, Receiver

pytestmark = pytest.mark.rule("R46")


@pytest.fixture
def receiver():
    with Receiver() as r:
        yield r


EVENT = {"type": "OrderShipped", "order_code": "7KQ-M3X", "amount": 39000, "currency": "KRW"}


def test_a_signed_event_is_verified_by_the_receiver(receiver, monkeypatch):
    calls = []
    real = requests.Session.request

    def spy(self, method, url, **kwargs):
        calls.append((kwargs.get("timeout"), kwargs.get("verify")))
        return real(self, method, url, **kwargs)

    monkeypatch.setattr(requests.Session, "request", spy)
    target = WebhookTarget("acct", receiver.url, SECRET, clock=lambda: 1_760_000_123.7)
    entry = OutboxMessage(PushKind.WEBHOOK, {"event": EVENT}, "K-wh-1")
    result = target.push(entry)
    assert result.idempotency_key == "K-wh-1"
    assert receiver.accepted["K-wh-1"] == {
        "delivery": "K-wh-1",
        "sent_at": 1_760_000_123,
        "event": EVENT,
    }
    assert calls and all(v is True and t[0] > 0 and t[1] > 0 for t, v in calls)


def test_a_wrong_secret_is_refused_and_not_retried(receiver):
    target = WebhookTarget("acct", receiver.url, "not-the-secret")
    with pytest.raises(ShopRejected) as err:
        target.deliver(EVENT, "K-wh-2")
    assert err.value.status == 401 and receiver.rejected == 1
    assert delay_after(err.value, 0, random.Random(1)) is None
    assert "not-the-secret" not in repr(target)


def test_a_failing_receiver_is_retried_with_the_same_delivery_id(receiver):
    receiver.answers.extend([503])
    target = WebhookTarget("acct", receiver.url, SECRET)
    with pytest.raises(ShopUnreachable) as err:
        target.deliver(EVENT, "K-wh-3")
    assert delay_after(err.value, 0, random.Random(1)) is not None
    target.deliver(EVENT, "K-wh-3")
    target.deliver(EVENT, "K-wh-3")  # at least once: the receiver drops the repeat
    assert list(receiver.accepted) == ["K-wh-3"]
    assert target.find_applied("K-wh-3", None) is None


@pytest.mark.rule("R46")
@pytest.mark.parametrize("body", [b"OK", b"<html><body>Thanks!</body></html>", b"\xff\xfe"])
def test_any_2xx_answer_is_a_delivery_whatever_its_body(receiver, body):
    receiver.answers.append(200)
    receiver.reply_body = body
    target = WebhookTarget("acct", receiver.url, SECRET)
    result = target.deliver(EVENT, "K-wh-4")  # no ShopMalformed: the receiver took it
    assert result.idempotency_key == "K-wh-4" and list(receiver.accepted) == ["K-wh-4"]
    assert len(receiver.hits) == 1  # and it is not sent again


def test_signature_is_over_the_exact_raw_body():
    body = b'{"a":1}'
    header = "sha256=" + __import__("hmac").new(SECRET.encode(), body, "sha256").hexdigest()
    assert verify(body, header, SECRET)
    assert not verify(body + b" ", header, SECRET)
    assert not verify(body, None, SECRET)
