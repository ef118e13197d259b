"""The frame the window shows at once (issue 16).

`backoffice`, `backoffice gui` and `backoffice-window` put it up as soon as Qt is loaded, before
the database layer and the window's own modules load (about half a second on a counter PC, more
on a slow one); the main window, or the sign-in dialog in front of it, replaces it. Only Qt and
the app's paths are imported here, so it costs what loading Qt costs and nothing more.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from backoffice import __version__
from backoffice.paths import FONTS, ICONS, TRANSLATIONS
from backoffice.ui.console import saved_language

LANG_ENV = "BACKOFFICE_LANG"
LANGUAGES = ("ko", "en")

_frame: list[OpeningFrame] = []  # the frame while it is up
_translator: list[QTranslator] = []  # its words, until the app installs its own
_fonts: list[int] = []  # the bundled fonts' ids, once added
shown_at: list[float] = []  # wall-clock time it was shown (for scripts: benchmarks/bench_startup)


def choose_language(wanted: str | None = None) -> str:
    """`wanted` (--lang on the line), else $BACKOFFICE_LANG, else the app's setting (View →
    Language), else Korean when the system is Korean: the order cli/language.py follows."""
    for candidate in (wanted, os.environ.get(LANG_ENV) or saved_language()):
        if candidate in LANGUAGES:
            return candidate
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def add_bundled_fonts() -> None:
    """NanumGothic ships in resources/fonts: Hangul renders the same on a PC without Korean fonts
    (and offscreen, for screenshots). The platform's UI font stays the default. Once a process."""
    if _fonts:
        return
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        _fonts.append(QFontDatabase.addApplicationFont(str(FONTS / name)))


def prepare(app: QApplication) -> None:
    """What the app is called where Qt shows or stores it (title bars, settings, the taskbar)."""
    app.setApplicationName("Backoffice")
    app.setOrganizationName("Backoffice")
    app.setWindowIcon(QIcon(str(ICONS / "backoffice.png")))


class OpeningFrame(QWidget):
    """The app's icon, its name and "Opening the order list…", centred on the screen."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen)
        self.setObjectName("openingFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(ICONS / "backoffice.png")).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel("Backoffice", self)
        font = name.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        name.setFont(font)
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("Opening the order list…"), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        version = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        version.setAlignment(Qt.AlignmentFlag.AlignCenter)
        version.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        for widget in (icon, name, self.message, version):
            layout.addWidget(widget)
        self.setStyleSheet("#openingFrame { border: 1px solid palette(mid); }")
        self.resize(max(360, self.sizeHint().width()), self.sizeHint().height())


def show_opening(language: str | None = None) -> None:
    """Put the frame up now, in the language the window will speak (`language`: --lang)."""
    if _frame:
        return
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare(app)
    add_bundled_fonts()
    translator = QTranslator(app)
    if translator.load(f"backoffice_{choose_language(language)}", str(TRANSLATIONS)):
        app.installTranslator(translator)
        _translator.append(translator)
    frame = OpeningFrame()
    screen = app.primaryScreen()
    if screen is not None:
        frame.move(screen.availableGeometry().center() - frame.rect().center())
    frame.show()
    app.processEvents()  # painted now: the loading that follows keeps the event loop away
    _frame.append(frame)
    shown_at.append(time.time())


def release_translator() -> None:
    """Remove the frame's translator before the app installs its own (ui/application.use_language):
    removing it later would send every open window a LanguageChange."""
    app = QApplication.instance()
    while _translator:
        translator = _translator.pop()
        if app is not None:
            app.removeTranslator(translator)


def close_opening() -> None:
    """Take the frame down (the window or a dialog is up now); nothing when none was shown."""
    release_translator()
    while _frame:
        frame = _frame.pop()
        frame.close()
        frame.deleteLater()
