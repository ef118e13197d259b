"""Fixtures for the order list window: a real MainWindow on the test's migrated SQLite file, with
its own database worker; helpers that wait for conditions, never sleep."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings

from backoffice.app import open_database
from backoffice.core import Core
from backoffice.ui.main_window import MainWindow
from backoffice.ui.ops import Ops
from tests.factories import CASHIER

OpenWindow = Callable[[], MainWindow]

# The offscreen platform says this on every top-level show; it is about the platform, not the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """The UI in English, from the shipped .qm (plurals come from the translation, as in the app)."""
    from backoffice.ui.application import install_translators

    installed = install_translators(qapp, "en")
    assert installed, "resources/translations/backoffice_en.qm is missing"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def ctx(db_url):
    """The app's context (engine, session factory) on the test's database, as `backoffice gui`."""
    context = open_database(db_url)
    yield context
    context.close()


@pytest.fixture
def worker(qtbot, ctx) -> Iterator[Ops]:
    """A database worker of its own; stopped once every job it was given has reported."""
    w = Ops(Core(ctx.session_factory))
    yield w
    qtbot.waitUntil(lambda: w.idle, timeout=5000)
    w.stop()


@pytest.fixture
def open_window(qtbot, session_factory, tmp_path) -> Iterator[OpenWindow]:
    """Opens windows on the test database (call twice for 'after a restart'); all closed at the end."""
    opened: list[tuple[MainWindow, Ops]] = []

    def make() -> MainWindow:
        worker = Ops(Core(session_factory))
        window = MainWindow(
            worker,
            CASHIER,
            "test.sqlite3",
            export_folder=tmp_path,
            live_interval_ms=200,
            settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        )
        window.show()  # not qtbot.addWidget: the worker must drain before the window goes
        opened.append((window, worker))
        settle(qtbot, window)
        return window

    yield make
    for window, worker in opened:
        window.live.stop()
        qtbot.waitUntil(lambda w=worker: w.idle, timeout=5000)
        window.close()
        worker.stop()
        window.deleteLater()


def settle(qtbot, window: MainWindow, timeout: int = 5000) -> None:
    """Wait until the list shows the current query and the worker has nothing left to do."""
    qtbot.waitUntil(
        lambda: bool(window.tabs) and window.model.is_loaded and window.worker.idle, timeout=timeout
    )


def shown_codes(window: MainWindow) -> list[str]:
    """The order codes the table shows, top to bottom (after their snapshots arrived)."""
    model = window.model
    return [model.snapshot(r).code for r in range(model.rowCount()) if model.snapshot(r)]


def wait_codes(qtbot, window: MainWindow, expected: list[str], timeout: int = 5000) -> None:
    def check() -> None:
        for r in range(window.model.rowCount()):
            window.model.index(r, 0).data()  # asks for missing snapshots, as painting does
        assert shown_codes(window) == expected

    qtbot.waitUntil(check, timeout=timeout)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: ASCII as key clicks (what a barcode scanner sends), Korean as an input
    method commit (what a Hangul IME sends; QTest cannot synthesise non-ASCII key clicks)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
