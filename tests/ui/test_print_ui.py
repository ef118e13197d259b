"""Printing in the GUI (R41): a stalled or refused printer never blocks the window; the queue view
shows the job's error, Retry after the printer is back prints exactly once; the queue model passes
qtmodeltester."""

from __future__ import annotations

import io
import socket
import time
from datetime import UTC, datetime

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from backoffice.core import Core
from backoffice.domain.stages import Stage
from backoffice.services.printing import queue as print_queue
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.queue import JobView
from backoffice.services.printing.settings import PrinterSettings
from backoffice.ui.ops import Ops
from backoffice.ui.printing import actions
from backoffice.ui.printing.queue_model import Col, PrintQueueModel
from backoffice.ui.printing.queue_view import PrintQueueDialog
from backoffice.ui.printing.runner import PrintQueueRunner
from tests.factories import CASHIER, MANAGER, place
from tests.printing.escpos_decoder import BarcodeEvent, decode
from tests.printing.fake_printer import FakePrinter, refused_port

pytestmark = pytest.mark.rule("R41")


class PrinterBackOn(FakePrinter):
    """The fake printer on a given port: the printer that refused is switched back on."""

    def __init__(self, port: int) -> None:
        super().__init__("capture")
        self._server.close()
        self._server = socket.create_server(("127.0.0.1", port))
        self._server.settimeout(0.1)
        self.port = port


@pytest.fixture
def runner(qtbot, session_factory):
    worker = Ops(Core(session_factory))
    runner = PrintQueueRunner(worker)
    yield runner
    qtbot.waitUntil(lambda: runner.idle and worker.idle, timeout=15000)
    runner.wait()
    worker.stop()


def test_a_stalled_printer_never_blocks_the_gui(qtbot, uow, catalog, runner):
    code = place(uow)
    with FakePrinter("stall") as printer:
        uri = f"{printer.uri}?status=1&timeout=2"
        job_id = print_queue.enqueue(uow, CASHIER, "receipt", [code], uri)
        ticks: list[float] = []
        timer = QTimer(interval=20)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        clicks: list[float] = []
        button = QPushButton("ping")
        qtbot.addWidget(button)
        button.clicked.connect(lambda: clicks.append(time.monotonic()))
        timer.start()
        with qtbot.waitSignal(runner.job_changed, timeout=10000) as changed:
            runner.submit(job_id, uri)
            # While the job is on the wire, a click posted to the event loop is handled at once.
            qtbot.waitUntil(lambda: printer.connections == 1, timeout=5000)
            asked = time.monotonic()
            QTimer.singleShot(0, button.click)
            qtbot.waitUntil(lambda: bool(clicks), timeout=1000)
            assert not runner.idle  # still stalled: the click did not wait for the printer
        timer.stop()
    # Bounds well under the printer's 2 s stall, with room for a busy CI machine: a GUI thread
    # that waited on the printer would miss them by seconds, not by a scheduling hiccup.
    assert clicks[0] - asked < 1.0
    view = changed.args[0]
    assert view.id == job_id and view.state == "uncertain"
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 20 and max(gaps) < 0.5  # the event loop kept turning for ~2 s


