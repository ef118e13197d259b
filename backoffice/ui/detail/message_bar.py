"""The dialog's inline message bar: a refusal from a service (DomainError) or a notice ("changed
elsewhere — reloaded") is shown here, inside the dialog, so nothing typed is lost."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

logger = logging.getLogger(__name__)

ERROR_STYLE = "QFrame#messageBar { background: #fdecea; border: 1px solid #e57373; }"
INFO_STYLE = "QFrame#messageBar { background: #e8f4fd; border: 1px solid #64b5f6; }"


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        self.action_button = QPushButton(self)
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self._action: Callable[[], None] | None = None
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.rule: str | None = None  # the rule behind the last refusal shown (R-number)
        self.hide()

    def show_error(
        self,
        text: str,
        action: str = "",
        on_action: Callable[[], None] | None = None,
        *,
        cause: BaseException | None = None,
    ) -> None:
        """A refusal; with `action`, a button that does what the message offers (e.g. R23's
        "prepare anyway"). The cashier reads `text` without a rule number; the rule of `cause`
        is kept in `rule` and in the log."""
        self.rule = getattr(cause, "rule", None)
        if cause is not None:
            logger.info("refusal shown: %s", cause)
        self._show(text, "error", ERROR_STYLE)
        self._action = on_action
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action and on_action))

    def show_info(self, text: str) -> None:
        self._show(text, "info", INFO_STYLE)

    def _act(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def _show(self, text: str, kind: str, style: str) -> None:
        self.kind = kind
        self.action_button.hide()
        self.setStyleSheet(style)
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
