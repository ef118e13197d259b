"""`backoffice db upgrade`: bring the database to this version's schema (a backup copy of an
existing SQLite file first; a database from a newer app is refused). Opening the database for any
command already does this; the command exists for scripts and to say what happened."""

from __future__ import annotations

import argparse

from backoffice.app import AppContext
from backoffice.cli.common import EXIT_OK, command_parser


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(subparsers, "db", "database maintenance")
    sub = parser.add_subparsers(title="database commands", metavar="ACTION", required=True)
    p = command_parser(sub, "upgrade", "upgrade the database schema (after a backup copy)")
    p.set_defaults(handler=upgrade_command)


def upgrade_command(args: argparse.Namespace, ctx: AppContext) -> int:
    migration = ctx.migration
    if migration is None or not migration.applied:
        head = migration.after if migration else "?"
        print(f"{ctx.display_url}: up to date (schema {head})")
        return EXIT_OK
    before = migration.before or "empty"
    print(f"{ctx.display_url}: upgraded schema {before} → {migration.after}")
    if migration.backup is not None:
        print(f"backup: {migration.backup}")
    return EXIT_OK
