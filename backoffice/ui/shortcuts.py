"""Every keyboard shortcut of the app in one table (issue 13). Menus, buttons and their tooltips
take their keys from here, and Help → Shortcuts lists them all, so what the sheet says is what
the keys do. A test checks that no two shortcuts of one place share keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Order list")
ORDER = QT_TRANSLATE_NOOP("Shortcuts", "Order")
SALE = QT_TRANSLATE_NOOP("Shortcuts", "Counter sale")


@dataclass(frozen=True)
class Key:
    keys: str  # QKeySequence's portable text
    what: str  # English, translated in context "Shortcuts"
    where: str  # WINDOW, ORDER or SALE

    @property
    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)

    def text(self) -> str:
        """The keys as this platform writes them (Ctrl+L, ⌘L)."""
        return self.sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _k(keys: str, what: str, where: str) -> Key:
    return Key(keys, what, where)


# ---- the order list ------------------------------------------------------------------------------
SEARCH = _k("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search, or scan an order"), WINDOW)
OPEN = _k("Return", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected order"), WINDOW)
COUNTER_SALE = _k("F2", QT_TRANSLATE_NOOP("Shortcuts", "New counter sale"), WINDOW)
LIST_LABELS = _k(
    "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Print labels of the selected orders"), WINDOW
)
LIST_RECEIPTS = _k(
    "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print receipts of the selected orders"), WINDOW
)
CANCEL_SELECTED = _k(
    "Ctrl+Shift+X", QT_TRANSLATE_NOOP("Shortcuts", "Cancel the selected orders"), WINDOW
)
STAGE_MOVES = _k(
    "Ctrl+1",
    QT_TRANSLATE_NOOP("Shortcuts", "Move the selected orders on (Ctrl+1 … Ctrl+6)"),
    WINDOW,
)
ACTIONS_MENU = _k("Ctrl+B", QT_TRANSLATE_NOOP("Shortcuts", "Open the Actions menu"), WINDOW)
EXPORT = _k("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export"), WINDOW)
NEXT_TAB = _k("Ctrl+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next tab"), WINDOW)
PREVIOUS_TAB = _k("Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Previous tab"), WINDOW)
LOCK = _k("Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock the counter"), WINDOW)
QUIT = _k("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit"), WINDOW)
HELP = _k("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"), WINDOW)

# ---- an open order -------------------------------------------------------------------------------
SHIP = _k("F8", QT_TRANSLATE_NOOP("Shortcuts", "Ship (carrier and tracking number)"), ORDER)
PRINT_LABEL = _k("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Print the shipping label"), ORDER)
PRINT_RECEIPT = _k("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print the receipt"), ORDER)
MEMO = _k("Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "Write a memo"), ORDER)
NEXT_ORDER = _k("Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next order of the list"), ORDER)
PREVIOUS_ORDER = _k(
    "Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous order of the list"), ORDER
)
CANCEL_ORDER = _k("Ctrl+Shift+X", QT_TRANSLATE_NOOP("Shortcuts", "Cancel or return items"), ORDER)
CLOSE = _k("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close the order"), ORDER)

# ---- the counter sale ----------------------------------------------------------------------------
PAY = _k("F12", QT_TRANSLATE_NOOP("Shortcuts", "Pay"), SALE)
CASH = _k("Alt+1", QT_TRANSLATE_NOOP("Shortcuts", "Pay in cash"), SALE)
CARD = _k("Alt+2", QT_TRANSLATE_NOOP("Shortcuts", "Pay by card"), SALE)
RECEIVED = _k("F9", QT_TRANSLATE_NOOP("Shortcuts", "Cash received (change is shown)"), SALE)

ALL: tuple[Key, ...] = tuple(v for v in dict(globals()).values() if isinstance(v, Key))


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def with_keys(tooltip: str, key: Key) -> str:
    """A tooltip that names its keys: "Ship (F8)"."""
    return f"{tooltip} ({key.text()})" if tooltip else key.text()


def bind(button: QAbstractButton, key: Key, scope: QWidget) -> QShortcut:
    """`key` presses `button` anywhere in `scope` (a window or dialog); the tooltip says so."""
    shortcut = QShortcut(key.sequence, scope)
    shortcut.activated.connect(lambda: button.isEnabled() and button.isVisible() and button.click())
    button.setToolTip(with_keys(button.toolTip() or tr(key.what), key))
    return shortcut


def on_action(action: QAction, key: Key) -> QAction:
    """A menu action with `key`; the menu shows the keys beside the text."""
    action.setShortcut(key.sequence)
    action.setToolTip(with_keys(action.text().replace("&", ""), key))
    return action
