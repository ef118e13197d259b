"""The main window's menu bar: counter sale, printing, database backup, the order detail opener.

Kept beside main_window.py so the list window stays a view of the list; this module connects it
to the dialogs other parts of the UI provide. Everything it needs is handed in by build_window
(ui/application.py): the window's operation helper, its print runner and the database URL.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from backoffice.ui.backup_action import BackupFlow, back_up_database
from backoffice.ui.counter_sale import open_counter_sale
from backoffice.ui.detail import open_order
from backoffice.ui.main_window import MainWindow
from backoffice.ui.ops import Ops
from backoffice.ui.printing import actions as printing
from backoffice.ui.printing.runner import PrintQueueRunner


def install_menus(window: MainWindow, printer: PrintQueueRunner, database_url: str) -> None:
    """Add the Orders, Printing and Database menus; opening an order shows the detail dialog.
    Every dialog acts as whoever is signed in when it opens (`window.actor`)."""
    worker = window.worker
    window.printer = printer
    bar = window.menuBar()

    orders = bar.addMenu(QCoreApplication.translate("MainMenus", "&Orders"))
    sale = orders.addAction(QCoreApplication.translate("MainMenus", "New counter sale…"))
    sale.setShortcut(QKeySequence("F2"))
    sale.triggered.connect(lambda: open_counter_sale(window, worker, window.actor))
    orders.addSeparator()
    labels = orders.addAction(
        QCoreApplication.translate("MainMenus", "Print labels for the selected orders")
    )
    labels.triggered.connect(lambda: _print_selected(window, printer, "label"))
    receipts = orders.addAction(
        QCoreApplication.translate("MainMenus", "Print receipts for the selected orders")
    )
    receipts.triggered.connect(lambda: _print_selected(window, printer, "receipt"))

    bar.addMenu(window.view_menu)  # beside Orders, as in most apps
    printing_menu = bar.addMenu(QCoreApplication.translate("MainMenus", "&Printing"))
    printing_menu.addAction(
        QCoreApplication.translate("MainMenus", "Print queue…")
    ).triggered.connect(lambda: printing.open_print_queue(window, printer, window.actor))
    printing_menu.addAction(
        QCoreApplication.translate("MainMenus", "Printer settings…")
    ).triggered.connect(lambda: printing.open_printer_settings(window, printer, window.actor))

    settings = bar.addMenu(QCoreApplication.translate("MainMenus", "&Settings"))
    settings.setObjectName("settingsMenu")
    notifications = settings.addAction(QCoreApplication.translate("MainMenus", "Notifications…"))
    notifications.setObjectName("notificationsAction")
    notifications.triggered.connect(lambda: _open_notifications(window, worker))

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

    # Enter, double-click and a scanned code open the full detail dialog (issue 4).
    window.open_detail = lambda code: open_order(window, worker, code, window.actor, printer)


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
