"""A bulk stage change of 10,000 orders at the service level (issue 16, R35): every order moves,
each with its one timeline event and its one outbox row, in chunks; rows are asserted, not time
(benchmarks/bench_bulk.py measures the time).

The 10,000 orders are copies of one order placed through the services (its lines, shipment and
address), written with executemany: placing 10,000 orders one by one would take minutes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, insert, select

from backoffice.db.models import (
    Order,
    OrderAddress,
    OrderLine,
    OutboxEntry,
    Shipment,
    ShipmentLine,
    TimelineEvent,
)
from backoffice.domain.stages import Stage
from backoffice.services.lists import bulk
from backoffice.services.lists.bulk import BulkAction
from backoffice.services.orders import codes as order_codes
from tests.factories import CASHIER, place

COUNT = 10_000
pytestmark = pytest.mark.rule("R35")


def _columns(obj: Any) -> dict[str, Any]:
    table = obj.__table__
    return {c.name: getattr(obj, c.key) for c in table.columns if c.name != "id"}


def _copies(session, template_code: str, count: int) -> None:
    order = session.scalar(select(Order).where(Order.code == template_code))
    codes = order_codes.reserve_codes(session, count)
    base = _columns(order)
    first = (session.scalar(select(func.max(Order.id))) or 0) + 1
    order_rows = [
        {**base, "id": first + i, "code": code, "search_text": base["search_text"].replace(
            template_code, code)}
        for i, code in enumerate(codes)
    ]  # fmt: skip
    session.execute(insert(Order), order_rows)
    line_rows, ship_rows, item_rows, address_rows = [], [], [], []
    next_line = (session.scalar(select(func.max(OrderLine.id))) or 0) + 1
    next_ship = (session.scalar(select(func.max(Shipment.id))) or 0) + 1
    for row in order_rows:
        lines = {}
        for line in order.lines:
            lines[line.id] = next_line
            line_rows.append({**_columns(line), "id": next_line, "order_id": row["id"]})
            next_line += 1
        for shipment in order.shipments:
            ship_rows.append({**_columns(shipment), "id": next_ship, "order_id": row["id"]})
            for item in shipment.items:
                item_rows.append(
                    {**_columns(item), "shipment_id": next_ship, "line_id": lines[item.line_id]}
                )
            next_ship += 1
        for address in order.addresses:
            address_rows.append({**_columns(address), "order_id": row["id"]})
    session.execute(insert(OrderLine), line_rows)
    session.execute(insert(Shipment), ship_rows)
    session.execute(insert(ShipmentLine), item_rows)
    if address_rows:
        session.execute(insert(OrderAddress), address_rows)
    session.commit()


def test_ten_thousand_orders_move_on_with_one_event_and_one_push_each(
    uow, session, catalog
):  # fmt: skip
    template = place(uow, {"MUG-WHT": 1}, stage=Stage.RECEIVED)
    _copies(session, template, COUNT - 1)
    ids = list(session.scalars(select(Order.id).order_by(Order.id)))
    assert len(ids) == COUNT
    versions = dict(session.execute(select(Order.id, Order.version)).all())
    events_before = session.scalar(select(func.count()).select_from(TimelineEvent))
    outbox_before = session.scalar(select(func.count()).select_from(OutboxEntry))
    seen: list[tuple[int, int]] = []

    report = bulk.run_bulk(
        uow,
        CASHIER,
        BulkAction("stage", Stage.PREPARING, confirm_unpaid=True),
        ids,
        progress=lambda done, total: seen.append((done, total)),
    )

    assert (len(report.done), report.failed, report.stopped) == (COUNT, [], False)
    assert seen[-1] == (COUNT, COUNT) and len(seen) == COUNT // bulk.CHUNK_ORDERS
    session.expire_all()
    stages = dict(session.execute(select(Order.stage, func.count()).group_by(Order.stage)).all())
    assert stages == {"preparing": COUNT}
    after = dict(session.execute(select(Order.id, Order.version)).all())
    assert {after[i] - versions[i] for i in ids} == {1}  # each order written once
    moved = session.scalars(
        select(TimelineEvent).where(TimelineEvent.kind == "stage").order_by(TimelineEvent.id)
    ).all()
    assert len(moved) == COUNT == len({e.order_id for e in moved})
    assert {(e.actor, e.text) for e in moved} == {("김지은", "Stage received → preparing")}
    pushes = session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "stage")).all()
    assert len(pushes) == COUNT == len({p.order_id for p in pushes})
    assert {p.payload["stage"] for p in pushes} == {"preparing"}
    assert session.scalar(select(func.count()).select_from(TimelineEvent)) == (
        events_before + COUNT
    )
    assert session.scalar(select(func.count()).select_from(OutboxEntry)) == outbox_before + COUNT
    shipments = dict(
        session.execute(select(Shipment.stage, func.count()).group_by(Shipment.stage)).all()
    )
    assert shipments == {"preparing": COUNT}
