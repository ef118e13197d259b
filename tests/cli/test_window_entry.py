"""`backoffice-window`, the gui-scripts entry point (issue 15): started without a console
(pythonw on Windows) Python has no stdout or stderr; a refusal before the window opens must
still reach the person, in a message box, and not crash on writing to None."""

from __future__ import annotations

import sys

from backoffice.cli import gui


def test_a_refusal_without_a_console_is_shown_in_a_box(monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(gui, "_show_refusal", shown.append)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    missing = tmp_path / "gone.sqlite3"
    monkeypatch.setattr(sys, "argv", ["backoffice-window", "--db", str(missing)])
    code = gui.window_main()
    assert code == 3
    assert len(shown) == 1 and "No database at" in shown[0] and str(missing) in shown[0]
