"""Money is exact integer minor units (R4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.domain.errors import DomainError
from backoffice.domain.money import format_money, parse_amount, percent_of, to_decimal_string

pytestmark = pytest.mark.rule("R4")


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("39000", "KRW", 39000),
        ("39000.00", "KRW", 39000),
        ("12.5", "USD", 1250),
        ("0.10", "USD", 10),
        ("1,234.56", "USD", 123456),
        ("-3.00", "USD", -300),
    ],
)
def test_shop_strings_become_exact_minor_units(text, currency, minor):
    assert parse_amount(text, currency) == minor


def test_amounts_finer_than_the_currency_are_refused():
    with pytest.raises(DomainError, match="decimals"):
        parse_amount("100.5", "KRW")
    with pytest.raises(DomainError, match="decimals"):
        parse_amount("0.105", "USD")


@given(st.integers(-(10**12), 10**12), st.sampled_from(["KRW", "USD", "EUR", "JPY"]))
def test_round_trip_through_the_shops_decimal_string(amount, currency):
    assert parse_amount(to_decimal_string(amount, currency), currency) == amount


def test_display_uses_won_sign_printers_have():
    assert format_money(39000, "KRW") == "39,000원"
    assert format_money(-1250, "USD") == "-$12.50"
    assert "₩" not in format_money(1, "KRW")


def test_percent_discount_rounds_down_to_the_minor_unit():
    assert percent_of(9999, 10) == 999
    with pytest.raises(DomainError):
        percent_of(100, 101)
