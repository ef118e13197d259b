"""`backoffice print` through the real entry point in a subprocess (R38–R41): files by extension,
printers over real TCP on 127.0.0.1, one-line errors and exit codes."""

from __future__ import annotations

import time

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from backoffice.db.models import PrintJob
from backoffice.domain.stages import Stage
from tests.cli.clirun import run
from tests.factories import place
from tests.printing.escpos_decoder import BarcodeEvent, decode
from tests.printing.fake_printer import FakePrinter, refused_port

SLACK = 3.0  # interpreter start-up and scheduling on a loaded machine


def printer_error(done, *needles: str) -> None:
    """Exit 3 and exactly one error line. Under BACKOFFICE_TESTING the app also logs warnings to
    stderr (the transport's own record of the failure); those log lines are not the error."""
    assert done.code == 3, (done.code, done.out, done.err)
    assert "Traceback" not in done.err
    errors = [line for line in done.err.splitlines() if "backoffice.printing.transport" not in line]
    assert len(errors) == 1 and errors[0].startswith("backoffice: "), done.err
    for needle in needles:
        assert needle in errors[0], errors[0]


@pytest.fixture
def code(uow, catalog) -> str:
    return place(uow, {"TEE-BLK-M": 2, "MUG-WHT": 1}, stage=Stage.PREPARING)


@pytest.mark.rule("R40")
def test_invoice_to_pdf_has_the_korean_text(db_url, code, tmp_path):
    out = tmp_path / "invoice.pdf"
    done = run(db_url, "print", "invoice", code, "--out", str(out))
    assert done.code == 0, done.err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert code in text and "오가닉 코튼 티셔츠" in text and "이서연" in text


@pytest.mark.rule("R38")
def test_receipt_to_png_is_the_preview_at_paper_width(db_url, code, tmp_path):
    out = tmp_path / "receipt.png"
    done = run(db_url, "print", "receipt", code, "--out", str(out))
    assert done.code == 0, done.err
    with Image.open(out) as image:
        assert image.width == 576  # 80 mm paper
        assert image.height > 400


@pytest.mark.rule("R39")
def test_label_to_bin_is_printer_bytes_with_the_code_as_barcode(db_url, code, tmp_path):
    out = tmp_path / "label.bin"
    korean = "file:///dev/null?mode=korean"  # text and barcodes as commands, not one image
    done = run(db_url, "print", "label", code, "--out", str(out), "--profile", korean)
    assert done.code == 0, done.err
    paper = decode(out.read_bytes())
    assert [b.payload for b in paper.of(BarcodeEvent)] == [code]


@pytest.mark.rule("R41")
def test_refused_printer_ends_within_its_timeout_and_keeps_the_job(db_url, code, session):
    uri = f"tcp://127.0.0.1:{refused_port()}?timeout=2&connect_timeout=2"
    started = time.monotonic()
    done = run(db_url, "print", "receipt", code, "--printer", uri)
    assert time.monotonic() - started < 2 + 2 + SLACK
    printer_error(done, "failed", "refused", "print retry")
    job = session.scalar(select(PrintJob))
    assert job.state == "failed" and "refused" in job.error
    listed = run(db_url, "print", "queue", "--open")
    assert listed.code == 0 and "failed" in listed.out and code in listed.out


@pytest.mark.rule("R41")
def test_stalled_printer_is_uncertain_exit_3(db_url, code, session):
    with FakePrinter("stall") as printer:
        started = time.monotonic()
        done = run(
            db_url, "print", "receipt", code, "--printer", f"{printer.uri}?status=1&timeout=1"
        )
        assert time.monotonic() - started < 1 + 3 + SLACK
    printer_error(done, "uncertain", "reprint")
    assert session.scalar(select(PrintJob.state)) == "uncertain"


@pytest.mark.rule("R41")
@pytest.mark.parametrize("mode", ["silent", "stall"])
def test_with_default_settings_an_unconfirmed_job_is_not_reported_printed(
    db_url, code, session, uow, mode
):
    """The printer in the settings is a bare address (every setting at its default). One that
    takes the bytes but never answers, or never reads them, leaves the job unconfirmed, and
    `print receipt` says so in one line with exit 3, well within a minute."""
    from backoffice.services.printing import settings as printer_settings
    from backoffice.services.printing.settings import PrinterSettings
    from tests.factories import MANAGER

    with FakePrinter(mode) as printer:
        printer_settings.save(uow, PrinterSettings(receipt_printer=printer.uri), actor=MANAGER)
        started = time.monotonic()
        done = run(db_url, "print", "receipt", code)
        assert time.monotonic() - started < 60
    printer_error(done, "uncertain", "reprint")
    assert session.scalar(select(PrintJob.state)) == "uncertain"


@pytest.mark.rule("R38")
def test_receipt_to_a_printer_prints_it_once(db_url, code, session):
    with FakePrinter("capture") as printer:
        done = run(db_url, "print", "receipt", code, "--printer", f"{printer.uri}?mode=korean")
        assert printer.finished.wait(5)
    assert done.code == 0, done.err
    assert f"job #{session.scalar(select(PrintJob.id))}" in done.out
    paper = decode(bytes(printer.received))
    assert "오가닉 코튼 티셔츠" in paper.text
    assert [b.payload for b in paper.of(BarcodeEvent)] == [code]


def test_unknown_code_exits_1_with_one_line(db_url, catalog, tmp_path):
    done = run(db_url, "print", "receipt", "ZZZ-ZZZ", "--out", str(tmp_path / "x.png"))
    done.assert_one_line_error(1, "No order")
    bad = run(db_url, "print", "receipt", "ZZZ-ZZZ", "--out", str(tmp_path / "x.txt"))
    assert bad.code == 1


def test_a_receipt_can_be_saved_as_a_pdf(db_url, code, tmp_path):
    done = run(db_url, "print", "receipt", code, "--out", str(tmp_path / "r.pdf"))
    assert done.code == 0, done.err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
