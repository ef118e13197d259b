"""Invariants checked from raw rows, independently of the services' own arithmetic.

Stock (R14–R15): for every variant,
    initial = stock now + Σ units held by live (not cancelled) orders + Σ damaged returns.
Money (R19, R25): for every order, recomputed here from its rows:
    total   = Σ lines (active qty × price − discount) + shipping − grade − coupon − points
    balance = (0 if cancelled else total − Σ goodwill) − Σ payments + Σ refunds
    where goodwill is the part of a refund without a claim beyond what was owed back (R25)
    Σ refunds ≤ Σ payments
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def held_by_variant(session: Session) -> dict[int, int]:
    rows = session.execute(
        text(
            "SELECT l.variant_id, SUM(l.quantity - l.cancelled_quantity - l.returned_quantity)"
            " FROM order_lines l JOIN orders o ON o.id = l.order_id"
            " WHERE o.stage != 'cancelled' AND l.variant_id IS NOT NULL GROUP BY l.variant_id"
        )
    ).all()
    return {vid: int(q) for vid, q in rows}


def stock_by_variant(session: Session) -> dict[int, int]:
    return dict(session.execute(text("SELECT id, stock FROM variants")).all())


def check_stock(session: Session, initial: dict[int, int], damaged: dict[int, int]) -> None:
    held = held_by_variant(session)
    stock = stock_by_variant(session)
    for vid, start in initial.items():
        got = stock[vid] + held.get(vid, 0) + damaged.get(vid, 0)
        assert got == start, (
            f"variant {vid}: stock {stock[vid]} + held {held.get(vid, 0)}"
            f" + damaged {damaged.get(vid, 0)} = {got}, started with {start}"
        )


def _line_total(qty: int, price: int, disc_amount: int, disc_pct: int) -> int:
    gross = qty * price
    if gross <= 0:
        return gross
    return gross - min(gross, gross * disc_pct // 100 + disc_amount)


def check_money(session: Session) -> None:
    orders = session.execute(
        text(
            "SELECT id, code, stage, shipping_fee, grade_discount, coupon_discount, points_used,"
            " total, paid, refunded, balance FROM orders"
        )
    ).all()
    for oid, code, stage, ship, grade, coupon, points, total, paid, refunded, balance in orders:
        lines = session.execute(
            text(
                "SELECT quantity - cancelled_quantity - returned_quantity, unit_price,"
                " discount_amount, discount_percent FROM order_lines WHERE order_id = :o"
            ),
            {"o": oid},
        ).all()
        items = sum(_line_total(*row) for row in lines)
        want_total = items + ship - grade - coupon - points
        pays = session.execute(
            text("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = :o"), {"o": oid}
        ).scalar()
        refs = session.execute(
            text("SELECT COALESCE(SUM(amount), 0) FROM refunds WHERE order_id = :o"), {"o": oid}
        ).scalar()
        goodwill = session.execute(
            text(
                "SELECT COALESCE(SUM(goodwill_amount), 0) FROM refunds WHERE order_id = :o"
                " AND claim_id IS NULL AND goodwill_amount <= amount"
            ),
            {"o": oid},
        ).scalar()
        all_goodwill = session.execute(
            text("SELECT COALESCE(SUM(goodwill_amount), 0) FROM refunds WHERE order_id = :o"),
            {"o": oid},
        ).scalar()
        assert goodwill == all_goodwill, f"{code}: goodwill on a claim's refund, or over its amount"
        due = 0 if stage == "cancelled" else want_total - goodwill
        assert total == want_total, f"{code}: total {total} != {want_total}"
        assert paid == pays and refunded == refs, f"{code}: paid/refunded out of step"
        assert balance == due - pays + refs, f"{code}: balance {balance} != {due - pays + refs}"
        assert refs <= pays, f"{code}: refunded {refs} more than paid {pays}"
