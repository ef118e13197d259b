"""What every CLI command shares: exit codes, one-line errors, the `--db` option, and plain-text
tables whose columns line up with Korean text (east-asian wide characters take two cells)."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import NoReturn

EXIT_OK = 0
EXIT_DOMAIN = 1
EXIT_USAGE = 2
EXIT_EXTERNAL = 3
EXIT_BUG = 70


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors on one line (exit 2), like every other error here; the
    full usage is one `--help` away."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"backoffice: {self.prog}: {one_line(message)} (see --help)\n")


def one_line(message: str) -> str:
    """Driver messages can span lines (psycopg adds hints); a cashier's error is one line."""
    return " ".join(str(message).split())


def fail(message: str, code: int) -> int:
    print(f"backoffice: {one_line(message)}", file=sys.stderr)
    return code


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """`--db URL` before or after the command (a sub-command's copy must not reset the global)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None if top_level else argparse.SUPPRESS,
        help="database URL or SQLite file (default: $BACKOFFICE_DB, else the user data folder)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="make a new database when the --db file does not exist (demo and db upgrade do)",
    )


def command_parser(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    add_db_option(parser)
    return parser


def width(text: str) -> int:
    """Terminal cells: wide and full-width characters (Hangul, CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, cells: int) -> str:
    if width(text) <= cells:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, cells: int, *, right: bool = False) -> str:
    gap = " " * max(cells - width(text), 0)
    return gap + text if right else text + gap


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    right: Sequence[int] = (),
    max_width: int = 40,
) -> str:
    """Aligned columns; `right` lists the column indexes to right-align (amounts)."""
    cells = [[clip(str(c), max_width) for c in row] for row in rows]
    widths = [width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], width(cell))
    lines = []
    for row in [list(headers), *cells]:
        parts = [pad(cell, widths[i], right=i in right) for i, cell in enumerate(row)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def local_time(value: datetime | None) -> str:
    """A UTC timestamp in the PC's time zone, to the minute (human output only; JSON stays UTC)."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
