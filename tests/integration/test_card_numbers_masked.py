"""A full card number typed into any text a service takes is stored with its first 6 and last 4
digits only (R24, R50), on both databases: the masking sits in the columns (db/base.py
MaskedText / MaskedJSON), so no service can forget it. Every text and JSON value of every table
is read back and checked; on SQLite the file and its WAL are scanned byte for byte as well."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from sqlalchemy import JSON, String, Text, inspect, select, text

from backoffice.db.models import Base, Order, OrderLine
from backoffice.domain.cards import luhn_ok
from backoffice.domain.stages import Stage
from backoffice.services.claims import cancel_requests
from backoffice.services.claims import changes as claims
from backoffice.services.fulfilment import shipments
from backoffice.services.orders import changes as orders
from backoffice.services.orders import counter, edits, notes
from backoffice.services.orders.changes import NewAddress, NewLine
from backoffice.services.orders.counter import CounterPayment
from backoffice.services.payments import refunds
from backoffice.services.payments import requests as payments
from tests.factories import CASHIER, MANAGER, place

pytestmark = [pytest.mark.rule("R50"), pytest.mark.rule("R24")]
PAN = "4111111111111111"  # passes Luhn, as real card numbers do
SPACED = "5555 5555 5555 4444"
TYPED = f"card {PAN} / {SPACED}"


def _leaks(value: str) -> list[str]:
    # Runs of digits standing alone, as a typed card number does; not digits inside a longer
    # token (the hex idempotency keys in the statement log sometimes hold 16 digits in a row).
    runs = re.findall(r"(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])", value)
    return [r for r in runs if luhn_ok(re.sub(r"\D", "", r)) and len(re.sub(r"\D", "", r)) >= 13]


def _every_text(session) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(table.column, value) of every text and JSON value in the database."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            kind = column.type
            impl = getattr(kind, "impl", kind)
            if not isinstance(impl, String | Text | JSON):
                continue
            for (value,) in session.execute(select(column)):
                if value is None:
                    continue
                as_text = value if isinstance(value, str) else json.dumps(value)
                found.append((f"{table.name}.{column.name}", as_text))
    return found


def test_a_card_number_in_any_text_is_masked_where_it_is_stored(uow, session, catalog, tmp_path):
    # Everything the app logs while it works, at DEBUG, into a file scanned at the end; with
    # SQLAlchemy's statement log on too (what support turns on), whose parameters are the values
    # as bound, after the columns masked them.
    log_file = tmp_path / "backoffice.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    sql = logging.getLogger("sqlalchemy.engine")
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    sql.setLevel(logging.INFO)
    try:
        _every_service(uow, session)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        sql.setLevel(logging.WARNING)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "411111******1111" in logged  # the statements were logged, with masked values
    assert _leaks(logged) == []
    session.expire_all()
    values = _every_text(session)
    leaks = {(where, leak) for where, value in values for leak in _leaks(value)}
    assert leaks == set()
    # ... and the scan is not vacuous: the masked forms are there, in many places.
    masked = {where for where, value in values if "411111******1111" in value}
    assert {
        "orders.customer_note",
        "memos.text",
        "messages.text",
        "order_addresses.address1",
        "claims.reason",
        "claims.reject_reason",
        "claims.pickup_address",
        "refunds.reason",
        "payment_requests.note",
        "payments.pg_transaction",
        "orders.cancel_reason",
        "timeline_events.text",
        "outbox.payload",
        "order_lines.name",
    } <= masked, masked


def _every_service(uow, session) -> None:  # type: ignore[no-untyped-def]
    """A card number typed into every service that takes text."""
    web = place(uow, {"TEE-BLK-M": 3, "MUG-WHT": 1}, stage=Stage.PREPARING)
    with session.begin():
        order = session.scalar(select(Order).where(Order.code == web))
        order.customer_note = f"checkout note {TYPED}"  # an ORM write outside any service
    session.commit()
    notes.add_memo(uow, CASHIER, web, f"memo {TYPED}")
    notes.add_memo(uow, CASHIER, web, f"for the customer {TYPED}", for_customer=True)
    notes.send_message(uow, CASHIER, web, f"message {TYPED}")
    notes.receive_message(uow, web, f"reply {TYPED}", remote_id="r1")
    shipments.add_address(
        uow, CASHIER, web,
        NewAddress(name="김서연", address1=f"서울 {PAN}", address2=SPACED, memo=f"memo {TYPED}"),
    )  # fmt: skip
    line = session.scalar(select(OrderLine).join(Order).where(Order.code == web))
    claim = claims.open_claim(uow, CASHIER, web, "cancel", {line.id: 1}, f"cancel {TYPED}")
    claims.reject_claim(uow, MANAGER, web, claim, f"rejected {TYPED}")
    delivered = place(uow, stage=Stage.DELIVERED)
    line = session.scalar(select(OrderLine).join(Order).where(Order.code == delivered))
    claims.open_claim(
        uow, CASHIER, delivered, "return", {line.id: 1}, f"return {TYPED}",
        pickup=claims.Pickup(name="김서연", address=f"pickup {TYPED}"),
    )  # fmt: skip
    paid = place(uow, stage=Stage.RECEIVED)
    payments.record_payment(uow, CASHIER, paid, "cash", 5000)
    refunds.refund(uow, MANAGER, paid, 1000, method="cash", reason=f"refund {TYPED}")
    payments.request_payment(uow, CASHIER, web, 5000, note=f"request {TYPED}")
    edits.add_line(
        uow,
        CASHIER,
        web,
        NewLine(quantity=1, unit_price=500, kind="surcharge", name=f"engraving {PAN}"),
    )

    pending = place(uow, stage=Stage.PENDING_PAYMENT)
    payments.record_payment(
        uow, CASHIER, pending, "card", 3000, pg_transaction=f"ref {TYPED}", card_number=PAN
    )
    cancelled = place(uow, stage=Stage.RECEIVED)
    orders.cancel(uow, CASHIER, cancelled, f"declined {TYPED}")
    orders.uncancel(uow, MANAGER, cancelled, f"mistake {TYPED}")
    orders.set_stage(uow, CASHIER, cancelled, Stage.PREPARING, confirm_unpaid=True)
    orders.set_stage(uow, MANAGER, cancelled, Stage.RECEIVED, reason=f"revert {TYPED}")
    orders.cancel(uow, CASHIER, place(uow), f"stays cancelled {TYPED}")
    gone = place(uow)
    orders.delete_order(uow, MANAGER, gone, f"deleted {TYPED}")
    requested = place(uow, stage=Stage.PREPARING)
    cancel_requests.customer_cancel(uow, requested, f"please cancel {TYPED}")
    cancel_requests.reject_cancel_request(uow, CASHIER, requested, f"no {TYPED}")
    counter.create_counter_order(
        uow, CASHIER, [NewLine(sku="MUG-WHT", quantity=1)], guest_name="Walk In",
        payment=CounterPayment("card", pg_transaction=f"approval {TYPED}", card_number=SPACED),
        note=f"counter note {TYPED}",
    )  # fmt: skip


@pytest.mark.sqlite_only(reason="scans the bytes of the SQLite file and its -wal")
def test_the_sqlite_file_and_its_wal_hold_no_full_number(uow, session, catalog, db_url):
    code = place(uow, stage=Stage.RECEIVED)
    notes.add_memo(uow, CASHIER, code, f"memo {TYPED}")
    orders.cancel(uow, CASHIER, code, f"declined {TYPED}")
    session.execute(text("SELECT 1"))
    path = Path(db_url.removeprefix("sqlite:///"))
    for file in (path, Path(f"{path}-wal")):
        data = file.read_bytes() if file.exists() else b""
        assert PAN.encode() not in data and SPACED.encode() not in data, file.name
    assert inspect(session.get_bind()).has_table("orders")
