"""Timeline events keep the English sentence as their text and, for events recorded with values,
the template and the values as JSON, so the UI can show them in its language (R28)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import TimelineEvent
from backoffice.domain.stages import Stage
from backoffice.services.claims import changes as claims
from backoffice.services.claims.changes import Pickup
from backoffice.services.orders import changes as orders
from backoffice.services.orders import edits, history, notes
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER
from tests.integration.builders_money import line_id, place_order

TEE = "TEE-BLK-M"


def _events(session, code: str) -> list[TimelineEvent]:
    session.expire_all()
    stmt = select(TimelineEvent).where(TimelineEvent.order_code == code).order_by(TimelineEvent.id)
    return list(session.scalars(stmt))


@pytest.mark.rule("R28")
def test_events_keep_english_text_and_their_template_with_values(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.PENDING_PAYMENT)
    payments.request_payment(uow, CASHIER, code, 5000)
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING, confirm_unpaid=True)
    orders.cancel(uow, CASHIER, code, "  손님 변심  ")

    created, requested, stage, cancelled = _events(session, code)
    assert created.text == "Order placed (web), 2 items"
    assert created.message == {
        "template": "Order placed ({channel}), {count} items",
        "params": {"channel": "web", "count": 2},
    }
    assert requested.text.startswith("Payment of 5,000원 requested: https://")
    assert requested.message["template"] == "Payment of {amount} requested: {link}"
    assert requested.message["params"]["amount"] == {"money": [5000, "KRW"]}
    assert stage.text == "Stage pending_payment → preparing"
    assert stage.message == {
        "template": "Stage {stage} → {target}",
        "params": {"stage": "pending_payment", "target": "preparing"},
    }
    assert cancelled.text == "Cancelled: 손님 변심"
    assert cancelled.message["params"] == {"reason": "손님 변심"}


@pytest.mark.rule("R50")
def test_card_numbers_are_masked_in_the_stored_values_too(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 1})
    notes.add_memo(uow, CASHIER, code, "card 4111 1111 1111 1111, call first")
    memo = _events(session, code)[-1]
    assert memo.text == "Memo: card 4111 11** **** 1111, call first"
    assert memo.message == {
        "template": "Memo: {text}",
        "params": {"text": "card 4111 11** **** 1111, call first"},
    }


def test_events_recorded_without_values_keep_no_message(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 1})
    with uow:
        order = get_order(uow.session, code)
        history.record(uow.session, order, CASHIER, "note", "Plain {braces} stay as written")
        uow.commit()
    event = _events(session, code)[-1]
    assert event.text == "Plain {braces} stay as written" and event.message is None


@pytest.mark.rule("R28")
@pytest.mark.rule("R26")
def test_claim_events_keep_their_template_and_values(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 3}, stage=Stage.PREPARING)
    tee = line_id(session, code, TEE)
    claims.open_claim(uow, CASHIER, code, "cancel", {tee: 1}, "손님 변심")
    opened = _events(session, code)[-1]
    items = opened.message["params"]["items"]
    assert items.startswith("1 × ")
    assert opened.text == f"Cancel {items}: requested (손님 변심)"
    assert opened.message["template"] == "Cancel {items}: {claim_state} ({reason})"
    assert opened.message["params"]["claim_state"] == "requested"
    assert opened.message["params"]["reason"] == "손님 변심"

    shipped = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.PREPARING)
    orders.set_stage(uow, CASHIER, shipped, Stage.SHIPPED, carrier="CJ대한통운", tracking="6000123")
    pickup = Pickup("이서연", "010-1234-5678", "서울 강남구 테헤란로 152", "CJ대한통운")
    tee = line_id(session, shipped, TEE)
    claims.open_claim(uow, CASHIER, shipped, "return", {tee: 2}, "단순 변심", pickup=pickup)
    returned = _events(session, shipped)[-1]
    assert returned.text.endswith(
        ": requested (단순 변심); pickup CJ대한통운 서울 강남구 테헤란로 152"
    )
    assert returned.message["template"] == (
        "Return {items}: {claim_state} ({reason}); pickup {carrier} {address}"
    )
    assert returned.message["params"]["carrier"] == "CJ대한통운"


@pytest.mark.rule("R28")
@pytest.mark.rule("R18")
def test_edit_events_keep_their_template_and_values(uow, session, catalog):
    code = place_order(uow, CASHIER, {TEE: 2}, stage=Stage.PREPARING)
    tee = line_id(session, code, TEE)
    edits.change_quantity(uow, CASHIER, code, tee, 3)
    edits.set_line_discount(uow, CASHIER, code, tee, amount=3000)
    edits.request_edit_confirmation(uow, CASHIER, code)
    quantity, discount, confirm = _events(session, code)[-3:]
    assert quantity.message["template"] == "Quantity of {name}: {before} → {quantity}"
    assert quantity.message["params"]["before"] == 2
    assert quantity.message["params"]["quantity"] == 3
    assert quantity.text.endswith(": 2 → 3")
    assert discount.message["template"] == "Discount on {name}: {amount}"
    assert discount.message["params"]["amount"] == {"money": [3000, "KRW"]}
    assert discount.text.endswith(": 3,000원")
    assert confirm.text == "Customer asked to confirm the edited order"
    assert confirm.message == {
        "template": "Customer asked to confirm the edited order",
        "params": {},
    }
