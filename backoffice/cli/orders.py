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
from backoffice.services.orders import changes as order_service
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
                ["Code", "Created", "Stage", "Payment", "Buyer", "Items", "Total"],
                [
                    [
                        o.code,
                        local_time(o.created_at),
                        o.stage + (f" · {o.custom_status.name}" if o.custom_status else ""),
                        o.payment_status,
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
        print(f"{len(rows)} of {total} orders")
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
    """The human form of `orders show`: header, lines, money, shipments, timeline."""
    cur = d["currency"]

    def money(amount: int) -> str:
        return format_money(amount, cur)

    shop = d["shop"] or d["channel_detail"] or d["channel"]
    out = [
        f"{d['code']}  {d['stage']}  {d['payment_status']}"
        + (f"  [{d['custom_status']}]" if d["custom_status"] else ""),
        f"  {shop} #{d['shop_order_number']}" if d["shop_order_number"] else f"  {shop}",
        f"  Buyer: {d['buyer_name']} {d['buyer_phone']} {d['buyer_email']}".rstrip(),
        f"  Created: {d['created_at']}",
    ]
    if d["cancel_reason"]:
        out.append(f"  Cancelled: {d['cancel_reason']}")
    out += ["", "Lines"]
    lines = [
        [ln["sku"], ln["name"], ln["options"], str(ln["quantity"]), money(ln["unit_price"]),
         money(ln["total"])]
        for ln in d["lines"]
    ]
    out.append(_indent(table(["SKU", "Name", "Options", "Qty", "Price", "Total"], lines,
                             right=(3, 4, 5))))
    out += ["", "Money"]
    money_rows = [
        ["Items", money(d["items_total"])],
        ["Shipping", money(d["shipping_fee"])],
        ["Discounts", money(-(d["grade_discount"] + d["coupon_discount"] + d["points_used"]))],
        ["Total", money(d["total"])],
        ["Paid", money(d["paid"])],
        ["Refunded", money(d["refunded"])],
        ["Balance", money(d["balance"])],
    ]
    out.append(_indent(table(["", ""], money_rows, right=(1,))))
    if d["shipments"]:
        out += ["", "Shipments"]
        rows = [
            [f"#{s['number']}", s["stage"], s["carrier"], s["tracking_number"],
             ", ".join(f"{x['sku'] or x['name']}×{x['quantity']}" for x in s["lines"])]
            for s in d["shipments"]
        ]
        out.append(_indent(table(["No", "Stage", "Carrier", "Tracking", "Items"], rows)))
    if d["timeline"]:
        out += ["", "Timeline"]
        rows = [[e["at"], e["actor"], e["text"]] for e in d["timeline"]]
        out.append(_indent(table(["At (UTC)", "Who", "What"], rows, max_width=70)))
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
        missing = []
        for code in args.codes:
            try:
                get_order(session, code)
            except NotFound:
                missing.append(code)
    if missing:
        raise NotFound(f"No order {', '.join(repr(c) for c in missing)}; nothing was changed")
    worst = EXIT_OK
    for code in args.codes:
        try:
            _move(ctx, actor, code, target, args)
        except NeedsConfirmation as exc:
            _failed(code, f"{exc} (add --confirm-unpaid)")
            worst = max(worst, EXIT_DOMAIN)
        except DomainError as exc:
            _failed(code, str(exc))
            worst = max(worst, EXIT_DOMAIN)
        except ExternalError as exc:
            _failed(code, str(exc))
            worst = max(worst, EXIT_EXTERNAL)
        else:
            print(f"{code}: stage → {target.value}")
    return worst


def _failed(code: str, message: str) -> None:
    print(f"backoffice: {code}: {one_line(message)}", file=sys.stderr)


def _move(
    ctx: AppContext, actor: Actor, code: str, target: Stage, args: argparse.Namespace
) -> None:
    if target == Stage.CANCELLED:  # R11: cancelling is its own service, with a reason
        order_service.cancel(ctx.uow(), actor, code, args.reason or "")
        return
    order_service.set_stage(
        ctx.uow(),
        actor,
        code,
        target,
        carrier=args.carrier,
        tracking=args.tracking,
        reason=args.reason,
        confirm_unpaid=args.confirm_unpaid,
    )
