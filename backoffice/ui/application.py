"""GUI entry point: `run(ctx)` builds the QApplication, loads translations, starts the database
worker and shows the order list window. Called by `backoffice gui` (cli/gui.py).

Language: $BACKOFFICE_LANG, else the `ui/language` value of QSettings, else the system locale
(Korean when the system is Korean, English otherwise).
Scripted runs: BACKOFFICE_QUIT_AFTER_MS=N quits N ms after the window is shown (exit code 0);
tests and the benchmark use it.

Staff (R48): `run` asks who signs in first (ui/sign_in.py; skipped while no manager has a PIN),
then locks the window after the idle time (ui/idle_lock.py).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLibraryInfo, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from backoffice.paths import TRANSLATIONS
from backoffice.services.staff import members as staff_service
from backoffice.services.staff.actor import Actor, staff
from backoffice.services.staff.members import IDLE_MINUTES_KEY
from backoffice.ui import opening
from backoffice.ui.idle_lock import IdleLock, install_staff_menu, set_actor
from backoffice.ui.main_menus import install_menus
from backoffice.ui.main_window import MainWindow
from backoffice.ui.ops import Ops
from backoffice.ui.printing.runner import PrintQueueRunner
from backoffice.ui.rules_timer import RulesTimer
from backoffice.ui.sign_in import startup_actor, wait_for
from backoffice.ui.sync_status import attach_sync

logger = logging.getLogger(__name__)

QUIT_ENV = "BACKOFFICE_QUIT_AFTER_MS"
LANG_ENV = opening.LANG_ENV


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our strings and Qt's own (dialog buttons), kept alive as long as the app."""
    installed = []
    ours = QTranslator(app)
    if ours.load(f"backoffice_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        logger.warning("no translation for %s in %s", language, TRANSLATIONS)
    qt = QTranslator(app)
    if language != "en" and qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


_TRANSLATORS: list[QTranslator] = []  # the language the app speaks now (use_language)
_CURRENT: list[MainWindow] = []  # the main window, replaced when the language changes


def use_language(app: QApplication, language: str) -> None:
    """Speak `language` from now on: the app's translators are swapped for its own."""
    for translator in _TRANSLATORS:
        app.removeTranslator(translator)
    _TRANSLATORS[:] = install_translators(app, language)
    os.environ[LANG_ENV] = language  # what the window starts (a CLI in a terminal) speaks too


def current_window() -> MainWindow | None:
    return _CURRENT[-1] if _CURRENT else None


def relaunch(ctx: Any, old: MainWindow, language: str, **options: Any) -> MainWindow:
    """View → Language, live (issue 15): the window is built again in the new language, with
    the same person signed in, the same size and place and the same tab; the old one's
    background parts stop and it closes. Nothing is restarted, nobody signs in again."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_language(app, language)
    tab = old.tab_strip.currentIndex()
    new = build_window(ctx, actor=old.actor, **options)
    new.restoreGeometry(old.saveGeometry())
    new.show()
    new.select_tab_when_loaded(tab)
    old.shutdown()
    old.close()
    old.deleteLater()
    return new


GIL_SWITCH_S = 0.0005


def share_the_gil() -> None:
    """Let the GUI thread take Python's lock (the GIL) within 0.5 ms instead of the default 5 ms.

    Every call Qt makes into Python (a model's multiData, a slot) must take the GIL first. While
    the database worker runs Python for a long time (a 10,000-order bulk action, a sync page),
    each such call may wait a whole switch interval: a table repaint against a busy Python thread
    took ~100 ms (up to 160) at 5 ms, ~45 ms at 1 ms, ~33 ms at 0.5 ms, against ~14 ms alone.
    The cost falls only on a thread that holds the GIL while another waits for it."""
    sys.setswitchinterval(GIL_SWITCH_S)


def freeze_startup_objects() -> None:
    """Keep the objects made while starting (modules, classes, mappers, Qt wrappers: ~150,000)
    out of the garbage collector's full passes. Such a pass stops every thread, the GUI thread
    too, and scanning them took ~80 ms; they live as long as the app anyway (gc.freeze). No
    gc.collect() first: that would be the same 80 ms pause, just after the window shows.
    The collector was off while they were made (backoffice/entry.py); it is on from here."""
    gc.freeze()
    gc.enable()


BACKGROUND_GRACE_MS = 3_000


def start_after_first_rows(
    window: MainWindow, starts: list[Callable[[], None]]
) -> Callable[[], None]:
    """Start the sync pass and the automatic rules once the list's first rows are in place
    (issue 16): started with the window, the sync pass imported the HTTP stack and the rules
    queued ahead of the list on the database worker, and the first rows came ~0.15 s later. A
    list that never shows its rows (the database failing) starts them after a grace period.
    Returns what cancels the starts not made yet (the window shut down first)."""
    pending = list(starts)

    def start() -> None:
        while pending:
            pending.pop(0)()

    window.model.first_page_shown.connect(start, Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(BACKGROUND_GRACE_MS, window, start)
    return pending.clear


def build_window(
    ctx: Any,
    *,
    sync_interval_ms: int | None = None,
    actor: Actor | None = None,
    worker: Ops | None = None,
    roles_in_use: bool | None = None,
    idle_ms: int = 0,
) -> MainWindow:
    """The main window with everything wired: list, detail dialog, counter sale, printing, sync.
    `window.shutdown()` stops its background parts. With `roles_in_use` given (by `run`, after
    sign-in) it has the Staff menu and, when `idle_ms` > 0 and roles are in use, the idle lock."""
    worker = worker or Ops(ctx.core)
    window = MainWindow(
        worker,
        actor or staff(os.environ.get("USER", "counter")),
        ctx.display_url if hasattr(ctx, "display_url") else ctx.url,
    )
    worker.on_failure = window.show_failure  # jobs without a handler of their own
    printer = PrintQueueRunner(worker, window)
    printer.resume()  # jobs a crash left `sending` become uncertain; `queued` ones are sent
    install_menus(window, printer, ctx.url)
    lock = None
    if roles_in_use is not None:
        lock = IdleLock(window, worker, idle_ms) if roles_in_use and idle_ms > 0 else None
        install_staff_menu(window, worker, lock, roles_in_use)
        set_actor(window, window.actor)
    window.idle_lock = lock
    options = {} if sync_interval_ms is None else {"interval_ms": sync_interval_ms}
    sync = attach_sync(window, worker, actor=lambda: window.actor, start=False, **options)
    # R8/R10 while the counter is open, shop or no shop (the sync pass runs them too).
    rules = window.rules_timer = RulesTimer(worker, parent=window)
    window.on_shutdown(start_after_first_rows(window, [sync.start, rules.start]))
    if lock is not None:
        window.on_shutdown(lock.stop)
    window.on_shutdown(rules.stop)
    window.on_shutdown(sync.stop)
    window.on_shutdown(window.live.stop)
    window.on_shutdown(worker.stop)
    # A new language rebuilds the window (relaunch); the options are the same but the worker,
    # which stops with this window.
    again = {
        "sync_interval_ms": sync_interval_ms,
        "roles_in_use": roles_in_use,
        "idle_ms": idle_ms,
    }
    window.switch_language = lambda code: relaunch(ctx, window, code, **again)
    _CURRENT[:] = [window]
    return window


def run(ctx: Any) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    opening.prepare(app)
    share_the_gil()
    opening.add_bundled_fonts()
    opening.release_translator()  # the frame's words stay as they are; the app's from here
    use_language(app, opening.choose_language())
    quit_after = os.environ.get(QUIT_ENV)
    worker = Ops(ctx.core)
    try:
        if quit_after:  # a scripted run ends even while the sign-in dialog waits for a PIN:
            # exit() leaves every running event loop; quit() is ignored before app.exec()
            QTimer.singleShot(int(quit_after), lambda: app.exit(0))
        actor, roles_in_use = startup_actor(worker)
        if actor is None:  # closed the sign-in dialog: nobody works at this counter now
            raise InterruptedError
        minutes = wait_for(
            worker, lambda core: core.read(staff_service.minutes_setting, IDLE_MINUTES_KEY)
        )
    except InterruptedError:
        worker.stop()
        return 0
    window = build_window(
        ctx, actor=actor, worker=worker, roles_in_use=roles_in_use, idle_ms=minutes * 60_000
    )
    first_rows: list[float] = []  # when the first rows were in place (wall clock, for scripts)
    window.model.first_page_shown.connect(
        lambda: first_rows or first_rows.append(time.time()),
        Qt.ConnectionType.SingleShotConnection,
    )
    window.show()
    opening.close_opening()  # the frame shown at once (backoffice/entry.py)
    freeze_startup_objects()
    try:
        code = app.exec()
    finally:
        last = current_window() or window
        if quit_after and sys.stdout is not None:  # what a scripted run (CI, the bundle) saw
            print(f"backoffice: window shown: {last.windowTitle()}", flush=True)
            if opening.shown_at:  # benchmarks/bench_startup.py: from launch to the frame
                print(f"backoffice: frame at {opening.shown_at[0]:.6f}", flush=True)
            if first_rows:  # benchmarks/bench_startup.py: from launch to the first rows
                print(f"backoffice: first rows at {first_rows[0]:.6f}", flush=True)
        last.shutdown()  # the last one, after a language change
    return int(code)
