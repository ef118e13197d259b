"""`backoffice demo [--orders N] [--seed S]`: fill a new database with a realistic demo shop
(see demo/build.py for what is made and why it is deterministic). Refuses a database that
already has orders. A progress bar goes to stderr; the summary to stdout."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from backoffice.app import AppContext
from backoffice.cli.common import EXIT_OK, command_parser
from backoffice.demo import build as demo


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command_parser(subparsers, "demo", "fill a new, empty database with demo data")
    p.add_argument("--orders", type=_count, default=2000, metavar="N", help="orders (2000)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (1)")
    p.set_defaults(handler=demo_command, creates_db=True)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def demo_command(args: argparse.Namespace, ctx: AppContext) -> int:
    with tqdm(total=args.orders, unit=" orders", file=sys.stderr, dynamic_ncols=True,
              disable=None) as bar:
        result = demo.generate(ctx.engine, orders=args.orders, seed=args.seed,
                               progress=bar.update)
    print(
        f"{ctx.display_url}: {result.orders} demo orders (seed {args.seed}) in"
        f" {result.seconds:.1f} s ({result.rate:,.0f} orders/s)"
    )
    return EXIT_OK
