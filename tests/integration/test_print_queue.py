"""The print queue over real TCP to a fake printer on 127.0.0.1 (R38, R39, R41).

Jobs are rendered once when queued; the outcome recorded is what the transport could prove: sent,
failed (nothing reached the printer: retry is safe and prints exactly once) or uncertain (never
re-sent by itself; a reprint is a new job that says REPRINT on the paper).
"""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

from backoffice.db.models import PrintJob, TimelineEvent
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.printing import files as print_files
from backoffice.services.printing import queue as print_queue
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.settings import PrinterSettings
from tests.factories import CASHIER, MANAGER, place
from tests.printing.escpos_decoder import BarcodeEvent, CutEvent, decode
from tests.printing.fake_printer import FakePrinter, refused_port

pytestmark = pytest.mark.rule("R41")


def events(session, code: str) -> list[str]:
    session.expire_all()
    return list(
        session.scalars(
            select(TimelineEvent.text)
            .where(TimelineEvent.order_code == code, TimelineEvent.kind == "print")
            .order_by(TimelineEvent.id)
        )
    )


@pytest.mark.rule("R38")
def test_queued_receipt_prints_over_tcp_and_shows_in_the_timeline(
    uow, session, session_factory, catalog
):
    code = place(uow, {"TEE-BLK-M": 2})
    with FakePrinter("capture") as printer:
        uri = f"{printer.uri}?mode=korean&timeout=5"
        job_id = print_queue.enqueue(uow, CASHIER, "receipt", [code], uri)
        assert print_queue.get_job(session, job_id).state == "queued"
        view = print_queue.process_job(session_factory, job_id)
        assert printer.finished.wait(5)
    assert view.state == "sent" and view.error == "" and view.attempts == 1
    session.expire_all()
    stored = session.get(PrintJob, job_id).data
    assert bytes(printer.received) == stored  # the bytes rendered when queued, unchanged
    paper = decode(stored)
    assert "오가닉 코튼 티셔츠" in paper.text
    assert [b.payload for b in paper.of(BarcodeEvent)] == [code]
    texts = events(session, code)
    assert texts[0].startswith("Receipt queued for tcp://127.0.0.1")
    assert texts[1].startswith("Receipt printed on tcp://127.0.0.1")


def test_refused_printer_fails_visibly_and_retry_prints_exactly_once(
    uow, session, session_factory, catalog
):
    code = place(uow)
    port = refused_port()
    uri = f"tcp://127.0.0.1:{port}?mode=korean&timeout=3"
    job_id = print_queue.enqueue(uow, CASHIER, "receipt", [code], uri)
    failed = print_queue.process_job(session_factory, job_id)
    assert failed.state == "failed" and "refused" in failed.error
    assert failed.can_retry and not failed.can_reprint
    # Still listed for staff, with its error.
    listed = {j.id: j for j in print_queue.list_jobs(session, open_only=True)}
    assert listed[job_id].error == failed.error
    # Not sent again by itself: processing a failed job does nothing.
    assert print_queue.process_job(session_factory, job_id).attempts == 1

    with PrinterBackOn(port) as printer:  # switched back on
        print_queue.retry(uow, CASHIER, job_id)
        sent = print_queue.process_job(session_factory, job_id)
        assert printer.finished.wait(5)
        print_queue.process_job(session_factory, job_id)  # a second call must not resend
    assert sent.state == "sent" and sent.attempts == 2
    assert printer.connections == 1
    paper = decode(bytes(printer.received))
    assert [b.payload for b in paper.of(BarcodeEvent)] == [code]  # one receipt, once
    assert len(paper.of(CutEvent)) == 1
    with pytest.raises(DomainError, match="R41"):
        print_queue.retry(uow, CASHIER, job_id)  # a sent job is reprinted, not retried


class PrinterBackOn(FakePrinter):
    """The fake printer on a given port: the printer that refused is switched back on."""

    def __init__(self, port: int) -> None:
        super().__init__("capture")
        self._server.close()
        self._server = socket.create_server(("127.0.0.1", port))
        self._server.settimeout(0.1)
        self.port = port


def test_stalled_printer_leaves_the_job_uncertain_and_reprint_says_so(
    uow, session, session_factory, catalog
):
    code = place(uow)
    with FakePrinter("stall") as stalled:
        uri = f"{stalled.uri}?mode=korean&status=1&timeout=1"
        job_id = print_queue.enqueue(uow, CASHIER, "receipt", [code], uri)
        view = print_queue.process_job(session_factory, job_id)
        assert view.state == "uncertain" and "confirm" in view.error
        assert not view.can_retry and view.can_reprint
        # Never re-sent by itself: neither processing it again nor the queue picks it up.
        again = print_queue.process_job(session_factory, job_id)
        assert again.state == "uncertain" and again.attempts == 1
        assert print_queue.send_next(uow, uri) is None
        assert stalled.connections == 1
        with pytest.raises(DomainError, match="R41"):
            print_queue.retry(uow, CASHIER, job_id)

    with FakePrinter("capture") as printer:
        new_id = print_queue.reprint(uow, CASHIER, job_id, f"{printer.uri}?mode=korean&timeout=5")
        sent = print_queue.process_job(session_factory, new_id)
        assert printer.finished.wait(5)
    assert sent.state == "sent" and sent.reprint_of == job_id
    paper = decode(bytes(printer.received))
    assert "재출력" in paper.text
    assert [b.payload for b in paper.of(BarcodeEvent)] == [code]
    assert print_queue.get_job(session, job_id).state == "uncertain"  # the original stays as it was
    assert any("reprint of job" in t for t in events(session, code))


