"""The order list window (R31–R37): tabs of saved filters with counts, a search box a barcode
scanner can type into, the filter panel, the order table, bulk actions, export, live updates and
the status bar. A view: the database is reached only through the worker, never on this thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.db import listing
from backoffice.db.listing import ListFilter, parse_filter
from backoffice.domain.stages import FORWARD, Stage
from backoffice.services.lists import tabs as tabs_service
from backoffice.services.lists.bulk import BulkAction
from backoffice.services.lists.tabs import TabInfo
from backoffice.services.orders import changes as orders
from backoffice.services.orders import statuses
from backoffice.services.orders.views import order_detail_of
from backoffice.services.staff.actor import Actor
from backoffice.ui import labels
from backoffice.ui.bulk_flow import BulkFlow
from backoffice.ui.column_chooser import ColumnChooser, OrderHeader, apply_layout, read_layout
from backoffice.ui.columns import Column
from backoffice.ui.export_dialog import ExportDialog
from backoffice.ui.failures import Kind, failure_text, kind_of, show_failure
from backoffice.ui.filter_panel import FilterPanel
from backoffice.ui.list_scan import SEARCH_DELAY_MS, ScanMixin
from backoffice.ui.list_tabs import TabsMixin
from backoffice.ui.live import LiveUpdates, NewOrderNotice
from backoffice.ui.ops import Ops
from backoffice.ui.order_model import CODE_ROLE, OrderTableModel
from backoffice.ui.order_table import OrderTable
from backoffice.ui.order_view import OrderViewDialog
from backoffice.ui.tab_strip import TabStrip

if TYPE_CHECKING:
    from backoffice.ui.backup_action import BackupFlow
    from backoffice.ui.idle_lock import IdleLock
    from backoffice.ui.printing.runner import PrintQueueRunner
    from backoffice.ui.rules_timer import RulesTimer

logger = logging.getLogger(__name__)

# Free-text columns are capped so every column fits a 1400 px window; the text is elided and the
# tooltip shows all of it.
WIDE_COLUMNS = (Column.ITEMS, Column.STAGE, Column.CHANNEL, Column.TRACKING)
WIDE_COLUMN_CAP = 140


class MainWindow(TabsMixin, ScanMixin, QMainWindow):
    order_opened = Signal(object)  # {"id": …, "code": …} of the order shown
    tabs_loaded = Signal()
    counts_updated = Signal()

    def __init__(
        self,
        worker: Ops,
        actor: Actor,
        database_label: str,
        *,
        export_folder: Path | None = None,
        live_interval_ms: int = 1500,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.worker = worker
        self.actor = actor
        self.export_folder = export_folder or Path.home()
        self.tabs: list[TabInfo] = []
        self.counts: dict[int, int] = {}
        self.ad_hoc: ListFilter | None = None  # the filter panel's filter over the current tab
        self._applying_layout = False
        self.order_dialog: OrderViewDialog | None = None
        self.open_detail: Callable[[str], object] | None = None  # set by ui/main_menus.py
        self.export_dialog: ExportDialog | None = None
        self.column_dialog: ColumnChooser | None = None
        # Parts build_window (ui/application.py) and main_menus.py give the window:
        self.printer: PrintQueueRunner | None = None
        self.staff_dialog: QDialog | None = None
        self.first_manager_dialog: QDialog | None = None
        self.backup_flow: BackupFlow | None = None
        self.idle_lock: IdleLock | None = None
        self.rules_timer: RulesTimer | None = None
        self.notifications_dialog: QDialog | None = None
        self.detail_dialog: QDialog | None = None  # the last order opened
        self.shop_details_dialog: QDialog | None = None
        self.shops_dialog: QDialog | None = None
        # Set by the app (application.build_window): rebuild this window in another language.
        self.switch_language: Callable[[str], object] | None = None
        self.shortcuts_sheet: QWidget | None = None
        self.tracking_import_dialog: QWidget | None = None
        self.courier_layout_dialog: QDialog | None = None
        self.about_box: QWidget | None = None
        self.failure_dialog: QDialog | None = None  # the last one the failure path showed
        self._stoppers: list[Callable[[], None]] = []

        self.model = OrderTableModel(worker, self)
        self.model.loaded.connect(self._update_status)
        self.model.modelReset.connect(lambda: QTimer.singleShot(0, self._fit_columns))
        self._fit_pending = True
        self.bulk = BulkFlow(worker, lambda: self.actor, self)
        self.bulk.finished.connect(lambda _r: self._after_change())

        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.tab_strip = TabStrip(self)
        self.tab_strip.currentChanged.connect(self._tab_changed)
        self.tab_strip.tabMoved.connect(lambda _a, _b: self._save_tab_order())
        self.tab_strip.rename_requested.connect(self._rename_tab)
        self.tab_strip.delete_requested.connect(self._delete_tab)
        self.tab_strip.tabBarDoubleClicked.connect(self._rename_tab)
        outer.addWidget(self.tab_strip)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search code, shop order no., name, phone, e-mail, tracking (Ctrl+F)")
        )
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self._last_key = -1.0  # time.monotonic() of the last key typed into the search box
        self.search.textEdited.connect(self._typed)
        self.search.returnPressed.connect(self._scan)
        self.filters_button = QPushButton(self.tr("Filters"), self, checkable=True)
        self.columns_button = QPushButton(self.tr("Columns…"), self)
        self.actions_button = QPushButton(self.tr("Actions"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        bar.addWidget(self.search, 1)
        for b in (
            self.filters_button,
            self.columns_button,
            self.actions_button,
            self.export_button,
        ):
            bar.addWidget(b)
        outer.addLayout(bar)
        outer.addWidget(self._scan_notice())

        self.filter_panel = FilterPanel(self)
        self.filter_panel.hide()
        self.filters_button.toggled.connect(self.filter_panel.setVisible)
        self.filter_panel.applied.connect(self._filter_applied)
        self.filter_panel.save_requested.connect(self._save_filter_as_tab)
        outer.addWidget(self.filter_panel)

        self.settings = settings if settings is not None else QSettings("Backoffice", "Backoffice")
        self.notice = NewOrderNotice(self.settings, self)
        outer.addWidget(self.notice)

        self.table = OrderTable(worker.paint_gate, self)
        self.table.setHorizontalHeader(OrderHeader(self.table))
        self.table.setModel(self.model)
        self.table.painted.connect(self.model.view_painted)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setResizeContentsPrecision(100)  # measure the first rows, not a million
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(lambda *_: self._layout_changed())
        header.sectionResized.connect(lambda *_: self._layout_changed())
        self._default_widths()
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_status())
        outer.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", database_label), self)
        self.count_label = QLabel(self)
        self.sync_label = QLabel(self.tr("Sync: not set up"), self)  # the sync issue fills this
        self.statusBar().addWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.sync_label)

        self._build_actions()
        self.columns_button.clicked.connect(self.choose_columns)
        self.export_button.clicked.connect(self.export)
        self.setTabOrder(self.search, self.table)

        self._scan_keys_go_to_search()
        self._first_show = True
        self.live = LiveUpdates(worker, live_interval_ms, self)
        self.live.changed.connect(self._live_changed)
        self.signed_in_name = ""  # shown in the title while staff sign in (R48; ui/idle_lock)
        self.retitle()
        self.resize(1280, 760)
        self.worker.submit(
            lambda core: core.write(tabs_service.ensure_default_tabs), self._tabs_ready
        )
        self.worker.submit(
            lambda core: core.read(statuses.list_statuses), self.filter_panel.set_custom_statuses
        )  # R13
        self.live.start()

    # ---- actions and shortcuts -------------------------------------------------------------
    def _build_actions(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self.step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self.step_tab(-1))
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        menu = QMenu(self)
        self.stage_actions: dict[Stage, QAction] = {}
        for n, stage in enumerate(FORWARD[1:], start=1):
            action = QAction(
                self.tr("Selected → %1").replace("%1", labels.label(labels.STAGES, stage)), self
            )
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(
                lambda _c=False, s=stage: self.bulk_selected(BulkAction("stage", s))
            )
            self.addAction(action)
            menu.addAction(action)
            self.stage_actions[stage] = action
        self.cancel_action = QAction(self.tr("Cancel selected…"), self)
        self.cancel_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.cancel_action.triggered.connect(lambda: self.bulk_selected(BulkAction("cancel")))
        self.addAction(self.cancel_action)
        menu.addAction(self.cancel_action)
        menu.addSeparator()
        tab_menu = menu.addMenu(self.tr("Every order of this tab"))
        for stage in FORWARD[1:]:
            act = tab_menu.addAction(labels.label(labels.STAGES, stage))
            act.triggered.connect(lambda _c=False, s=stage: self.bulk_tab(BulkAction("stage", s)))
        tab_menu.addAction(self.tr("Cancel…")).triggered.connect(
            lambda: self.bulk_tab(BulkAction("cancel"))
        )
        tab_menu.addSeparator()  # R35 + R39: every order of the tab, queued as print jobs
        self.print_tab_actions = {
            "label": tab_menu.addAction(self.tr("Print shipping labels")),
            "receipt": tab_menu.addAction(self.tr("Print receipts")),
        }
        for document, act in self.print_tab_actions.items():
            act.triggered.connect(
                lambda _c=False, d=document: self.bulk_tab(BulkAction("print", document=d))
            )
        self.actions_menu = menu
        self.actions_button.setMenu(menu)
        view = self.view_menu = QMenu(self.tr("&View"), self)  # added last, on first show
        view.addAction(self.tr("Columns…")).triggered.connect(self.choose_columns)
        self.sound_action = view.addAction(self.tr("Sound for new orders"))
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(self.notice.sound_enabled)
        self.sound_action.toggled.connect(self.notice.set_sound_enabled)  # R37
        QShortcut(QKeySequence("Ctrl+B"), self, self.actions_button.showMenu)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def step_tab(self, delta: int) -> None:
        count = self.tab_strip.count()
        if count:
            self.tab_strip.setCurrentIndex((self.tab_strip.currentIndex() + delta) % count)

    # ---- tabs ------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        tab = self.current_tab
        if tab is None:
            return
        self.ad_hoc = None
        self.filter_panel.set_value(parse_filter(tab.filter))
        self._applying_layout = True
        apply_layout(self.table.horizontalHeader(), tab.columns)
        self._applying_layout = False
        self._fit_pending = not (tab.columns or {}).get("widths")
        self.apply_query()

    def tab_filter(self) -> ListFilter:
        tab = self.current_tab
        base = self.ad_hoc or parse_filter(tab.filter if tab else {})
        return base.with_search(self.search.text().strip())

    def apply_query(self) -> None:
        self.model.set_query(self.tab_filter())

    def _filter_applied(self, flt: ListFilter) -> None:
        self.ad_hoc = flt
        self.apply_query()

    # ---- columns (R34) ---------------------------------------------------------------------
    def _default_widths(self) -> None:
        header = self.table.horizontalHeader()
        fm = self.fontMetrics()
        samples = {
            Column.CODE: "WWW-WWW-WWW",
            Column.SHOP_NUMBER: "00000000",
            Column.CREATED: "2026-12-31 23:59",
            Column.BUYER: "홍길동홍길",
            Column.PHONE: "010-0000-00000",
            Column.ITEMS: "오가닉 코튼 티셔츠 외 2건",
            Column.TOTAL: "1,000,000원",
            Column.PAYMENT: "부분결제 Partly",
            Column.STAGE: "Pending payment",
            Column.CHANNEL: "Marketplace",
            Column.TRACKING: "CJ대한통운 000000000000",
            Column.MEMO: "Memo",
            Column.CLAIM: "Cancel request",
        }
        for col, sample in samples.items():
            header.resizeSection(col, fm.horizontalAdvance(sample) + 24)

    def _fit_columns(self) -> None:
        """A tab without saved widths fits its columns to the first rows (Korean text is wide),
        once; at most 100 rows are measured, so this costs the same for a million orders."""
        if not self._fit_pending or self.model.rowCount() == 0:
            return
        self._fit_pending = False
        self._applying_layout = True
        header = self.table.horizontalHeader()
        natural: dict[Column, int] = {}
        fitted: dict[Column, int] = {}
        for col in Column:
            if not header.isSectionHidden(col):
                # what resizeColumnToContents measures, also right for the stretched last one
                wanted = max(self.table.sizeHintForColumn(col), header.sectionSizeHint(col))
                natural[col] = wanted + 8
                cap = WIDE_COLUMN_CAP if col in WIDE_COLUMNS else 320
                fitted[col] = min(natural[col], cap)
                header.resizeSection(col, fitted[col])
        # Room left in the window goes back to the capped columns, tracking numbers first.
        spare = self.table.viewport().width() - sum(fitted.values()) - 12
        for col in reversed(WIDE_COLUMNS):
            grow = min(spare, min(natural.get(col, 0), 320) - fitted.get(col, 0))
            if grow > 0:
                header.resizeSection(col, fitted[col] + grow)
                spare -= grow
        self._applying_layout = False

    def _layout_changed(self) -> None:
        if self._applying_layout or self.current_tab is None:
            return
        self._store_layout(read_layout(self.table.horizontalHeader()))

    def _store_layout(self, layout: dict[str, Any]) -> None:
        tab = self.current_tab
        if tab is None:
            return
        i = self.tabs.index(tab)
        self.tabs[i] = TabInfo(tab.id, tab.name, tab.builtin, tab.position, tab.filter, layout)
        self.worker.submit(lambda core: core.write(tabs_service.save_columns, tab.id, layout))

    def choose_columns(self) -> None:
        self.column_dialog = ColumnChooser(read_layout(self.table.horizontalHeader()), self)
        self.column_dialog.accepted.connect(self._columns_chosen)
        self.column_dialog.open()

    def _columns_chosen(self) -> None:
        assert self.column_dialog is not None
        layout = self.column_dialog.layout_value()
        self._applying_layout = True
        apply_layout(self.table.horizontalHeader(), layout)
        self._applying_layout = False
        self._store_layout(layout)

    def _header_menu(self, pos: Any) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in Column:
            act = menu.addAction(col.title)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: self._toggle_column(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Columns…")).triggered.connect(self.choose_columns)
        menu.popup(header.mapToGlobal(pos))

    def _toggle_column(self, col: Column, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(col, not shown)
        self._layout_changed()

    def visible_columns(self) -> list[Column]:
        header = self.table.horizontalHeader()
        logical = [Column(header.logicalIndex(v)) for v in range(header.count())]
        return [c for c in logical if not header.isSectionHidden(c)]

    # ---- opening orders (scanning: ui/list_scan.py) ------------------------------------------------------------
    def open_row(self, row: int) -> None:
        oid = self.model.id_at(row)
        if oid is not None:
            self.worker.submit(
                lambda core: core.write(orders.open_order, order_id=oid),
                self._show_order,
                self.show_failure,
            )

    def open_neighbour(self, delta: int) -> None:
        """The next (1) or previous (-1) order of the list after the current row opens."""
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.open_row(row)

    def _show_order(self, opened: orders.OpenedOrder) -> None:
        self.model.mark_read(opened.id)
        if self.open_detail is not None:  # the full detail dialog, when the app wired it
            self.open_detail(opened.code)
            self.order_opened.emit({"id": opened.id, "code": opened.code})
            return
        code = opened.code
        self.worker.submit(
            lambda core: core.read(order_detail_of, code),
            lambda detail: self._show_view(opened, detail),
            self.show_failure,
        )

    def _show_view(self, opened: orders.OpenedOrder, detail: dict[str, Any]) -> None:
        self.order_dialog = OrderViewDialog(detail, self)
        self.order_dialog.open()
        self.order_opened.emit({"id": opened.id, "code": opened.code})

    # ---- bulk and export -------------------------------------------------------------------
    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        codes = (self.model.index(r, 0).data(CODE_ROLE) for r in rows)
        return [c for c in codes if c]

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [oid for r in rows if (oid := self.model.id_at(r)) is not None]

    def bulk_selected(self, action: BulkAction) -> None:
        ids = self.selected_ids()
        if ids:
            self.bulk.start(action, ids, None)

    def bulk_tab(self, action: BulkAction) -> None:
        self.bulk.start(action, None, self.tab_filter())

    def export(self) -> None:
        cols = self.visible_columns()
        self.export_dialog = ExportDialog(
            self.worker,
            self.tab_filter(),
            self.selected_ids(),
            [c.key for c in cols],
            [c.title for c in cols],
            self.export_folder,
            self,
        )
        self.export_dialog.exported.connect(self._exported)
        self.export_dialog.failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.export_dialog.open()

    def _exported(self, path: str, rows: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n order(s) exported to %1", "", rows).replace("%1", path), 8000
        )

    # ---- live updates (R37) ----------------------------------------------------------------
    def _live_changed(self, changes: listing.Changes) -> None:
        self.model.reload(changes.changed_ids)
        self.refresh_counts()
        if changes.new_ids:
            self.notice.add(len(changes.new_ids))

    def _after_change(self) -> None:
        self.live.poll()

    # ---- status, errors ----------------------------------------------------------------------
    def _update_status(self) -> None:
        shown = self.model.rowCount()
        selected = len(self.table.selectionModel().selectedRows())
        # %n has no digit grouping; "100,000" reads at a glance, as in the tab titles
        text = self.tr("%n order(s)", "", shown).replace(str(shown), f"{shown:,}")
        if selected:
            text += " · " + self.tr("%n selected", "", selected).replace(
                str(selected), f"{selected:,}"
            )
        self.count_label.setText(text)

    def on_shutdown(self, stop: Callable[[], None]) -> None:
        """`stop` runs when the window shuts down (in the order given)."""
        self._stoppers.append(stop)

    def shutdown(self) -> None:
        """Stop the window's background parts (the app calls this once, on quit)."""
        stoppers, self._stoppers = self._stoppers, []
        for stop in stoppers:
            stop()

    def show_failure(self, exc: Exception, retry: Callable[[], None] | None = None) -> None:
        """The failure path of a job without a handler of its own (Ops.on_failure): a rule's
        refusal in the status bar; an outside failure in a box with Retry; a bug in the crash
        dialog (ui/failures.py)."""
        if kind_of(exc) is Kind.REFUSED:
            self.statusBar().showMessage(failure_text(exc), 8000)
            return
        self.failure_dialog = show_failure(self, exc, retry)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retitle()
            self.model.forget_texts()
        super().changeEvent(event)

    def retitle(self) -> None:
        """ "Backoffice — Orders", or "Backoffice — <who is signed in>" while staff sign in."""
        title = self.tr("Backoffice — Orders")
        if self.signed_in_name:
            title = f"{title.split(' — ')[0]} — {self.signed_in_name}"
        self.setWindowTitle(title)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if self._first_show:  # the first scan of the day goes to the search box (issue 13)
            self._first_show = False
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        # After the menus the app adds (ui/main_menus.py): Orders, Printing … then View.
        if self.view_menu.menuAction() not in self.menuBar().actions():
            self.menuBar().addMenu(self.view_menu)
        super().showEvent(event)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.live.stop()
        super().closeEvent(event)
