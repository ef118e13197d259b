"""The tab bar of saved filters (R31): movable tabs, a context menu to rename or delete (the window
asks for the new name, or for a confirmation, in a dialog); a double-click renames too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QTabBar, QWidget


class TabStrip(QTabBar):
    rename_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMovable(True)
        self.setExpanding(False)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.setUsesScrollButtons(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos: QPoint) -> None:
        index = self.tabAt(pos)
        if index >= 0:
            menu = self.menu_for(index)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.mapToGlobal(pos))

    def menu_for(self, index: int) -> QMenu:
        """The tab's context menu: Rename…, Delete."""
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…")).triggered.connect(
            lambda: self.rename_requested.emit(index)
        )
        menu.addAction(self.tr("Delete")).triggered.connect(
            lambda: self.delete_requested.emit(index)
        )
        return menu
