"""The order list's search box as a scanner uses it (R32, issue 13). A mixin of `MainWindow`,
which supplies `search`, `model`, `worker`, `apply_query`, `open_row` and `_show_order`.

- Keys typed on the table, the tabs or a button go to the search box: a scan works wherever focus
  is in the window.
- A person's key searches at once; a scanner's burst (keys under SEARCH_DELAY_MS apart) waits for
  its end.
- Enter opens the order with that code, shop order number or tracking number and clears the box;
  other text is a search — one match opens, several stay listed, none says "Order not found".
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from backoffice.services.orders import changes as orders

# A scanner types keys ms apart, a person 100+ ms apart. A key after a quiet spell searches at
# once (a person's every key); keys closer together than this wait until the burst ends.
SEARCH_DELAY_MS = 30
NOTICE_MS = 10_000


def _takes_text(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit)


class ScanMixin:
    scan_notice: QLabel

    def _scan_notice(self: Any) -> QLabel:
        """The "Order not found: CODE" line under the search box, hidden until a scan misses."""
        self.scan_notice = QLabel(self)
        self.scan_notice.setObjectName("scanNotice")
        self.scan_notice.setStyleSheet(
            "QLabel#scanNotice { background: #fdecea; border: 1px solid #e57373; padding: 4px; }"
        )
        self.scan_notice.hide()
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._notice_timer.timeout.connect(self.scan_notice.hide)
        return self.scan_notice

    def _typed(self: Any, _text: str) -> None:
        now = time.monotonic()
        quiet = now - self._last_key >= SEARCH_DELAY_MS / 1000
        self._last_key = now
        if quiet and not self._search_timer.isActive():
            self.apply_query()  # a person's key: no reason to wait
        else:
            self._search_timer.start()  # a burst (a scanner): search when it ends

    def _scan_keys_go_to_search(self: Any) -> None:
        """Keys typed on the table, the tabs or a button go to the search box."""
        for widget in (self, *self.findChildren(QWidget)):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not _takes_text(widget):
                widget.installEventFilter(self)

    def eventFilter(self: Any, watched: Any, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()
            and event.text().strip()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.selectAll()  # the scan replaces what was there
            copy = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(self.search, copy)
            return True
        return super().eventFilter(watched, event)  # type: ignore[misc]

    def _scan(self: Any) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self._search_timer.stop()
        self.scan_notice.hide()
        self.worker.submit(
            lambda core: core.write(orders.open_order, text=text),
            self._scanned,
            lambda _e: self._scan_listed(text),
        )

    def _scanned(self: Any, opened: orders.OpenedOrder) -> None:
        self._clear_search()
        self._show_order(opened)

    def _clear_search(self: Any) -> None:
        if self.search.text():
            self.search.clear()
            self.apply_query()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scan_listed(self: Any, text: str) -> None:
        # Not a code, a shop number or a tracking number: the list shows the matches.
        def listed() -> None:
            if self.model.list_filter.search != text:
                return  # an older query's rows; wait for this one's
            self.model.loaded.disconnect(listed)
            if self.model.rowCount() == 1:
                self.open_row(0)
                self._clear_search()
            elif self.model.rowCount() == 0:
                self.show_not_found(text)

        self.model.loaded.connect(listed)
        self.apply_query()

    def show_not_found(self: Any, text: str) -> None:
        shown = text if len(text) <= 40 else text[:40] + "…"
        said = QCoreApplication.translate("MainWindow", "Order not found: %1")
        self.scan_notice.setText(said.replace("%1", shown))
        self.scan_notice.show()
        self._notice_timer.start()
        self._clear_search()