def test_queue_view_shows_the_error_and_retry_prints_once(qtbot, uow, catalog, runner):
    code = place(uow)
    port = refused_port()
    uri = f"tcp://127.0.0.1:{port}?mode=korean&timeout=3"
    job_id = print_queue.enqueue(uow, CASHIER, "receipt", [code], uri)
    with qtbot.waitSignal(runner.job_changed, timeout=10000):
        runner.submit(job_id, uri)

    dialog = PrintQueueDialog(runner, CASHIER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    row = dialog.model.row_of(job_id)
    error = dialog.model.index(row, Col.ERROR).data()
    assert "refused" in error
    assert dialog.model.index(row, Col.STATE).data() == "Failed"
    dialog.table.selectRow(row)
    assert dialog.retry_button.isEnabled() and not dialog.reprint_button.isEnabled()

    with PrinterBackOn(port) as printer:
        with qtbot.waitSignal(runner.job_changed, timeout=10000) as changed:
            qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        assert changed.args[0].state == "sent"
        assert printer.finished.wait(5)
        qtbot.waitUntil(lambda: dialog.model.index(row, Col.STATE).data() == "Printed")
        assert not dialog.retry_button.isEnabled() and dialog.reprint_button.isEnabled()
    assert printer.connections == 1
    assert [b.payload for b in decode(bytes(printer.received)).of(BarcodeEvent)] == [code]


def test_print_documents_sends_labels_for_many_orders_as_one_job(
    qtbot, uow, session, catalog, runner
):
    codes = [place(uow, stage=Stage.PREPARING) for _ in range(2)]
    with FakePrinter("capture") as printer:
        printer_settings.save(
            uow, PrinterSettings(label_printer=f"{printer.uri}?mode=korean"), actor=MANAGER
        )
        queued: list[JobView] = []
        with qtbot.waitSignal(
            runner.job_changed, timeout=10000, check_params_cb=lambda job: job.state == "sent"
        ) as changed:
            actions.send_documents(runner, CASHIER, "label", codes, on_queued=queued.append)
        assert printer.finished.wait(5)
    assert [job.state for job in queued] == ["queued"]
    assert changed.args[0].id == queued[0].id and changed.args[0].codes == tuple(codes)
    assert [b.payload for b in decode(bytes(printer.received)).of(BarcodeEvent)] == codes


def test_queue_model_passes_qtmodeltester(qtmodeltester):
    now = datetime.now(UTC)
    model = PrintQueueModel()
    model.set_jobs(
        [
            JobView(3, now, None, "label", ("AAA-AAA", "BBB-BBB", "CCC-CCC"), "tcp://h:9100",
                    "failed", "refused", 1, None, "ko", "x", 10),
            JobView(2, now, now, "receipt", ("AAA-AAA",), "tcp://h:9100", "sent", "", 1, 1,
                    "ko", "x", 10),
        ]
    )  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, Col.ORDERS).data() == "AAA-AAA and 2 more"
    assert model.index(1, Col.DOCUMENT).data() == "Receipt (reprint)"
    model.update_job(
        JobView(4, now, None, "invoice", ("A",), "file:///x", "queued", "", 0, None, "ko", "", 1)
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_printer_settings_test_connection_test_page_and_save(qtbot, session, runner):
    from backoffice.ui.printing.settings_dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(runner, actor=MANAGER)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    with FakePrinter("status") as printer:
        dialog.receipt.address.setText(printer.uri)
        qtbot.mouseClick(dialog.receipt.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "ready" in dialog.receipt.result.text(), timeout=5000)
    with FakePrinter("capture") as printer:
        dialog.label.address.setText(printer.uri)
        dialog.label.mode.setCurrentIndex(dialog.label.mode.findData("korean"))
        dialog.label.width.setCurrentIndex(dialog.label.width.findData(384))
        qtbot.mouseClick(dialog.label.page_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.label.page_button.isEnabled(), timeout=5000)
        assert printer.finished.wait(5)
    assert "프린터 테스트" in decode(bytes(printer.received)).text
    dialog.drawer.setCurrentIndex(dialog.drawer.findData(2))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    stored = printer_settings.load(session)
    assert stored.label_printer.endswith("?width=384&mode=korean")
    assert stored.drawer_pin == 2 and "drawer=2" in stored.receipt_uri


@pytest.mark.rule("R41")
def test_test_connection_finds_a_printer_that_cannot_confirm_and_turns_that_off(
    qtbot, session, runner
):
    from backoffice.ui.printing.settings_dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(runner, actor=MANAGER)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    panel = dialog.receipt
    with FakePrinter("silent") as printer:
        panel.address.setText(printer.uri)
        assert panel.status.isChecked()  # a network printer confirms its jobs by default
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(panel.status_off_button.isVisible, timeout=15000)
    assert "does not answer status queries" in panel.result.text()
    qtbot.mouseClick(panel.status_off_button, Qt.MouseButton.LeftButton)
    assert not panel.status.isChecked()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert "status=0" in printer_settings.load(session).receipt_printer


@pytest.mark.rule("R38")
def test_receipt_preview_is_the_printed_picture_and_prints(qtbot, uow, catalog, runner):
    from backoffice.ui.printing.preview import PrintPreviewDialog

    code = place(uow)
    with FakePrinter("capture") as printer:
        printer_settings.save(
            uow, PrinterSettings(receipt_printer=f"{printer.uri}?width=384"), actor=MANAGER
        )
        dialog = PrintPreviewDialog(runner, CASHIER, "receipt", [code])
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=5000):
            dialog.show()
        assert dialog.picture.pixmap().width() == 384  # the 58 mm printer's own width
        with qtbot.waitSignal(
            runner.job_changed, timeout=10000, check_params_cb=lambda j: j.state == "sent"
        ):
            qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        assert printer.finished.wait(5)
    # Raster mode: the printer got exactly the preview's picture.
    (raster,) = decode(bytes(printer.received)).raster_blocks()
    shown = Image.open(io.BytesIO(dialog.data)).convert("1")
    assert raster.size == shown.size
    assert ImageChops.difference(raster.convert("1"), shown).getbbox() is None


