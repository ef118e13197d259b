"""Changes the shop did not accept are shown to staff with the reason and can be sent again,
never twice (R42, R45)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.core import Core
from backoffice.db.models import TimelineEvent
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import notes
from backoffice.services.sync.parked import list_parked, retry_parked
from backoffice.ui import sync_parked
from backoffice.ui.ops import Ops
from backoffice.ui.sync_parked import ParkedDialog
from tests.factories import CASHIER, MANAGER
from tests.fakes.woo_server import Fault
from tests.sync_db.builders import entries, local_order, notes_with
from tests.sync_db.conftest import LATE

pytestmark = pytest.mark.rule("R42")


@pytest.fixture
def pulled(woo, run, session):
    oid = woo.shop.add_order([("TEE-BLK-M", 1)], status="processing")
    run()
    return oid, local_order(session, oid).code


@pytest.fixture
def refused(woo, run, uow, session, pulled):
    """A message the shop answered 400 to: parked with the shop's reason."""
    oid, code = pulled
    notes.send_message(uow, CASHIER, code, "hello")
    woo.inject("POST /orders/{id}/notes", Fault.error(400))
    run()
    return oid, code


def test_a_refused_change_is_listed_with_the_reason_and_sent_again_once(
    woo, run, uow, session, refused
):
    oid, code = refused
    (row,) = list_parked(session)
    assert row.order_code == code and row.kind == "message" and "HTTP 400" in row.error
    retry_parked(uow, CASHIER, row.id)
    assert list_parked(session) == []
    run.until_quiet()
    assert len(notes_with(woo, oid, "hello")) == 1
    (entry,) = entries(session, kind="message")
    assert entry.state == "sent"
    said = session.scalars(
        select(TimelineEvent.text).where(TimelineEvent.kind == "sync_retry")
    ).all()
    assert len(said) == 1 and "HTTP 400" in said[0]
    with pytest.raises(DomainError):
        retry_parked(uow, CASHIER, row.id)  # nothing left to send


def test_sent_again_after_giving_up_the_shop_is_asked_first(woo, run, uow, session, pulled):
    """The first try reached the shop but its answer was lost; every check failed until the
    relay gave up. Sending it again finds the note there: still one note."""
    oid, code = pulled
    notes.send_message(uow, CASHIER, code, "hello")
    woo.inject("POST /orders/{id}/notes", Fault.timeout_after_write(LATE))
    woo.inject("GET /orders/{id}/notes", *[Fault.error(500)] * 40)
    for _ in range(8):
        run()
    (entry,) = entries(session, kind="message")
    assert entry.state == "parked" and len(notes_with(woo, oid, "hello")) == 1
    woo.faults["GET /orders/{id}/notes"].clear()
    retry_parked(uow, CASHIER, entry.id)
    run.until_quiet()
    assert len(notes_with(woo, oid, "hello")) == 1
    (entry,) = entries(session, kind="message")
    assert entry.state == "sent"


def test_an_older_change_is_not_sent_after_a_newer_one_reached_the_shop(
    woo, run, uow, session, pulled
):
    oid, code = pulled
    woo.inject("PUT /orders/{id}", Fault.error(400))
    orders.set_stage(uow, CASHIER, code, Stage.PREPARING)
    run()
    (parked,) = list_parked(session)
    assert parked.kind == "stage"
    orders.set_stage(uow, MANAGER, code, Stage.RECEIVED, reason="wrong order picked")
    run.until_quiet()
    with pytest.raises(DomainError, match="later change"):
        retry_parked(uow, CASHIER, parked.id)
    assert [r.id for r in list_parked(session)] == [parked.id]


@pytest.mark.rule("R45")
def test_the_dialog_lists_and_sends_again_off_the_gui_thread(
    qtbot, woo, run, session_factory, session, refused, monkeypatch
):
    oid, code = refused
    threads: list[str] = []
    for name in ("list_parked", "retry_parked"):
        real = getattr(sync_parked, name)

        def spy(*args, _real=real, **kwargs):
            threads.append(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(sync_parked, name, spy)
    worker = Ops(Core(session_factory))
    try:
        dialog = ParkedDialog(worker, CASHIER)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy)
        assert dialog.table.item(0, 0).text() == code
        assert "HTTP 400" in dialog.table.item(0, 2).text()
        qtbot.mouseClick(dialog.send_again, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() == 0 and worker.idle)
        assert dialog.note.text() == "The shop accepted every change"
        assert set(threads) == {"db-worker"}
    finally:
        worker.stop()
    run.until_quiet()
    assert len(notes_with(woo, oid, "hello")) == 1
