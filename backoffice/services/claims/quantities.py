"""How many units of a line a claim may still take (R26): cancels come out of unshipped
shipments, returns and exchanges out of shipped ones, less what open claims already hold."""

from __future__ import annotations

from backoffice.db.models import Claim, Order, OrderLine
from backoffice.domain.errors import DomainError

OPEN_STATES = ("requested", "approved")
SHIPPED = ("shipped", "delivered")


def _in_shipments(order: Order, line_id: int, stages: tuple[str, ...]) -> int:
    return sum(
        item.quantity
        for shipment in order.shipments
        if shipment.stage in stages
        for item in shipment.items
        if item.line_id == line_id
    )


def _reserved(order: Order, line_id: int, kinds: tuple[str, ...], skip: Claim | None) -> int:
    """Quantities of the line already in open claims (a customer's whole-order request aside)."""
    return sum(
        item.quantity
        for claim in order.claims
        if claim is not skip and claim.state in OPEN_STATES and not claim.whole_order
        if claim.kind in kinds
        for item in claim.items
        if item.line_id == line_id
    )


def _tracked(order: Order, line: OrderLine) -> bool:
    return any(item.line_id == line.id for s in order.shipments for item in s.items)


def available(order: Order, line: OrderLine, kind: str, skip: Claim | None = None) -> int:
    """How many units of the line a new claim of this kind may still take."""
    if kind == "cancel":
        if not _tracked(order, line):
            left = line.active_quantity if order.stage not in SHIPPED else 0
        else:
            left = _in_shipments(order, line.id, ("preparing", "ready"))
        return left - _reserved(order, line.id, ("cancel",), skip)
    if not _tracked(order, line):
        left = line.active_quantity
    else:
        left = _in_shipments(order, line.id, SHIPPED) - line.returned_quantity
    return left - _reserved(order, line.id, ("return", "exchange"), skip)


def check_quantities(
    order: Order, kind: str, quantities: dict[int, int], skip: Claim | None = None
) -> None:
    if not quantities:
        raise DomainError("Choose at least one line and a quantity", "R26")
    lines = {line.id: line for line in order.lines}
    for line_id, quantity in quantities.items():
        line = lines.get(line_id)
        if line is None:
            raise DomainError(
                "Order {code} has no line {line_id}", "R26", code=order.code, line_id=line_id
            )
        if line.kind in ("negative", "fee"):
            raise DomainError(
                "A refund or fee line cannot be cancelled, returned or exchanged", "R26"
            )
        if quantity <= 0:
            raise DomainError("A claimed quantity must be at least 1", "R26")
        left = available(order, line, kind, skip)
        if quantity > left:
            params = {"name": line.name, "left": max(left, 0), "quantity": line.quantity}
            if kind == "cancel":
                raise DomainError(
                    "{name}: only {left} of {quantity} can be cancelled now", "R26", **params
                )
            raise DomainError(
                "{name}: only {left} of {quantity} can be returned or exchanged now",
                "R26",
                **params,
            )
