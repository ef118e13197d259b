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
    p.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        from backoffice.ui.application import run
    except ImportError as exc:
        logger.info("GUI not available: %s", exc)
        return fail(f"the GUI is not available ({exc})", EXIT_DOMAIN)
    return int(run(ctx) or 0)
