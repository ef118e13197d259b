"""`backoffice orders list|show|set-stage`: the order list, one order, and moving orders on.

Reads go through `db.queries` and `services.views`; changes go through the same services the GUI
calls, one transaction per order, so the rules (R6–R11, R23) and the timeline (R28) are the GUI's.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli import staff as staff_cli
from backoffice.cli.common import (
    EXIT_DOMAIN,
    EXIT_EXTERNAL,
    EXIT_OK,
    command_parser,
    local_time,
    one_line,
    table,
)
from backoffice.db.queries import OrderFilter, count_orders, list_orders
from backoffice.domain.errors import DomainError, ExternalError, NeedsConfirmation, NotFound
from backoffice.domain.money import format_money
from backoffice.domain.stages import Stage, parse_stage
from backoffice.services.orders.lookup import get_order
from backoffice.services.orders.views import order_detail, order_summary
from backoffice.services.staff.actor import Actor, staff

CLI_ACTOR = staff("CLI")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(subparsers, "orders", "list, show and move orders")
    sub = parser.add_subparsers(title="order commands", metavar="ACTION", required=True)

    p = command_parser(sub, "list", "orders newest first, filtered by stage and keyword (R32)")
    p.add_argument(
        "--stage",
        action="append",
        default=[],
        metavar="STAGE",
        help="only this stage (repeat, or comma-separate, for several)",
    )
    p.add_argument("--search", default="", metavar="TEXT", help="code, shop number, name, phone…")
    p.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N (50)")
    p.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    p.set_defaults(handler=list_command)

    p = command_parser(sub, "show", "one order by code or shop order number")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true", help="a JSON object instead of text")
    p.set_defaults(handler=show_command)

    p = command_parser(sub, "set-stage", "move orders to a stage (forward, revert or cancel)")
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--to", required=True, metavar="STAGE", dest="target")
    p.add_argument("--reason", default=None, help="why (needed to revert or cancel)")
    p.add_argument("--carrier", default=None, metavar="NAME", help="courier, to ship (R7)")
    p.add_argument("--tracking", default=None, metavar="NO", help="tracking number (R7)")
    p.add_argument(
        "--confirm-unpaid",
        action="store_true",
        help="prepare orders that still wait for payment (R23)",
    )
    p.add_argument(
        "--as",
        dest="actor",
        default=None,
        metavar="STAFF",
        help="act as this staff member, signed in with their PIN from $BACKOFFICE_PIN or stdin"
        " (a manager may revert, R9); default: CLI, not a manager",
    )
    p.set_defaults(handler=set_stage_command)


MAX_LIMIT = 100_000  # a list longer than this is an export (`backoffice export`)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be 1 to {MAX_LIMIT:,}")
    return value


def _stages(values: list[str]) -> tuple[str, ...]:
    names = [part for value in values for part in value.split(",") if part.strip()]
    return tuple(dict.fromkeys(parse_stage(name).value for name in names))


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def list_command(args: argparse.Namespace, ctx: AppContext) -> int:
    flt = OrderFilter(stages=_stages(args.stage), search=args.search)
    with ctx.session_factory() as session:
        rows = list_orders(session, flt, limit=args.limit)
        if args.json:
            _print_json([order_summary(order) for order in rows])
            return EXIT_OK
        total = count_orders(session, flt)
        print(
            table(
                [
                    language.say("Code", "주문번호"),
                    language.say("Created", "주문일시"),
                    language.say("Stage", "주문상태"),
                    language.say("Payment", "결제상태"),
                    language.say("Buyer", "주문자"),
                    language.say("Items", "상품정보"),
                    language.say("Total", "결제금액"),
                ],
                [
                    [
                        o.code,
                        local_time(o.created_at),
                        language.label("STAGES", o.stage)
                        + (f" · {o.custom_status.name}" if o.custom_status else ""),
                        language.label("PAYMENT", o.payment_status),
                        o.buyer_name,
                        o.items_summary,
                        format_money(o.total, o.currency),
                    ]
                    for o in rows
                ],
                right=(6,),
                max_width=28,
            )
        )
        print(language.say(f"{len(rows)} of {total} orders", f"주문 {total}건 중 {len(rows)}건"))
    return EXIT_OK


def show_command(args: argparse.Namespace, ctx: AppContext) -> int:
    with ctx.session_factory() as session:
        detail = order_detail(get_order(session, args.code))
    if args.json:
        _print_json(detail)
    else:
        print(render_detail(detail))
    return EXIT_OK


def render_detail(d: dict[str, Any]) -> str:
    """The human form of `orders show`: header, lines, money, shipments, timeline, in the
    command line's language (cli/language.py)."""
    cur = d["currency"]
    say = language.say

    def money(amount: int) -> str:
        return format_money(amount, cur)

    shop = d["shop"] or d["channel_detail"] or language.label("CHANNELS", d["channel"])
    stage = language.label("STAGES", d["stage"])
    out = [
        f"{d['code']}  {stage}  {language.label('PAYMENT', d['payment_status'])}"
        + (f"  [{d['custom_status']}]" if d["custom_status"] else ""),
        f"  {shop} #{d['shop_order_number']}" if d["shop_order_number"] else f"  {shop}",
        f"  {say('Buyer', '주문자')}: {d['buyer_name']} {d['buyer_phone']} {d['buyer_email']}".rstrip(),
        f"  {say('Created', '주문일시')}: {d['created_at']}",
    ]
    if d["cancel_reason"]:
        out.append(f"  {say('Cancelled', '취소 사유')}: {d['cancel_reason']}")
    out += ["", say("Lines", "상품")]
    lines = [
        [
            ln["sku"],
            ln["name"],
            ln["options"],
            str(ln["quantity"]),
            money(ln["unit_price"]),
            money(ln["total"]),
        ]
        for ln in d["lines"]
    ]
    headers = [
        "SKU",
        say("Name", "상품명"),
        say("Options", "옵션"),
        say("Qty", "수량"),
        say("Price", "단가"),
        say("Total", "금액"),
    ]
    out.append(_indent(table(headers, lines, right=(3, 4, 5))))
    out += ["", say("Money", "금액")]
    money_rows = [
        [say("Items", "상품 합계"), money(d["items_total"])],
        [say("Shipping", "배송비"), money(d["shipping_fee"])],
        [
            say("Discounts", "할인"),
            money(-(d["grade_discount"] + d["coupon_discount"] + d["points_used"])),
        ],
        [say("Total", "합계"), money(d["total"])],
        [say("Paid", "결제금액"), money(d["paid"])],
        [say("Refunded", "환불금액"), money(d["refunded"])],
        [say("Balance", "미결제"), money(d["balance"])],
    ]
    out.append(_indent(table(["", ""], money_rows, right=(1,))))
    if d["shipments"]:
        out += ["", say("Shipments", "배송")]
        rows = [
            [
                f"#{s['number']}",
                language.label("STAGES", s["stage"]),
                s["carrier"],
                s["tracking_number"],
                ", ".join(f"{x['sku'] or x['name']}×{x['quantity']}" for x in s["lines"]),
            ]
            for s in d["shipments"]
        ]
        headers = [
            say("No", "번호"),
            say("Stage", "상태"),
            say("Carrier", "택배사"),
            say("Tracking", "송장번호"),
            say("Items", "상품"),
        ]
        out.append(_indent(table(headers, rows)))
    if d["timeline"]:
        out += ["", say("Timeline", "타임라인")]
        rows = [
            [e["at"], language.actor(e["actor"]), language.event(e["text"], e.get("message"))]
            for e in d["timeline"]
        ]
        headers = [say("At (UTC)", "일시 (UTC)"), say("Who", "처리자"), say("What", "내용")]
        out.append(_indent(table(headers, rows, max_width=70)))
    return "\n".join(out)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _actor(ctx: AppContext, name: str | None) -> Actor:
    """`--as NAME` signs in with the PIN (R48); without it the CLI acts as a cashier."""
    return CLI_ACTOR if name is None else staff_cli.sign_in(ctx, name)


