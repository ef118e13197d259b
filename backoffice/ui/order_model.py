"""The order list's table model (STYLE practice 5): it holds the ids of every matching order in
list order (8 bytes each) and small row snapshots for the rows someone has looked at. `data()`
never queries: a missing snapshot is asked of the database worker, in one batch per event-loop
turn around the rows being painted, and the row repaints when it arrives.

A new query shows its first keyset page at once (fast first paint), then the full id list; later
id lists (live updates, R37) are applied as removals and insertions where they differ, so the
view keeps its selection and scroll position.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from backoffice.core import Core
from backoffice.db import listing
from backoffice.db.listing import ListFilter, OrderRow, SortKey
from backoffice.domain.money import format_money
from backoffice.domain.stages import COLOURS, Stage
from backoffice.ui import labels
from backoffice.ui.columns import CODE_ROLE, ID_ROLE, ROW_ROLE, SORT_KEYS, UNREAD_ROLE, Column
from backoffice.ui.ops import Ops

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

FIRST_PAGE = 200
FETCH_MARGIN = 100  # rows fetched beyond those painted, so scrolling a little needs no query
CACHE_LIMIT = 20_000
IDS_AFTER_MS = 50  # a first page no view has painted by then: fetch every id anyway


def common_prefix(a: array[int], b: array[int]) -> int:
    """Length of the longest common prefix (binary search over C-speed slice comparisons)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def common_suffix(a: array[int], b: array[int], limit: int) -> int:
    lo, hi = 0, min(len(a), len(b), limit)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


