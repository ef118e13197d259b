"""`backoffice export --out FILE.xlsx|FILE.csv [--stage STAGE]... [--from DATE] [--to DATE]`:
the orders of a filter to Excel or CSV (R36), through the same service as the GUI's export."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from tqdm import tqdm

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli.common import EXIT_OK, command_parser
from backoffice.db import listing
from backoffice.db.listing import ListFilter
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import parse_stage
from backoffice.services.lists.export import (
    DEFAULT_COLUMNS,
    FIELDS,
    english_labels,
    export_orders,
    korean_labels,
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command_parser(subparsers, "export", "write orders to an Excel (.xlsx) or CSV file (R36)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.xlsx or FILE.csv")
    p.add_argument(
        "--stage",
        action="append",
        default=[],
        metavar="STAGE",
        help="only this stage (repeat, or comma-separate, for several)",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=_day,
        metavar="YYYY-MM-DD",
        help="ordered on or after this day (local time)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_day,
        metavar="YYYY-MM-DD",
        help="ordered on or before this day (local time)",
    )
    p.add_argument("--search", default="", metavar="TEXT", help="code, shop number, name, phone…")
    p.add_argument(
        "--columns",
        default=",".join(DEFAULT_COLUMNS),
        metavar="KEYS",
        help=f"comma-separated, in order (default all: {','.join(FIELDS)})",
    )
    p.add_argument(
        "--lang",
        choices=("en", "ko"),
        default=argparse.SUPPRESS,  # the global --lang's value stays (cli/language.py)
        help="language of headers and stage names (as the global --lang)",
    )
    p.set_defaults(handler=export_command)


def export_command(args: argparse.Namespace, ctx: AppContext) -> int:
    stages = tuple(
        parse_stage(part).value for value in args.stage for part in value.split(",") if part
    )
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise DomainError("--from is after --to", "R36")
    columns = [c.strip() for c in args.columns.split(",") if c.strip()]
    flt = ListFilter(
        stages=stages, created_from=args.date_from, created_to=args.date_to, search=args.search
    )
    given = getattr(args, "lang", None)  # this command's own --lang, or the global one
    korean = given == "ko" if given else language.korean()
    headers = [KOREAN_HEADERS[c] if korean else FIELDS[c] for c in columns if c in FIELDS]
    # A bar on a terminal only, and only once the export has taken a moment (tqdm's delay).
    bar = tqdm(unit=" orders", desc="export", delay=0.5, disable=None, file=sys.stderr, leave=False)
    with ctx.session_factory() as session, bar:
        bar.total = listing.count(session, flt)
        written = export_orders(
            session,
            args.out,
            flt,
            columns,
            headers if len(headers) == len(columns) else None,
            labels=korean_labels if korean else english_labels,
            progress=lambda n: bar.update(n - bar.n),
        )
    print(
        language.say(
            f"{written} orders written to {args.out}", f"주문 {written}건을 {args.out}에 저장"
        ),
        file=sys.stderr,
    )
    return EXIT_OK


KOREAN_HEADERS = {
    "code": "주문번호",
    "shop_number": "쇼핑몰 주문번호",
    "created": "주문일시",
    "buyer": "주문자",
    "phone": "연락처",
    "items": "상품정보",
    "total": "결제금액",
    "payment": "결제상태",
    "stage": "주문상태",
    "channel": "판매채널",
    "tracking": "택배사/송장번호",
    "memo": "메모",
    "claim": "클레임",
}