def set_stage_command(args: argparse.Namespace, ctx: AppContext) -> int:
    target = parse_stage(args.target)
    actor = _actor(ctx, args.actor)
    if bool(args.carrier) != bool(args.tracking):
        raise DomainError("Give both --carrier and --tracking", "R7")
    # Every code must exist before anything changes: a typo must not leave half a batch moved.
    with ctx.session_factory() as session:
        missing, found = [], []
        for code in args.codes:
            try:
                order = get_order(session, code)
            except NotFound:
                missing.append(code)
            else:
                found.append((order.id, order.code))
    if missing:
        raise NotFound(f"No order {', '.join(repr(c) for c in missing)}; nothing was changed")
    # The window's bulk path (chunks, a savepoint per order): many codes move fast (issue 16).
    from backoffice.services.lists.bulk import BulkAction, run_bulk  # not for `orders show`

    if target == Stage.CANCELLED:  # R11: cancelling is its own service, with a reason
        action = BulkAction("cancel", reason=args.reason or "")
    else:
        action = BulkAction(
            "stage",
            target,
            carrier=args.carrier or "",
            tracking=args.tracking or "",
            reason=args.reason or "",
            confirm_unpaid=args.confirm_unpaid,
        )
    report = run_bulk(ctx.uow(), actor, action, [oid for oid, _ in found])
    worst = EXIT_OK
    for given, (_, code) in zip(args.codes, found, strict=True):
        error = report.errors.get(code)
        if isinstance(error, NeedsConfirmation):
            hint = language.say("add --confirm-unpaid", "--confirm-unpaid 를 붙이세요")
            _failed(given, f"{language.error(error)} ({hint})")
            worst = max(worst, EXIT_DOMAIN)
        elif isinstance(error, ExternalError):
            _failed(given, language.error(error))
            worst = max(worst, EXIT_EXTERNAL)
        elif error is not None:
            _failed(given, language.error(error))
            worst = max(worst, EXIT_DOMAIN)
        else:
            shown = target.value if not language.korean() else language.label("STAGES", target)
            print(f"{given}: {language.say('stage', '주문상태')} → {shown}")
    return worst


def _failed(code: str, message: str) -> None:
    print(f"backoffice: {code}: {one_line(message)}", file=sys.stderr)