@pytest.mark.rule("R39")
def test_bulk_labels_for_three_orders_are_one_job(uow, session, session_factory, catalog):
    codes = [place(uow, {"TEE-BLK-M": 1}, stage=Stage.PREPARING) for _ in range(3)]
    with FakePrinter("capture") as printer:
        job_id = print_queue.enqueue(
            uow, CASHIER, "label", codes, f"{printer.uri}?mode=korean&timeout=5"
        )
        view = print_queue.send_next(uow)
        assert printer.finished.wait(5)
    assert view is not None and view.id == job_id and view.state == "sent"
    assert view.codes == tuple(codes)
    assert session.scalar(select(PrintJob.id).where(PrintJob.id != job_id)) is None  # one job
    paper = decode(bytes(printer.received))
    assert [b.payload for b in paper.of(BarcodeEvent)] == codes  # a label per order's shipment
    assert printer.connections == 1
    for code in codes:
        assert [t.split(" on ")[0].split(" for ")[0] for t in events(session, code)] == [
            "Shipping label queued",
            "Shipping label printed",
        ]


def test_redirect_moves_a_failed_job_to_another_printers_profile(
    uow, session, session_factory, catalog
):
    code = place(uow)
    off = f"tcp://127.0.0.1:{refused_port()}?timeout=2"  # raster mode
    job_id = print_queue.enqueue(uow, CASHIER, "receipt", [code], off)
    assert print_queue.process_job(session_factory, job_id).state == "failed"
    with FakePrinter("capture") as printer:
        moved = print_queue.redirect(uow, CASHIER, job_id, f"{printer.uri}?mode=korean&width=384")
        assert moved == job_id  # nothing was printed: the same job moves
        view = print_queue.process_job(session_factory, job_id)
        assert printer.finished.wait(5)
    assert view.state == "sent" and view.printer.startswith(printer.uri)
    paper = decode(bytes(printer.received))
    assert "오가닉 코튼 티셔츠" in paper.text  # Korean text mode now, not the raster of the first


def test_a_job_stuck_in_sending_after_a_crash_becomes_uncertain(uow, session, catalog):
    code = place(uow)
    job_id = print_queue.enqueue(uow, CASHIER, "receipt", [code], "tcp://127.0.0.1:9")
    with uow:
        uow.session.get(PrintJob, job_id).state = "sending"
        uow.commit()
    assert print_queue.recover_stuck_jobs(uow) == 1
    view = print_queue.get_job(session, job_id)
    assert view.state == "uncertain" and "stopped while sending" in view.error
    assert print_queue.send_next(uow) is None  # never re-sent by itself


def test_save_job_as_bin_is_the_stored_bytes_and_pdf_has_korean(uow, session, catalog, tmp_path):
    from pypdf import PdfReader

    code = place(uow, stage=Stage.PREPARING)
    job_id = print_queue.enqueue(uow, CASHIER, "label", [code], "tcp://127.0.0.1:9?mode=korean")
    raw = print_files.save_job_as(session, job_id, tmp_path / "job.bin")
    assert raw.read_bytes() == print_queue.job_bytes(session, job_id)
    pdf = print_files.save_job_as(session, job_id, tmp_path / "job.pdf")
    assert "이서연" in PdfReader(pdf).pages[0].extract_text()


def test_unknown_order_or_printer_queues_nothing(uow, session, catalog):
    with pytest.raises(DomainError, match="No order"):
        print_queue.enqueue(uow, CASHIER, "receipt", ["ZZZ-ZZZ"], "tcp://127.0.0.1:9")
    code = place(uow)
    with pytest.raises(DomainError):
        print_queue.enqueue(uow, CASHIER, "receipt", [code], "lpt://nowhere")
    with pytest.raises(DomainError):
        print_queue.enqueue(uow, CASHIER, "invoice", [code], "tcp://127.0.0.1:9")
    assert session.scalar(select(PrintJob.id)) is None


def test_printer_settings_round_trip_with_drawer(uow, session):
    assert printer_settings.load(session) == PrinterSettings()
    saved = printer_settings.save(
        uow,
        PrinterSettings("tcp://10.0.0.5?mode=korean", "tcp://10.0.0.6:9100", "en", 2),
        actor=MANAGER,
    )
    session.expire_all()
    loaded = printer_settings.load(session)
    assert loaded == saved
    assert loaded.receipt_printer == "tcp://10.0.0.5:9100?mode=korean"
    assert "drawer=2" in loaded.printer_for("receipt")
    assert loaded.printer_for("label") == "tcp://10.0.0.6:9100"
    with pytest.raises(DomainError):
        printer_settings.save(uow, PrinterSettings("http://nope"), actor=MANAGER)
