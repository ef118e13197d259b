"""Memos and customer messages (R29), each one a timeline event with who and when (R28)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backoffice.db.queries import OrderFilter, list_orders
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import notes
from backoffice.services.staff.actor import WEB_SHOP
from tests.factories import CASHIER, MANAGER, place
from tests.integration.builders_ops import events, one_new_event, order_of, outbox, refused


def events_count(session, code: str) -> int:
    return len(events(session, code))


@pytest.mark.rule("R29")
def test_internal_memo_has_author_and_date_and_flags_the_order(uow, session, catalog):
    code = place(uow)
    count = events_count(session, code)
    assert order_of(session, code).has_memo is False

    memo_id = notes.add_memo(uow, CASHIER, code, "고객이 부재 시 경비실에 맡겨 달라고 함")

    order = order_of(session, code)
    [memo] = order.memos
    assert (memo.id, memo.author, memo.for_customer) == (memo_id, CASHIER.name, False)
    assert memo.created_at is not None and memo.created_at.tzinfo is not None
    assert order.has_memo is True
    assert [r.has_memo for r in list_orders(session, OrderFilter(search=code))] == [True]
    event = one_new_event(session, code, count)
    assert (event.actor, event.kind) == (CASHIER.name, "memo")
    assert (event.before, event.after["has_memo"]) == ({"has_memo": False}, True)
    assert outbox(session, code, "memo") == outbox(session, code, "memo_customer") == []


@pytest.mark.rule("R29")
@pytest.mark.rule("R44")
def test_memo_for_the_customer_is_pushed(uow, session, catalog):
    code = place(uow)
    notes.add_memo(uow, MANAGER, code, "Gift wrapping added free of charge", for_customer=True)
    [row] = outbox(session, code, "memo_customer")
    assert row.payload["memo"] == "Gift wrapping added free of charge"
    assert row.payload["author"] == MANAGER.name


@pytest.mark.rule("R29")
@pytest.mark.parametrize("channel", ["shop", "sms", "email"])
def test_message_to_the_customer_is_recorded_and_pushed(uow, session, catalog, channel):
    code = place(uow)
    count = events_count(session, code)
    notes.send_message(uow, CASHIER, code, "주문하신 상품이 내일 출고됩니다.", channel=channel)
    [message] = order_of(session, code).messages
    assert (message.direction, message.channel, message.author) == ("out", channel, CASHIER.name)
    event = one_new_event(session, code, count)
    assert (event.kind, event.before, event.after["messages"]) == ("message", {"messages": 0}, 1)
    [row] = outbox(session, code, "message")
    assert (row.payload["channel"], row.payload["text"]) == (
        channel,
        "주문하신 상품이 내일 출고됩니다.",
    )


@pytest.mark.rule("R29")
def test_unreachable_or_empty_messages_are_refused(uow, session, catalog):
    code = place(uow)
    order = order_of(session, code)
    order.buyer_email = ""
    session.commit()
    with refused(session, code, "R29"):
        notes.send_message(uow, CASHIER, code, "Your order ships tomorrow", channel="email")
    with refused(session, code, "R29"):
        notes.send_message(uow, CASHIER, code, "hello", channel="fax")
    with refused(session, code, "R29"):
        notes.send_message(uow, CASHIER, code, "   ")
    with refused(session, code, "R29"):
        notes.add_memo(uow, CASHIER, code, "")


@pytest.mark.rule("R29")
def test_reply_from_the_customer_arrives_by_sync_once(uow, session, catalog):
    code = place(uow)
    notes.send_message(uow, CASHIER, code, "주문접수 처리가 완료 되었습니다.")
    count = events_count(session, code)
    pushed = len(outbox(session, code))
    sent_at = datetime(2024, 5, 31, 7, 30, tzinfo=UTC)

    first = notes.receive_message(uow, code, "네 알겠습니다.", remote_id="wc-note-77", at=sent_at)
    again = notes.receive_message(uow, code, "네 알겠습니다.", remote_id="wc-note-77", at=sent_at)

    assert first == again
    order = order_of(session, code)
    assert [(m.direction, m.text) for m in order.messages] == [
        ("out", "주문접수 처리가 완료 되었습니다."),
        ("in", "네 알겠습니다."),
    ]
    assert order.messages[1].at == sent_at and order.messages[1].author == "이서연"
    event = one_new_event(session, code, count)
    assert (event.actor, event.after["direction"]) == (WEB_SHOP.name, "in")
    assert len(outbox(session, code)) == pushed  # never echoed back to the shop


@pytest.mark.rule("R29")
def test_the_conversation_stays_open_on_a_cancelled_order(uow, session, catalog):
    code = place(uow, stage=Stage.PREPARING)
    orders.cancel(uow, CASHIER, code, "품절")
    notes.send_message(uow, CASHIER, code, "품절로 주문이 취소되었습니다. 죄송합니다.")
    notes.add_memo(uow, CASHIER, code, "환불 안내 완료")
    order = order_of(session, code)
    assert order.stage == "cancelled" and order.has_memo and len(order.messages) == 1
