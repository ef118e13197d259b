"""The language the command line speaks (issue 13): `backoffice --lang ko|en …`, else
$BACKOFFICE_LANG, else the language chosen in the app (QSettings ui/language), else the system's.

Errors, messages and table headers follow it. Service errors and timeline events are worded by
the same translations the window loads (resources/translations, through ui/errors_text.py, on a
QCoreApplication: no window); the command line's own words are pairs here (`say`). English output
stays exactly as it was (scripts read it), rule numbers included; Korean leaves them out, as the
window does.
"""

from __future__ import annotations

import locale
import os
from typing import Any

LANGUAGES = ("ko", "en")
ENV = "BACKOFFICE_LANG"

_state: dict[str, Any] = {"language": "en"}


def choose(wanted: str | None) -> str:
    """--lang, else $BACKOFFICE_LANG, else the app's setting, else the system locale."""
    for candidate in (wanted, os.environ.get(ENV)):
        if candidate in LANGUAGES:
            return str(candidate)
    saved = _app_setting()  # reads Qt's settings: only when nothing else decided (issue 16)
    if saved in LANGUAGES:
        return saved
    code = (locale.getlocale()[0] or os.environ.get("LANG") or "").lower()
    return "ko" if code.startswith("ko") else "en"


def _app_setting() -> str:
    from backoffice.ui.console import saved_language

    return saved_language()


def install(language: str) -> None:
    """Speak `language` from now on. The translations load when first needed: the GUI command
    makes its own application, and a QCoreApplication made here first would stand in its way."""
    _state["language"] = language
    os.environ[ENV] = language  # the GUI, when the command starts it, speaks the same


def _translations() -> None:
    """The app's translations, once, when Korean words are first needed (ui/console.py)."""
    if korean():
        from backoffice.ui import console

        console.load(current())


def current() -> str:
    return str(_state["language"])


def korean() -> bool:
    return current() == "ko"


def say(english: str, korean_text: str) -> str:
    """One of the command line's own words or sentences, in its language."""
    return korean_text if korean() else english


def error(exc: BaseException) -> str:
    """An error as the person at the command line reads it."""
    if not korean():
        return str(exc)
    from backoffice.ui.errors_text import error_text

    _translations()
    return error_text(exc)


def event(text: str, message: dict[str, Any] | None) -> str:
    """A timeline event's line (its stored message worded in Korean)."""
    if not korean():
        return text
    from backoffice.ui.errors_text import event_text

    _translations()
    return event_text(text, message)


def label(table: str, code: str) -> str:
    """A stored code (stage, payment state, channel …) by the window's label tables."""
    if not korean() or not code:
        return code
    from backoffice.ui import console

    _translations()
    return console.label(table, code)


def actor(name: str) -> str:
    if not korean():
        return name
    from backoffice.ui import labels

    _translations()
    return labels.actor_name(name)
