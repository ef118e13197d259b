"""The sync CLI through the real entry point, in subprocesses: `shop add` with the environment
variable fallback, `sync --once` offline, and SIGKILL mid-push and mid-pull (R42, R45, R50)."""

from __future__ import annotations

import signal

import pytest
from sqlalchemy import func, select

from backoffice.db.models import Order, OutboxEntry, Refund, Shop
from backoffice.services.orders import notes
from backoffice.services.payments import refunds
from tests.factories import CASHIER, MANAGER
from tests.fakes.woo_server import Fault
from tests.sync_db.builders import local_order, notes_with
from tests.sync_db.clihelp import cli, start, wait_for
from tests.sync_db.conftest import KEY, SECRET

pytestmark = pytest.mark.rule("R42")


@pytest.mark.rule("R50")
def test_shop_add_without_keyring_names_the_variable_and_never_echoes(added, session):
    lines = added.stderr.strip().splitlines()
    assert len(lines) == 1 and "BACKOFFICE_SHOP_WOO_SECRET" in lines[0]
    assert SECRET not in added.stdout + added.stderr
    shop = session.scalar(select(Shop))
    assert shop.name == "woo" and shop.api_key == KEY and shop.is_default


def test_sync_once_against_an_unreachable_shop(db_url, uow, session, catalog):
    done = cli(
        db_url,
        "shop",
        "add",
        "woocommerce",
        "woo",
        "--url",
        "http://127.0.0.1:9",
        "--key",
        KEY,
        stdin=SECRET + "\n",
    )
    assert done.returncode == 0
    from tests.sync_db.builders import counter_sale

    counter_sale(uow)
    before = session.scalar(
        select(func.count(OutboxEntry.id)).where(OutboxEntry.state == "pending")
    )
    run = cli(db_url, "sync", "--once")
    assert run.returncode == 3
    errors = [ln for ln in run.stderr.splitlines() if ln.startswith("backoffice:")]
    assert len(errors) == 1 and "could not be reached" in errors[0] and "woo" in errors[0]
    session.expire_all()
    after = session.scalar(select(func.count(OutboxEntry.id)).where(OutboxEntry.state == "pending"))
    assert after == before > 0


def test_sigkill_mid_push_loses_and_doubles_nothing(db_url, woo, added, uow, session):
    oid = woo.shop.add_order([("TEE-BLK-M", 2)], status="processing")
    assert cli(db_url, "sync", "--once").returncode == 0
    code = local_order(session, oid).code
    notes.send_message(uow, CASHIER, code, "Packed with care")
    refunds.refund(uow, MANAGER, code, 19000, method="cash", reason="one too many")
    # The shop applies the note, then the answer stalls: the app dies before it hears back.
    woo.inject("POST /orders/{id}/notes", Fault.timeout_after_write(30))
    proc = start(db_url, "sync", "--once")
    wait_for(lambda: notes_with(woo, oid, "Packed with care"))
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert woo.shop.refunds[oid] == []  # killed before the refund went out
    again = cli(db_url, "sync", "--once")
    assert again.returncode == 0, again.stderr
    assert len(notes_with(woo, oid, "Packed with care")) == 1
    assert len(woo.shop.refunds[oid]) == 1
    session.expire_all()
    assert session.scalar(select(func.count(Refund.id))) == 1
    states = session.scalars(select(OutboxEntry.state).where(OutboxEntry.kind != "stock")).all()
    assert set(states) == {"sent"}


def test_sigkill_mid_pull_loses_and_doubles_nothing(db_url, woo, added, session):
    ids = [woo.shop.add_order([("MUG-WHT", 1)], status="processing") for _ in range(230)]
    stall = __import__("threading").Event()
    woo.inject("GET /orders", Fault.none(), Fault.run(lambda shop: stall.wait(20)))
    before = woo.count("GET /orders")  # `shop add` tested the connection with one
    proc = start(db_url, "sync", "--once")
    wait_for(lambda: woo.count("GET /orders") >= before + 2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    stall.set()
    session.expire_all()
    first = session.scalar(select(func.count(Order.id)))
    assert first == 100  # the first page was committed with its cursor
    again = cli(db_url, "sync", "--once")
    assert again.returncode == 0, again.stderr
    session.expire_all()
    got = session.scalars(select(Order.shop_order_id)).all()
    assert sorted(got) == sorted(str(i) for i in ids)
