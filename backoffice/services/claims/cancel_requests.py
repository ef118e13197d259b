"""The customer's side of cancelling (R12, seed 003 취소요청).

While an order is pending payment or new, the customer's cancel goes through at once. From
`preparing` on the customer can only ask: a whole-order cancel claim (requested by the customer)
sets the order's `cancel_requested` flag, which the "cancel requests" tab lists. Staff approve it
(the order is cancelled, stock returns) or reject it with a reason that is sent to the customer as
a message through the shop.
"""

from __future__ import annotations

from dataclasses import replace

from backoffice.db.base import utcnow
from backoffice.db.models import Claim, ClaimLine, Message, Order
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import CUSTOMER_FREE_CANCEL, Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import totals
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments.refunds import RefundSpec, refund_in_session
from backoffice.services.staff.actor import WEB_SHOP, Actor

REJECTED_MESSAGE = "주문 취소 요청이 거절되었습니다. 사유: {reason}"


def _open_request(order: Order) -> Claim:
    claim = next(
        (
            c
            for c in order.claims
            if c.kind == "cancel" and c.whole_order and c.state == "requested"
        ),
        None,
    )
    if claim is None:
        raise DomainError("Order {code} has no open cancel request", "R12", code=order.code)
    return claim


def customer_cancel(uow: UnitOfWork, code: str, reason: str, *, actor: Actor = WEB_SHOP) -> str:
    """R12: cancel at once while pending payment or new ("cancelled"); from preparing on, open a
    cancel request for staff ("requested")."""
    reason = reason.strip() or "customer request"
    with uow:
        session = uow.session
        order = get_order(session, code)
        stage = Stage(order.stage)
        if stage in CUSTOMER_FREE_CANCEL:
            orders.cancel_in_session(session, actor, order, reason)
            uow.commit()
            return "cancelled"
        if stage == Stage.CANCELLED:
            raise DomainError("Order {code} is already cancelled", "R11", code=order.code)
        if stage == Stage.COMPLETED:
            raise DomainError(
                "Order {code} is completed: it can no longer be cancelled", "R8", code=order.code
            )
        if order.cancel_requested:
            raise DomainError("Order {code} already has a cancel request", "R12", code=order.code)
        live = [
            ln
            for ln in order.lines
            if ln.active_quantity > 0 and ln.kind not in ("negative", "fee")
        ]
        claim = Claim(
            kind="cancel",
            requested_by="customer",
            whole_order=True,
            reason=reason,
            refund_amount=sum(totals.unit_value(ln) * ln.active_quantity for ln in live),
            created_at=utcnow(),
        )
        claim.items.extend(ClaimLine(line_id=ln.id, quantity=ln.active_quantity) for ln in live)
        order.claims.append(claim)
        session.flush()
        totals.refresh(order)
        record(
            session,
            order,
            actor,
            "cancel_requested",
            "The customer asked to cancel the order: {reason}",
            before={"stage": order.stage},
            after={"claim": claim.id, "state": "requested"},
            params={"reason": reason},
        )
        uow.commit()
        return "requested"


def approve_cancel_request(
    uow: UnitOfWork, actor: Actor, code: str, *, refund: RefundSpec | None = None
) -> None:
    """R12: staff approve: the order is cancelled with the customer's reason; stock returns (R14).
    A refund spec without an items amount refunds the value of the order's goods."""
    with uow:
        session = uow.session
        order = get_order(session, code)
        claim = _open_request(order)
        orders.cancel_in_session(session, actor, order, claim.reason)  # also completes the claim
        if refund is not None:
            if refund.items_amount is None:
                refund = replace(refund, items_amount=claim.refund_amount)
            spec = replace(refund, reason=refund.reason or claim.reason)
            refund_in_session(session, actor, order, spec, claim.id)
        uow.commit()


def reject_cancel_request(
    uow: UnitOfWork, actor: Actor, code: str, reason: str, *, message: str | None = None
) -> int:
    """R12: staff reject with a reason; the customer gets a message through the shop.
    Returns the message id."""
    if not reason.strip():
        raise DomainError("Rejecting a cancel request needs a reason for the customer", "R12")
    with uow:
        session = uow.session
        order = get_order(session, code)
        claim = _open_request(order)
        claim.state, claim.reject_reason, claim.resolved_at = "rejected", reason.strip(), utcnow()
        text = (message or "").strip() or REJECTED_MESSAGE.format(reason=reason.strip())
        sent = Message(direction="out", channel="shop", author=actor.name, text=text, at=utcnow())
        order.messages.append(sent)
        session.flush()
        totals.refresh(order)
        record(
            session,
            order,
            actor,
            "cancel_request_rejected",
            "Cancel request rejected: {reason}",
            before={"claim": claim.id, "state": "requested"},
            after={"claim": claim.id, "state": "rejected", "message": sent.id},
            push={"reason": reason.strip(), "message": text, "message_id": sent.id},
            params={"reason": reason.strip()},
        )
        uow.commit()
        return sent.id
