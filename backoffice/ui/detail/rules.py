"""Why an action is not possible right now, worked out from the same domain data the services use
(domain/stages.py sets and checks), so a disabled button can say why in its tooltip before a
service would refuse. Each function returns "" when the action is allowed, else the reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backoffice.domain.errors import DomainError
from backoffice.domain.stages import (
    EDITABLE_STAGES,
    FORWARD,
    QUANTITY_EDIT_STAGES,
    RETURNABLE_STAGES,
    SPLITTABLE_STAGES,
    Fulfilment,
    Stage,
    check_cancel,
    check_forward,
    check_revert,
)
from backoffice.services.fulfilment.flow import FOLLOWING_STAGES
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.ui.errors_text import error_text


def _locked(snap: OrderSnapshot) -> str:
    if snap.edit_state == "confirmation_requested":
        return QCoreApplication.translate(
            "Rules",
            "Waiting for the customer to confirm the edit: withdraw the request first",
        )
    return ""


def edit_sheet(snap: OrderSnapshot) -> str:
    """R17/R18: add or remove lines, discounts."""
    if Stage(snap.stage) not in EDITABLE_STAGES:
        return QCoreApplication.translate(
            "Rules", "The order sheet can be edited only while new or preparing"
        )
    return _locked(snap)


def change_quantity(snap: OrderSnapshot) -> str:
    if Stage(snap.stage) not in QUANTITY_EDIT_STAGES:
        return QCoreApplication.translate("Rules", "Quantities can change only while preparing")
    return _locked(snap)


def ask_confirmation(snap: OrderSnapshot) -> str:
    if snap.edit_state != "editing":
        return QCoreApplication.translate("Rules", "There is no edit to confirm")
    return ""


def withdraw_confirmation(snap: OrderSnapshot) -> str:
    if snap.edit_state != "confirmation_requested":
        return QCoreApplication.translate("Rules", "No confirmation of an edit is requested")
    return ""


def change_shipments(snap: OrderSnapshot) -> str:
    if snap.stage in (Stage.CANCELLED, Stage.COMPLETED):
        return QCoreApplication.translate(
            "Rules", "Shipments of a cancelled or completed order cannot change"
        )
    return ""


def split(snap: OrderSnapshot) -> str:
    if Stage(snap.stage) not in SPLITTABLE_STAGES:
        return QCoreApplication.translate("Rules", "Shipments can be split only while preparing")
    return ""


def advance(snap: OrderSnapshot) -> str:
    reason = change_shipments(snap)
    if reason:
        return reason
    if Stage(snap.stage) not in FOLLOWING_STAGES:
        return QCoreApplication.translate("Rules", "Move the order to preparing first")
    return ""


def cancel_quantities(snap: OrderSnapshot) -> str:
    if snap.stage == Stage.CANCELLED:
        return QCoreApplication.translate("Rules", "The order is cancelled: its claims are closed")
    if snap.stage == Stage.COMPLETED:
        return QCoreApplication.translate(
            "Rules", "The order is completed: it can no longer be cancelled"
        )
    if not any(line.can_cancel for line in snap.lines):
        return QCoreApplication.translate("Rules", "No unshipped units are left to cancel")
    return ""


def return_or_exchange(snap: OrderSnapshot) -> str:
    if snap.stage == Stage.COMPLETED:
        return QCoreApplication.translate(
            "Rules", "The order is completed: returns and exchanges are closed"
        )
    if Stage(snap.stage) not in RETURNABLE_STAGES:
        return QCoreApplication.translate(
            "Rules", "Only shipped or delivered goods can be returned or exchanged"
        )
    return ""


def request_payment(snap: OrderSnapshot) -> str:
    if snap.stage in (Stage.CANCELLED, Stage.COMPLETED):
        return QCoreApplication.translate(
            "Rules", "A cancelled or completed order takes no payment request"
        )
    if owed_beyond_requests(snap) <= 0:
        return QCoreApplication.translate("Rules", "Nothing is owed beyond the open requests")
    return ""


def owed_beyond_requests(snap: OrderSnapshot) -> int:
    asked = sum(r.amount for r in snap.money.requests if r.state == "requested")
    return snap.money.balance - asked


def refund(snap: OrderSnapshot) -> str:
    if snap.money.paid - snap.money.refunded <= 0:
        return QCoreApplication.translate("Rules", "Nothing paid is left to refund")
    return ""


def forward_targets(snap: OrderSnapshot) -> list[tuple[Stage, str]]:
    """Every later stage with the reason it cannot be reached now ("" = allowed), R6/R7."""
    if snap.stage == Stage.CANCELLED:
        return []
    current = Stage(snap.stage)
    out = []
    for target in FORWARD[FORWARD.index(current) + 1 :]:
        try:
            check_forward(
                snap.code,
                current,
                target,
                fulfilment=Fulfilment(snap.fulfilment),
                has_tracking=snap.has_tracking,
            )
            out.append((target, ""))
        except DomainError as exc:
            out.append((target, error_text(exc)))
    return out


def cancel_order(snap: OrderSnapshot) -> str:
    try:
        check_cancel(snap.code, Stage(snap.stage))
    except DomainError as exc:
        return error_text(exc)
    return ""


def revert_targets(snap: OrderSnapshot, is_manager: bool) -> list[tuple[Stage, str]]:
    """Earlier stages a manager may move the order back to (R9, R10)."""
    current = Stage(snap.stage)
    if current == Stage.CANCELLED:
        return []
    out = []
    for target in FORWARD[: FORWARD.index(current)]:
        try:
            check_revert(
                snap.code, current, target, is_manager=is_manager, cancel_reason=snap.cancel_reason
            )
            out.append((target, ""))
        except DomainError as exc:
            out.append((target, error_text(exc)))
    return out


def uncancel(snap: OrderSnapshot, is_manager: bool) -> str:
    if snap.stage != Stage.CANCELLED:
        return QCoreApplication.translate("Rules", "The order is not cancelled")
    try:
        check_revert(
            snap.code,
            Stage.CANCELLED,
            Stage.RECEIVED,
            is_manager=is_manager,
            cancel_reason=snap.cancel_reason,
        )
    except DomainError as exc:
        return error_text(exc)
    return ""


def delete(is_manager: bool) -> str:
    return (
        ""
        if is_manager
        else QCoreApplication.translate("Rules", "Only a manager can delete an order")
    )


SHIPPABLE_STAGES = frozenset({Stage.PENDING_PAYMENT, Stage.RECEIVED, Stage.PREPARING, Stage.READY})


def to_ship(snap: OrderSnapshot) -> list[int]:
    """The numbers of the shipments the counter's ship step would send: unshipped, not empty."""
    return [s.number for s in snap.shipments if s.items and s.stage in ("preparing", "ready")]


def hand_over(snap: OrderSnapshot) -> str:
    """A pickup order waiting at the counter is handed over in one step (R6: ready → picked up)."""
    if snap.fulfilment != Fulfilment.PICKUP:
        return QCoreApplication.translate("Rules", "A delivery order is shipped, not handed over")
    if Stage(snap.stage) not in SHIPPABLE_STAGES or not to_ship(snap):
        return QCoreApplication.translate("Rules", "Nothing left to hand over")
    return _locked(snap)


def ship(snap: OrderSnapshot) -> str:
    """The counter's ship step (issue 13): a delivery order with something left to send."""
    if snap.fulfilment != Fulfilment.DELIVERY:
        return QCoreApplication.translate("Rules", "A pickup order is handed over, not shipped")
    if Stage(snap.stage) not in SHIPPABLE_STAGES:
        return QCoreApplication.translate("Rules", "Nothing left to ship")
    if not to_ship(snap):
        return QCoreApplication.translate("Rules", "Nothing left to ship")
    return _locked(snap)
