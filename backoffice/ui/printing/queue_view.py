"""The print queue window (R41): every job with its state and error; staff retry a failed job,
reprint a sent or unconfirmed one (marked as a reprint), send it to another printer, or save it as
a file. Reads and changes run on the database worker; sending runs on the runner's pool."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.services.printing import files as print_files
from backoffice.services.printing import queue as print_queue
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.queue import JobView
from backoffice.services.staff.actor import Actor
from backoffice.ui.errors_text import error_text
from backoffice.ui.printing.queue_model import Col, PrintQueueModel
from backoffice.ui.printing.runner import PrintQueueRunner


class PrintQueueDialog(QDialog):
    def __init__(self, runner: PrintQueueRunner, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.worker = runner.worker
        self.actor = actor
        self.loaded = False
        self.setWindowTitle(self.tr("Print queue"))
        self.model = PrintQueueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((Col.TIME, 110), (Col.ORDERS, 160), (Col.DOCUMENT, 130)):
            self.table.setColumnWidth(col, width)
        self.table.setColumnWidth(Col.PRINTER, 200)
        self.table.setColumnWidth(Col.STATE, 110)

        self.open_only = QCheckBox(self.tr("Only jobs that need attention"), self)
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.reprint_button = QPushButton(self.tr("Reprint"), self)
        self.redirect_button = QPushButton(self.tr("Send to other printer…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel job"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.retry_button.clicked.connect(self.retry_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.redirect_button.clicked.connect(self._ask_redirect)
        self.save_button.clicked.connect(self._ask_save)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        runner.job_changed.connect(self._job_changed)

        buttons = QHBoxLayout()
        for b in (
            self.retry_button,
            self.reprint_button,
            self.redirect_button,
            self.save_button,
            self.cancel_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(960, 480)
        self._update_buttons()
        self.refresh()

    # ---- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        open_only = self.open_only.isChecked()
        self.loaded = False

        def load(core: Core) -> list[JobView]:
            return core.read(print_queue.list_jobs, open_only=open_only)

        self.worker.submit(load, self._loaded, self._failed)

    def _loaded(self, jobs: list[JobView]) -> None:
        selected = self.selected_job()
        self.model.set_jobs(jobs)
        if selected is not None:
            self.select_job(selected.id)
        self.loaded = True
        self._update_buttons()

    def selected_job(self) -> JobView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.job(rows[0].row()) if rows else None

    def select_job(self, job_id: int) -> None:
        row = self.model.row_of(job_id)
        if row >= 0:
            self.table.selectRow(row)

    # ---- staff actions ---------------------------------------------------------------------
    def retry_selected(self) -> None:
        job = self.selected_job()
        if job is None or not job.can_retry:
            return
        actor = self.actor
        self._change(
            lambda core: core.write(print_queue.retry, actor, job.id).id,
            self.tr("Job #%1 is queued again.").replace("%1", str(job.id)),
        )

    def reprint_selected(self) -> None:
        job = self.selected_job()
        if job is None or not job.can_reprint:
            return
        actor = self.actor
        self._change(
            lambda core: core.write(print_queue.reprint, actor, job.id),
            self.tr("A reprint of job #%1 is queued.").replace("%1", str(job.id)),
        )

    def redirect_selected(self, printer_uri: str) -> None:
        job = self.selected_job()
        if job is None or not job.can_redirect or not printer_uri.strip():
            return
        actor = self.actor
        self._change(
            lambda core: core.write(print_queue.redirect, actor, job.id, printer_uri.strip()),
            self.tr("Job #%1 goes to the other printer.").replace("%1", str(job.id)),
        )

    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is None or not job.can_cancel:
            return
        actor = self.actor

        def cancel(core: Core) -> None:
            core.write(print_queue.cancel, actor, job.id)

        self.worker.submit(cancel, lambda _r: self.refresh(), self._failed)

    def save_selected(self, path: str) -> None:
        job = self.selected_job()
        if job is None or not path:
            return

        def save(core: Core) -> Path:
            return core.read(print_files.save_job_as, job.id, path)

        self.worker.submit(
            save,
            lambda p: self._say(self.tr("Saved to %1").replace("%1", str(p))),
            self._failed,
        )

    def _change(self, fn: Any, message: str) -> None:
        """Run a queue change on the worker, then send the job it names."""

        def run(core: Core) -> JobView:
            job_id = fn(core)
            return core.read(print_queue.get_job, job_id)

        def done(job: JobView) -> None:
            self._say(message)
            self.model.update_job(job)
            self.select_job(job.id)
            self.runner.submit(job.id, job.printer)

        self.worker.submit(run, done, self._failed)

    def _ask_redirect(self) -> None:
        job = self.selected_job()
        if job is None:
            return

        def suggest(core: Core) -> str:
            settings = core.read(printer_settings.load)
            other = [settings.receipt_uri, settings.label_printer]
            return next((u for u in other if u and u != job.printer), "tcp://")

        def ask(default: str) -> None:
            uri, ok = QInputDialog.getText(
                self,
                self.tr("Send to other printer"),
                self.tr("Printer address (tcp://HOST:PORT, usb://VID:PID, …):"),
                text=default,
            )
            if ok:
                self.redirect_selected(uri)

        self.worker.submit(suggest, ask, self._failed)

    def _ask_save(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        if job.document == "receipt":
            filters = self.tr("Picture (*.png);;Printer bytes (*.bin)")
            name = f"receipt-{job.id}.png"
        else:
            filters = self.tr("PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)")
            name = f"{job.document}-{job.id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save print job"), str(Path.home() / name), filters
        )
        if path:
            self.save_selected(path)

    # ---- state -----------------------------------------------------------------------------
    def _job_changed(self, job: JobView) -> None:
        self.model.update_job(job)
        self._update_buttons()

    def _update_buttons(self) -> None:
        job = self.selected_job()
        self.retry_button.setEnabled(bool(job and job.can_retry))
        self.reprint_button.setEnabled(bool(job and job.can_reprint))
        self.redirect_button.setEnabled(bool(job and job.can_redirect))
        self.save_button.setEnabled(job is not None)
        self.cancel_button.setEnabled(bool(job and job.can_cancel))
        if job is not None:
            self.save_button.setText(
                self.tr("Save as picture…")
                if job.document == "receipt"
                else self.tr("Save as PDF…")
            )

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _failed(self, exc: Exception) -> None:
        self._say(error_text(exc))
