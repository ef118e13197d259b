"""Editing the order sheet (R17–R19) and its customer-confirmation states (R18).

While an order is `received` or `preparing` staff add catalogue or free lines, refund-of-amount
(negative) and surcharge lines, remove lines and give manual line discounts; quantities of existing
lines change only in `preparing`. Every edit opens (or continues) an OrderEdit session in `editing`;
`request_edit_confirmation` locks the sheet until the customer confirms or staff withdraw.
Stock moves by the difference (R14), shipments follow (R20) and totals are refreshed (R19); the
result carries the new balance so the caller can offer a payment request or a refund.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OrderEdit, OrderLine
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import N_, DomainError, NotFound
from backoffice.domain.money import Money
from backoffice.domain.stages import EDITABLE_STAGES, QUANTITY_EDIT_STAGES, Stage
from backoffice.services.fulfilment.flow import follow_shipments, put_quantity, ships, take_quantity
from backoffice.services.orders import stock, totals
from backoffice.services.orders.changes import NewLine, build_line
from backoffice.services.orders.edit_state import (
    CONFIRMATION_REQUESTED,
    EDITING,
    open_edit,
)
from backoffice.services.orders.history import record
from backoffice.services.orders.lookup import get_order
from backoffice.services.staff.actor import WEB_SHOP, Actor

CONFIRMED_BY_CUSTOMER = "confirmed_by_customer"
# A timeline event: its English template and values (R28).
Said = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class EditResult:
    """What the edit left behind; a UI offers a payment request or a refund from `offer`."""

    code: str
    edit_state: str
    total: int
    balance: int
    line_id: int | None = None

    @property
    def offer(self) -> str:
        """R19/R22: 'payment_request' when the customer owes, 'refund' when we do, else ''."""
        if self.balance > 0:
            return "payment_request"
        return "refund" if self.balance < 0 else ""


def _check_unlocked(order: Order) -> None:
    edit = open_edit(order)
    if edit is not None and edit.state == CONFIRMATION_REQUESTED:
        raise DomainError(
            "Order {code} waits for the customer to confirm its edit: withdraw the request to "
            "change it",
            "R18",
            code=order.code,
        )


def _load(uow: UnitOfWork, code: str, expected_version: int | None, *, quantities: bool) -> Order:
    """The order, if its sheet may be edited now (R17, R18). Changes nothing."""
    order = get_order(uow.session, code, expected_version=expected_version)
    stage = Stage(order.stage)
    allowed = QUANTITY_EDIT_STAGES if quantities else EDITABLE_STAGES
    if stage not in allowed and quantities:
        raise DomainError(
            "Order {code} is {stage}: quantities can change only while preparing",
            "R17",
            code=order.code,
            stage=stage,
        )
    if stage not in allowed:
        raise DomainError(
            "Order {code} is {stage}: the order sheet can be edited only while received or "
            "preparing",
            "R17",
            code=order.code,
            stage=stage,
        )
    _check_unlocked(order)
    return order


def _session_for(order: Order, actor: Actor) -> OrderEdit:
    edit = open_edit(order)
    if edit is None:
        edit = OrderEdit(state=EDITING, total_before=order.total, started_by=actor.name)
        order.edits.append(edit)
    order.edit_state = edit.state
    return edit


def _line(order: Order, line_id: int) -> OrderLine:
    for line in order.lines:
        if line.id == line_id:
            return line
    raise NotFound("Order {code} has no such line", code=order.code)


def _line_facts(line: OrderLine) -> dict[str, Any]:
    return {
        "line": line.id,
        "kind": line.kind,
        "sku": line.sku,
        "name": line.name,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "discount_amount": line.discount_amount,
        "discount_percent": line.discount_percent,
        "total": totals.line_total(line),
    }


def _money(order: Order) -> dict[str, int]:
    return {"items_total": order.items_total, "total": order.total, "balance": order.balance}


def _sheet(order: Order) -> dict[str, Any]:
    """The order sheet as the shop shows it to the customer (outbox payload, R44)."""
    return {
        "edit_state": order.edit_state,
        "stage": order.stage,
        "lines": [_line_facts(line) for line in order.lines],
        **_money(order),
    }


def _finish(
    uow: UnitOfWork,
    actor: Actor,
    order: Order,
    said: Said,
    before: dict[str, Any],
    after: dict[str, Any],
    line_id: int | None = None,
) -> EditResult:
    """Shipments and totals follow (R19, R21); one timeline event and outbox row (R28, R44)."""
    stage_before = order.stage
    moved = follow_shipments(order)  # e.g. the last unshipped units removed (R21)
    totals.refresh(order)
    after = {**after, **_money(order), "edit_state": order.edit_state}
    if moved is not None:
        before, after = {**before, "stage": stage_before}, {**after, "stage": moved.value}
    text, params = said
    push = _sheet(order)
    record(  # templates: N_
        uow.session,
        order,
        actor,
        "edit",
        text,
        before=before,
        after=after,
        push=push,
        params=params,
    )
    uow.commit()
    return EditResult(order.code, order.edit_state or "", order.total, order.balance, line_id)


def _check_discount(amount: int, percent: int) -> None:
    for value in (amount, percent):
        if isinstance(value, bool) or not isinstance(value, int):
            raise DomainError(
                "A discount must be a whole number, not {value!r}", "R17", value=value
            )
    if amount < 0:
        raise DomainError("A discount amount cannot be negative", "R17")
    if not 0 <= percent <= 100:
        raise DomainError(
            "A percentage must be between 0 and 100, not {percent}", "R17", percent=percent
        )


# ---- the edits (R17) -------------------------------------------------------------------------


def add_line(
    uow: UnitOfWork, actor: Actor, code: str, spec: NewLine, *, expected_version: int | None = None
) -> EditResult:
    """Add a catalogue line (variant id or SKU), a free line with a price, a negative (refund of
    an amount) or a surcharge line. Catalogue units are taken from stock (R14)."""
    _check_discount(spec.discount_amount, spec.discount_percent)
    with uow:
        session = uow.session
        order = _load(uow, code, expected_version, quantities=False)
        position = max((line.position for line in order.lines), default=-1) + 1
        line = build_line(session, spec, position)
        stock.require_available(session, line.variant_id, line.quantity)
        before = _money(order)
        _session_for(order, actor)
        line.added_in_edit = True
        order.lines.append(line)
        session.flush()
        stock.adjust(session, order, line.variant_id, line.quantity)
        if ships(line):
            put_quantity(order, line, line.quantity)
        said = (
            N_("Line added: {name} × {quantity} ({line_kind})"),
            {
                "name": line.name,
                "quantity": line.quantity,
                "line_kind": line.kind,
            },
        )
        return _finish(uow, actor, order, said, before, {"added": _line_facts(line)}, line.id)


def change_quantity(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    line_id: int,
    quantity: int,
    *,
    expected_version: int | None = None,
) -> EditResult:
    """Change an existing line's quantity (only while preparing, R17); stock moves by the
    difference (R14); units come out of or go into unshipped shipments (R20)."""
    with uow:
        session = uow.session
        order = _load(uow, code, expected_version, quantities=True)
        line = _line(order, line_id)
        settled = line.cancelled_quantity + line.returned_quantity
        if quantity <= settled:
            raise DomainError(
                "{name}: the quantity must stay above {settled}; remove the line instead",
                "R17",
                name=line.name,
                settled=settled,
            )
        delta = quantity - line.quantity
        if delta == 0:
            raise DomainError(
                "{name} already has quantity {quantity}", "R17", name=line.name, quantity=quantity
            )
        if delta > 0:
            stock.require_available(session, line.variant_id, delta)
        before = {**_money(order), "line": line.id, "quantity": line.quantity}
        _session_for(order, actor)
        if ships(line) and delta > 0:
            put_quantity(order, line, delta)
        elif ships(line):
            take_quantity(order, line, -delta)
        line.quantity = quantity
        stock.adjust(session, order, line.variant_id, delta)
        said = (
            N_("Quantity of {name}: {before} → {quantity}"),
            {
                "name": line.name,
                "before": before["quantity"],
                "quantity": quantity,
            },
        )
        after = {"line": line.id, "quantity": quantity}
        return _finish(uow, actor, order, said, before, after, line.id)


def remove_line(
    uow: UnitOfWork, actor: Actor, code: str, line_id: int, *, expected_version: int | None = None
) -> EditResult:
    """Remove a line; its units return to stock (R14) and leave their unshipped shipments."""
    with uow:
        session = uow.session
        order = _load(uow, code, expected_version, quantities=False)
        line = _line(order, line_id)
        claimed = any(item.line_id == line.id for claim in order.claims for item in claim.items)
        replaced = any(other.replaces_line_id == line.id for other in order.lines)
        if claimed or replaced or line.cancelled_quantity or line.returned_quantity:
            raise DomainError(
                "{name} has cancellations, returns or exchanges: it cannot be removed",
                "R26",
                name=line.name,
            )
        if len(order.lines) == 1:
            raise DomainError(
                "{name} is the order's only line: cancel the order instead", "R11", name=line.name
            )
        before = {**_money(order), "removed": _line_facts(line)}
        _session_for(order, actor)
        if ships(line):
            take_quantity(order, line, line.quantity - line.cancelled_quantity)
        stock.adjust(session, order, line.variant_id, -line.active_quantity)
        order.lines.remove(line)
        said = (
            N_("Line removed: {name} × {quantity}"),
            {"name": line.name, "quantity": line.quantity},
        )
        return _finish(uow, actor, order, said, before, {"removed": line_id}, line_id)


def set_line_discount(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    line_id: int,
    *,
    amount: int | None = None,
    percent: int | None = None,
    expected_version: int | None = None,
) -> EditResult:
    """A manual discount on one line: an amount in minor units or a whole percent (rounded down
    to the minor unit, so it never overshoots). Give one of them; zero removes the discount."""
    if (amount is None) == (percent is None):
        raise DomainError("Give a discount as either an amount or a percentage", "R17")
    _check_discount(amount or 0, percent or 0)
    with uow:
        order = _load(uow, code, expected_version, quantities=False)
        line = _line(order, line_id)
        if line.kind == "negative":
            raise DomainError("A refund line cannot be discounted", "R17")
        gross = totals.line_gross(line)
        if amount is not None and amount > gross:
            raise DomainError(
                "A discount of {amount} is more than the line's {gross}",
                "R17",
                amount=Money(amount, order.currency),
                gross=Money(gross, order.currency),
            )
        before = {**_money(order), **_discount(line)}
        _session_for(order, actor)
        line.discount_amount, line.discount_percent = amount or 0, percent or 0
        said: Said = (
            (N_("Discount on {name}: {percent}%"), {"name": line.name, "percent": percent})
            if percent is not None
            else (
                N_("Discount on {name}: {amount}"),
                {"name": line.name, "amount": Money(amount or 0, order.currency)},
            )
        )
        return _finish(uow, actor, order, said, before, _discount(line), line.id)


def _discount(line: OrderLine) -> dict[str, int]:
    return {
        "line": line.id,
        "discount_amount": line.discount_amount,
        "discount_percent": line.discount_percent,
    }


# ---- customer confirmation (R18) -------------------------------------------------------------


def _transition(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    expected_version: int | None,
    required: str,
    change: Callable[[OrderEdit], str],  # returns the timeline template (no values)
) -> EditResult:
    with uow:
        order = get_order(uow.session, code, expected_version=expected_version)
        edit = open_edit(order)
        if edit is None or edit.state != required:
            if required == EDITING:
                raise DomainError(
                    "Order {code}: there is no edit to confirm", "R18", code=order.code
                )
            raise DomainError(
                "Order {code}: no confirmation of an edit is requested", "R18", code=order.code
            )
        before = {"edit_state": edit.state}
        template = change(edit)
        order.edit_state = edit.state
        return _finish(uow, actor, order, (template, {}), before, {})


def request_edit_confirmation(
    uow: UnitOfWork, actor: Actor, code: str, *, expected_version: int | None = None
) -> EditResult:
    """Ask the customer to confirm the edited sheet; the sheet is locked from now (R18)."""

    def change(edit: OrderEdit) -> str:
        edit.state, edit.requested_at = CONFIRMATION_REQUESTED, utcnow()
        return N_("Customer asked to confirm the edited order")

    return _transition(uow, actor, code, expected_version, EDITING, change)


def withdraw_edit_confirmation(
    uow: UnitOfWork, actor: Actor, code: str, *, expected_version: int | None = None
) -> EditResult:
    """Staff take the request back; the sheet can be edited again (R18)."""

    def change(edit: OrderEdit) -> str:
        edit.state, edit.requested_at = EDITING, None
        return N_("Edit confirmation request withdrawn")

    return _transition(uow, actor, code, expected_version, CONFIRMATION_REQUESTED, change)


def customer_confirms_edit(uow: UnitOfWork, code: str, *, actor: Actor = WEB_SHOP) -> EditResult:
    """The customer confirmed in the web shop (by sync): the edit session closes (R18)."""

    def change(edit: OrderEdit) -> str:
        edit.state, edit.confirmed_at = CONFIRMED_BY_CUSTOMER, utcnow()
        return N_("Customer confirmed the edited order")

    return _transition(uow, actor, code, None, CONFIRMATION_REQUESTED, change)
