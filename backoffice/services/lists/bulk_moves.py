"""Set-based stage moves for the bulk path (issue 16, R35).

The common bulk action, moving many orders forward to preparing, ready or completed, changes
the same few columns of every order and asks nothing of the customer (R47 notifies shipped,
delivered and cancelled, not these), so a chunk is checked in Python against the same rules as
`changes.stage_in_session` and written in a handful of statements: one UPDATE of the orders
(guarded by each order's version, R35's optimistic locking), one of their shipments, and the
timeline and outbox rows inserted with executemany. The rows are the ones the per-order path
leaves; tests/property/test_bulk_same_rows.py compares them.

An order the quick path does not cover (a revert, a refusal, a move that ships or notifies) is
left to the caller, which runs it through the ordinary service code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, exists, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OutboxEntry, Shipment, ShipmentLine, TimelineEvent
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import (
    SHIPMENT_FORWARD,
    SHIPMENT_RANK,
    Fulfilment,
    Stage,
    asks_before_preparing,
    check_forward,
    shipment_stage_for,
)
from backoffice.services.orders.changes import STAGE_TEXT
from backoffice.services.orders.history import event_row, outbox_row
from backoffice.services.staff.actor import Actor

if TYPE_CHECKING:
    from backoffice.services.lists.bulk import BulkAction

# Targets whose move writes only stage columns and tells nobody (notify.event_for: shipped and
# delivered notify). Completed moves shipments to delivered too; a carrier given with it would
# fill in tracking numbers, which the per-order path handles.
QUICK_TARGETS = frozenset({Stage.PREPARING, Stage.READY, Stage.COMPLETED})


class Moved(Exception):
    """An order changed between the read and the write: nothing of the chunk was kept."""


@dataclass(frozen=True)
class _Row:
    id: int
    code: str
    stage: str
    fulfilment: str
    balance: int
    edit_state: str
    version: int
    shop_id: int | None
    shop_order_id: str | None


def applies(action: BulkAction) -> bool:
    return (
        action.kind == "stage"
        and action.target in QUICK_TARGETS
        and not (action.target == Stage.COMPLETED and (action.carrier or action.tracking))
    )


def _plain(row: _Row, action: BulkAction) -> bool:
    """True when the per-order path would move this order forward without a question: the same
    checks as `stage_in_session`, in its order; anything else goes the ordinary way."""
    assert action.target is not None
    if row.edit_state == "confirmation_requested":
        return False  # R18
    current = Stage(row.stage)
    try:  # a cancelled order, a backward move (a manager's revert) or a refusal: not plain
        check_forward(
            row.code,
            current,
            action.target,
            fulfilment=Fulfilment(row.fulfilment),
            has_tracking=True,  # no quick target ships
        )
    except DomainError:
        return False
    asks = asks_before_preparing(current, action.target, row.balance)
    return not (asks and not action.confirm_unpaid)  # R23 asks first


def move(
    session: Session, actor: Actor, action: BulkAction, chunk: Sequence[int]
) -> dict[int, str]:
    """Move the chunk's plain orders in a few statements; returns their codes by id, in the
    chunk's order. Raises Moved when an order's version changed since it was read (the caller
    then goes order by order)."""
    assert action.target is not None
    target = action.target
    rows = [
        _Row(*r)
        for r in session.execute(
            select(
                Order.id,
                Order.code,
                Order.stage,
                Order.fulfilment,
                Order.balance,
                Order.edit_state,
                Order.version,
                Order.shop_id,
                Order.shop_order_id,
            ).where(Order.id.in_(list(chunk)))
        )
    ]
    plain = [r for r in rows if _plain(r, action)]
    if not plain:
        return {}
    now = utcnow()
    _update_orders(session, plain, target, now)
    _update_shipments(session, [r.id for r in plain], target, now)
    _record(session, actor, action, plain, now)
    return {r.id: r.code for r in plain}


def _update_orders(session: Session, plain: list[_Row], target: Stage, now: Any) -> None:
    values: dict[str, Any] = {
        "stage": target.value,
        "updated_at": now,
        "version": Order.version + 1,
        # The deposit deadline no longer applies once the order moves on (stage_in_session).
        "deposit_deadline": case(
            (Order.stage == Stage.PENDING_PAYMENT.value, None), else_=Order.deposit_deadline
        ),
    }
    if target == Stage.COMPLETED:  # changes._stamp; every shipment with items is delivered now
        values.update(
            delivered_at=func.coalesce(Order.delivered_at, now),
            completed_at=func.coalesce(Order.completed_at, now),
            partially_shipped=False,
        )
    pairs = [(r.id, r.version) for r in plain]
    result = session.execute(
        update(Order)
        # The id list lets SQLite search the primary key; the pairs hold each order's version.
        .where(Order.id.in_([r.id for r in plain]), tuple_(Order.id, Order.version).in_(pairs))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != len(plain):  # type: ignore[attr-defined]
        raise Moved


def _update_shipments(session: Session, ids: list[int], target: Stage, now: Any) -> None:
    """changes.move_shipments: every shipment with items up to the stage the order implies."""
    wanted = shipment_stage_for(target)
    assert wanted is not None
    below = [s.value for s in SHIPMENT_FORWARD if SHIPMENT_RANK[s] < SHIPMENT_RANK[wanted]]
    values: dict[str, Any] = {"stage": wanted.value}
    if wanted.value == "delivered":
        values.update(
            shipped_at=func.coalesce(Shipment.shipped_at, now),
            delivered_at=func.coalesce(Shipment.delivered_at, now),
        )
    session.execute(
        update(Shipment)
        .where(
            Shipment.order_id.in_(ids),
            Shipment.stage.in_(below),
            exists().where(ShipmentLine.shipment_id == Shipment.id),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def _record(
    session: Session, actor: Actor, action: BulkAction, plain: list[_Row], now: Any
) -> None:
    """history.record's rows for each order: the timeline event, and the outbox row unless the
    change came from the shop itself."""
    assert action.target is not None
    target = action.target
    # The columns' types mask card numbers (MaskedText, MaskedJSON) as record()'s calls do.
    push = {"stage": target.value, "reason": action.reason or ""}
    events, entries = [], []
    for row in plain:
        current = Stage(row.stage)
        params = {"stage": current, "target": target}
        events.append(
            event_row(
                row.id,
                row.code,
                actor,
                "stage",
                STAGE_TEXT,
                params,
                before={"stage": current.value},
                after={"stage": target.value},
                at=now,
            )
        )
        if actor.kind != "shop":
            payload = {"code": row.code, "shop_order_id": row.shop_order_id, **push}
            entries.append(outbox_row(row.id, row.code, row.shop_id, "stage", payload, now))
    session.execute(insert(TimelineEvent), events)
    if entries:
        session.execute(insert(OutboxEntry), entries)
