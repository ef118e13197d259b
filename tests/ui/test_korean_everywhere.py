"""Korean wherever a cashier looks (issue 13): every window and dialog opened in Korean on a demo
database shows no English word outside the shop's own data and the allow-list (tests/ui/
korean_check.py), and no raw stored code; nor does any timeline event of the demo database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from backoffice.app import open_database
from backoffice.db.models import Order, TimelineEvent
from backoffice.demo import build as demo
from backoffice.services.staff.actor import staff
from backoffice.ui import labels
from backoffice.ui.application import build_window, install_translators
from backoffice.ui.approval import ask_manager
from backoffice.ui.column_chooser import ColumnChooser, read_layout
from backoffice.ui.counter_sale import CounterSaleDialog
from backoffice.ui.detail.dialog import OrderDetailDialog
from backoffice.ui.errors_text import event_text
from backoffice.ui.notifications_dialog import NotificationsDialog
from backoffice.ui.printing.queue_view import PrintQueueDialog
from backoffice.ui.printing.settings_dialog import PrinterSettingsDialog
from backoffice.ui.shop_details_dialog import ShopDetailsDialog
from backoffice.ui.shops_dialog import ShopsDialog
from backoffice.ui.shortcuts_sheet import ShortcutsSheet
from backoffice.ui.sign_in import SignInDialog
from backoffice.ui.staff_dialog import StaffDialog
from tests.ui.korean_check import data_words, english, visible_texts

pytestmark = pytest.mark.rule("R28")
ANCHOR = datetime(2026, 11, 21, tzinfo=UTC)
MANAGER = staff("박민수", manager=True)


@pytest.fixture
def korean(qapp):
    translators = install_translators(qapp, "ko")
    assert labels.language() == "ko"
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture
def shop(engine, db_url):
    demo.generate(engine, orders=240, seed=5, anchor=ANCHOR)
    ctx = open_database(db_url)
    _edit_one(ctx)
    with ctx.session_factory() as s:
        allowed = data_words(s)
    yield ctx, allowed
    ctx.close()


def _edit_one(ctx) -> None:  # type: ignore[no-untyped-def]
    """A free line and a surcharge added to a preparing order: their kinds show in the timeline."""
    from backoffice.services.orders import edits
    from backoffice.services.orders.changes import NewLine

    with ctx.session_factory() as s:
        code = s.scalar(select(Order.code).where(Order.stage == "preparing").limit(1))
    for kind, price in (("free", 0), ("surcharge", 3000)):
        line = NewLine(quantity=1, unit_price=price, name="선물 포장", kind=kind)
        edits.add_line(ctx.uow(), MANAGER, code, line)


def test_the_demo_timeline_reads_in_korean(korean, shop):
    ctx, allowed = shop
    with ctx.session_factory() as s:
        events = s.execute(select(TimelineEvent.kind, TimelineEvent.text, TimelineEvent.message))
        shown = [
            (kind, f"{labels.actor_name('web shop')} {event_text(text, message)}")
            for kind, text, message in events
        ]
    assert len(shown) > 500
    assert english(shown, allowed) == []


def _stages(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    """One order of each stage, with the most history: every kind of tab content shows."""
    with ctx.session_factory() as s:
        codes = []
        for stage in (
            "pending_payment",
            "received",
            "preparing",
            "shipped",
            "cancelled",
            "completed",
        ):
            code = s.scalar(
                select(Order.code).where(Order.stage == stage).order_by(Order.updated_at.desc())
            )
            if code:
                codes.append(code)
        with_claims = s.scalar(select(Order.code).where(Order.has_open_claim.is_(True)))
        if with_claims:
            codes.append(with_claims)
    return codes


def _refund_refused():  # type: ignore[no-untyped-def]
    """The refusal a cashier's refund meets, as the service raises it (R48)."""
    from backoffice.domain.errors import NeedsManager
    from backoffice.services.staff.permissions import require_manager

    try:
        require_manager(staff("김지은"), "refund")
    except NeedsManager as exc:
        return exc
    raise AssertionError("a cashier may not refund")


