"""Order and shipment stages, and the workflow kept as data in one place (R6–R12).

Every allowed move is decided here; services ask `check_forward`, `check_cancel`, `check_revert`
and never hard-code transitions themselves.
"""

from __future__ import annotations

from enum import StrEnum

from backoffice.domain.errors import DomainError, NeedsManager


class Stage(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    RECEIVED = "received"
    PREPARING = "preparing"
    READY = "ready"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# The forward path is the table's order (R6). `cancelled` stands outside it.
FORWARD: tuple[Stage, ...] = (
    Stage.PENDING_PAYMENT,
    Stage.RECEIVED,
    Stage.PREPARING,
    Stage.READY,
    Stage.SHIPPED,
    Stage.DELIVERED,
    Stage.COMPLETED,
)
RANK: dict[Stage, int] = {stage: i for i, stage in enumerate(FORWARD)}

# Labels for every surface without Qt (CLI, printing). The UI translates via its own tr() tables.
LABELS: dict[Stage, tuple[str, str]] = {
    Stage.PENDING_PAYMENT: ("Pending payment", "결제대기"),
    Stage.RECEIVED: ("New", "주문접수"),
    Stage.PREPARING: ("Preparing", "상품준비"),
    Stage.READY: ("Ready", "배송대기"),
    Stage.SHIPPED: ("Shipped", "배송중"),
    Stage.DELIVERED: ("Delivered", "배송완료"),
    Stage.COMPLETED: ("Completed", "구매확정"),
    Stage.CANCELLED: ("Cancelled", "취소완료"),
}

# Every stage has a colour in the list (R13); custom statuses bring their own.
COLOURS: dict[Stage, str] = {
    Stage.PENDING_PAYMENT: "#b26a00",
    Stage.RECEIVED: "#1565c0",
    Stage.PREPARING: "#6a1b9a",
    Stage.READY: "#00838f",
    Stage.SHIPPED: "#2e7d32",
    Stage.DELIVERED: "#558b2f",
    Stage.COMPLETED: "#616161",
    Stage.CANCELLED: "#c62828",
}


class Fulfilment(StrEnum):
    DELIVERY = "delivery"
    PICKUP = "pickup"


class ShipmentStage(StrEnum):
    PREPARING = "preparing"
    READY = "ready"
    SHIPPED = "shipped"
    DELIVERED = "delivered"


SHIPMENT_FORWARD: tuple[ShipmentStage, ...] = tuple(ShipmentStage)
SHIPMENT_RANK: dict[ShipmentStage, int] = {s: i for i, s in enumerate(SHIPMENT_FORWARD)}

# Stages where shop and customer may still change items (R17) and where payment is open (R23).
EDITABLE_STAGES = frozenset({Stage.RECEIVED, Stage.PREPARING})
QUANTITY_EDIT_STAGES = frozenset({Stage.PREPARING})
PAYABLE_STAGES = frozenset({Stage.PENDING_PAYMENT, Stage.RECEIVED})
CUSTOMER_FREE_CANCEL = frozenset({Stage.PENDING_PAYMENT, Stage.RECEIVED})  # R12
RETURNABLE_STAGES = frozenset({Stage.SHIPPED, Stage.DELIVERED})  # R8: closed once completed
SPLITTABLE_STAGES = frozenset({Stage.PREPARING})  # R20

CANCEL_REASON_PAYMENT_EXPIRED = "payment_expired"


def parse_stage(text: str) -> Stage:
    try:
        return Stage(text.strip().lower())
    except ValueError:
        names = " ".join(s.value for s in Stage)
        raise DomainError(
            "Unknown stage {text!r}; use one of: {names}", text=text, names=names
        ) from None


def shipment_stage_for(stage: Stage) -> ShipmentStage | None:
    """The shipment stage an order-level move implies (None: shipments are not moved)."""
    return {
        Stage.PREPARING: ShipmentStage.PREPARING,
        Stage.READY: ShipmentStage.READY,
        Stage.SHIPPED: ShipmentStage.SHIPPED,
        Stage.DELIVERED: ShipmentStage.DELIVERED,
        Stage.COMPLETED: ShipmentStage.DELIVERED,
    }.get(stage)


def order_stage_for(shipment_stage: ShipmentStage) -> Stage:
    return Stage(shipment_stage.value)


def check_forward(
    code: str,
    current: Stage,
    target: Stage,
    *,
    fulfilment: Fulfilment,
    has_tracking: bool,
) -> None:
    """R6/R7: forward moves along the table, skipping allowed; shipped needs a carrier and tracking."""
    if current == Stage.CANCELLED:
        raise DomainError("Order {code} is cancelled: it cannot move forward", "R11", code=code)
    if target == Stage.CANCELLED:
        raise DomainError("Cancelling needs a reason: use cancel", "R11")
    if RANK[target] <= RANK[current]:
        raise DomainError(
            "Order {code} is {stage}: {target} is not a forward move (a manager can revert "
            "instead)",
            "R6",
            code=code,
            target=target,
            stage=current,
        )
    if current == Stage.COMPLETED:
        raise DomainError("Order {code} is completed: it cannot change", "R8", code=code)
    if target == Stage.SHIPPED and fulfilment == Fulfilment.PICKUP:
        raise DomainError(
            "Order {code} is a pickup order: it goes from ready to delivered (picked up)",
            "R6",
            code=code,
        )
    if target == Stage.SHIPPED and fulfilment == Fulfilment.DELIVERY and not has_tracking:
        raise DomainError(
            "Order {code} needs a carrier and a tracking number to be shipped", "R7", code=code
        )


def asks_before_preparing(current: Stage, target: Stage, balance: int) -> bool:
    """R23: moving an order that still waits for payment on to preparing or beyond asks staff
    to confirm first."""
    return current in PAYABLE_STAGES and RANK[target] >= RANK[Stage.PREPARING] and balance > 0


def check_cancel(code: str, current: Stage) -> None:
    """R11: staff can cancel in any stage before completed."""
    if current == Stage.CANCELLED:
        raise DomainError("Order {code} is already cancelled", "R11", code=code)
    if current == Stage.COMPLETED:
        raise DomainError(
            "Order {code} is completed: it can no longer be cancelled", "R11", code=code
        )


def check_revert(
    code: str,
    current: Stage,
    target: Stage,
    *,
    is_manager: bool,
    cancel_reason: str | None,
) -> None:
    """R9/R10/R11: only a manager moves an order back; never out of completed or an expired cancel."""
    if not is_manager:
        refused = NeedsManager("Only a manager can move an order back to an earlier stage", "R9")
        refused.what = "revert"
        raise refused
    if current == Stage.COMPLETED:
        raise DomainError("Order {code} is completed: it cannot be reverted", "R9", code=code)
    if current == Stage.CANCELLED:
        if cancel_reason == CANCEL_REASON_PAYMENT_EXPIRED:
            raise DomainError(
                "Order {code} was cancelled because its deposit deadline passed: it cannot be "
                "revived; create a new order instead",
                "R10",
                code=code,
            )
        if target in (Stage.CANCELLED, Stage.COMPLETED):
            raise DomainError(
                "Order {code} cannot be reverted to {target}", "R9", code=code, target=target
            )
        return
    if target == Stage.CANCELLED or RANK[target] >= RANK[current]:
        raise DomainError(
            "Order {code} is {stage}: {target} is not an earlier stage",
            "R9",
            code=code,
            target=target,
            stage=current,
        )
