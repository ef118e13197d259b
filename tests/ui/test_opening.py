"""The frame the window shows at once (issue 16): up before the database layer loads, in the
window's language, gone when the window (or a refusal) takes its place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from backoffice.entry import named_command, opens_window, option_value
from backoffice.ui import opening

ROOT = Path(__file__).resolve().parents[2]


def _frames():
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, opening.OpeningFrame) and w.isVisible()
    ]


@pytest.fixture
def frame_closed_after(qapp):
    yield
    opening.close_opening()


def test_the_frame_says_in_korean_that_the_order_list_is_opening(qtbot, frame_closed_after):
    opening.show_opening(option_value(["--lang", "ko", "gui"], "--lang"))
    (frame,) = _frames()
    texts = [label.text() for label in frame.findChildren(QLabel)]
    assert "Backoffice" in texts and "주문 목록을 여는 중…" in texts
    opening.close_opening()
    qtbot.waitUntil(lambda: not _frames())
    # its translation went with it: the window installs its own language
    assert opening.OpeningFrame().message.text() != "주문 목록을 여는 중…"


def test_the_frame_speaks_english_when_asked(qtbot, frame_closed_after, monkeypatch):
    monkeypatch.setenv("BACKOFFICE_LANG", "en")
    opening.show_opening(option_value([], "--lang"))
    (frame,) = _frames()
    assert frame.message.text() == "Opening the order list…"


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--db", "sqlite:///x.db", "--lang", "ko"], True),
        (["gui"], True),
        (["--db", "gui"], True),  # a file called gui, then no command: the window
        (["orders", "show", "ABC"], False),
        (["--version"], False),
        (["gui", "--help"], False),
        (["--lang", "en", "sync"], False),
    ],
)
def test_only_a_line_that_opens_the_window_puts_the_frame_up(argv, window):
    assert opens_window(argv) is window


def test_a_command_is_named_after_the_values_of_the_global_options():
    assert named_command(["--db", "x.db", "--lang", "ko", "orders", "show"]) == "orders"
    assert named_command(["--db", "x.db"]) is None


def test_a_command_line_command_loads_no_qt(db_url):
    """`backoffice orders list` starts no Qt at all (a server without a display runs it)."""
    env = dict(os.environ, BACKOFFICE_LANG="en", QT_QPA_PLATFORM="offscreen")
    argv = ["-X", "importtime", "-m", "backoffice", "--db", db_url, "orders", "list"]
    done = subprocess.run(
        [sys.executable, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "backoffice.entry" in done.stderr  # the import log is there …
    assert "PySide6" not in done.stderr  # … and names no Qt module
