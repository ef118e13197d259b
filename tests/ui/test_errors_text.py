"""ui/errors_text.error_text: a service error in the UI's language, with stored codes as their
translated labels and amounts formatted; anything it cannot translate reads as str(err)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator

from backoffice.domain.errors import DomainError, ExternalError
from backoffice.domain.money import Money
from backoffice.domain.stages import Stage
from backoffice.ui.errors_text import error_text, event_text

KOREAN = {
    ("ServiceMessages", "Order {code} owes {balance}: a payment of {amount} is too much"): (
        "주문 {code}의 남은 금액은 {balance}이에요. {amount}은(는) 너무 많아요"
    ),
    ("ServiceMessages", "Order {code} is {stage}: move it to preparing first"): (
        "주문 {code}은(는) {stage} 상태예요. 먼저 상품준비로 옮겨 주세요"
    ),
    ("ServiceMessages", "Print job #{job_id} is {job_state}: it cannot be cancelled"): (
        "인쇄 작업 #{job_id}은(는) {job_state} 상태라 취소할 수 없어요"
    ),
    ("ServiceMessages", "Shipment #{number} is empty"): "배송 #{number}이(가) {oops} 비어 있어요",
    ("ServiceMessages", "Stage {stage} → {target}"): "단계 변경: {stage} → {target}",
    ("ServiceMessages", "Payment of {amount} by {method}"): "{amount} 결제 ({method})",
    ("Labels", "Pending payment"): "결제대기",
    ("Labels", "Preparing"): "상품준비",
    ("PrintQueue", "Printed"): "인쇄됨",
    ("Refunds", "Card"): "카드",
}


class FakeKorean(QTranslator):
    """Stands in for backoffice_ko.qm, which the lead regenerates with the new context."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt override
        return KOREAN.get((context, source))  # None: not translated here, ask the next one

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.fixture
def korean(qapp) -> Iterator[None]:
    translator = FakeKorean()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.rule("R19")
def test_amounts_and_rule_in_korean(korean) -> None:
    err = DomainError(
        "Order {code} owes {balance}: a payment of {amount} is too much",
        "R19",
        code="7KQ-M3X",
        balance=Money(10000, "KRW"),
        amount=Money(39000, "KRW"),
    )
    assert error_text(err) == (
        "주문 7KQ-M3X의 남은 금액은 10,000원이에요. 39,000원은(는) 너무 많아요"
    )
    assert "(R19)" in str(err)  # the rule stays in the log and the CLI's English


def test_stage_and_job_state_show_their_translated_labels(korean) -> None:
    err = DomainError(
        "Order {code} is {stage}: move it to preparing first",
        "R21",
        code="AB1",
        stage="pending_payment",
    )
    assert error_text(err) == "주문 AB1은(는) 결제대기 상태예요. 먼저 상품준비로 옮겨 주세요"
    job = DomainError(
        "Print job #{job_id} is {job_state}: it cannot be cancelled", job_id=7, job_state="sent"
    )
    assert error_text(job) == "인쇄 작업 #7은(는) 인쇄됨 상태라 취소할 수 없어요"


def test_untranslated_and_broken_translations_fall_back_to_english(korean) -> None:
    plain = DomainError("Order {code} is {stage}: it cannot change", "R8", code="X", stage="x")
    assert error_text(plain) == "Order X is x: it cannot change"
    broken = DomainError("Shipment #{number} is empty", "R21", number=2)
    assert error_text(broken) == "Shipment #2 is empty"
    assert str(broken) == "Shipment #2 is empty (R21)"
    assert error_text(ExternalError("Printer offline")) == "Printer offline"
    assert error_text(ValueError("bug")) == "bug"


@pytest.mark.rule("R28")
def test_timeline_events_read_in_korean_from_their_stored_message(korean) -> None:
    stage = {
        "template": "Stage {stage} → {target}",
        "params": {"stage": "pending_payment", "target": "preparing"},
    }
    assert (
        event_text("Stage pending_payment → preparing", stage) == "단계 변경: 결제대기 → 상품준비"
    )
    paid = {
        "template": "Payment of {amount} by {method}",
        "params": {"amount": {"money": [41000, "KRW"]}, "method": "card"},
    }
    assert event_text("Payment of 41,000원 by card", paid) == "41,000원 결제 (카드)"
    assert event_text("Memo: hello", None) == "Memo: hello"  # recorded without values
    odd = {"template": "Shipment #{number} is empty", "params": {"number": 1}}
    assert event_text("Shipment #1 is empty", odd) == "Shipment #1 is empty"  # bad translation


def test_english_ui_words_stages_with_their_labels() -> None:
    err = DomainError(
        "Order {code} is {stage}: move it to preparing first",
        "R21",
        code="AB1",
        stage=Stage.PENDING_PAYMENT,
    )
    assert error_text(err) == "Order AB1 is Pending payment: move it to preparing first"
