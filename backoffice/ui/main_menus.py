"""The main window's menu bar: counter sale, printing, database backup, the order detail opener.

Kept beside main_window.py so the list window stays a view of the list; this module connects it
to the dialogs other parts of the UI provide. Everything it needs is handed in by build_window
(ui/application.py): the window's operation helper, its print runner and the database URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from backoffice.ui import shortcuts
from backoffice.ui.backup_action import BackupFlow, back_up_database
from backoffice.ui.main_window import MainWindow
from backoffice.ui.ops import Ops
from backoffice.ui.printing import actions as printing
from backoffice.ui.printing.runner import PrintQueueRunner

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


def _counter_sale(window: MainWindow, worker: Ops, printer: PrintQueueRunner) -> None:
    # Loaded on first use: the sale dialog and its services are not needed to show the list.
    from backoffice.ui.counter_sale import open_counter_sale

    open_counter_sale(window, worker, window.actor, printer)


def install_menus(window: MainWindow, printer: PrintQueueRunner, database_url: str) -> None:
    """Add the Orders, Printing and Database menus; opening an order shows the detail dialog.
    Every dialog acts as whoever is signed in when it opens (`window.actor`)."""
    worker = window.worker
    window.printer = printer
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&File"))
    file_menu.setObjectName("fileMenu")
    quit_action = file_menu.addAction(QCoreApplication.translate("MainMenus", "Quit"))
    quit_action.setObjectName("quitAction")
    shortcuts.on_action(quit_action, shortcuts.QUIT)
    quit_action.triggered.connect(window.close)

    orders = bar.addMenu(QCoreApplication.translate("MainMenus", "&Orders"))
    sale = orders.addAction(QCoreApplication.translate("MainMenus", "New counter sale…"))
    shortcuts.on_action(sale, shortcuts.COUNTER_SALE)
    sale.triggered.connect(lambda: _counter_sale(window, worker, printer))
    orders.addSeparator()
    labels = orders.addAction(
        QCoreApplication.translate("MainMenus", "Print labels for the selected orders")
    )
    shortcuts.on_action(labels, shortcuts.LIST_LABELS)
    labels.triggered.connect(lambda: _print_selected(window, printer, "label"))
    receipts = orders.addAction(
        QCoreApplication.translate("MainMenus", "Print receipts for the selected orders")
    )
    shortcuts.on_action(receipts, shortcuts.LIST_RECEIPTS)
    receipts.triggered.connect(lambda: _print_selected(window, printer, "receipt"))
    orders.addSeparator()  # 송장: the courier's file out, its waybill numbers back (issue 14)
    courier_out = orders.addAction(QCoreApplication.translate("MainMenus", "Courier file…"))
    courier_out.setObjectName("courierExportAction")
    courier_out.triggered.connect(lambda: _ask_courier_file(window))
    courier_in = orders.addAction(
        QCoreApplication.translate("MainMenus", "Import tracking numbers…")
    )
    courier_in.setObjectName("trackingImportAction")
    courier_in.triggered.connect(lambda: _ask_tracking_file(window))

    bar.addMenu(window.view_menu)  # beside Orders, as in most apps
    _language_menu(window)
    printing_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&Printing"))
    printing_menu.addAction(
        QCoreApplication.translate("MainMenus", "Print queue…")
    ).triggered.connect(lambda: printing.open_print_queue(window, printer, window.actor))
    printing_menu.addAction(
        QCoreApplication.translate("MainMenus", "Printer settings…")
    ).triggered.connect(lambda: printing.open_printer_settings(window, printer, window.actor))

    settings = bar.addMenu(QCoreApplication.translate("MainMenus", "Se&ttings"))
    settings.setObjectName("settingsMenu")
    shops_action = settings.addAction(QCoreApplication.translate("MainMenus", "Shops…"))
    shops_action.setObjectName("shopsAction")
    shops_action.triggered.connect(lambda: _open_shops(window))
    details = settings.addAction(QCoreApplication.translate("MainMenus", "Shop details…"))
    details.setObjectName("shopDetailsAction")
    details.triggered.connect(lambda: _open_shop_details(window))
    layout = settings.addAction(QCoreApplication.translate("MainMenus", "Courier file columns…"))
    layout.setObjectName("courierLayoutAction")
    layout.triggered.connect(lambda: _open_courier_layout(window))
    notifications = settings.addAction(QCoreApplication.translate("MainMenus", "Notifications…"))
    notifications.setObjectName("notificationsAction")
    notifications.triggered.connect(lambda: _open_notifications(window, worker))
    settings.addSeparator()
    language = window.view_menu.findChild(QMenu, "languageMenu")
    if language is not None:  # the same submenu as View → Language
        settings.addAction(language.menuAction())

    database = bar.addMenu(QCoreApplication.translate("MainMenus", "&Database"))
    database.setObjectName("databaseMenu")
    backup = database.addAction(QCoreApplication.translate("MainMenus", "Back up database…"))
    backup.setObjectName("backupAction")
    flow = window.backup_flow = BackupFlow(window, worker, database_url)
    backup.triggered.connect(lambda: back_up_database(window, flow))

    # Bulk printing of a whole tab (R35, R39) sends its queued jobs like any other print job.
    def send_print_jobs(jobs: list[tuple[int, str]]) -> None:
        for job_id, printer_uri in jobs:
            printer.submit(job_id, printer_uri)

    window.bulk.send_print_jobs = send_print_jobs

    help_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&Help"))
    help_menu.setObjectName("helpMenu")
    sheet = help_menu.addAction(QCoreApplication.translate("MainMenus", "Keyboard shortcuts…"))
    shortcuts.on_action(sheet, shortcuts.HELP)
    sheet.triggered.connect(lambda: _open_shortcuts(window))
    about = help_menu.addAction(QCoreApplication.translate("MainMenus", "About Backoffice…"))
    about.setObjectName("aboutAction")
    about.triggered.connect(lambda: _open_about(window))

    # Enter, double-click and a scanned code open the full detail dialog (issue 4); shipping
    # from it closes it and says so in the status bar, ready for the next scan (issue 13).
    def open_detail(code: str) -> OrderDetailDialog:
        from backoffice.ui.detail import open_order  # loaded when an order is first opened

        dialog = open_order(window, worker, code, window.actor, printer)
        dialog.ship_bar.shipped.connect(lambda text: window.statusBar().showMessage(text, 15_000))
        dialog.finished.connect(lambda _r: _back_to_scanning(window))
        dialog.navigate = lambda delta: (dialog.close(), window.open_neighbour(delta))
        window.detail_dialog = dialog
        return dialog

    window.open_detail = open_detail


def _ask_courier_file(window: MainWindow) -> None:
    from backoffice.services.lists.export import timestamped_name

    suggested = str(window.export_folder / timestamped_name("courier", ".xlsx"))
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainMenus", "Courier file"),
        suggested,
        "Excel (*.xlsx);;CSV (*.csv)",
    )
    if path:
        write_courier_file(window, Path(path))


def write_courier_file(window: MainWindow, path: Path) -> None:
    """The selected orders, else the current tab, in the courier's upload layout."""
    from backoffice.services.fulfilment import courier

    ids = window.selected_ids() or None
    flt = None if ids else window.tab_filter()

    def done(written: int) -> None:
        text = QCoreApplication.translate("MainMenus", "%1 shipment(s) written to %2")
        window.statusBar().showMessage(text.replace("%1", str(written)).replace("%2", str(path)))

    window.worker.submit(
        lambda core: core.read(courier.export, path, flt=flt, ids=ids), done, window.show_failure
    )


