"""Column chooser (R34): show, hide and reorder the list's columns for the current tab.

A layout is {"order": [column keys, visual order], "hidden": [keys], "widths": {key: px}}, stored in
list_tabs.columns; `apply_layout`/`read_layout` translate between it and the header."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionHeader,
    QVBoxLayout,
    QWidget,
)

from backoffice.ui.columns import Column

DEFAULT_HIDDEN = ("shop_number",)


def read_layout(header: QHeaderView) -> dict[str, Any]:
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return {
        "order": [Column(i).key for i in logical],
        "hidden": [Column(i).key for i in logical if header.isSectionHidden(i)],
        "widths": {
            Column(i).key: header.sectionSize(i) for i in logical if not header.isSectionHidden(i)
        },
    }


def apply_layout(header: QHeaderView, layout: dict[str, Any] | None) -> None:
    layout = layout or {"hidden": list(DEFAULT_HIDDEN)}
    order = [Column.from_key(k) for k in layout.get("order", [])]
    keys = [c for c in order if c is not None]
    keys += [c for c in Column if c not in keys]  # columns added by a later version go last
    for visual, col in enumerate(keys):
        current = header.visualIndex(col)
        if current != visual:
            header.moveSection(current, visual)
    hidden = set(layout.get("hidden", []))
    for col in Column:
        header.setSectionHidden(col, col.key in hidden)
    for key, width in (layout.get("widths") or {}).items():
        col = Column.from_key(key)
        if col is not None and isinstance(width, int) and width > 10:
            header.resizeSection(col, width)


class OrderHeader(QHeaderView):
    """The list's horizontal header, with the sort arrow pointing the way the values run: down for
    descending (the newest-first 주문일시 column), up for ascending. Qt's own header draws the
    opposite (Ascending as SortDown, an old Windows convention) and staff read it as wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # what QTableView's own header does
        self.setHighlightSections(True)

    def initStyleOptionForIndex(  # noqa: N802 (Qt override)
        self, option: QStyleOptionHeader, logical_index: int
    ) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        flip = {
            QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
            QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
        }
        option.sortIndicator = flip.get(option.sortIndicator, option.sortIndicator)


class ColumnChooser(QDialog):
    """Tick to show, drag or use the buttons to reorder."""

    def __init__(self, layout: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        self._widths = dict(layout.get("widths") or {})
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        hidden = set(layout.get("hidden", []))
        for key in layout["order"]:
            col = Column.from_key(key)
            if col is None:
                continue
            item = QListWidgetItem(col.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if key in hidden else Qt.CheckState.Checked)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        side = QVBoxLayout()
        side.addWidget(self.up)
        side.addWidget(self.down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(side)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(buttons)

    def item_for(self, key: str) -> QListWidgetItem:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        raise KeyError(key)

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def layout_value(self) -> dict[str, Any]:
        order, hidden = [], []
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            order.append(key)
            if item.checkState() != Qt.CheckState.Checked:
                hidden.append(key)
        if len(hidden) == len(order):  # at least the code stays visible
            hidden.remove("code")
        return {"order": order, "hidden": hidden, "widths": self._widths}