def _more_dialogs(ctx, window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The smaller dialogs: bulk actions, sync, printing preview, shipments, first manager."""
    from backoffice.domain.stages import Stage
    from backoffice.services.lists.bulk import BulkAction, BulkPreview, BulkReport
    from backoffice.services.orders import detail
    from backoffice.ui.bulk_flow import ActionDialog, PreviewDialog, ReportDialog
    from backoffice.ui.detail.actions import DeleteDialog
    from backoffice.ui.detail.address_dialog import AddressDialog
    from backoffice.ui.detail.split_dialog import SplitDialog
    from backoffice.ui.printing.preview import PrintPreviewDialog
    from backoffice.ui.sign_in import FirstManagerDialog
    from backoffice.ui.sync_parked import ParkedDialog
    from backoffice.ui.sync_parked_orders import ParkedOrdersDialog
    from backoffice.ui.sync_status import ConflictsDialog

    worker = window.worker
    code = _stages(ctx)[2]  # a preparing order
    with ctx.session_factory() as s:
        snap = detail.load(s, code)
    window.export()
    report = BulkReport(done=[code])
    from openpyxl import Workbook

    from backoffice.ui.tracking_import_dialog import TrackingImportDialog

    book = Workbook()
    book.active.append(["운송장번호", "고객주문번호"])
    book.active.append(["600000000001", f"{code}#1"])
    book.active.append(["600000000002", "999-999-999"])
    result = window.export_folder / "courier-result.xlsx"
    book.save(result)
    from backoffice.ui.courier_layout_dialog import CourierLayoutDialog

    return [
        CourierLayoutDialog(worker, MANAGER, window),
        TrackingImportDialog(worker, MANAGER, result, window),
        window.export_dialog,
        ActionDialog(BulkAction("stage", Stage.SHIPPED), window),
        PreviewDialog(BulkPreview(applicable=[1, 2], skipped={"unpaid": [3]}), window),
        ReportDialog(report, window, "stage"),
        ConflictsDialog(worker, MANAGER, window),
        ParkedDialog(worker, MANAGER, window),
        ParkedOrdersDialog(worker, MANAGER, window),
        PrintPreviewDialog(window.printer, MANAGER, "receipt", [code], window),
        SplitDialog(snap.shipments[0], window),
        AddressDialog(snap.addresses[0] if snap.addresses else None, window),
        DeleteDialog(code, window),
        FirstManagerDialog(worker, window),
    ]


def _settled(qtbot, widget: QWidget) -> None:
    worker = widget.worker if hasattr(widget, "worker") else None
    if worker is not None:
        qtbot.waitUntil(lambda: worker.idle, timeout=15_000)
    QApplication.processEvents()


def test_every_window_and_dialog_reads_in_korean(qtbot, korean, shop, tmp_path):
    ctx, allowed = shop
    window = build_window(ctx, sync_interval_ms=3_600_000, actor=MANAGER, roles_in_use=True)
    window.export_folder = tmp_path
    window.show()
    qtbot.waitUntil(lambda: bool(window.tabs) and window.model.is_loaded, timeout=15_000)
    window.filters_button.setChecked(True)
    qtbot.waitUntil(lambda: window.model.snapshot(20) is not None, timeout=15_000)
    found = english(visible_texts(window), allowed)
    worker = window.worker
    try:
        for code in _stages(ctx):
            dialog = OrderDetailDialog(worker, code, MANAGER, window, printer=window.printer)
            dialog.show()
            qtbot.waitUntil(lambda d=dialog: d.snapshot is not None and not d.busy, timeout=15_000)
            for i in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(i)
                QApplication.processEvents()
                found += english(visible_texts(dialog), allowed)
            dialog.poll_timer.stop()
            dialog.close()
        others: list[QWidget] = [
            CounterSaleDialog(worker, MANAGER, window, printer=window.printer),
            PrinterSettingsDialog(window.printer, window, actor=MANAGER),
            PrintQueueDialog(window.printer, MANAGER, window),
            ShopDetailsDialog(worker, MANAGER, window),
            ShopsDialog(worker, MANAGER, window),
            ShortcutsSheet(window),
            NotificationsDialog(worker, MANAGER),
            StaffDialog(worker, MANAGER),
            SignInDialog(worker),
            ask_manager(window, worker, staff("김지은"), _refund_refused(), lambda _a: None),
            ColumnChooser(read_layout(window.table.horizontalHeader()), window),
            *_more_dialogs(ctx, window),
        ]
        for other in others:
            other.show()
            _settled(qtbot, window)
            found += english(visible_texts(other), allowed)
            other.close()
    finally:
        qtbot.waitUntil(lambda: worker.idle, timeout=15_000)
        window.shutdown()
        window.close()
    assert found == [], "\n".join(found)


def test_the_check_sees_english_in_an_english_window(qtbot, shop):
    """Without the Korean translation the same check reports the window's words: it looks."""
    ctx, allowed = shop
    window = build_window(ctx, sync_interval_ms=3_600_000)
    window.show()
    qtbot.waitUntil(lambda: bool(window.tabs) and window.model.is_loaded, timeout=15_000)
    try:
        found = "\n".join(english(visible_texts(window), allowed))
        assert "Orders" in found and "Export" in found and "Pending" in found
    finally:
        qtbot.waitUntil(lambda: window.worker.idle, timeout=15_000)
        window.shutdown()
        window.close()
