"""One small table model for the detail dialog's lists (lines, shipments, payments, claims,
timeline): frozen snapshot rows in, declared columns out (STYLE 5, 6). `data()` never queries and
never raises; headers are declared with QT_TRANSLATE_NOOP in context "DetailColumns"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from backoffice.domain.money import format_money

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Col:
    header: str  # declared with QT_TRANSLATE_NOOP("DetailColumns", ...)
    text: Callable[[Any], str]
    numeric: bool = False
    colour: Callable[[Any], str] | None = None


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def money(amount: int, currency: str) -> str:
    return format_money(amount, currency)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Col], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("DetailColumns", self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if index.column() >= len(self.columns):
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                return col.text(row)
            if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
                colour = col.colour(row)
                return QColor(colour) if colour else None
            if role == ROW_ROLE:
                return row
        except Exception:  # a view must never crash on one odd row; it shows it empty
            return None
        return None
