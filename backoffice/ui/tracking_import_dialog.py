"""Orders → Import tracking numbers… (송장 일괄 등록, issue 14): the courier's result file read on
the database lane, every row with what will happen to it and why not, the carrier to use, then
Ship: the ready rows shipped in the background with progress and Stop, each order in one change
(services/fulfilment/tracking_import.py), and a report of what shipped and what did not."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain import carriers
from backoffice.services.fulfilment import tracking_import as imports
from backoffice.services.staff.actor import Actor
from backoffice.ui import labels
from backoffice.ui.detail.message_bar import MessageBar
from backoffice.ui.errors_text import error_text
from backoffice.ui.failures import message_for
from backoffice.ui.ops import Ops, OpState

STATUSES = {
    "ready": QT_TRANSLATE_NOOP("TrackingImport", "To ship"),
    "unmatched": QT_TRANSLATE_NOOP("TrackingImport", "No such order"),
    "shipped": QT_TRANSLATE_NOOP("TrackingImport", "Shipped already"),
    "duplicate": QT_TRANSLATE_NOOP("TrackingImport", "Twice in the file"),
    "invalid": QT_TRANSLATE_NOOP("TrackingImport", "Cannot ship"),
}


def _status(code: str) -> str:
    return QCoreApplication.translate("TrackingImport", STATUSES.get(code, code))


class TrackingImportDialog(QDialog):
    finished_import = Signal(object)  # ImportReport

    def __init__(
        self, worker: Ops, actor: Actor, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor, self.path = worker, actor, Path(path)
        self.rows: list[imports.ImportRow] = []
        self.mapping: imports.Mapping | None = None
        self.state: OpState | None = None
        self.report: imports.ImportReport | None = None
        self.setWindowTitle(self.tr("Import tracking numbers"))
        self.message_bar = MessageBar(self)
        self.file_label = QLabel(self.path.name, self)
        self.carrier_combo = QComboBox(self)
        self.carrier_combo.addItem(self.tr("Carrier from the file"), "")
        for carrier in carriers.CARRIERS:
            self.carrier_combo.addItem(labels.carrier_name(carrier), carrier.code)
        self.carrier_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Order"),
                self.tr("Tracking no."),
                self.tr("Carrier"),
                self.tr("What happens"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.ship_button = QPushButton(self.tr("Ship"), self)
        self.ship_button.setObjectName("shipImported")
        self.ship_button.setEnabled(False)
        self.ship_button.clicked.connect(self.ship)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.hide()
        self.stop_button.clicked.connect(lambda: self.state is not None and self.state.cancel())
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Carrier"), self))
        top.addWidget(self.carrier_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.ship_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for button in (self.ship_button, self.stop_button, self.close_button):
            button.setAutoDefault(False)
        self.resize(900, 560)
        self.load()

    # ---- the preview -----------------------------------------------------------------------------

    def load(self) -> None:
        self.ship_button.setEnabled(False)
        path, carrier = self.path, str(self.carrier_combo.currentData() or "")
        self.worker.submit(
            lambda core: core.read(imports.load, path, carrier=carrier),
            self._previewed,
            self._failed,
        )

    def _previewed(self, loaded: imports.Loaded) -> None:
        self.mapping, self.rows, carrier = loaded.mapping, loaded.rows, loaded.carrier
        if not self.carrier_combo.currentData() and carrier:
            found = carriers.find(carrier)
            if found is not None:
                self.carrier_combo.blockSignals(True)
                self.carrier_combo.setCurrentIndex(self.carrier_combo.findData(found.code))
                self.carrier_combo.blockSignals(False)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            why = error_text(row.error) if row.error is not None else ""
            what = _status(row.status) + (f": {why}" if why else "")
            for c, text in enumerate(
                (str(row.line), row.reference, row.tracking, row.carrier, what)
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        counts = Counter(row.status for row in self.rows)
        self.summary.setText(
            " · ".join(f"{_status(s)} {counts[s]}" for s in imports.STATUSES if counts[s])
        )
        ready = counts["ready"]
        self.ship_button.setText(self.tr("Ship %1 order(s)").replace("%1", str(ready)))
        self.ship_button.setEnabled(ready > 0)
        self.message_bar.hide()

    def _failed(self, exc: Exception) -> None:
        self.message_bar.show_error(message_for(self, exc), cause=exc)

    # ---- shipping --------------------------------------------------------------------------------

    def ship(self) -> None:
        ready = [r for r in self.rows if r.status == "ready"]
        if not ready or self.mapping is None:
            return
        state = self.state = OpState(len(ready), self, gate=self.worker.paint_gate)
        self.progress.setRange(0, len(ready))
        self.progress.setValue(0)
        self.progress.show()
        self.stop_button.show()
        self.ship_button.setEnabled(False)
        self.carrier_combo.setEnabled(False)
        state.progressed.connect(lambda done, _total: self.progress.setValue(done))
        actor, rows, mapping = self.actor, list(self.rows), self.mapping

        def job(core: Core) -> imports.ImportReport:
            core.write(imports.remember, mapping)  # the next file of this courier maps itself
            return core.run(
                imports.ship_all,
                actor,
                rows,
                progress=state.report,
                should_stop=state.checkpoint,
            )

        self.worker.submit(job, self._shipped, self._ship_failed)

    def _shipped(self, report: imports.ImportReport) -> None:
        self.report = report
        self.progress.hide()
        self.stop_button.hide()
        self.carrier_combo.setEnabled(True)
        text = self.tr("%1 shipped").replace("%1", str(len(report.shipped)))
        if report.failed:
            text += " · " + self.tr("%1 not shipped").replace("%1", str(len(report.failed)))
        if report.stopped:
            text += " · " + self.tr("stopped: the rest is unchanged")
        failed = {line: error_text(err) for line, err in report.errors.items()}
        for r, row in enumerate(self.rows):
            if row.line in failed:
                self.table.setItem(
                    r, 4, QTableWidgetItem(_status("invalid") + ": " + failed[row.line])
                )
        self.summary.setText(text)
        self.finished_import.emit(report)

    def _ship_failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.stop_button.hide()
        self.carrier_combo.setEnabled(True)
        self.ship_button.setEnabled(True)
        self._failed(exc)


def open_tracking_import(
    parent: QWidget, worker: Ops, actor: Actor, path: Path
) -> TrackingImportDialog:
    dialog = TrackingImportDialog(worker, actor, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    return dialog
