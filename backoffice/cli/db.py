"""`backoffice db upgrade`: bring the database to this version's schema (a backup copy of an
existing SQLite file first; a database from a newer app is refused). Opening the database for any
command already does this; the command exists for scripts and to say what happened.

`backoffice db backup FILE`: a consistent copy of the live SQLite database, taken while the app
runs (services/shop/backup.py). It does not open the database through the app, so it neither upgrades
the schema first nor needs a PostgreSQL server to refuse a PostgreSQL URL."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli.common import EXIT_OK, command_parser
from backoffice.db.engine import resolve_url
from backoffice.services.shop import backup


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(subparsers, "db", "database maintenance")
    sub = parser.add_subparsers(title="database commands", metavar="ACTION", required=True)
    p = command_parser(sub, "upgrade", "upgrade the database schema (after a backup copy)")
    p.set_defaults(handler=upgrade_command, creates_db=True)
    p = command_parser(sub, "backup", "copy the live SQLite database to FILE, safely while in use")
    p.add_argument("file", metavar="FILE", type=Path, help="the backup file (replaced if present)")
    p.set_defaults(handler=backup_command, needs_db=False)


def upgrade_command(args: argparse.Namespace, ctx: AppContext) -> int:
    migration = ctx.migration
    if migration is None or not migration.applied:
        head = migration.after if migration else "?"
        print(
            language.say(
                f"{ctx.display_url}: up to date (schema {head})",
                f"{ctx.display_url}: 최신 상태 (스키마 {head})",
            )
        )
        return EXIT_OK
    before = migration.before or "empty"
    print(
        language.say(
            f"{ctx.display_url}: upgraded schema {before} → {migration.after}",
            f"{ctx.display_url}: 스키마 {before} → {migration.after} 업그레이드",
        )
    )
    if migration.backup is not None:
        print(f"backup: {migration.backup}")
    return EXIT_OK


def backup_command(args: argparse.Namespace, _ctx: AppContext | None) -> int:
    url = resolve_url(args.db)
    # A bar on a terminal only, and only once the copy has taken a moment (tqdm's delay).
    with tqdm(
        total=0, unit="page", desc="backup", delay=0.5, disable=None, file=sys.stderr, leave=False
    ) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        result = backup.backup_database(url, args.file, progress=progress)
    print(f"backup: {result.path} ({result.size / 1_000_000:.1f} MB, integrity check ok)")
    return EXIT_OK
