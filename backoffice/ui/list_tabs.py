"""The main window's saved tabs (R31, R33): showing them with their counts, adding a filter as a
tab, renaming (context menu or double-click, in a dialog), deleting after a confirmation, and
keeping the order staff drag them into. A mixin of `MainWindow`, which supplies `tab_strip`,
`worker`, `tabs`, `counts`, `table`, `_tab_changed` and `show_failure`; every change goes through
services.listing on the database worker and is read back, so a restart shows the same tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from backoffice.db import listing
from backoffice.db.listing import ListFilter, parse_filter
from backoffice.services.lists import tabs as tabs_service
from backoffice.services.lists.tabs import TabInfo
from backoffice.ui import labels
from backoffice.ui.column_chooser import read_layout


class TabsMixin:
    tabs: list[TabInfo]
    counts: dict[int, int]
    rename_dialog: QInputDialog | None = None
    save_dialog: QInputDialog | None = None
    delete_box: QMessageBox | None = None

    def _tabs_ready(self: Any, tabs: list[TabInfo]) -> None:
        self.tabs = list(tabs)
        self.tab_strip.blockSignals(True)
        while self.tab_strip.count():
            self.tab_strip.removeTab(0)
        for tab in self.tabs:
            index = self.tab_strip.addTab(self._tab_title(tab))
            self.tab_strip.setTabData(index, tab.id)
        self.tab_strip.blockSignals(False)
        self.tab_strip.setCurrentIndex(0)
        self._tab_changed(0)
        self.refresh_counts()
        self.tabs_loaded.emit()

    def select_tab_when_loaded(self: Any, index: int) -> None:
        """Show tab `index` once the tabs are read (a window rebuilt in another language)."""
        if self.tabs:
            if 0 <= index < self.tab_strip.count():
                self.tab_strip.setCurrentIndex(index)
            return
        if index > 0:
            self.tabs_loaded.connect(
                lambda: self.select_tab_when_loaded(index),
                Qt.ConnectionType.SingleShotConnection,
            )

    @staticmethod
    def tab_name(tab: TabInfo) -> str:
        """A default tab in the UI's language until staff rename it."""
        return labels.label(labels.TABS, tab.builtin) if tab.builtin else tab.name

    def _tab_title(self, tab: TabInfo) -> str:
        count = self.counts.get(tab.id)
        name = self.tab_name(tab)
        return name if count is None else f"{name} ({count:,})"

    def tab_at(self: Any, index: int) -> TabInfo | None:
        tab_id = self.tab_strip.tabData(index)
        return next((t for t in self.tabs if t.id == tab_id), None)

    @property
    def current_tab(self: Any) -> TabInfo | None:
        return self.tab_at(self.tab_strip.currentIndex())

    def refresh_counts(self: Any) -> None:
        filters = {t.id: parse_filter(t.filter) for t in self.tabs}
        self.worker.submit(lambda core: core.read(listing.tab_counts, filters), self._counts_ready)

    def _counts_ready(self: Any, counts: dict[int, int]) -> None:
        self.counts = counts
        for i in range(self.tab_strip.count()):
            tab = self.tab_at(i)
            if tab is not None:
                self.tab_strip.setTabText(i, self._tab_title(tab))
        self.counts_updated.emit()

    def _save_tab_order(self: Any) -> None:
        # QTabBar moved the tab (its data moves with it); store the new order (R31)
        ids = [self.tab_strip.tabData(i) for i in range(self.tab_strip.count())]
        self.tabs.sort(key=lambda t: ids.index(t.id))
        self.worker.submit(lambda core: core.write(tabs_service.reorder_tabs, ids))

    def _rename_tab(self: Any, index: int) -> None:
        tab = self.tab_at(index)
        if tab is None:
            return
        dialog = self.rename_dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Rename tab"))
        dialog.setLabelText(QCoreApplication.translate("MainWindow", "Name"))
        dialog.setTextValue(self.tab_name(tab))
        dialog.textValueSelected.connect(lambda name: self._rename(tab.id, name))
        dialog.open()  # window-modal, no nested event loop

    def _rename(self: Any, tab_id: int, name: str) -> None:
        if name.strip():
            self.worker.submit(
                lambda core: core.write(tabs_service.rename_tab, tab_id, name),
                lambda _r: self._reload_tabs(tab_id),
                self.show_failure,
            )

    def _delete_tab(self: Any, index: int) -> None:
        tab = self.tab_at(index)
        if tab is None:
            return
        box = self.delete_box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Delete tab"),
            QCoreApplication.translate(
                "MainWindow", "Delete the tab “%1”? No order is deleted, only this saved filter."
            ).replace("%1", self.tab_name(tab)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: (
                box.standardButton(button) == QMessageBox.StandardButton.Yes
                and self._delete(tab.id)
            )
        )
        box.open()

    def _delete(self: Any, tab_id: int) -> None:
        self.worker.submit(
            lambda core: core.write(tabs_service.delete_tab, tab_id),
            lambda _r: self._reload_tabs(None),
            self.show_failure,
        )

    def _reload_tabs(self: Any, select_id: int | None) -> None:
        def done(tabs: list[TabInfo]) -> None:
            self._tabs_ready(tabs)
            for i, t in enumerate(self.tabs):
                if t.id == select_id:
                    self.tab_strip.setCurrentIndex(i)

        self.worker.submit(lambda core: core.read(tabs_service.list_tabs), done)

    def _save_filter_as_tab(self: Any, flt: ListFilter) -> None:
        dialog = self.save_dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Save as tab"))
        dialog.setLabelText(QCoreApplication.translate("MainWindow", "Tab name"))
        dialog.textValueSelected.connect(lambda name: name.strip() and self.save_as_tab(name, flt))
        dialog.open()

    def save_as_tab(self: Any, name: str, flt: ListFilter) -> None:
        columns = read_layout(self.table.horizontalHeader())
        data = flt.to_dict()
        self.worker.submit(
            lambda core: core.write(tabs_service.add_tab, name, data, columns),
            lambda tab: self._reload_tabs(tab.id),
            self.show_failure,
        )
