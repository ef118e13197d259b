"""Help → Keyboard shortcuts: every shortcut of ui/shortcuts.py, by where it works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.ui import shortcuts


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        keys = sorted(shortcuts.ALL, key=lambda k: (_ORDER.index(k.where), k.what))
        self.table = QTableWidget(len(keys), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        for row, key in enumerate(keys):
            for col, text in enumerate(
                (
                    QCoreApplication.translate("Shortcuts", key.where),
                    key.text(),
                    shortcuts.tr(key.what),
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(620, 560)


_ORDER = [shortcuts.WINDOW, shortcuts.ORDER, shortcuts.SALE]
