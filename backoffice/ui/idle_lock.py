"""The idle lock (R48): after `idle_lock_minutes` (a setting, default 10) without a key press,
click or wheel anywhere in the app, the window hides its content and the sign-in dialog asks
for the PIN of the person signed in, or lets another person sign in. Also the Staff menu: lock
now, and while roles are not in use, create the first manager.

An application-wide event filter restarts the timer on input; open dialogs hide while locked and
come back afterwards, acting as whoever signed in (`set_actor`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from backoffice.services.staff.actor import Actor
from backoffice.ui import shortcuts
from backoffice.ui.ops import Ops
from backoffice.ui.sign_in import FirstManagerDialog, SignInDialog
from backoffice.ui.staff_dialog import StaffDialog

if TYPE_CHECKING:
    from backoffice.ui.main_window import MainWindow

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


@runtime_checkable
class ActsAsStaff(Protocol):
    """A window or dialog whose actions are made as `actor`, who is signed in (R48)."""

    actor: Actor


def set_actor(window: MainWindow, actor: Actor) -> None:
    """Everything open now acts as `actor`: the window and its dialogs read `.actor` per action."""
    window.actor = actor
    for widget in QApplication.topLevelWidgets():
        if widget is not window and isinstance(widget, ActsAsStaff):
            widget.actor = actor
    window.signed_in_name = actor.name
    window.retitle()


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal(object)  # Actor

    def __init__(self, window: MainWindow, worker: Ops, interval_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker
        self.screen: SignInDialog | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None and interval_ms > 0:
            app.installEventFilter(self)
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and not self.is_locked and self.timer.interval() > 0:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        # Nothing of the orders stays on screen for whoever walks up to the counter.
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.window and w.isVisible() and w.isWindow()
        ]
        for widget in self._hidden:
            widget.hide()
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
        self.screen = SignInDialog(
            self.worker, self.window, current=self.window.actor.name, locked=True
        )
        self.screen.signed_in.connect(self._unlock)
        self.screen.open()
        self.locked.emit()

    def _unlock(self, actor: Actor) -> None:
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.deleteLater()
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        set_actor(self.window, actor)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.timer.interval() > 0:
            self.timer.start()
        self.unlocked.emit(actor)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def install_staff_menu(
    window: MainWindow, worker: Ops, lock: IdleLock | None, roles_in_use: bool
) -> Any:
    """The Staff menu: lock now (Ctrl+Shift+L), Staff… (the list; a manager adds and changes staff);
    before roles are in use, create the first manager (Staff… appears once they exist)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("StaffMenu", "&Staff"))
    menu.setObjectName("staffMenu")
    if lock is not None:
        action = menu.addAction(QCoreApplication.translate("StaffMenu", "Lock now"))
        action.setObjectName("lockAction")
        shortcuts.on_action(action, shortcuts.LOCK)
        action.triggered.connect(lock.lock)
    staff_action = menu.addAction(QCoreApplication.translate("StaffMenu", "Staff…"))
    staff_action.setObjectName("staffAction")
    staff_action.setVisible(roles_in_use)
    staff_action.triggered.connect(lambda: _open_staff(window, worker))
    if not roles_in_use:
        first = menu.addAction(QCoreApplication.translate("StaffMenu", "Create the first manager…"))
        first.setObjectName("firstManagerAction")

        def create() -> None:
            dialog = FirstManagerDialog(worker, window)
            dialog.signed_in.connect(
                lambda actor: _first_manager_in(window, actor, first, staff_action)
            )
            dialog.open()
            window.first_manager_dialog = dialog

        first.triggered.connect(create)
    return menu


def _open_staff(window: MainWindow, worker: Ops) -> None:
    dialog = StaffDialog(worker, window.actor, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.staff_dialog = dialog


def _first_manager_in(window: MainWindow, actor: Actor, action: Any, staff_action: Any) -> None:
    set_actor(window, actor)
    action.setVisible(False)  # roles are in use from now on; the next start asks for a PIN
    staff_action.setVisible(True)
