"""The process entry points (`backoffice`, `backoffice-window`, `python -m backoffice`, the
bundle) and what they do before the app's modules load (issue 16).

- When the line asks for the window, its frame goes up first (ui/opening.py): Qt loads in about
  0.1 s, the database layer and the window's modules in another half second or more.
- The garbage collector stays off while those modules load: they make a few hundred thousand
  long-lived objects, and the collector's passes over them took about a fifth of the start-up.
  The command line turns it back on before a command runs (cli.main); the window once it is
  shown, after freezing what start-up made (ui/application.freeze_startup_objects).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

VALUED = ("--db", "--lang")  # the global options followed by a value
NOT_THE_WINDOW = {"-h", "--help", "--version"}


def named_command(argv: Sequence[str]) -> str | None:
    """The first word on the line that is neither an option nor an option's value."""
    words = iter(argv)
    for word in words:
        if word in VALUED:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def option_value(argv: Sequence[str], option: str) -> str | None:
    """The value after a global option (`--lang ko`), None when the line has none."""
    words = list(argv)
    return next((words[i + 1] for i, w in enumerate(words[:-1]) if w == option), None)


def opens_window(argv: Sequence[str]) -> bool:
    """`backoffice`, `backoffice gui` (with options), not `--help` or `--version`."""
    return named_command(argv) in (None, "gui") and not NOT_THE_WINDOW.intersection(argv)


def _starting() -> None:
    """Before the app's modules load: the collector off, and the window's frame up when the line
    opens the window (no Qt here: `backoffice gui` says so in a line of its own)."""
    gc.disable()
    argv = sys.argv[1:]
    if not opens_window(argv):
        return
    try:
        from backoffice.ui.opening import show_opening
    except ImportError:
        return
    show_opening(option_value(argv, "--lang"))


def command() -> int:
    _starting()
    from backoffice.cli import main

    return main()


def window() -> int:
    _starting()
    from backoffice.cli.gui import window_main

    return window_main()
