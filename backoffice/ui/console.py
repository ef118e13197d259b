"""The window's translations for a command line (cli/language.py): a QCoreApplication (no
window) with the same .qm the app loads, and the label tables read through it. Kept on the UI
side: the command line itself imports no Qt (tests/unit/test_layering.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from backoffice.paths import TRANSLATIONS
from backoffice.ui import labels

_kept: list[Any] = []


def load(language: str) -> None:
    """Install the app's `language` translation once (English needs none)."""
    if _kept or language == "en":
        return
    app = QCoreApplication.instance() or QCoreApplication([])
    translator = QTranslator(app)
    if translator.load(f"backoffice_{language}", str(TRANSLATIONS)):
        QCoreApplication.installTranslator(translator)
    _kept.extend([app, translator])


def label(table: str, code: str) -> str:
    """A stored code (stage, payment state, channel …) as the window words it."""
    source = getattr(labels, table).get(code)
    context = CONTEXTS.get(table, "Labels")
    return QCoreApplication.translate(context, source) if source else code


# The tables whose words labels.py declares under a context of their own.
CONTEXTS = {"REQUEST_STATES": "PaymentStates", "PRINT_DOCUMENTS": "PrintQueue"}


def saved_language() -> str:
    """The language chosen in the app for this PC (View → Language), "" when none was."""
    return str(QSettings("Backoffice", "Backoffice").value("ui/language", "") or "")


def show_refusal(message: str) -> None:
    """A refusal before the window opened, for `backoffice-window` (no console to print to)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from backoffice.ui.opening import close_opening

    close_opening()  # the frame shown at once would stand behind it, saying "Opening…"
    app = QApplication.instance() or QApplication([])
    QMessageBox.critical(None, "Backoffice", message)
    del app