def _ask_tracking_file(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainMenus", "Import tracking numbers"),
        str(window.export_folder),
        "Excel / CSV (*.xlsx *.csv)",
    )
    if path:
        import_tracking_file(window, Path(path))


def import_tracking_file(window: MainWindow, path: Path) -> QWidget:
    from backoffice.ui.tracking_import_dialog import open_tracking_import

    dialog = open_tracking_import(window, window.worker, window.actor, path)
    dialog.finished_import.connect(lambda _r: window.live.poll())
    window.tracking_import_dialog = dialog
    return dialog


def _language_menu(window: MainWindow) -> None:
    """View → Language: 한국어 or English for this PC, at once and from then on (issues 13, 15)."""
    from PySide6.QtGui import QActionGroup

    from backoffice.ui import labels

    menu = window.view_menu.addMenu(QCoreApplication.translate("MainMenus", "Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code, name in (("ko", "한국어"), ("en", "English")):  # each in its own language
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(labels.language() == code)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _c=False, c=code: _choose_language(window, c))


def _choose_language(window: MainWindow, code: str) -> None:
    window.settings.setValue("ui/language", code)
    if window.switch_language is not None:  # the app's window: rebuilt in it now
        window.switch_language(code)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("MainMenus", "The new language shows from the next start"),
        10_000,
    )


def _back_to_scanning(window: MainWindow) -> None:
    window.activateWindow()
    window.focus_search()


def _open_shops(window: MainWindow) -> None:
    from backoffice.ui.shops_dialog import ShopsDialog

    window.shops_dialog = ShopsDialog(window.worker, window.actor, window)
    window.shops_dialog.open()


def _open_shop_details(window: MainWindow) -> None:
    from backoffice.ui.shop_details_dialog import ShopDetailsDialog

    window.shop_details_dialog = ShopDetailsDialog(window.worker, window.actor, window)
    window.shop_details_dialog.open()


def _open_courier_layout(window: MainWindow) -> None:
    from backoffice.ui.courier_layout_dialog import CourierLayoutDialog

    window.courier_layout_dialog = CourierLayoutDialog(window.worker, window.actor, window)
    window.courier_layout_dialog.open()


def _open_about(window: MainWindow) -> None:
    """Help → About: the version, the database in use and the licences of what ships with it."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QMessageBox

    from backoffice import __version__
    from backoffice.paths import FONTS

    text = QCoreApplication.translate(
        "MainMenus",
        "<h3>Backoffice %1</h3><p>%2</p><p>Python %3 · Qt %4 · PySide6 %5 (LGPL v3)</p>"
        "<p>NanumGothic font: SIL Open Font License 1.1 (%6)</p>",
    )
    for n, value in enumerate(
        (
            __version__,
            window.database_label.text(),
            platform.python_version(),
            qVersion(),
            pyside_version,
            str(FONTS / "OFL.txt"),
        ),
        start=1,
    ):
        text = text.replace(f"%{n}", value)
    box = window.about_box = QMessageBox(window)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("MainMenus", "About Backoffice"))
    box.setText(text)
    box.open()


def _open_shortcuts(window: MainWindow) -> None:
    from backoffice.ui.shortcuts_sheet import ShortcutsSheet

    window.shortcuts_sheet = ShortcutsSheet(window)
    window.shortcuts_sheet.show()


def _open_notifications(window: MainWindow, worker: Ops) -> None:
    """R47: templates and sending; with an order selected, its values fill the preview."""
    from backoffice.ui.notifications_dialog import open_notifications

    codes = window.selected_codes()
    window.notifications_dialog = open_notifications(
        window, worker, window.actor, codes[0] if len(codes) == 1 else None
    )


def _print_selected(window: MainWindow, printer: PrintQueueRunner, kind: str) -> None:
    codes = window.selected_codes()
    if codes:
        printing.print_documents(window, printer, window.actor, kind, codes)
