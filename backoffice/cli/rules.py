"""`backoffice rules run`: the automatic rules once, for a cron job (R8, R10).

Delivered orders become completed after the configured days (R8) and unpaid orders past their
deposit deadline are cancelled (R10). The window and every `backoffice sync` run the same pass;
running it more often changes nothing more. One line on stdout says what changed.
"""

from __future__ import annotations

import argparse

from backoffice.app import AppContext
from backoffice.cli.common import EXIT_OK, command_parser
from backoffice.services.orders.rules_run import run_rules


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command_parser(subparsers, "rules", "run the automatic rules (R8 completion, R10 expiry)")
    sub = p.add_subparsers(title="rules commands", metavar="ACTION", required=True)
    run = sub.add_parser("run", help="apply them once now (for cron)")
    run.set_defaults(handler=run_command)


def run_command(args: argparse.Namespace, ctx: AppContext) -> int:
    result = run_rules(ctx.session_factory)
    print(
        f"rules: {result.completed} completed (R8), {result.expired} cancelled for an expired"
        f" deposit deadline (R10), {result.skipped} left for the next run"
    )
    return EXIT_OK
