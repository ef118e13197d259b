"""A WooCommerce order's money, read the way WooCommerce computes it, and checked (R4, R42).

WooCommerce (`WC_Abstract_Order::calculate_totals`) makes an order's total as

    total = round( Σ line totals + Σ fee totals + Σ shipping totals
                   + Σ line taxes + Σ fee taxes + Σ shipping taxes )

where a line's `total` is its `subtotal` after coupons and line discounts, before tax, in shops
that enter prices with tax as well as in those that enter them without (the API always sends the
part before tax and the tax apart). Coupons are already inside the line totals; `coupon_lines`
only say which codes took how much. Fees may be negative (a discount made as a fee).

WooCommerce keeps the parts with more decimals than it sends: the REST API rounds each one to the
shop's price decimals, so the parts read back may miss the total by a few minor units. That gap is
the shop's rounding, kept as `rounding` so the breakdown still adds up to the total exactly. A gap
larger than the rounding of the parts can explain is not rounding: the order is refused (parked)
rather than stored with a total nobody can explain.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from backoffice.domain.errors import DomainError
from backoffice.domain.money import exponent, format_money, parse_amount
from backoffice.sync.errors import ShopMalformed


def exact(value: Any, currency: str, what: str) -> int:
    """An amount that must be whole minor units (the order's total, a refund)."""
    if value is None or value == "":
        return 0
    try:
        return parse_amount(str(value), currency)
    except DomainError as exc:
        raise ShopMalformed(f"the shop sent an unreadable {what}: {exc}") from None


def part(value: Any, currency: str, what: str) -> int:
    """A part of the total, rounded half-even to minor units as the shop rounds what it sends.

    A shop whose price decimals are finer than its currency (KRW with two decimals) sends parts
    such as "18181.82"; the total stays exact, the difference shows as rounding.
    """
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal | float):
        raise ShopMalformed(f"the shop sent an unreadable {what}: {value!r}")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ShopMalformed(f"the shop sent an unreadable {what}: {value!r}") from None
    if not number.is_finite() or abs(number) >= Decimal(10) ** 15:
        raise ShopMalformed(f"the shop sent an unreadable {what}: {value!r}")
    scaled = number.scaleb(exponent(currency))
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def rounding_gap(total: int, parts: list[int], currency: str, number: str) -> int:
    """`total - Σ parts`, when the shop's rounding of `parts` explains it; else ShopMalformed."""
    gap = total - sum(parts)
    # Each part sent is off by at most half a minor unit from the value the shop summed.
    allowed = len([p for p in parts if p]) // 2 + 1
    if abs(gap) > allowed:
        raise ShopMalformed(
            f"the shop's total {format_money(total, currency)} is not what its "
            f"lines, fees, shipping and tax add up to ({format_money(sum(parts), currency)})"
        )
    return gap
