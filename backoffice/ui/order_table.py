"""The order list's table view: it closes the worker's paint gate while it paints, so a long
background job (a bulk action) steps aside instead of competing for the GIL with every cell, and
says when it has painted (a new query's full id list is fetched after its first page shows)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget

from backoffice.ui.ops import PaintGate


class OrderTable(QTableView):
    painted = Signal()  # after each paint (the model fetches a new query's full id list then)

    def __init__(self, gate: PaintGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gate = gate

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        with self._gate.painting():
            super().paintEvent(event)
        self.painted.emit()
