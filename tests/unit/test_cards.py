"""Card numbers in free text keep only their first 6 and last 4 digits; other numbers stay (R50)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.domain.cards import luhn_ok, mask_card, mask_in, mask_pans

pytestmark = pytest.mark.rule("R50")

VISA = "4111111111111111"
MASTERCARD = "5555555555554444"
AMEX = "378282246310005"


def with_luhn_digit(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"card {VISA} ok", "card 411111******1111 ok"),
        ("card 4111 1111 1111 1111 exp 12/27", "card 4111 11** **** 1111 exp 12/27"),
        ("4111-1111-1111-1111 12 27", "4111-11**-****-1111 12 27"),
        (f"{MASTERCARD} / {AMEX}", "555555******4444 / 378282*****0005"),
        ("카드번호 4111111111111111 결제", "카드번호 411111******1111 결제"),
    ],
)
def test_card_numbers_in_text_keep_six_and_four(text: str, masked: str) -> None:
    assert mask_pans(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "010-1234-5678",
        "order 7KQ-M3X, call 01012345678",
        "4111111111111112",  # fails Luhn: not a card number
        "paid 49,000 KRW on 2025-01-31",
        "tracking 6012 3456 7890",  # 12 digits
        "ref 20240101123456789012345",  # a 25-digit reference is no card number
        "411111******1111",  # already masked
    ],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert mask_pans(text) == text


def test_card_field_masks_whatever_was_typed() -> None:
    assert mask_card("4111-1111-1111-1111") == "411111******1111"
    assert mask_card("1234") == "1234"
    assert mask_card("") == ""


def test_payloads_are_masked_deeply() -> None:
    data = {"memo": f"pay {VISA}", "lines": [{"note": AMEX}], "n": 5, "t": ("x", VISA)}
    assert mask_in(data) == {
        "memo": "pay 411111******1111",
        "lines": [{"note": "378282*****0005"}],
        "n": 5,
        "t": ("x", "411111******1111"),
    }


@given(
    body=st.text(alphabet="0123456789", min_size=12, max_size=18),
    before=st.text(alphabet="abc 가나/:", max_size=8),
    after=st.text(alphabet="abc 가나/:", max_size=8),
)
def test_no_luhn_valid_pan_survives(body: str, before: str, after: str) -> None:
    pan = with_luhn_digit(body)
    out = mask_pans(f"{before}{pan}{after}")
    assert pan not in out
    # exactly the first 6 and the last 4 digits remain around the mask
    assert re.search(re.escape(pan[:6]) + r"\*+" + re.escape(pan[-4:]), out)
