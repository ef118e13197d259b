"""`backoffice tracking export|import`: the courier's file out, its waybill numbers back in
(송장 일괄 등록, issue 14).

    backoffice tracking export --out courier.xlsx [--stage ready] [--carrier cj]
    backoffice tracking import result.xlsx [--carrier cj] [--dry-run] [--confirm-unpaid]

Without --reference-column/--tracking-column the columns are found by their headers. The import
shows what it found (ready, not found, shipped already …) and ships the ready rows,
each in its own transaction, with a progress bar; Ctrl+C stops between orders and nothing is
left half-done. Exit 0 when every row shipped or had shipped before, 1 when some could not.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli import staff as staff_cli
from backoffice.cli.common import EXIT_DOMAIN, EXIT_OK, command_parser, one_line
from backoffice.db.listing import ListFilter
from backoffice.domain.stages import parse_stage
from backoffice.services.fulfilment import courier
from backoffice.services.fulfilment import tracking_import as imports

STATUS_WORDS = {
    "ready": ("to ship", "출고 예정"),
    "unmatched": ("no such order", "주문 없음"),
    "shipped": ("shipped already", "이미 출고"),
    "duplicate": ("twice in the file", "파일에 중복"),
    "invalid": ("cannot ship", "출고 불가"),
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command_parser(subparsers, "tracking", "courier files: export orders, import waybills")
    sub = p.add_subparsers(title="tracking commands", metavar="ACTION", required=True)
    out = command_parser(sub, "export", "write the courier's upload file (one row a shipment)")
    out.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.xlsx or .csv")
    out.add_argument(
        "--stage", action="append", default=[], metavar="STAGE", help="only this stage (repeat)"
    )
    out.add_argument("--carrier", default="", help="use this carrier's saved column layout")
    out.set_defaults(handler=export_command)
    lay = command_parser(
        sub, "layout", "show, or set with --columns, the courier file's columns (per carrier)"
    )
    lay.add_argument("--carrier", default="", help="this carrier's layout (default: every other)")
    lay.add_argument(
        "--columns",
        default="",
        metavar="KEYS",
        help=f"comma-separated: {','.join(courier.COLUMNS)}",
    )
    staff_cli.add_as_option(lay)
    lay.set_defaults(handler=layout_command)
    imp = command_parser(sub, "import", "ship orders from the courier's file of waybill numbers")
    imp.add_argument("file", type=Path, metavar="FILE", help="the courier's .xlsx or .csv")
    imp.add_argument("--carrier", default="", help="the carrier (default: the shop's)")
    imp.add_argument("--reference-column", default="", metavar="HEADER")
    imp.add_argument("--tracking-column", default="", metavar="HEADER")
    imp.add_argument("--carrier-column", default="", metavar="HEADER")
    imp.add_argument("--dry-run", action="store_true", help="show what would ship; change nothing")
    imp.add_argument("--confirm-unpaid", action="store_true", help="ship unpaid orders too (R23)")
    staff_cli.add_as_option(imp)
    imp.set_defaults(handler=import_command)


def export_command(args: argparse.Namespace, ctx: AppContext) -> int:
    stages = tuple(parse_stage(s).value for v in args.stage for s in v.split(",") if s)
    flt = ListFilter(stages=stages or ("received", "preparing", "ready"))
    with ctx.session_factory() as session:
        written = courier.export(session, args.out, flt=flt, carrier=args.carrier)
    print(
        language.say(
            f"{written} shipments written to {args.out}", f"배송 {written}건을 {args.out}에 저장"
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def layout_command(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.columns:
        actor = staff_cli.acting(ctx, args.actor, staff_cli.CLI_ACTOR)
        wanted = [c.strip() for c in args.columns.split(",") if c.strip()]
        courier.save_layout(ctx.uow(), args.carrier, wanted, actor=actor)
    with ctx.session_factory() as session:
        columns = courier.layout(session, args.carrier)
    for key in columns:
        english, korean = courier.COLUMNS[key]
        print(f"{key:<14} {language.say(english, korean)}")
    return EXIT_OK


def import_command(args: argparse.Namespace, ctx: AppContext) -> int:
    named = (
        imports.Mapping(args.reference_column, args.tracking_column, args.carrier_column)
        if args.reference_column or args.tracking_column
        else None
    )
    with ctx.session_factory() as session:
        loaded = imports.load(session, args.file, carrier=args.carrier, mapping=named)
    mapping, rows = loaded.mapping, loaded.rows
    counts = Counter(r.status for r in rows)
    say = language.say
    print(", ".join(f"{say(*STATUS_WORDS[s])} {counts[s]}" for s in imports.STATUSES if counts[s]))
    for row in rows:
        if row.status not in ("ready", "shipped"):
            _tell(row.line, row.error or row.reason)
    if args.dry_run or not counts["ready"]:
        return EXIT_OK if counts["ready"] + counts["shipped"] == len(rows) else EXIT_DOMAIN
    actor = staff_cli.acting(ctx, args.actor, staff_cli.CLI_ACTOR)
    imports.remember(ctx.uow(), mapping)
    bar = tqdm(total=counts["ready"], unit=" orders", desc="ship", delay=0.5, disable=None,
               file=sys.stderr, leave=False)  # fmt: skip
    # Ctrl+C rolls back the order being shipped: what shipped is shipped, the rest is untouched.
    with bar:
        report = imports.ship_all(
            ctx.session_factory,
            actor,
            rows,
            confirm_unpaid=args.confirm_unpaid,
            progress=lambda n: bar.update(n - bar.n),
        )
    for line, err in report.errors.items():
        _tell(line, err)
    print(say(f"{len(report.shipped)} shipped", f"{len(report.shipped)}건 출고"))
    problems = len(rows) - counts["ready"] - counts["shipped"] + len(report.failed)
    return EXIT_DOMAIN if problems or report.stopped else EXIT_OK


def _tell(line: int, what: object) -> None:
    text = language.error(what) if isinstance(what, BaseException) else str(what)
    print(f"backoffice: {language.say('row', '행')} {line}: {one_line(text)}", file=sys.stderr)
