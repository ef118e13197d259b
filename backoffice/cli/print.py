"""`backoffice print KIND CODE… (--printer URI | --out FILE)`, `print queue`, `print retry JOB`,
`print reprint JOB`: documents to a printer or a file, through the same queue as the GUI (R38–R41).

`--out FILE.bin` holds exactly what the printer would get: rendered for `--profile URI`, else for
the printer in the settings, else a raster-mode 80 mm ESC/POS printer.

With a printer the job is queued (rendered once), then sent at once in this process within the
printer profile's timeouts; a printer that refuses or stalls ends the command with one line and
exit 3, and the job stays in the queue (`failed` can be retried, `uncertain` reprinted). Without
`--printer` or `--out` the printer from the printer settings is used.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli.common import EXIT_OK, command_parser, local_time, table
from backoffice.domain.errors import DomainError, ExternalError
from backoffice.printing import KINDS
from backoffice.services.printing import files as print_files
from backoffice.services.printing import queue as print_queue
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.queue import DOCUMENT_NAMES, JobView
from backoffice.services.staff.actor import staff

CLI_ACTOR = staff("CLI")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(subparsers, "print", "print receipts, labels and documents (R38-R41)")
    sub = parser.add_subparsers(title="documents and queue", metavar="WHAT", required=True)
    for kind in KINDS:
        p = command_parser(sub, kind, f"the {DOCUMENT_NAMES[kind].lower()} of orders")
        p.add_argument("codes", nargs="+", metavar="CODE")
        where = p.add_mutually_exclusive_group()
        where.add_argument(
            "--printer", metavar="URI", help="tcp://HOST:PORT, usb://VID:PID, file:///path, …"
        )
        where.add_argument(
            "--out", type=Path, metavar="FILE", help=".pdf, .png (the preview) or .bin (raw bytes)"
        )
        p.add_argument(
            "--profile",
            metavar="URI",
            help="with --out .bin/.png: render for this printer's width and text mode "
            "(default: the printer in the settings)",
        )
        p.add_argument("--language", choices=("ko", "en"), default=None, help="default: settings")
        p.set_defaults(handler=print_command, kind=kind)

    p = command_parser(sub, "queue", "the print queue, newest first")
    p.add_argument("--open", action="store_true", help="only jobs that still need attention")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.set_defaults(handler=queue_command)

    p = command_parser(sub, "retry", "send a failed job again (the same bytes)")
    p.add_argument("job", type=int, metavar="JOB")
    p.set_defaults(handler=retry_command)

    p = command_parser(sub, "reprint", "print a sent or uncertain job again, marked as a reprint")
    p.add_argument("job", type=int, metavar="JOB")
    p.add_argument("--printer", metavar="URI", help="another printer (default: the job's)")
    p.set_defaults(handler=reprint_command)


def print_command(args: argparse.Namespace, ctx: AppContext) -> int:
    with ctx.session_factory() as session:
        settings = printer_settings.load(session)
        language = args.language or settings.language
        if args.out is not None:
            path = print_files.save_document(
                session,
                args.kind,
                args.codes,
                args.out,
                language=language,
                printer_uri=args.profile or settings.printer_for(args.kind) or None,
            )
            print(f"Saved {DOCUMENT_NAMES[args.kind].lower()} to {path}")
            return EXIT_OK
    printer = args.printer or settings.printer_for(args.kind)
    if not printer:
        raise DomainError(
            f"No printer is set up for the {DOCUMENT_NAMES[args.kind].lower()}: "
            "use --printer URI or --out FILE"
        )
    job_id = print_queue.enqueue(
        ctx.uow(), CLI_ACTOR, args.kind, args.codes, printer, language=language
    )
    return _send(ctx, job_id)


def retry_command(args: argparse.Namespace, ctx: AppContext) -> int:
    print_queue.retry(ctx.uow(), CLI_ACTOR, args.job)
    return _send(ctx, args.job)


def reprint_command(args: argparse.Namespace, ctx: AppContext) -> int:
    job_id = print_queue.reprint(ctx.uow(), CLI_ACTOR, args.job, args.printer)
    return _send(ctx, job_id)


def _send(ctx: AppContext, job_id: int) -> int:
    view = print_queue.process_job(ctx.session_factory, job_id)
    if view.state == "sent":
        print(f"Printed {_describe(view)} (job #{view.id})")
        return EXIT_OK
    hint = (
        f"`backoffice print retry {view.id}`"
        if view.can_retry
        else f"check the paper; `backoffice print reprint {view.id}` if it did not print"
    )
    raise ExternalError(f"Print job #{view.id} {view.state}: {view.error}; it stays queued: {hint}")


def queue_command(args: argparse.Namespace, ctx: AppContext) -> int:
    with ctx.session_factory() as session:
        jobs = print_queue.list_jobs(session, open_only=args.open, limit=args.limit)
    print(
        table(
            [
                language.say("Job", "작업"),
                language.say("Queued", "등록"),
                language.say("Document", "문서"),
                language.say("Orders", "주문"),
                language.say("Printer", "프린터"),
                language.say("State", "상태"),
                language.say("Error", "오류"),
            ],
            [
                [
                    str(j.id),
                    local_time(j.created_at),
                    j.document + (f" (reprint of #{j.reprint_of})" if j.reprint_of else ""),
                    " ".join(j.codes),
                    j.printer.split("?", 1)[0],
                    j.state,
                    j.error,
                ]
                for j in jobs
            ],
            max_width=48,
        )
    )
    print(language.say(f"{len(jobs)} jobs", f"작업 {len(jobs)}건"))
    return EXIT_OK


def _describe(view: JobView) -> str:
    orders = ", ".join(view.codes)
    return f"{DOCUMENT_NAMES[view.document].lower()} {orders} on {view.printer.split('?', 1)[0]}"
