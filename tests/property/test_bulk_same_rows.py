"""The bulk path leaves the rows the per-order path leaves (issue 16, R35).

For random orders (stage, paid or not, delivery or pickup, with or without tracking) and a random
action (a stage, with or without carrier and tracking and the R23 confirmation, or a cancel), two
databases built alike get the action: one order at a time through `set_stage` / `cancel`, and in
one go through `run_bulk` (chunks: plain forward moves and cancels set-based, bulk_moves.py and
bulk_cancels.py; the rest through the services). Customer notifications are on or off at random:
with them on, a cancel's notice is written order by order. Orders, shipments, stock, timeline,
outbox and notification rows must be the same, apart from ids, codes, keys and clock times.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select

from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.models import Order, OutboxEntry, Shipment, TimelineEvent, Variant
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import BackofficeError
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.fulfilment import shipments
from backoffice.services.lists import bulk
from backoffice.services.lists.bulk import BulkAction
from backoffice.services.orders import changes as orders
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER, make_catalog, place
from tests.notifications.helpers import switch_on

pytestmark = [
    pytest.mark.rule("R35"),
    pytest.mark.sqlite_only("two databases side by side; the 10,000-order test covers both"),
]

ORDER = st.fixed_dictionaries(
    {
        "stage": st.sampled_from(
            [Stage.PENDING_PAYMENT, Stage.RECEIVED, Stage.PREPARING, Stage.READY, Stage.SHIPPED]
        ),
        "paid": st.booleans(),
        "pickup": st.booleans(),
        "tracked": st.booleans(),
        "items": st.dictionaries(
            st.sampled_from(["TEE-BLK-M", "MUG-WHT", "BAG-CNV"]),
            st.integers(1, 2),
            min_size=1,
            max_size=2,
        ),
    }
)
ACTION = st.one_of(
    st.builds(
        lambda target, confirm, tracked: BulkAction(
            "stage",
            target,
            carrier="CJ대한통운" if tracked else "",
            tracking="612345678901" if tracked else "",
            confirm_unpaid=confirm,
        ),
        st.sampled_from(
            [
                Stage.PREPARING,
                Stage.READY,
                Stage.SHIPPED,
                Stage.DELIVERED,
                Stage.COMPLETED,
                Stage.RECEIVED,
            ]
        ),
        st.booleans(),
        st.booleans(),
    ),
    st.just(BulkAction("cancel", reason="품절로 취소")),
)
VOLATILE = re.compile(r"_at$|^at$|^id$|_id$|^code$|^order_code$|^version$|^search_text$|^created$")


def _build(
    url: str, specs: list[dict[str, Any]], notices: bool
) -> tuple[Any, UnitOfWork, list[str]]:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    uow = UnitOfWork(factory)
    make_catalog(factory)
    if notices:  # without: a cancel tells nobody, and the bulk path writes it set-based
        switch_on(uow, "email", smtp_host="127.0.0.1", smtp_from="shop@example.kr")
    codes = []
    for spec in specs:
        fulfilment = Fulfilment.PICKUP if spec["pickup"] else Fulfilment.DELIVERY
        start = Stage.RECEIVED if spec["stage"] != Stage.PENDING_PAYMENT else spec["stage"]
        code = place(uow, dict(spec["items"]), stage=start, fulfilment=fulfilment)
        if spec["paid"] and spec["stage"] != Stage.PENDING_PAYMENT:
            with uow:
                owed = orders.get_order(uow.session, code).balance
            payments.record_payment(uow, CASHIER, code, "card", owed)
        if spec["tracked"] and not spec["pickup"]:
            shipments.set_tracking(uow, CASHIER, code, 1, "한진택배", "500012345678")
        for stage in (Stage.PREPARING, Stage.READY, Stage.SHIPPED):
            if stage.value == spec["stage"].value or _rank(code, uow) >= _rank_of(spec["stage"]):
                break
            try:
                orders.set_stage(uow, CASHIER, code, stage, confirm_unpaid=True)
            except BackofficeError:
                break
        codes.append(code)
    return engine, uow, codes


def _rank_of(stage: Stage) -> int:
    order = [Stage.PENDING_PAYMENT, Stage.RECEIVED, Stage.PREPARING, Stage.READY, Stage.SHIPPED]
    return order.index(stage)


def _rank(code: str, uow: UnitOfWork) -> int:
    with uow:
        return _rank_of(Stage(orders.get_order(uow.session, code).stage))


def _one_by_one(uow: UnitOfWork, action: BulkAction, codes: list[str]) -> list[str]:
    """The per-order path, as the bulk action was before issue 16."""
    failed = []
    for code in codes:
        try:
            if action.kind == "cancel":
                orders.cancel(uow, CASHIER, code, action.reason)
            else:
                assert action.target is not None
                orders.set_stage(
                    uow,
                    CASHIER,
                    code,
                    action.target,
                    carrier=action.carrier or None,
                    tracking=action.tracking or None,
                    confirm_unpaid=action.confirm_unpaid,
                )
        except BackofficeError as exc:
            failed.append(f"{code}: {exc}")
    return failed


def _plain(value: Any, codes: dict[str, str]) -> Any:
    """A value with order codes and the volatile parts (ids, keys, times) taken out."""
    if isinstance(value, dict):
        return {
            k: _plain(v, codes)
            for k, v in sorted(value.items())
            if not VOLATILE.search(k) and k not in ("idempotency_key", "token")
        }
    if isinstance(value, list):
        return [_plain(v, codes) for v in value]
    if isinstance(value, str):
        for code, name in codes.items():
            value = value.replace(code, name)
        return value
    return value


def _row(obj: Any, codes: dict[str, str]) -> dict[str, Any]:
    out = {}
    for column in inspect(obj).mapper.column_attrs:
        value = getattr(obj, column.key)
        if column.key.endswith("_at") or column.key == "deposit_deadline":
            out[column.key] = value is not None  # when, no; whether, yes
        elif not VOLATILE.search(column.key) and column.key != "idempotency_key":
            out[column.key] = _plain(value, codes)
    return out


def _rows(engine: Any, codes: list[str]) -> dict[str, Any]:
    names = {code: f"<order {i}>" for i, code in enumerate(codes)}
    factory = make_session_factory(engine)
    with factory() as session:
        by_code = {o.code: o for o in session.scalars(select(Order))}
        out: dict[str, Any] = {"stock": {v.sku: v.stock for v in session.scalars(select(Variant))}}
        for code in codes:
            order = by_code[code]
            events = session.scalars(
                select(TimelineEvent)
                .where(TimelineEvent.order_id == order.id)
                .order_by(TimelineEvent.id)
            )
            entries = session.scalars(
                select(OutboxEntry).where(OutboxEntry.order_id == order.id).order_by(OutboxEntry.id)
            )
            ships = session.scalars(
                select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.number)
            )
            out[names[code]] = {
                "order": _row(order, names),
                "shipments": [_row(s, names) for s in ships],
                "timeline": [_row(e, names) for e in events],
                "outbox": [_row(e, names) for e in entries],
            }
    return out


FRESH: dict[str, Callable[[], str]] = {}


@pytest.fixture(autouse=True)
def _fresh(fresh_db_url: Callable[[], str]) -> None:
    FRESH["url"] = fresh_db_url


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(specs=st.lists(ORDER, min_size=1, max_size=5), action=ACTION, notices=st.booleans())
def test_bulk_and_one_by_one_leave_the_same_rows(specs, action, notices):
    one_engine, one_uow, one_codes = _build(FRESH["url"](), specs, notices)
    bulk_engine, bulk_uow, bulk_codes = _build(FRESH["url"](), specs, notices)
    try:
        failed_one = _one_by_one(one_uow, action, one_codes)
        with bulk_uow:
            ids = [orders.get_order(bulk_uow.session, c).id for c in bulk_codes]
        report = bulk.run_bulk(bulk_uow, CASHIER, action, ids)
        assert len(report.failed) == len(failed_one)
        assert [one_codes[bulk_codes.index(c)] for c in report.done] == [
            c for c in one_codes if not any(f.startswith(c) for f in failed_one)
        ]
        assert _rows(bulk_engine, bulk_codes) == _rows(one_engine, one_codes)
    finally:
        one_engine.dispose()
        bulk_engine.dispose()
