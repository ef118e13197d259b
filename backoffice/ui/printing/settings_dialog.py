"""Printer settings (R38, R41): the receipt and the label printer (address, paper width, how text
is sent, status answers), the printed language and the cash drawer. "Test connection" asks the
printer for its status and "Print test page" prints the ruler/Korean/barcode page that shows which
width and text mode are right; both run on the runner's pool, never on the GUI thread."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain.errors import DomainError
from backoffice.printing import (
    PrinterProfile,
    SendResult,
    parse_printer_uri,
    probe,
    render_test_page,
    send,
)
from backoffice.printing.discovery import Found, find_printers
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.settings import PrinterSettings
from backoffice.services.staff.actor import Actor
from backoffice.ui.approval import manager_fallback
from backoffice.ui.errors_text import error_text
from backoffice.ui.printing.runner import PrintQueueRunner

WIDTHS = ((576, "80 mm (576)"), (512, "80 mm (512)"), (384, "58 mm (384)"))
OWN_PARAMS = ("width", "mode", "status")  # set by the widgets, not typed into the address


class PrinterBox(QGroupBox):
    """One printer: its address and the profile settings staff choose with the test page."""

    def __init__(self, title: str, runner: PrintQueueRunner, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.runner = runner
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("tcp://192.168.0.50:9100")
        # The printers this PC knows (Windows queues, CUPS, serial ports, USB), to pick from.
        self.find_button = QPushButton(self.tr("Find…"), self)
        self.find_button.setToolTip(
            self.tr("Printers installed on this PC, serial ports and USB printers")
        )
        self.find_button.clicked.connect(self.find_printers)
        self.found_menu = QMenu(self)
        self.width = QComboBox(self)
        for dots, text in WIDTHS:
            self.width.addItem(text, dots)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Picture (works on every printer)"), "raster")
        self.mode.addItem(self.tr("Korean characters (printer with Korean font)"), "korean")
        self.mode.addItem(self.tr("Latin text only"), "latin")
        self.status = QCheckBox(self.tr("Printer answers status queries (confirms each job)"), self)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.page_button = QPushButton(self.tr("Print test page"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.status_off_button = QPushButton(self.tr("Turn confirmation off for this printer"))
        self.status_off_button.setVisible(False)
        self.status_off_button.clicked.connect(self._status_off)
        self.address.textChanged.connect(self._address_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.page_button.clicked.connect(self.print_test_page)
        form = QFormLayout(self)
        where = QHBoxLayout()
        where.addWidget(self.address, 1)
        where.addWidget(self.find_button)
        form.addRow(self.tr("Address"), where)
        form.addRow(self.tr("Paper width"), self.width)
        form.addRow(self.tr("Text"), self.mode)
        form.addRow(self.status)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.page_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.result)
        form.addRow(self.status_off_button)

    def _address_changed(self, text: str) -> None:
        """A network printer confirms its jobs unless staff turned that off (R41)."""
        self.status_off_button.setVisible(False)
        try:
            profile = parse_printer_uri(text) if text.strip() else None
        except DomainError:
            return
        if profile is not None and "status=" not in text:
            self.status.setChecked(bool(profile.status_query))

    def _status_off(self) -> None:
        self.status.setChecked(False)
        self.status_off_button.setVisible(False)
        self.result.setText(
            self.tr("Confirmation is off: jobs to this printer count as printed once sent.")
        )

    def set_uri(self, uri: str) -> None:
        if not uri:
            self.address.clear()
            return
        profile = parse_printer_uri(uri)
        self.address.setText(_without(profile.uri, OWN_PARAMS))
        index = self.width.findData(profile.width_dots)
        if index < 0:
            self.width.addItem(f"{profile.width_dots} dots", profile.width_dots)
            index = self.width.count() - 1
        self.width.setCurrentIndex(index)
        self.mode.setCurrentIndex(max(self.mode.findData(profile.text_mode), 0))
        self.status.setChecked(profile.status_query)

    def profile(self) -> PrinterProfile | None:
        """The printer as configured here; None when no address; DomainError when it is wrong."""
        text = self.address.text().strip()
        if not text:
            return None
        return parse_printer_uri(text).with_(
            width_dots=self.width.currentData(),
            text_mode=self.mode.currentData(),
            status_query=self.status.isChecked(),
        )

    def uri(self) -> str:
        profile = self.profile()
        return profile.uri if profile else ""

    # ---- background checks -----------------------------------------------------------------
    def find_printers(self) -> None:
        self.find_button.setEnabled(False)
        self.result.setText(self.tr("Looking for printers…"))
        self.runner.run_in_pool(find_printers, self._found)

    def _found(self, found: list[Found] | None, error: Exception | None) -> None:
        self.find_button.setEnabled(True)
        self.found_menu.clear()
        if error is not None or not found:
            self.result.setText(
                self.tr("No printer found on this PC: type a network printer's address.")
                if error is None
                else error_text(error)
            )
            return
        self.result.setText(self.tr("%n printer(s) found: choose one.", "", len(found)))
        for printer in found:
            action = self.found_menu.addAction(printer.label)
            action.setData(printer.uri)
            action.triggered.connect(lambda _=False, uri=printer.uri: self.choose(uri))
        self.found_menu.popup(self.find_button.mapToGlobal(self.find_button.rect().bottomLeft()))

    def choose(self, uri: str) -> None:
        self.address.setText(uri)
        self.result.setText(self.tr("Print a test page to check the paper width and text."))

    def test_connection(self) -> None:
        profile = self._checked_profile()
        if profile is not None:
            self._run(lambda: probe(profile))

    def print_test_page(self) -> None:
        profile = self._checked_profile()
        if profile is not None:
            self._run(lambda: send(render_test_page(profile), profile))

    def _checked_profile(self) -> PrinterProfile | None:
        try:
            profile = self.profile()
        except DomainError as exc:
            self.result.setText(error_text(exc))
            return None
        if profile is None:
            self.result.setText(self.tr("Enter the printer's address first."))
        return profile

    def _run(self, fn: Any) -> None:
        self.test_button.setEnabled(False)
        self.page_button.setEnabled(False)
        self.result.setText(self.tr("Working…"))
        self.runner.run_in_pool(fn, self._done)

    def _done(self, result: SendResult | None, error: Exception | None) -> None:
        self.test_button.setEnabled(True)
        self.page_button.setEnabled(True)
        if error is not None or result is None:
            self.result.setText(error_text(error))
        elif result.confirmed:
            self.result.setText(self.tr("The printer answered: it is ready."))
        elif result.ok:
            self.result.setText(self.tr("Sent. (This printer does not confirm jobs.)"))
        elif result.no_status_answer and self.status.isChecked():
            # It took the connection but never answered: every job would stay unconfirmed.
            self.result.setText(
                self.tr(
                    "The printer is reachable but does not answer status queries, so its jobs "
                    "cannot be confirmed. Turn confirmation off for it?"
                )
            )
            self.status_off_button.setVisible(True)
        else:
            self.result.setText(result.error)


class PrinterSettingsDialog(QDialog):
    saved = Signal(object)  # PrinterSettings
    loaded = Signal()

    def __init__(
        self, runner: PrintQueueRunner, parent: QWidget | None = None, *, actor: Actor
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        # Saving is a settings change (R48): a cashier's save asks a manager to approve.
        self.actor = actor
        self.worker = runner.worker
        self.setWindowTitle(self.tr("Printer settings"))
        self.receipt = PrinterBox(self.tr("Receipt printer"), runner, self)
        self.label = PrinterBox(self.tr("Label printer"), runner, self)
        self.language = QComboBox(self)
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.drawer = QComboBox(self)
        self.drawer.addItem(self.tr("No cash drawer"), 0)
        self.drawer.addItem(self.tr("Cash drawer on pin 2"), 2)
        self.drawer.addItem(self.tr("Cash drawer on pin 5"), 5)
        self.label_on_ship = QCheckBox(self.tr("Print the label when an order is shipped"), self)
        self.after_sale = QComboBox(self)
        self.after_sale.addItem(self.tr("Always"), "always")
        self.after_sale.addItem(self.tr("Ask each time"), "ask")
        self.after_sale.addItem(self.tr("Never"), "never")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        form = QFormLayout()
        form.addRow(self.tr("Printed language"), self.language)
        form.addRow(self.tr("Cash drawer (opens with each receipt)"), self.drawer)
        form.addRow(self.tr("Receipt after a counter sale"), self.after_sale)
        form.addRow("", self.label_on_ship)
        layout = QVBoxLayout(self)
        layout.addWidget(self.receipt)
        layout.addWidget(self.label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        runner.worker.submit(
            lambda core: core.read(printer_settings.load), self._loaded, self._failed
        )

    def _loaded(self, settings: PrinterSettings) -> None:
        self.receipt.set_uri(settings.receipt_printer)
        self.label.set_uri(settings.label_printer)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.drawer.setCurrentIndex(max(self.drawer.findData(settings.drawer_pin), 0))
        self.label_on_ship.setChecked(settings.label_on_ship)
        self.after_sale.setCurrentIndex(
            max(self.after_sale.findData(settings.receipt_after_sale), 0)
        )
        self.loaded.emit()

    def settings(self) -> PrinterSettings:
        return PrinterSettings(
            receipt_printer=self.receipt.uri(),
            label_printer=self.label.uri(),
            language=self.language.currentData(),
            drawer_pin=self.drawer.currentData(),
            label_on_ship=self.label_on_ship.isChecked(),
            receipt_after_sale=self.after_sale.currentData(),
        )

    def save(self) -> None:
        try:
            settings = self.settings()
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return

        actor = self.actor

        def store(core: Core) -> PrinterSettings:
            return core.write(printer_settings.save, settings, actor=actor)

        self.save_button.setEnabled(False)
        self.runner.worker.submit(store, self._saved, self._failed)

    def _saved(self, settings: PrinterSettings) -> None:
        self.saved.emit(settings)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError) and manager_fallback(self, self.save)(exc):
            return  # R48: a manager approves with their PIN, then the save runs again
        self.message.setText(error_text(exc))


def _without(uri: str, keys: tuple[str, ...]) -> str:
    parts = urlsplit(uri)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k not in keys])
    return urlunsplit(parts._replace(query=query))
