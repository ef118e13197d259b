"""`backoffice gui` (also `backoffice` alone): open the main window on the database.

The UI package is imported only here and only when asked for, so every other command works on a
machine without a display or without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import logging

from backoffice.app import AppContext
from backoffice.cli.common import EXIT_DOMAIN, command_parser, fail

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command_parser(subparsers, "gui", "open the back office window (the default)")
    p.set_defaults(handler=run_gui, starts_window=True)  # turns the collector on


def run_gui(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        from backoffice.ui.application import run
    except ImportError as exc:
        logger.info("GUI not available: %s", exc)
        return fail(f"the GUI is not available ({exc})", EXIT_DOMAIN)
    return int(run(ctx) or 0)


def window_main() -> int:
    """The `backoffice-window` entry point (gui-scripts): the window with no console on Windows.

    Started that way Python has no stdout or stderr (they are None), so a refusal before the
    window opens (a database from a newer version, a locked file) would vanish: it is caught
    and shown in a message box instead, and the log file keeps the rest."""
    import io
    import os
    import sys

    from backoffice.cli import main

    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    said = io.StringIO()
    if sys.stderr is None:
        sys.stderr = said
    code = main(sys.argv[1:])
    message = said.getvalue().strip()
    if code != 0 and message:
        _show_refusal(message)
    return code


def _show_refusal(message: str) -> None:
    try:
        from backoffice.ui.console import show_refusal
    except ImportError:  # no Qt: nothing more to show it with; the log has it
        return
    show_refusal(message.removeprefix("backoffice: "))