class OrderTableModel(QAbstractTableModel):
    loaded = Signal()  # the full id list of the current query is in place
    first_page_shown = Signal()  # a new query's first rows are in place
    rows_arrived = Signal()

    def __init__(self, worker: Ops, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ids: array[int] = array("q")
        self._rows: dict[int, OrderRow] = {}
        self._filter = ListFilter()
        self._sort = SortKey.CREATED
        self._descending = True
        self._generation = 0
        self._wanted: tuple[int, int] | None = None
        self._in_flight: set[int] = set()
        self._flush_scheduled = False
        self.is_loaded = False
        self._texts: dict[int, list[str | None]] = {}  # each shown cell's text, by order id
        self._colours: dict[str, QColor] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._queries = listing.Interrupter()  # stops a typed-over query
        self._ids_wanted: int | None = None  # generation whose full id list waits for a paint

    # ---- queries -------------------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    def set_query(
        self, flt: ListFilter, sort: SortKey | None = None, descending: bool | None = None
    ) -> None:
        """Show another filter or order: first page first, then every id."""
        self._filter = flt
        if sort is not None:
            self._sort = sort
        if descending is not None:
            self._descending = descending
        self._generation += 1
        self.is_loaded = False
        gen, flt, key, desc = self._generation, self._filter, self._sort, self._descending
        self._interrupt_older(gen)
        self._ids_wanted = None
        self._worker.submit(
            self._job(gen, listing.first_page, flt, key, desc, FIRST_PAGE),
            lambda rows: self._first_page(gen, rows or []),
            lambda exc: self._failed(gen, exc),
        )

    def view_painted(self) -> None:
        """The view painted the first page: now the full id list is fetched. Fetched while the
        page was painting, its Python work competed with every painted cell for the GIL and made
        a search's typed-to-shown time ~20-40 ms longer."""
        gen, self._ids_wanted = self._ids_wanted, None
        if gen is None or gen != self._generation:
            return
        flt, key, desc = self._filter, self._sort, self._descending
        self._worker.submit(
            self._job(gen, listing.fetch_ids, flt, key, desc),
            lambda ids: self._all_ids(gen, ids if ids is not None else array("q")),
            lambda exc: self._failed(gen, exc),
        )

    def _job(self, gen: int, fn: Callable[..., Any], *args: Any) -> Callable[[Core], Any]:
        """A query of generation `gen` for the database lane. Typed over before it starts, it is
        skipped (None); typed over while it runs (a one-letter search reading a million rows), it
        is stopped (listing.Interrupter), so the lane reaches the newest query at once."""

        def job(core: Core) -> Any:
            if not self._current(gen):
                return None
            return core.read(self._queries.run, gen, fn, *args)

        return job

    def _interrupt_older(self, gen: int) -> None:
        self._queries.interrupt_older(gen)

    def _failed(self, gen: int, exc: Exception) -> None:
        if self._current(gen):  # an interrupted query was typed over: nothing to say
            logger.error("order list query failed", exc_info=exc)

    def _current(self, gen: int) -> bool:
        """Read on the worker thread: an int compare, safe without a lock."""
        return gen == self._generation

    def reload(self, changed_ids: tuple[int, ...] = ()) -> None:
        """Re-read the id list of the same query (something changed elsewhere, R37)."""
        for oid in changed_ids:
            self._rows.pop(oid, None)
            self._texts.pop(oid, None)
        gen, flt, key, desc = self._generation, self._filter, self._sort, self._descending
        self._worker.submit(
            self._job(gen, listing.fetch_ids, flt, key, desc),
            lambda ids: self._all_ids(gen, ids if ids is not None else array("q")),
            lambda exc: self._failed(gen, exc),
        )
        if changed_ids and self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _first_page(self, gen: int, rows: list[OrderRow]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._rows = {r.id: r for r in rows}
        self._texts.clear()
        self._in_flight.clear()
        self._ids = array("q", (r.id for r in rows))
        self.endResetModel()
        self.first_page_shown.emit()
        if len(rows) < FIRST_PAGE:  # that is every match: no second query
            self._all_ids(gen, array("q", self._ids))
        else:  # once painted (ui/order_table.py tells); without a view, shortly
            self._ids_wanted = gen
            QTimer.singleShot(IDS_AFTER_MS, self.view_painted)

    def _all_ids(self, gen: int, ids: array[int]) -> None:
        if gen != self._generation:
            return
        self.apply_ids(ids)
        self.is_loaded = True
        self.loaded.emit()

    def apply_ids(self, new: array[int]) -> None:
        """Turn the current id list into `new` with removals and insertions only where they
        differ, so persistent indexes (selection, current row) follow their orders."""
        old = self._ids
        if old == new:  # a live poll whose changes left this list as it was (C compare)
            return
        p = common_prefix(old, new)
        s = common_suffix(old, new, min(len(old), len(new)) - p)
        old_mid = len(old) - p - s
        new_mid = len(new) - p - s
        if old_mid:
            self.beginRemoveRows(QModelIndex(), p, p + old_mid - 1)
            self._ids = old[:p] + old[len(old) - s :]
            self.endRemoveRows()
        if new_mid:
            self.beginInsertRows(QModelIndex(), p, p + new_mid - 1)
            self._ids = new
            self.endInsertRows()
        self._ids = new

    # ---- row snapshots -------------------------------------------------------------------
    def _want(self, row: int) -> None:
        lo, hi = (row, row) if self._wanted is None else self._wanted
        self._wanted = (min(lo, row), max(hi, row))
        if not self._flush_scheduled:
            self._flush_scheduled = True
            QTimer.singleShot(0, self._flush)

    def _flush(self) -> None:
        self._flush_scheduled = False
        if self._wanted is None:
            return
        lo, hi = self._wanted
        self._wanted = None
        lo = max(0, lo - FETCH_MARGIN)
        hi = min(len(self._ids) - 1, hi + FETCH_MARGIN)
        missing = [
            oid
            for oid in self._ids[lo : hi + 1]
            if oid not in self._rows and oid not in self._in_flight
        ]
        if not missing:
            return
        self._in_flight.update(missing)
        self._worker.submit(
            lambda core: core.read(listing.rows_for, missing),
            lambda rows: self._arrived(missing, rows),
        )

    def _arrived(self, asked: list[int], rows: dict[int, OrderRow]) -> None:
        self._in_flight.difference_update(asked)
        if len(self._rows) + len(rows) > CACHE_LIMIT:
            self._rows.clear()  # old snapshots are cheap to fetch again; memory stays bounded
            self._texts.clear()
        self._rows.update(rows)
        for oid in rows:
            self._texts.pop(oid, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))
        self.rows_arrived.emit()

    def refresh_rows(self, ids: tuple[int, ...]) -> None:
        """Fetch fresh snapshots of these orders now (they changed elsewhere)."""
        wanted = [oid for oid in ids]
        if not wanted:
            return
        self._worker.submit(
            lambda core: core.read(listing.rows_for, wanted), lambda rows: self._arrived([], rows)
        )

    def mark_read(self, order_id: int) -> None:
        row = self._rows.get(order_id)
        if row is not None and row.unread:
            self._rows[order_id] = row._replace(unread=False)
            self._texts.pop(order_id, None)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    # ---- lookups for the window ----------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def snapshot(self, row: int) -> OrderRow | None:
        oid = self.id_at(row)
        return None if oid is None else self._rows.get(oid)

    def all_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, order_id: int) -> int | None:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return None

    # ---- Qt model interface --------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount() — two calls into Python for every
        # cell a view paints; this is one.
        if parent.isValid() or not (0 <= row < len(self._ids) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(Column) and role == Qt.ItemDataRole.DisplayRole:
            return Column(section).title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self.set_query(self._filter, key, descending)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._ids):
            return None
        return self._value(r, index.column(), role)

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:  # noqa: N802 (Qt)
        """Every role a view asks of one cell, in one call (Qt 6's item delegates ask this way).

        Each call from Qt into Python takes the GIL; while a background thread runs Python (a bulk
        action), each such call may wait for it, so a paint made of ~7 calls per cell stalled the
        window for 100+ ms. One call per cell keeps a paint short under that load."""
        r = index.row()
        if not index.isValid() or not 0 <= r < len(self._ids):
            for role_data in span:
                role_data.clearData()
            return
        col = index.column()
        # Every role gets an answer, an empty one included: a delegate hands the same span from
        # cell to cell, so a value left in place would show on the next cell (a bold row).
        for role_data in span:
            role = role_data.role()
            value = self._value(r, col, role) if role in _ROLES else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, r: int, col: int, role: int) -> Any:
        # Qt asks ~7 roles of every visible cell on every paint: answer the ones it does not
        # need at once, and keep each cell's text (formatting and translating cost most).
        oid = self._ids[r]
        if role == _ID:
            return oid
        row = self._rows.get(oid)
        if row is None:
            if role == _DISPLAY:
                self._want(r)
                return "…" if col == Column.CODE else ""
            return None
        if role == _DISPLAY or (role == _TOOLTIP and col in _TIP_COLUMNS):
            texts = self._texts.get(oid)
            if texts is None:
                texts = self._texts[oid] = [None] * len(Column)
            text = texts[col]
            if text is None:
                text = texts[col] = _display(row, Column(col))
            return text
        if role == _CODE:
            return row.code
        if role == _ROW:
            return row
        if role == _UNREAD:
            return row.unread
        if role == _FOREGROUND and col == Column.STAGE:
            colour = row.custom_colour or COLOURS.get(_stage(row.stage), "#000000")
            qcolour = self._colours.get(colour)
            if qcolour is None:
                qcolour = self._colours[colour] = QColor(colour)
            return qcolour
        if role == _FONT and row.unread:
            return self._bold  # R37: new orders stand out until opened
        if role == _ALIGN and col == Column.TOTAL:
            return _RIGHT
        return None

    def forget_texts(self) -> None:
        """Drop the kept cell texts (the UI language changed)."""
        self._texts.clear()


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)  # the window caps these columns; the tip shows all
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID, _CODE, _ROW, _UNREAD = int(ID_ROLE), int(CODE_ROLE), int(ROW_ROLE), int(UNREAD_ROLE)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _ALIGN, _ID, _CODE, _ROW, _UNREAD})
_TIP_COLUMNS = frozenset({Column.ITEMS, Column.STAGE, Column.CHANNEL, Column.TRACKING})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLUMNS = len(Column)


