"""The automatic rules, run by the app periodically with the current time (R8, R10).

R8  `delivered` orders become `completed` N days (default 7) after delivery, or at once when the
    customer confirms the purchase in the web shop.
R10 `pending_payment` orders whose deposit deadline has passed are cancelled with the reason
    `payment_expired`; such an order can never be revived (domain.stages.check_revert).

Each order is its own transaction, so one order changed elsewhere in the meantime (StaleVersion)
or refused by a rule is skipped and retried on the next run without holding the others back.
Running twice changes nothing more: every order is re-checked inside its transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from backoffice.db.base import utcnow
from backoffice.db.models import Order
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import N_, DomainError
from backoffice.domain.stages import CANCEL_REASON_PAYMENT_EXPIRED, Stage
from backoffice.services.orders import totals
from backoffice.services.orders.changes import cancel_in_session, move_shipments
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.shop import settings
from backoffice.services.staff.actor import SYSTEM, WEB_SHOP, Actor

logger = logging.getLogger(__name__)

DEFAULT_AUTO_COMPLETE_DAYS = settings.AUTO_COMPLETE_DAYS.default
# A customer who confirms a purchase holds the goods, even if our `delivered` mark lags behind.
CONFIRMABLE_STAGES = frozenset({Stage.SHIPPED, Stage.DELIVERED})


@dataclass(frozen=True)
class AutomaticResult:
    completed: int = 0  # R8
    expired: int = 0  # R10
    skipped: int = 0  # due, but changed elsewhere meanwhile or refused: retried next run


def _due_for_completion(order: Order, cutoff: datetime) -> bool:
    # An open return or exchange keeps the order open: completing it would close the claim (R8).
    return (
        order.stage == Stage.DELIVERED
        and order.delivered_at is not None
        and order.delivered_at <= cutoff
        and not order.has_open_claim
    )


def _expired(order: Order, now: datetime) -> bool:
    return (
        order.stage == Stage.PENDING_PAYMENT
        and order.deposit_deadline is not None
        and order.deposit_deadline < now
    )


def _complete(
    uow: UnitOfWork, actor: Actor, order: Order, now: datetime, why: str, days: int | None = None
) -> None:
    before = order.stage
    order.stage = Stage.COMPLETED.value
    move_shipments(order, Stage.COMPLETED)
    order.delivered_at = order.delivered_at or now
    order.completed_at = now
    totals.refresh(order)
    if days is not None:
        text = N_("Stage {stage} → {target} ({days} days after delivery)")
    else:
        text = N_("Stage {stage} → {target} (confirmed by the customer)")
    record(  # templates: N_
        uow.session,
        order,
        actor,
        "stage",
        text,
        before={"stage": before},
        after={"stage": Stage.COMPLETED.value},
        push={"stage": Stage.COMPLETED.value, "reason": why},
        params={"stage": before, "target": Stage.COMPLETED, "days": days},
    )


def _each(
    uow: UnitOfWork, codes: list[str], due: Callable[[Order], bool], act: Callable[[Order], None]
) -> tuple[int, int]:
    done = skipped = 0
    for code in codes:
        try:
            with uow:
                order = get_order(uow.session, code)
                if not due(order):  # changed since it was listed
                    continue
                act(order)
                uow.commit()
                done += 1
        except DomainError as exc:
            logger.warning("Automatic rule skipped order %s: %s", code, exc)
            skipped += 1
    return done, skipped


def run_automatic_rules(
    uow: UnitOfWork, now: datetime, *, auto_complete_days: int = DEFAULT_AUTO_COMPLETE_DAYS
) -> AutomaticResult:
    """Apply R8 and R10 as of `now` (an aware datetime). Returns how many orders changed."""
    if now.tzinfo is None:
        raise ValueError("run_automatic_rules needs an aware datetime")
    if auto_complete_days < 0:
        raise DomainError("The number of days before completion cannot be negative", "R8")
    cutoff = now - timedelta(days=auto_complete_days)
    with uow:
        session = uow.session
        to_complete = list(
            session.scalars(
                select(Order.code)
                .where(Order.stage == Stage.DELIVERED.value, Order.delivered_at <= cutoff)
                .order_by(Order.id)
            )
        )
        to_expire = list(
            session.scalars(
                select(Order.code)
                .where(Order.stage == Stage.PENDING_PAYMENT.value, Order.deposit_deadline < now)
                .order_by(Order.id)
            )
        )

    def complete(order: Order) -> None:
        why = f"{auto_complete_days} days after delivery"
        _complete(uow, SYSTEM, order, now, why, auto_complete_days)

    def expire(order: Order) -> None:
        cancel_in_session(uow.session, SYSTEM, order, CANCEL_REASON_PAYMENT_EXPIRED)  # R10, R14

    completed, skipped_c = _each(
        uow, to_complete, lambda o: _due_for_completion(o, cutoff), complete
    )
    expired, skipped_e = _each(uow, to_expire, lambda o: _expired(o, now), expire)
    if completed or expired:
        logger.info("Automatic rules: %d completed, %d expired", completed, expired)
    return AutomaticResult(completed, expired, skipped_c + skipped_e)


def customer_confirmed_purchase(uow: UnitOfWork, code: str, *, now: datetime | None = None) -> bool:
    """R8: the customer confirmed the purchase in the web shop (arrives by sync, actor web shop).

    Returns False when the order is already completed (sync may deliver the news twice)."""
    with uow:
        order = get_order(uow.session, code)
        stage = Stage(order.stage)
        if stage == Stage.COMPLETED:
            return False
        if stage not in CONFIRMABLE_STAGES:
            if stage == Stage.CANCELLED:
                raise DomainError(
                    "Order {code} is cancelled: a purchase is confirmed once the goods are with "
                    "the customer",
                    "R8",
                    code=order.code,
                )
            raise DomainError(
                "Order {code} is only {stage}: a purchase is confirmed once the goods are with "
                "the customer",
                "R8",
                code=order.code,
                stage=stage,
            )
        _complete(uow, WEB_SHOP, order, now or utcnow(), "confirmed by the customer")
        uow.commit()
        return True
