"""Bulk actions in the window (R35): ask what is needed (carrier/tracking, reason), preview how
many orders the action applies to and why the others are skipped, then run it on the database
worker in chunks with a progress dialog and cancel, then report each failure.

Dialogs are opened with `open()` (window-modal, never a nested event loop), so the window keeps
painting and tests drive them like a person would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.db.listing import ListFilter
from backoffice.domain.stages import Stage
from backoffice.services.lists import bulk
from backoffice.services.lists.bulk import BulkAction, BulkPreview, BulkReport
from backoffice.services.staff.actor import Actor
from backoffice.ui import labels
from backoffice.ui.errors_text import error_text
from backoffice.ui.ops import Ops, OpState

CHUNK = 50  # orders per worker job: list paging slips in between chunks
PRINT_CHUNK = 500  # orders per print job (R39: many labels in one job; 10,000 make 20 jobs)


class ActionDialog(QDialog):
    """What a bulk action needs before it can be previewed."""

    def __init__(self, action: BulkAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        form = QFormLayout(self)
        self.carrier = QLineEdit(self)
        self.tracking = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.unpaid = QCheckBox(self.tr("Also orders still waiting for payment"), self)
        self.notify = QCheckBox(self.tr("Notify the customers"), self)  # R47
        self.notify.setChecked(True)
        if action.kind == "cancel":
            self.setWindowTitle(self.tr("Cancel orders"))
            form.addRow(self.tr("Reason"), self.reason)
        else:
            self.setWindowTitle(self.tr("Change stage"))
            if action.target == Stage.SHIPPED:
                form.addRow(self.tr("Carrier"), self.carrier)
                form.addRow(self.tr("Tracking number"), self.tracking)
            if action.target is not None and action.target not in (
                Stage.PENDING_PAYMENT,
                Stage.RECEIVED,
            ):
                form.addRow(self.unpaid)
        form.addRow(self.notify)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _accept(self) -> None:
        if self.action.kind == "cancel" and not self.reason.text().strip():
            self.reason.setFocus()
            return
        self.accept()

    def value(self) -> BulkAction:
        return BulkAction(
            self.action.kind,
            self.action.target,
            carrier=self.carrier.text().strip(),
            tracking=self.tracking.text().strip(),
            reason=self.reason.text().strip(),
            confirm_unpaid=self.unpaid.isChecked(),
        )


class PreviewDialog(QDialog):
    def __init__(self, preview: BulkPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before acting"))
        layout = QVBoxLayout(self)
        n = len(preview.applicable)
        self.summary = QLabel(
            self.tr("The action applies to %n of the chosen orders.", "", n)
            + " "
            + self.tr("%n order(s) chosen.", "", preview.total),
            self,
        )
        layout.addWidget(self.summary)
        self.skipped_lines: list[str] = []
        for reason, ids in sorted(preview.skipped.items(), key=lambda kv: -len(kv[1])):
            text = self.tr("%n skipped: %1", "", len(ids)).replace(
                "%1", labels.label(labels.SKIP_REASONS, reason)
            )
            self.skipped_lines.append(text)
            layout.addWidget(QLabel(text, self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class ReportDialog(QDialog):
    def __init__(
        self, report: BulkReport, parent: QWidget | None = None, action_kind: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bulk action finished"))
        layout = QVBoxLayout(self)
        if report.print_jobs or action_kind == "print":
            text = self.tr("%n order(s) queued for printing.", "", len(report.done))
        else:
            text = self.tr("%n order(s) changed.", "", len(report.done))
        if report.stopped:
            text += " " + self.tr("Stopped before the end.")
        if report.failed:
            text += " " + self.tr("%n order(s) failed:", "", len(report.failed))
        self.summary = QLabel(text, self)
        layout.addWidget(self.summary)
        self.failures = QTableWidget(len(report.failed), 2, self)
        self.failures.setHorizontalHeaderLabels([self.tr("Order code"), self.tr("Why")])
        for r, (code, why) in enumerate(report.failed):
            self.failures.setItem(r, 0, QTableWidgetItem(code))
            # The service's reason in the window's language (R35 report), as the detail dialog.
            error = report.errors.get(code)
            self.failures.setItem(r, 1, QTableWidgetItem(error_text(error) if error else why))
        self.failures.resizeColumnsToContents()
        self.failures.setVisible(bool(report.failed))
        layout.addWidget(self.failures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)


class BulkFlow(QObject):
    finished = Signal(object)  # BulkReport

    def __init__(self, worker: Ops, actor: Callable[[], Actor], window: QWidget) -> None:
        super().__init__(window)
        self._worker = worker
        self._actor = actor
        self._kind = ""  # the kind of the last action run (its report says what it did)
        self._window = window
        self.action_dialog: ActionDialog | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.state: OpState | None = None
        # Hands queued print jobs (id, printer) to the window's print sender; set where printing
        # is wired (ui/main_menus.py). Unset, the jobs wait queued for the next start.
        self.send_print_jobs: Callable[[list[tuple[int, str]]], None] | None = None

    def start(self, action: BulkAction, ids: Sequence[int] | None, flt: ListFilter | None) -> None:
        """`ids` (the selection) or every order `flt` matches (the whole tab)."""
        needs_input = action.kind == "cancel" or (
            action.kind == "stage"
            and action.target
            not in (
                Stage.PENDING_PAYMENT,
                Stage.RECEIVED,
            )
        )
        if needs_input:
            self.action_dialog = ActionDialog(action, self._window)
            self.action_dialog.accepted.connect(
                lambda: self._preview(self.action_dialog.value(), ids, flt)  # type: ignore[union-attr]
            )
            self.action_dialog.open()
        else:
            self.action_dialog = None
            self._preview(action, ids, flt)

    def _preview(
        self, action: BulkAction, ids: Sequence[int] | None, flt: ListFilter | None
    ) -> None:
        chosen = list(ids) if ids is not None else None

        def job(core: Core) -> BulkPreview:
            wanted = (
                chosen if chosen is not None else core.read(bulk.resolve_ids, flt or ListFilter())
            )
            return core.read(bulk.preview_bulk, action, wanted)

        self._worker.submit(job, lambda preview: self._show_preview(action, preview))

    def _show_preview(self, action: BulkAction, preview: BulkPreview) -> None:
        self.preview_dialog = PreviewDialog(preview, self._window)
        self.preview_dialog.accepted.connect(lambda: self._run(action, preview.applicable))
        self.preview_dialog.open()

    def _run(self, action: BulkAction, ids: list[int]) -> None:
        state = self.state = OpState(len(ids), self, gate=self._worker.paint_gate)
        progress = self.progress = QProgressDialog(
            self.tr("Working…"), self.tr("Stop"), 0, len(ids), self._window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(state.cancel)
        state.progressed.connect(lambda done, total: progress.setValue(min(done, total)))
        report = BulkReport()
        notify = self.action_dialog.notify.isChecked() if self.action_dialog else True
        actor = self._actor()  # who is signed in now (R48)
        size = PRINT_CHUNK if action.kind == "print" else CHUNK

        def step(start: int) -> None:
            chunk = ids[start : start + size]

            def job(core: Core) -> BulkReport:
                # R47: "Notify the customers" unticked
                return (core if notify else core.quiet()).write(
                    bulk.run_bulk,
                    actor,
                    action,
                    chunk,
                    progress=lambda done, _total: state.report(start + done),
                    should_stop=state.checkpoint,  # gives way while the list paints
                )

            self._worker.submit(job, lambda part: after(start, part))

        def after(start: int, part: BulkReport) -> None:
            report.merge(part)
            if part.print_jobs and self.send_print_jobs is not None:
                self.send_print_jobs(part.print_jobs)
            nxt = start + size
            if part.stopped or state.cancelled or nxt >= len(ids):
                report.stopped = report.stopped or (state.cancelled and nxt < len(ids))
                self._finish(report)
            else:
                step(nxt)

        self._kind = action.kind
        step(0)

    def _finish(self, report: BulkReport) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
        self.report_dialog = ReportDialog(report, self._window, self._kind)
        self.report_dialog.open()
        self.finished.emit(report)