def _stage(value: str) -> Stage | None:
    try:
        return Stage(value)
    except ValueError:
        return None


def _display(row: OrderRow, col: Column) -> str:
    if col == Column.CODE:
        return row.code
    if col == Column.SHOP_NUMBER:
        return row.shop_order_number
    if col == Column.CREATED:
        return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if col == Column.BUYER:
        return row.buyer_name
    if col == Column.PHONE:
        return row.buyer_phone
    if col == Column.ITEMS:
        return row.items_summary
    if col == Column.TOTAL:
        return format_money(row.total, row.currency)
    if col == Column.PAYMENT:
        return labels.label(labels.PAYMENT, row.payment_status)
    if col == Column.STAGE:
        stage = labels.label(labels.STAGES, row.stage)
        return f"{stage} · {row.custom_status}" if row.custom_status else stage  # R13
    if col == Column.CHANNEL:
        channel = labels.label(labels.CHANNELS, row.channel)
        # "자사몰 · 데모 스토어 (Demo Store)": shop names often carry brackets of their own
        return f"{channel} · {row.channel_detail}" if row.channel_detail else channel
    if col == Column.TRACKING:
        return " ".join(p for p in (row.carrier, row.tracking_numbers) if p)
    if col == Column.MEMO:
        return "✎" if row.has_memo else ""
    if col == Column.CLAIM:
        if row.cancel_requested:
            return labels.tr(labels.FLAGS["cancel_request"])
        return labels.tr(labels.FLAGS["claim"]) if row.has_open_claim else ""
    return ""
