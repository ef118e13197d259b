"""An order's open edit session (R17–R18), readable without the edit services (a read such as
`orders show` must not load them; issue 16)."""

from __future__ import annotations

from backoffice.db.models import Order, OrderEdit

EDITING = "editing"
CONFIRMATION_REQUESTED = "confirmation_requested"
OPEN_STATES = (EDITING, CONFIRMATION_REQUESTED)


def open_edit(order: Order) -> OrderEdit | None:
    return next((e for e in order.edits if e.state in OPEN_STATES), None)
