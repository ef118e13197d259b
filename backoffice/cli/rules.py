"""`backoffice rules run`: the automatic rules once, for a cron job (R8, R10).

Delivered orders become completed after the configured days (R8) and unpaid orders past their
deposit deadline are cancelled (R10). The window and every `backoffice sync` run the same pass;
running it more often changes nothing more. One line on stdout says what changed.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli.common import EXIT_OK, command_parser
from backoffice.services.orders.rules_run import run_rules


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command_parser(subparsers, "rules", "run the automatic rules (R8 completion, R10 expiry)")
    sub = p.add_subparsers(title="rules commands", metavar="ACTION", required=True)
    run = sub.add_parser("run", help="apply them once now (for cron)")
    run.add_argument(
        "--as-of",
        type=_moment,
        default=None,
        metavar="TIME",
        help="apply them as of this ISO time (UTC unless it says otherwise); default: now",
    )
    run.set_defaults(handler=run_command)


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run_command(args: argparse.Namespace, ctx: AppContext) -> int:
    result = run_rules(ctx.session_factory, now=args.as_of)
    print(
        language.say(
            f"rules: {result.completed} completed (R8), {result.expired} cancelled for an expired"
            f" deposit deadline (R10), {result.skipped} left for the next run",
            f"자동 처리: 구매확정 {result.completed}건, 입금기한 만료 취소 {result.expired}건,"
            f" 다음에 다시 {result.skipped}건",
        )
    )
    return EXIT_OK
