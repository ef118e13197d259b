"""Export dialog (R36): the selected orders, or the current tab within a date range, with the
visible columns, to .xlsx or .csv; written on the database worker with progress."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QWidget,
)

from backoffice.core import Core
from backoffice.db import listing
from backoffice.db.listing import ListFilter
from backoffice.services.lists.export import export_orders, timestamped_name
from backoffice.ui import labels
from backoffice.ui.errors_text import error_text
from backoffice.ui.filter_panel import DateRange
from backoffice.ui.ops import Ops, OpState


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, rows
    failed = Signal(str)
    progressed = Signal(int, int)  # rows written, rows in all (the bar's values, as shown)

    def __init__(
        self,
        worker: Ops,
        tab_filter: ListFilter,
        selected_ids: Sequence[int],
        columns: Sequence[str],
        headers: Sequence[str],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export orders"))
        self._worker = worker
        self._tab_filter = tab_filter
        self._selected = list(selected_ids)
        self._columns = list(columns)
        self._headers = list(headers)
        self.state: OpState | None = None
        self.progress: QProgressDialog | None = None
        form = QFormLayout(self)
        self.selection = QRadioButton(
            self.tr("The %n selected order(s)", "", len(self._selected)), self
        )
        self.tab = QRadioButton(self.tr("Every order of this tab, ordered within:"), self)
        self.selection.setEnabled(bool(self._selected))
        (self.selection if self._selected else self.tab).setChecked(True)
        self.dates = DateRange(self)
        form.addRow(self.selection)
        form.addRow(self.tab)
        form.addRow(self.dates)
        self.path = QLineEdit(str(folder / timestamped_name("orders", ".xlsx")), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("File (.xlsx or .csv)"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export orders"), self.path.text(), self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if name:
            self.path.setText(name)

    def chosen_filter(self) -> ListFilter:
        if self.selection.isChecked():
            return ListFilter(ids=tuple(self._selected))
        start, end = self.dates.value()
        flt = self._tab_filter
        from dataclasses import replace

        return replace(
            flt, created_from=start or flt.created_from, created_to=end or flt.created_to
        )

    def _start(self) -> None:
        path = Path(self.path.text().strip())
        flt, columns, headers = self.chosen_filter(), self._columns, self._headers
        self.buttons.setEnabled(False)
        state = self.state = OpState(0, self, gate=self._worker.paint_gate)
        progress = self.progress = QProgressDialog(
            self.tr("Exporting…"), self.tr("Stop"), 0, 0, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)  # a small export ends before it would show
        progress.canceled.connect(state.cancel)
        state.progressed.connect(self._progressed)

        def job(core: Core) -> int:
            state.total = core.read(listing.count, flt)
            state.report(0, force=True)
            return core.read(
                export_orders,
                path,
                flt,
                columns,
                headers,
                labels=labels.export_labels,
                progress=state.report,
                should_stop=state.checkpoint,  # Stop, and give way while the list paints
            )

        self._worker.submit(job, lambda n: self._done(str(path), n), self._error)

    def _progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress = None

    def _done(self, path: str, rows: int) -> None:
        self._close_progress()
        self.exported.emit(path, rows)
        self.accept()

    def _error(self, exc: Exception) -> None:
        self._close_progress()
        self.buttons.setEnabled(True)
        self.failed.emit(error_text(exc))
