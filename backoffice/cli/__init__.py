"""The `backoffice` command: the GUI by default, sub-commands for scripts and the counter.

Each command module exposes `register(subparsers)` and sets `handler=fn` on its parsers, where
`fn(args, ctx) -> int` gets the opened (and upgraded) database as an `AppContext`. A command that
needs no database sets `needs_db=False` and gets `ctx=None`. Adding a command is one line in
`COMMANDS`.

Exit codes: 0 done; 1 a rule or a missing record said no (DomainError, NotFound,
NeedsConfirmation); 2 bad usage (argparse); 3 something outside failed (database unreachable,
locked or from a newer version: ExternalError); 70 a bug (logged with its traceback).
Every error is exactly one line on stderr: `backoffice: <message>`.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import re
import sys
from collections.abc import Sequence
from types import ModuleType

from sqlalchemy.exc import OperationalError

from backoffice import __version__
from backoffice.app import open_database, setup_logging
from backoffice.cli import language
from backoffice.cli.common import (
    EXIT_BUG,
    EXIT_DOMAIN,
    EXIT_EXTERNAL,
    Parser,
    add_db_option,
    fail,
)
from backoffice.db.engine import ENV_VAR, resolve_url, sqlite_path
from backoffice.domain.errors import DomainError, ExternalError
from backoffice.entry import named_command

logger = logging.getLogger(__name__)

_URL_PASSWORD = re.compile(r"(://[^/:@\s]*:)[^@\s]*@")  # scheme://user:PASSWORD@host

# Command name → its module (backoffice.cli.<module>). A command imports only its own module
# (and what that needs): `orders show` never loads the printing or demo code (issue 16).
COMMANDS: dict[str, str] = {
    "gui": "gui",
    "orders": "orders",
    "db": "db",
    "demo": "demo",
    "export": "export",
    "payments": "payments",
    "print": "print",
    "rules": "rules",
    "shop": "shop",
    "staff": "staff",
    "sync": "sync",
    "tracking": "tracking",
}


def wanted_command(argv: Sequence[str]) -> str | None:
    """The command named on the line, or None (none given, or one we do not know: then every
    command is loaded, for the help or argparse's "invalid choice")."""
    word = named_command(argv)
    return word if word in COMMANDS else None


def command_modules(argv: Sequence[str] | None = None) -> list[ModuleType]:
    wanted = wanted_command(sys.argv[1:] if argv is None else argv)
    names = [COMMANDS[wanted]] if wanted else list(dict.fromkeys(COMMANDS.values()))
    return [importlib.import_module(f"backoffice.cli.{name}") for name in names]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = Parser(
        prog="backoffice",
        description="Back office for shops: the GUI by default, or one of the commands below.",
    )
    add_db_option(parser, top_level=True)
    parser.add_argument("--version", action="version", version=f"backoffice {__version__}")
    parser.add_argument(
        "--lang",
        choices=language.LANGUAGES,
        default=None,
        help="language of messages and tables (default: $BACKOFFICE_LANG, the app's, the system's)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in command_modules(argv):
        module.register(subparsers)
    parser.set_defaults(handler=_run_gui, needs_db=True, starts_window=True)
    return parser


def _run_gui(args: argparse.Namespace, ctx: object) -> int:
    """`backoffice` alone: the window."""
    from backoffice.cli import gui

    return gui.run_gui(args, ctx)  # type: ignore[arg-type]


def _refuse_missing_file(db: str | None) -> None:
    """A typo in --db (or $BACKOFFICE_DB) must not make a new empty database and report success
    on it. The default file in the user data folder is made on first use, as an app does."""
    if db is None and not os.environ.get(ENV_VAR):
        return
    path = sqlite_path(resolve_url(db))
    if path is not None and not path.exists():
        raise ExternalError(
            "No database at {path}: check the path, or add --create to start a new one",
            path=str(path),
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    language.install(language.choose(args.lang))
    setup_logging()
    ctx = None
    try:
        if getattr(args, "needs_db", True):
            if not (getattr(args, "creates_db", False) or args.create):
                _refuse_missing_file(args.db)
            ctx = open_database(args.db)
        if not getattr(args, "starts_window", False):
            gc.enable()  # off while the modules loaded (backoffice/entry.py); the window's own
        return int(args.handler(args, ctx) or 0)
    except ExternalError as exc:
        return fail(language.error(exc), EXIT_EXTERNAL)
    except DomainError as exc:
        return fail(language.error(exc), EXIT_DOMAIN)
    except OperationalError as exc:  # database locked / gone mid-command
        return fail(f"The database refused the command: {exc.orig}", EXIT_EXTERNAL)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:  # `backoffice … | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return 141
    except Exception as exc:
        # --db may carry a PostgreSQL password: the log gets the URL without it (R50).
        argv = [_URL_PASSWORD.sub(r"\1***@", arg) for arg in sys.argv]
        logger.exception("unexpected error in %s", argv)
        return fail(f"unexpected error ({type(exc).__name__}: {exc}); see the log file", EXIT_BUG)
    finally:
        if ctx is not None:
            ctx.close()
