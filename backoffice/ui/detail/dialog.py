"""The order detail dialog (issue 4): header with stage actions, then items, shipments, payments,
claims and timeline tabs, and the document actions. A view: every action is a service call on the
database worker (`run`), followed by a reload; a refusal (DomainError) is shown in the inline
message bar and nothing typed is cleared. The dialog keeps the order's version, passes it as
`expected_version`, and polls it so a change made elsewhere is announced and reloaded, never
written over (STYLE practices 4 and 12)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from backoffice.core import Core
from backoffice.domain.errors import DomainError, NotFound, StaleVersion
from backoffice.services.orders import detail as snapshots
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.services.staff.actor import Actor
from backoffice.ui import labels, shortcuts
from backoffice.ui.detail.actions import ActionsBar
from backoffice.ui.detail.claims import ClaimsPanel
from backoffice.ui.detail.header import HeaderPanel
from backoffice.ui.detail.items import ItemsPanel
from backoffice.ui.detail.message_bar import MessageBar
from backoffice.ui.detail.payments import PaymentsPanel
from backoffice.ui.detail.ship_bar import ShipBar
from backoffice.ui.detail.shipments import ShipmentsPanel
from backoffice.ui.detail.timeline import TimelinePanel
from backoffice.ui.errors_text import error_text
from backoffice.ui.failures import Kind, failure_text, kind_of, message_for
from backoffice.ui.ops import Ops
from backoffice.ui.printing.actions import send_documents
from backoffice.ui.printing.runner import PrintQueueRunner

logger = logging.getLogger(__name__)

POLL_MS = 2000
Job = Callable[[Core, int], Any]


class OrderDetailDialog(QDialog):
    reloaded = Signal()
    deleted = Signal(str)

    def __init__(
        self,
        worker: Ops,
        code: str,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        printer: PrintQueueRunner | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.printer = printer  # None: a dialog opened without the window's printing
        self.worker = worker
        self.code = code
        self.actor = actor
        self.snapshot: OrderSnapshot | None = None
        self._pending = 0  # our own jobs in flight: the poll stays quiet meanwhile
        self._polling = False
        self.setWindowTitle(self.tr("Order %1").replace("%1", code))
        layout = QVBoxLayout(self)
        self.header = HeaderPanel(self)
        self.message_bar = MessageBar(self)
        self.ship_bar = ShipBar(self)
        self.tabs = QTabWidget(self)
        self.items = ItemsPanel(self)
        self.shipments = ShipmentsPanel(self)
        self.payments = PaymentsPanel(self)
        self.claims = ClaimsPanel(self)
        self.timeline = TimelinePanel(self)
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.shipments, self.tr("Shipments"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.claims, self.tr("Claims"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.actions_bar = ActionsBar(self)
        layout.addWidget(self.header)
        layout.addWidget(self.ship_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.actions_bar)
        self.panels = [
            self.header,
            self.items,
            self.shipments,
            self.payments,
            self.claims,
            self.timeline,
            self.actions_bar,
            self.ship_bar,  # after the shipments tab: it reads the shipment chosen there
        ]
        # Enter belongs to the field it is typed in (a scanner's SKU, a tracking number), never
        # to a default button that would move the order along by accident.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.navigate: Callable[[int], None] | None = None  # next/previous order of the list
        self._bind_shortcuts()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self._poll)
        self.resize(1100, 760)
        self.reload()
        self.poll_timer.start()

    # ---- shortcuts (ui/shortcuts.py) ---------------------------------------------------------------

    def _bind_shortcuts(self) -> None:
        for key, action in (
            (shortcuts.PRINT_LABEL, lambda: self.print_now("label")),
            (shortcuts.PRINT_RECEIPT, lambda: self.print_now("receipt")),
            (shortcuts.MEMO, self.write_memo),
            (shortcuts.CANCEL_ORDER, self.claim_items),
            (shortcuts.NEXT_ORDER, lambda: self.step(1)),
            (shortcuts.PREVIOUS_ORDER, lambda: self.step(-1)),
        ):
            QShortcut(key.sequence, self, activated=action)
        for kind, key in (("label", shortcuts.PRINT_LABEL), ("receipt", shortcuts.PRINT_RECEIPT)):
            button = self.actions_bar.print_buttons.get(kind)
            if button is not None and self.printer is not None:
                button.setToolTip(shortcuts.with_keys(shortcuts.tr(key.what), key))

    def print_now(self, kind: str) -> None:
        """The shortcut prints straight to the configured printer (the buttons preview first)."""
        if self.printer is None:
            return
        code = self.code
        send_documents(
            self.printer,
            self.actor,
            kind,
            [code],
            on_queued=lambda _job: self.message_bar.show_info(
                self.tr("%1 of %2 sent to the printer")
                .replace("%1", QCoreApplication.translate("Actions", labels.ACTION_DOCUMENTS[kind]))
                .replace("%2", code)
            ),
            on_error=lambda exc: self.message_bar.show_error(message_for(self, exc), cause=exc),
        )

    def write_memo(self) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.memo_edit.setFocus()

    def claim_items(self) -> None:
        self.tabs.setCurrentWidget(self.claims)
        self.claims.focus_first_quantity()

    def step(self, delta: int) -> None:
        if self.navigate is not None:
            self.navigate(delta)

    # ---- state ---------------------------------------------------------------------------------

    @property
    def version(self) -> int:
        return self.snapshot.version if self.snapshot else 0

    @property
    def currency(self) -> str:
        return self.snapshot.currency if self.snapshot else "KRW"

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # ---- running service calls -------------------------------------------------------------------

    def run(
        self,
        job: Job,
        done: Callable[[Any], None] | None = None,
        *,
        notice: str = "",
        on_refused: Callable[[DomainError], bool] | None = None,
    ) -> None:
        """Run `job(core, expected_version)` on the database lane; on success call `done`, show
        `notice` and reload; a DomainError goes to the message bar (or to `on_refused` first,
        which returns True when it handled it); an ExternalError too, with Retry."""
        version = self.version
        self._pending += 1
        notify = self.header.notify_box.isChecked()  # R47: off for this one action
        self.header.notify_box.setChecked(True)

        def work(core: Core) -> Any:
            return job(core if notify else core.quiet(), version)

        def ok(result: Any) -> None:
            self._pending -= 1
            if notice:
                self.message_bar.show_info(notice)
            else:
                self.message_bar.hide()
            if done is not None:
                done(result)
            self.reload()

        def failed(exc: Exception) -> None:
            self._pending -= 1
            if kind_of(exc) is Kind.OUTSIDE:  # the database was locked, a disk full: try again

                def again() -> None:
                    self.header.notify_box.setChecked(notify)  # the same choice as the first try
                    self.run(job, done, notice=notice, on_refused=on_refused)

                self.message_bar.show_error(failure_text(exc), self.tr("Retry"), again)
                return
            self._refused(exc, on_refused)

        self.worker.submit(work, ok, failed)

    def _refused(self, exc: Exception, on_refused: Callable[[DomainError], bool] | None) -> None:
        if isinstance(exc, StaleVersion):
            self.message_bar.show_error(
                self.tr(
                    "This order was changed elsewhere: nothing was saved. It has been reloaded."
                )
                + "\n"
                + error_text(exc),
                cause=exc,
            )
            self.reload(keep_message=True)
            return
        if isinstance(exc, DomainError) and on_refused is not None and on_refused(exc):
            return
        self.message_bar.show_error(message_for(self, exc), cause=exc)

    def reload(self, *, keep_message: bool = True, notice: str = "") -> None:
        self._pending += 1
        code = self.code

        def ok(snap: OrderSnapshot) -> None:
            self._pending -= 1
            self.snapshot = snap
            for panel in self.panels:
                panel.populate(snap)
            if notice:
                self.message_bar.show_info(notice)
            self.reloaded.emit()

        def failed(exc: Exception) -> None:
            self._pending -= 1
            if isinstance(exc, NotFound):
                self.poll_timer.stop()
                self.message_bar.show_error(
                    self.tr("Order %1 no longer exists.").replace("%1", code)
                )
                self.set_usable(False)
                return
            self._refused(exc, None)

        self.worker.submit(lambda core: core.read(snapshots.load, code), ok, failed)

    def set_usable(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)
        self.header.setEnabled(enabled)
        self.actions_bar.setEnabled(enabled)

    # ---- changes made elsewhere ------------------------------------------------------------------

    def _poll(self) -> None:
        if self._polling or self.busy or self.snapshot is None:
            return
        self._polling = True
        code = self.code
        self.worker.submit(
            lambda core: core.read(snapshots.current_version, code), self._polled, self._poll_failed
        )

    def _poll_failed(self, _exc: Exception) -> None:
        self._polling = False  # a locked database now is fine on the next tick

    def _polled(self, version: int | None) -> None:
        self._polling = False
        if self.busy or self.snapshot is None:
            return  # our own change is on its way; its reload brings the new version
        if version is None:
            self.reload()
            return
        if version != self.snapshot.version:
            self.reload(notice=self.tr("This order was changed elsewhere — reloaded"))

    # ---- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.poll_timer.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.poll_timer.stop()
        super().done(result)
