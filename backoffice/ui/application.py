"""GUI entry point: `run(ctx)` builds the QApplication, loads translations, starts the database
worker and shows the order list window. Called by `backoffice gui` (cli/gui.py).

Language: $BACKOFFICE_LANG, else the `ui/language` value of QSettings, else the system locale
(Korean when the system is Korean, English otherwise).
Scripted runs: BACKOFFICE_QUIT_AFTER_MS=N quits N ms after the window is shown (exit code 0);
tests and the benchmark use it.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from backoffice.services.actor import staff
from backoffice.ui.main_menus import install_menus
from backoffice.ui.main_window import MainWindow
from backoffice.ui.sync_status import attach_sync
from backoffice.ui.worker import DbWorker

logger = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
QUIT_ENV = "BACKOFFICE_QUIT_AFTER_MS"
LANG_ENV = "BACKOFFICE_LANG"


def choose_language() -> str:
    wanted = os.environ.get(LANG_ENV) or str(
        QSettings("Backoffice", "Backoffice").value("ui/language", "")
    )
    if wanted in ("ko", "en"):
        return wanted
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


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


def add_bundled_fonts() -> None:
    """NanumGothic ships in resources/fonts: Hangul renders the same on a PC without Korean fonts
    (and offscreen, for screenshots). The platform's UI font stays the default."""
    from PySide6.QtGui import QFontDatabase

    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(FONTS / name))


def build_window(ctx: Any, *, sync_interval_ms: int | None = None) -> MainWindow:
    """The main window with everything wired: list, detail dialog, counter sale, printing, sync.
    `window.shutdown()` stops its background parts."""
    worker = DbWorker(ctx.session_factory)
    window = MainWindow(
        worker,
        staff(os.environ.get("USER", "counter")),
        ctx.display_url if hasattr(ctx, "display_url") else ctx.url,
    )
    install_menus(window, ctx)
    options = {} if sync_interval_ms is None else {"interval_ms": sync_interval_ms}
    sync = attach_sync(window, ctx, actor=window.actor, **options)

    def shutdown() -> None:
        sync.stop()
        window.live.stop()
        worker.stop()

    window.shutdown = shutdown  # type: ignore[attr-defined]
    return window


def run(ctx: Any) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Backoffice")
    app.setOrganizationName("Backoffice")
    add_bundled_fonts()
    language = choose_language()
    install_translators(app, language)  # type: ignore[arg-type]
    window = build_window(ctx)
    window.show()
    quit_after = os.environ.get(QUIT_ENV)
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    try:
        code = app.exec()
    finally:
        window.shutdown()  # type: ignore[attr-defined]
    return int(code)
