"""Money as integer minor units (R4). No floats anywhere.

Currencies carry their exponent: KRW has no minor unit, USD two. Shop APIs send decimal strings;
`parse_amount` turns them into minor units exactly or refuses.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import NamedTuple

from backoffice.domain.errors import DomainError

# ISO 4217 minor-unit exponents for the currencies a Korean / international shop meets.
EXPONENTS: dict[str, int] = {
    "KRW": 0,
    "JPY": 0,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "CNY": 2,
    "AUD": 2,
    "CAD": 2,
}

# Printed suffix/prefix. Korean receipts print "원" (printers lack U+20A9).
_FORMATS: dict[str, tuple[str, str]] = {
    "KRW": ("", "원"),
    "JPY": ("¥", ""),
    "USD": ("$", ""),
    "EUR": ("€", ""),
    "GBP": ("£", ""),
}


def exponent(currency: str) -> int:
    try:
        return EXPONENTS[currency.upper()]
    except KeyError:
        raise DomainError("Unknown currency {currency!r}", "R4", currency=currency) from None


def parse_amount(text: str | int, currency: str) -> int:
    """'39000.00' KRW -> 39000; '12.5' USD -> 1250. Refuses amounts finer than the currency allows."""
    if isinstance(text, bool):
        raise DomainError("Not an amount: {text!r}", "R4", text=text)
    if isinstance(text, int):
        return text * 10 ** exponent(currency)
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise DomainError("Not an amount: {text!r}", "R4", text=text) from None
    if not value.is_finite():
        raise DomainError("Not an amount: {text!r}", "R4", text=text)
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise DomainError(
            "Amount {text} has more decimals than {currency} allows",
            "R4",
            text=text,
            currency=currency,
        )
    return int(scaled)


def to_decimal_string(amount: int, currency: str) -> str:
    """Minor units back to the shop's decimal string: 1250 USD -> '12.50'; 39000 KRW -> '39000'."""
    exp = exponent(currency)
    if exp == 0:
        return str(amount)
    q = Decimal(amount).scaleb(-exp).quantize(Decimal(1).scaleb(-exp), rounding=ROUND_HALF_EVEN)
    return f"{q:f}"


def format_money(amount: int, currency: str = "KRW") -> str:
    """Human display: 39000 KRW -> '39,000원'; -1250 USD -> '-$12.50'."""
    exp = exponent(currency)
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), 10**exp) if exp else (abs(amount), 0)
    body = f"{whole:,}" + (f".{frac:0{exp}d}" if exp else "")
    prefix, suffix = _FORMATS.get(currency.upper(), ("", f" {currency.upper()}"))
    return f"{sign}{prefix}{body}{suffix}"


def plain_amount(amount: int, currency: str = "KRW") -> str:
    """An amount as staff type it back into a field: '39,000', '12.50' (parse_amount reads it)."""
    exp = exponent(currency)
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), 10**exp) if exp else (abs(amount), 0)
    return sign + f"{whole:,}" + (f".{frac:0{exp}d}" if exp else "")


class Money(NamedTuple):
    """An amount as a message parameter: `str()` is `format_money`; the UI formats it itself."""

    amount: int
    currency: str

    def __str__(self) -> str:
        return format_money(self.amount, self.currency)

    def to_json(self) -> dict[str, list[int | str]]:
        """How a timeline event stores it among its message values (history.record)."""
        return {"money": [self.amount, self.currency]}

    @classmethod
    def from_json(cls, value: object) -> Money | None:
        """The Money `to_json` stored, or None for any other value."""
        if isinstance(value, dict) and set(value) == {"money"}:
            amount, currency = value["money"]
            return cls(int(amount), str(currency))
        return None


def percent_of(amount: int, percent: int) -> int:
    """A whole-percent share of an amount, rounded down to the minor unit (a discount never overshoots)."""
    if not 0 <= percent <= 100:
        raise DomainError(
            "A percentage must be between 0 and 100, not {percent}", "R17", percent=percent
        )
    return amount * percent // 100
