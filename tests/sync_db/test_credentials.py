"""A wrong or rotated API key (HTTP 401/403) parks nothing: the changes wait, the run says the key
was refused, and once the key is corrected they go out by themselves, once (R42, R45, R50)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import OutboxEntry
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import notes
from backoffice.services.sync.runner import sync_once, sync_status
from backoffice.services.sync.shops import add_shop
from tests.factories import CASHIER, MANAGER
from tests.fakes.woo_server import Fault
from tests.sync_db.builders import local_order, notes_with

pytestmark = pytest.mark.rule("R42")


def _changes(session):  # type: ignore[no-untyped-def]
    session.expire_all()
    return [e for e in session.scalars(select(OutboxEntry)) if e.kind != "stock"]


def test_a_rotated_key_holds_changes_until_it_is_corrected(
    woo, shop_id, session_factory, uow, session, catalog
):
    oid = woo.shop.add_order([("TEE-BLK-M", 1)], status="processing")
    assert len(sync_once(session_factory).new_codes) == 1  # the shops as configured, as the app
    code = local_order(session, oid).code
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    notes.send_message(uow, CASHIER, code, "Your parcel is being packed")

    woo.key, woo.secret = "ck_rotated", "cs_rotated"  # the shop owner made a new key
    for _ in range(3):  # runs go by: nothing is parked, nothing is lost
        report = sync_once(session_factory)
        assert not report.online and report.parked == 0
        assert "refused the API key" in report.unreachable[0]
    assert {e.state for e in _changes(session)} == {"pending"}
    with session_factory() as s:
        assert "refused the API key" in sync_status(s).last_error

    # A manager enters the new key (Settings → Shops or `backoffice shop add`); no retry by hand.
    add_shop(uow, "woocommerce", "woo", woo.base_url, "ck_rotated", "", actor=MANAGER)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BACKOFFICE_SHOP_WOO_SECRET", "cs_rotated")
        report = sync_once(session_factory)
    assert report.online and report.pushed >= 2
    assert {e.state for e in _changes(session)} == {"sent"}
    assert len(notes_with(woo, oid, "Your parcel is being packed")) == 1
    assert woo.shop.orders[oid]["status"] == "processing"


def test_a_write_refused_for_permissions_waits_instead_of_parking(woo, run, uow, session):
    oid = woo.shop.add_order([("MUG-WHT", 1)], status="processing")
    run()
    code = local_order(session, oid).code
    notes.send_message(uow, CASHIER, code, "hello")
    # A key with read access only: WooCommerce answers writes with 401.
    woo.inject("POST /orders/{id}/notes", Fault.error(401))
    report = run()
    assert report.parked == 0 and not report.online
    (entry,) = _changes(session)
    assert entry.state == "pending" and "API key" in entry.last_error
    again = run()  # the key now has read/write access
    assert again.online and len(notes_with(woo, oid, "hello")) == 1
    assert _changes(session)[0].state == "sent"


def test_changes_parked_for_the_key_by_an_older_version_wait_again_after_the_upgrade(new_db_url):
    from alembic import command
    from sqlalchemy import text

    from backoffice.db.engine import make_engine
    from backoffice.db.migrate import alembic_config

    url = new_db_url()
    command.upgrade(alembic_config(url), "0006")
    engine = make_engine(url)
    row = (
        "INSERT INTO outbox (order_code, kind, payload, idempotency_key, state, attempts, "
        "last_error, created_at) VALUES ('', 'message', '{}', :key, 'parked', 1, :error, "
        "CURRENT_TIMESTAMP)"
    )
    refused = "The shop refused POST /orders/7/notes: Consumer key is invalid. (HTTP 401)"
    with engine.begin() as conn:
        conn.execute(text(row), {"key": "k401", "error": refused})
        conn.execute(text(row), {"key": "k400", "error": "Invalid note (HTTP 400)"})
    command.upgrade(alembic_config(url), "head")
    with engine.connect() as conn:
        states = dict(conn.execute(text("SELECT idempotency_key, state FROM outbox")).all())
    engine.dispose()
    assert states == {"k401": "pending", "k400": "parked"}
