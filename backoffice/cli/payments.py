"""`backoffice payments list|request|withdraw`: payment requests from the command line (R22).

The same services as the order dialog's payment tab: a request asks the customer for what the
order owes (or `--amount`), with a link to pay. On a web shop order that link is the shop's own
payment page; for an amount the shop order does not ask for, the next `backoffice sync` makes a
pending shop order for it and sends the customer its page.
"""

from __future__ import annotations

import argparse

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli import staff as staff_cli
from backoffice.cli.common import EXIT_OK, command_parser, local_time, table
from backoffice.cli.orders import _actor
from backoffice.domain.money import format_money, parse_amount
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments import requests as payments


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(subparsers, "payments", "payment requests with a link to pay (R22)")
    sub = parser.add_subparsers(title="payment commands", metavar="ACTION", required=True)

    p = command_parser(sub, "list", "an order's payment requests")
    p.add_argument("code", metavar="CODE")
    p.set_defaults(handler=list_command)

    p = command_parser(sub, "request", "ask the customer to pay what the order owes")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--amount", default=None, metavar="AMOUNT", help="this much instead (e.g. 5000)")
    p.add_argument("--note", default="", metavar="TEXT", help="a note for the request")
    staff_cli.add_as_option(p)
    p.set_defaults(handler=request_command)

    p = command_parser(sub, "withdraw", "withdraw an open payment request (its link stops)")
    p.add_argument("code", metavar="CODE")
    p.add_argument("request", type=int, metavar="ID", help="the request's number (payments list)")
    staff_cli.add_as_option(p)
    p.set_defaults(handler=withdraw_command)


def _link(link: str) -> str:
    return link or language.say(
        "(the web shop makes its page at the next sync)",
        "(다음 동기화 때 웹 쇼핑몰이 결제 페이지를 만듭니다)",
    )


def list_command(args: argparse.Namespace, ctx: AppContext) -> int:
    with ctx.session_factory() as session:
        order = get_order(session, args.code)
        currency = order.currency
        rows = [
            [
                str(r.id),
                format_money(r.amount, currency),
                language.label("REQUEST_STATES", r.state),
                local_time(r.created_at),
                _link(r.link),
            ]
            for r in order.payment_requests
        ]
    if not rows:
        print(language.say(f"{args.code}: no payment requests", f"{args.code}: 결제 요청 없음"))
        return EXIT_OK
    headers = [
        language.say("ID", "번호"),
        language.say("Amount", "금액"),
        language.say("State", "상태"),
        language.say("Requested", "요청일시"),
        language.say("Link", "링크"),
    ]
    print(table(headers, rows, right=(1,), max_width=300))  # a link is never clipped
    return EXIT_OK


def request_command(args: argparse.Namespace, ctx: AppContext) -> int:
    actor = _actor(ctx, args.actor)
    with ctx.session_factory() as session:
        currency = get_order(session, args.code).currency
    amount = None if args.amount is None else parse_amount(args.amount, currency)
    info = payments.request_payment(ctx.uow(), actor, args.code, amount, args.note)
    shown = format_money(info.amount, currency)
    print(
        language.say(
            f"{args.code}: payment request {info.id} for {shown}: {_link(info.link)}",
            f"{args.code}: 결제 요청 {info.id} ({shown}): {_link(info.link)}",
        )
    )
    return EXIT_OK


def withdraw_command(args: argparse.Namespace, ctx: AppContext) -> int:
    actor = _actor(ctx, args.actor)
    payments.withdraw_payment_request(ctx.uow(), actor, args.code, args.request)
    print(
        language.say(
            f"{args.code}: payment request {args.request} withdrawn",
            f"{args.code}: 결제 요청 {args.request} 취소됨",
        )
    )
    return EXIT_OK
