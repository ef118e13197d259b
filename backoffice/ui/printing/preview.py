"""Print preview (R38–R40): receipts and labels as the very picture a raster printer makes (the
PNG the printing layer renders), with Print and Save; the A4 documents (invoice, packing slip,
order sheet) as a PDF to save or open in the PC's viewer (reportlab cannot rasterise PDFs)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.services.printing import files as print_files
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.queue import JobView
from backoffice.services.staff.actor import Actor
from backoffice.ui.errors_text import error_text
from backoffice.ui.printing.actions import send_documents
from backoffice.ui.printing.queue_model import document_name
from backoffice.ui.printing.runner import PrintQueueRunner


class PrintPreviewDialog(QDialog):
    queued = Signal(object)  # JobView, once Print queued the job
    loaded = Signal()

    def __init__(
        self,
        runner: PrintQueueRunner,
        actor: Actor,
        kind: str,
        codes: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.actor = actor
        self.kind = kind
        self.codes = codes
        self.format = ""  # "png" or "pdf" once loaded
        self.data = b""
        self.printer = ""
        self.language = "ko"
        title = self.tr("%1 — %2").replace("%1", document_name(kind))
        self.setWindowTitle(title.replace("%2", ", ".join(codes[:3])))

        self.picture = QLabel(self.tr("Preparing the preview…"), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setStyleSheet("background: white; padding: 8px")
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)

        self.print_button = QPushButton(self.tr("Print"), self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(False)
        self.open_button.setVisible(kind not in ("receipt", "label"))
        self.print_button.setVisible(kind in ("receipt", "label"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self._ask_save)
        self.open_button.clicked.connect(self.open_external)
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        for b in (self.print_button, self.save_button, self.open_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(720 if kind == "receipt" else 900, 820)

        def load(core: Core) -> tuple[str, bytes, str, str]:
            settings = core.read(printer_settings.load)
            printer = settings.printer_for(kind)
            fmt, data = core.read(
                print_files.preview,
                kind,
                codes,
                language=settings.language,
                printer_uri=printer or None,
            )
            return fmt, data, printer, settings.language

        runner.worker.submit(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[str, bytes, str, str]) -> None:
        self.format, self.data, self.printer, self.language = result
        if self.format == "png":
            pixmap = QPixmap()
            pixmap.loadFromData(self.data, "PNG")
            self.picture.setPixmap(pixmap)
        else:
            self.picture.setText(
                self.tr("This is an A4 document: save it as a PDF, or open it in your PDF viewer.")
            )
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(self.format == "pdf")
        self.print_button.setEnabled(bool(self.printer))
        if self.kind in ("receipt", "label") and not self.printer:
            self.info.setText(self.tr("No printer is set up for this document (printer settings)."))
        elif self.printer:
            self.info.setText(self.tr("Printer: %1").replace("%1", self.printer.split("?", 1)[0]))
        self.loaded.emit()

    def print_now(self) -> None:
        """Queue the job (rendered for the printer's own profile) and close; the queue view and
        the runner report how it went (R41)."""
        if not self.printer:
            return
        self.print_button.setEnabled(False)
        send_documents(
            self.runner,
            self.actor,
            self.kind,
            self.codes,
            printer_uri=self.printer,
            on_queued=self._queued,
            on_error=self._failed,
        )

    def _queued(self, job: JobView) -> None:
        self.queued.emit(job)
        self.accept()

    def save_to(self, path: str) -> None:
        codes, kind, language, printer = self.codes, self.kind, self.language, self.printer

        def save(core: Core) -> Path:
            return core.read(
                print_files.save_document,
                kind,
                codes,
                path,
                language=language,
                printer_uri=printer or None,
            )

        self.runner.worker.submit(
            save,
            lambda p: self.info.setText(self.tr("Saved to %1").replace("%1", str(p))),
            self._failed,
        )

    def _ask_save(self) -> None:
        if self.format == "png":
            filters = self.tr("Picture (*.png);;Printer bytes (*.bin)")
            if self.kind == "label":
                filters = self.tr("PDF (*.pdf);;Picture (*.png);;Printer bytes (*.bin)")
            suffix = ".pdf" if self.kind == "label" else ".png"
        else:
            filters, suffix = self.tr("PDF (*.pdf)"), ".pdf"
        name = f"{self.kind}-{self.codes[0]}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save"), str(Path.home() / name), filters
        )
        if path:
            self.save_to(path)

    def open_external(self) -> None:
        if self.format != "pdf":
            return
        folder = Path(tempfile.gettempdir()) / "backoffice-print"
        path = print_files.write_file(folder / f"{self.kind}-{self.codes[0]}.pdf", self.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, exc: Any) -> None:
        self.info.setText(error_text(exc))
        self.print_button.setEnabled(bool(self.printer))
