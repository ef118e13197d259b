"""Scan or search the catalogue, one widget for the counter sale and the order dialog's "Add
lines" (R17, R32): a scanner's exact SKU and Enter picks that product at once; a name or part of
a SKU lists the matches to choose from. The search runs on the database lane through the host's
`submit`, so the host counts it as busy and shows a failure its own way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from backoffice.core import Core
from backoffice.services.orders.catalogue import VariantRow, search_variants

Submit = Callable[[Callable[[Core], Any], Callable[[Any], None]], None]


class ProductPicker(QWidget):
    picked = Signal(object, bool)  # VariantRow, scanned (an exact SKU: add one at once)
    not_found = Signal(str)  # the text nothing matched
    listed = Signal()  # the matches of a search are in `results` (before picked / not_found)

    def __init__(self, submit: Submit, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.found: list[VariantRow] = []
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.returnPressed.connect(self.search)
        self.results = QComboBox(self)
        self.results.setMinimumContentsLength(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.results, 1)

    def search(self) -> None:
        text = self.edit.text().strip()
        if text:
            self._submit(lambda core: core.read(search_variants, text), self._found)

    def _found(self, result: tuple[bool, list[VariantRow]]) -> None:
        exact, rows = result
        self.found = rows
        self.results.clear()
        for row in rows:
            self.results.addItem(row.label, row.id)
        self.listed.emit()
        if exact and rows:
            self.picked.emit(rows[0], True)
        elif not rows:
            self.not_found.emit(self.edit.text())
        else:
            self.results.setFocus()

    def selected(self) -> VariantRow | None:
        index = self.results.currentIndex()
        return self.found[index] if 0 <= index < len(self.found) else None

    def pick_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.picked.emit(row, False)

    def ready_for_next(self) -> None:
        """Clear the field and put the cursor back in it, for the next scan."""
        self.edit.clear()
        self.edit.setFocus()
