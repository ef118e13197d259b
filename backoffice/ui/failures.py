"""The one failure path of the window: what staff see when background work does not succeed.

- A rule said no (`DomainError`): its message in the user's language (ui/errors_text.py).
- The outside world failed (`ExternalError`: the shop, a printer, a locked database): the same
  message, and a Retry button when the caller can run the work again. The work itself is kept
  (the outbox row, the print job, the form the staff typed in).
- Anything else is a bug: logged with its traceback (`logger.exception` style) and shown in the
  crash dialog, whose "Copy details" puts the traceback on the clipboard for the report. The
  window stays usable and nothing staff typed is cleared.

Widgets with a message bar of their own show `failure_text(exc)` there and call `report_bug`
for the third kind; `show_failure` is the default for every other caller (`Ops.on_failure`).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain.errors import DomainError, ExternalError
from backoffice.ui.errors_text import error_text

logger = logging.getLogger(__name__)


class Kind(Enum):
    REFUSED = "refused"  # DomainError: a rule said no
    OUTSIDE = "outside"  # ExternalError: the outside world failed; may be retried
    BUG = "bug"  # anything else


def kind_of(exc: BaseException) -> Kind:
    if isinstance(exc, DomainError):
        return Kind.REFUSED
    if isinstance(exc, ExternalError):
        return Kind.OUTSIDE
    return Kind.BUG


def failure_text(exc: BaseException) -> str:
    """The one line for a message bar; a bug is logged and named as one (the crash dialog, opened
    by `report_bug`, has the details)."""
    if kind_of(exc) is Kind.BUG:
        return QCoreApplication.translate(
            "Failures", "Something went wrong inside Backoffice: %1"
        ).replace("%1", _one_line(exc))
    return error_text(exc)


def details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def report_bug(parent: QWidget | None, exc: BaseException) -> CrashDialog:
    """Log the traceback and show the crash dialog (non-modal: the window stays responsive)."""
    logger.error("unexpected error", exc_info=exc)
    dialog = CrashDialog(parent, exc)
    dialog.show()  # not open(): that would block the window it belongs to
    return dialog


def show_failure(
    parent: QWidget | None, exc: BaseException, retry: Callable[[], None] | None = None
) -> QDialog:
    """The default failure path: a message box for a refusal or an outside failure (with Retry
    when `retry` is given), the crash dialog for a bug. Never blocks: the box is opened, not
    exec()'d."""
    kind = kind_of(exc)
    if kind is Kind.BUG:
        return report_bug(parent, exc)
    icon = QMessageBox.Icon.Information if kind is Kind.REFUSED else QMessageBox.Icon.Warning
    box = QMessageBox(
        icon,
        QCoreApplication.translate("Failures", "Backoffice"),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("failure-box")
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    if kind is Kind.OUTSIDE and retry is not None:
        again = box.addButton(
            QCoreApplication.translate("Failures", "Retry"), QMessageBox.ButtonRole.AcceptRole
        )
        again.setObjectName("retry")
        again.clicked.connect(retry)
    box.open()
    return box


class CrashDialog(QDialog):
    """A bug's dialog: what happened in one line, the traceback folded below, Copy details."""

    def __init__(self, parent: QWidget | None, exc: BaseException) -> None:
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setWindowTitle(QCoreApplication.translate("Failures", "Unexpected error"))
        self.details = details(exc)
        layout = QVBoxLayout(self)
        self.message = QLabel(
            QCoreApplication.translate(
                "Failures", "Backoffice ran into an unexpected problem: %1"
            ).replace("%1", _one_line(exc))
            + "\n"
            + QCoreApplication.translate(
                "Failures",
                "Nothing you typed was cleared; the change may not have been saved. "
                "Please copy the details for the report.",
            )
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.text = QPlainTextEdit(self.details)
        self.text.setReadOnly(True)
        self.text.setVisible(False)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(QCoreApplication.translate("Failures", "Copy details"))
        self.copy_button.setObjectName("copy-details")
        self.show_button = QPushButton(QCoreApplication.translate("Failures", "Show details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.clicked.connect(lambda: self.text.setVisible(not self.text.isVisible()))
        layout.addWidget(buttons)
        self.resize(560, 200)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def message_for(parent: QWidget | None, exc: BaseException) -> str:
    """The line for a widget's own message bar. A bug also takes the bug path (logged, crash
    dialog); the widget keeps what staff typed either way."""
    if kind_of(exc) is Kind.BUG:
        report_bug(parent, exc)
    return failure_text(exc)
