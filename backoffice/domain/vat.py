"""Supply value and VAT (공급가액 / 부가세), as Korean receipts and 거래명세서 print them (issue 14).

Korean prices include the 10 % VAT: the supply value is the total divided by 1.1, rounded to the
won, and the VAT is the rest, so the two always add up to the total. A web shop that reported its
own tax (WooCommerce tax lines) is believed instead. Other currencies print no split unless the
shop reported tax: their VAT rules are not ours to guess.
"""

from __future__ import annotations

RATE_PERCENT = 10  # 부가가치세


def split(total: int, currency: str, reported_tax: int = 0) -> tuple[int, int] | None:
    """(supply value, VAT) of `total` in minor units, or None when none is printed."""
    if total <= 0:
        return None
    if reported_tax > 0:
        tax = min(reported_tax, total)
        return total - tax, tax
    if currency.upper() != "KRW":
        return None
    base = 100 + RATE_PERCENT
    supply = (total * 100 + base // 2) // base  # rounded half up to the won
    return supply, total - supply