@pytest.mark.rule("R40")
def test_invoice_preview_offers_the_pdf(qtbot, uow, catalog, runner, tmp_path):
    from backoffice.ui.printing.preview import PrintPreviewDialog

    code = place(uow)
    dialog = PrintPreviewDialog(runner, CASHIER, "invoice", [code])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    assert dialog.format == "pdf" and dialog.data.startswith(b"%PDF")
    assert dialog.open_button.isEnabled() and not dialog.print_button.isVisible()
    dialog.save_to(str(tmp_path / "invoice.pdf"))
    # Done when staff are told where it went (the file exists a moment before the message).
    qtbot.waitUntil(lambda: dialog.info.text().startswith("Saved to"), timeout=5000)
    assert (tmp_path / "invoice.pdf").read_bytes().startswith(b"%PDF")


def test_the_window_makes_one_runner_that_resumes_the_queue(qtbot, uow, session, ctx, catalog):
    """On start the window's runner turns a crash's `sending` job into `uncertain` (never
    re-sent) and sends the jobs still `queued` (nothing of them was sent)."""
    from backoffice.db.models import PrintJob
    from backoffice.ui.application import build_window
    from backoffice.ui.printing.runner import PrintQueueRunner

    code = place(uow)
    with FakePrinter("capture") as printer:
        uri = f"{printer.uri}?mode=korean"
        stuck = print_queue.enqueue(uow, CASHIER, "receipt", [code], uri)
        waiting = print_queue.enqueue(uow, CASHIER, "receipt", [code], uri)
        with uow:
            uow.session.get(PrintJob, stuck).state = "sending"
            uow.commit()
        window = build_window(ctx, sync_interval_ms=3_600_000)
        qtbot.addWidget(window)
        runner = window.printer
        assert window.findChildren(PrintQueueRunner) == [runner]  # one per window
        qtbot.waitUntil(lambda: window.worker.idle and runner.idle, timeout=10000)
        assert printer.finished.wait(5)
        window.shutdown()
    assert print_queue.get_job(session, stuck).state == "uncertain"
    assert print_queue.get_job(session, waiting).state == "sent"
    assert printer.connections == 1


def test_find_offers_the_printers_of_this_pc(qtbot, session, runner, monkeypatch):
    """Issue 15: a Windows queue (a fake spooler stands in for Windows) is chosen from a list
    instead of typed; the address becomes win32://NAME."""
    from backoffice.printing import spooler
    from backoffice.ui.printing.settings_dialog import PrinterSettingsDialog

    class Spooler:
        PRINTER_ENUM_LOCAL, PRINTER_ENUM_CONNECTIONS = 2, 4

        def EnumPrinters(self, flags, name, level):  # noqa: N802 - win32print's name
            return [(0, "", "SEWOO SLK-TS400", ""), (0, "", "BIXOLON SRP-350III", "")]

    monkeypatch.setattr(spooler, "spooler", Spooler)
    dialog = PrinterSettingsDialog(runner, actor=MANAGER)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    panel = dialog.receipt
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.find_button.isEnabled(), timeout=10_000)
    offered = {a.text(): a for a in panel.found_menu.actions()}
    assert "BIXOLON SRP-350III (Windows)" in offered
    assert "found" in panel.result.text()
    offered["BIXOLON SRP-350III (Windows)"].trigger()
    panel.found_menu.close()
    assert panel.address.text() == "win32://BIXOLON SRP-350III"
    assert panel.profile().scheme == "win32" and not panel.status.isChecked()
