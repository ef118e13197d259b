"""`backoffice sync [--once]`: pull and push every configured shop (R42–R46).

Progress goes to stderr. `--once` returns when there is nothing more to do for now: every due
change is pushed, and no retry is due within `--max-wait` seconds. A shop that cannot be reached
gives one line on stderr and exit code 3; its changes stay in the outbox for the next run.
Shop orders the intake could not take are named one per line ("parked: …") and `--once` ends with
exit code 4; the rest of their page was taken in, and the next run goes on (R42).
`--status` prints what the window's status bar shows: last pull and push, changes waiting,
parked changes and orders, conflicts, and why the shop is failing (R45).
Without `--once` it runs every `--interval` seconds until interrupted.
Only one PC syncs at a time (db/locks.RelayLock): while another PC holds the relay, one line says
where sync runs; `--once` then ends with exit code 0, a loop waits and takes over when it stops.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli.common import EXIT_EXTERNAL, EXIT_OK, command_parser, fail
from backoffice.db.base import utcnow
from backoffice.db.locks import RelayLock
from backoffice.domain.errors import DomainError
from backoffice.services.sync.parked_orders import list_parked_orders
from backoffice.services.sync.runner import (
    SyncReport,
    SyncStatus,
    open_shops,
    sync_once,
    sync_status,
)

MAX_ROUNDS = 50  # a --once run that keeps finding work stops here and says so
EXIT_PARKED = 4  # the run worked, but some shop orders could not be taken in


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command_parser(subparsers, "sync", "pull and push every configured web shop")
    p.add_argument("--once", action="store_true", help="return when nothing more is due now")
    p.add_argument("--interval", type=float, default=60.0, help="seconds between runs")
    p.add_argument(
        "--max-wait", type=float, default=10.0, help="--once waits for retries due this soon"
    )
    p.add_argument(
        "--status", action="store_true", help="print the sync state and exit (nothing is sent)"
    )
    p.set_defaults(handler=sync_command)


def _progress(report: SyncReport) -> None:
    line = (
        f"sync: {report.pulled} pulled ({len(report.new_codes)} new), {report.pushed} pushed, "
        f"{report.parked} parked, {report.pending} waiting"
    )
    print(line, file=sys.stderr, flush=True)


def _when(value: datetime | None) -> str:
    return (
        value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value else language.say("never", "없음")
    )


def status_lines(status: SyncStatus) -> list[str]:
    """The sync state as the window shows it (R45), one fact per line."""
    say = language.say
    state = {
        None: say("never synced", "동기화 안 됨"),
        True: say("online", "연결됨"),
        False: say("offline", "연결 안 됨"),
    }[status.online]
    lines = [
        f"{say('state', '상태')}: {state}",
        f"{say('last pull', '마지막 가져오기')}: {_when(status.last_pull_at)}",
        f"{say('last push', '마지막 보내기')}: {_when(status.last_push_at)}",
        f"{say('changes waiting', '보낼 변경')}: {status.pending}",
        f"{say('changes parked', '보류된 변경')}: {status.parked}",
        f"{say('shop orders parked', '보류된 쇼핑몰 주문')}: {status.parked_orders}",
        f"{say('conflicts', '충돌')}: {status.conflicts}",
    ]
    if status.last_error:
        lines.append(f"{say('failing', '실패')}: {status.last_error}")
    return lines


def sync_command(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.status:
        with ctx.session_factory() as session:
            print("\n".join(status_lines(sync_status(session))))
            for row in list_parked_orders(session, limit=50):
                print(f"parked: {row.shop}: shop order {row.number}: {row.reason}")
        return EXIT_OK
    with ctx.session_factory() as session:
        links = open_shops(session)
    if not links:
        raise DomainError(
            "No shop is configured: add one with 'backoffice shop add woocommerce NAME --url URL"
            " --key KEY'"
        )
    lock = RelayLock(ctx.engine)
    try:
        return _loop(args, ctx, links, lock)
    finally:
        lock.release()
        for link in links:
            link.close()


def _loop(
    args: argparse.Namespace,
    ctx: AppContext,
    links: list,  # type: ignore[type-arg]
    lock: RelayLock,
) -> int:
    told = ""
    parked: dict[str, None] = {}  # shop orders not taken in during this --once, in order
    for _ in range(MAX_ROUNDS if args.once else sys.maxsize):
        report = sync_once(ctx.session_factory, links, lock=lock)
        if report.relay_elsewhere:
            if report.relay_elsewhere != told:  # once, not every interval
                told = report.relay_elsewhere
                print(f"sync runs on PC {told}: this one waits", file=sys.stderr, flush=True)
            if args.once:
                return EXIT_OK
            time.sleep(args.interval)
            continue
        told = ""
        _progress(report)
        for line in report.parked_orders:
            if line not in parked:
                parked[line] = None
                print(f"parked: {line}", file=sys.stderr, flush=True)
        if report.unreachable:
            reason = report.unreachable[0]
            message = f"{reason}; {report.pending} changes kept in the outbox"
            if args.once:
                return fail(message, EXIT_EXTERNAL)
            fail(message, EXIT_EXTERNAL)
        elif args.once:
            did_work = report.pulled or report.pushed or report.parked
            wait = (report.next_due - utcnow()).total_seconds() if report.next_due else None
            if wait is not None and wait <= args.max_wait:
                time.sleep(max(wait, 0.0))
                continue
            if not (did_work and report.pending):
                return _parked_exit(parked)
            continue
        time.sleep(args.interval)
    return fail("sync: still finding work after many rounds; run it again", EXIT_EXTERNAL)


def _parked_exit(parked: dict[str, None]) -> int:
    if not parked:
        return EXIT_OK
    return fail(
        f"{len(parked)} shop orders could not be taken in and are parked (see 'parked:' above"
        " and Sync → Parked in the window); the rest were taken in",
        EXIT_PARKED,
    )
