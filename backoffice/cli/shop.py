"""`backoffice shop add woocommerce NAME --url URL --key KEY` (secret read from stdin, kept in the
OS keyring, R50), `backoffice shop add webhook NAME --url URL` (R46) and `backoffice shop list`.
Adding a shop is a settings change: once roles are in use it needs `--as MANAGER` (R48; the PIN from
$BACKOFFICE_PIN or the first line of stdin, before the secret)."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli import staff as staff_cli
from backoffice.cli.common import EXIT_EXTERNAL, EXIT_OK, command_parser, fail, table
from backoffice.domain.errors import DomainError
from backoffice.services.shop import details as shop_details
from backoffice.services.sync import shops


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(subparsers, "shop", "web shops and webhook receivers")
    sub = parser.add_subparsers(title="shop commands", metavar="ACTION", required=True)
    p = command_parser(sub, "add", "add a web shop or webhook receiver (secret read from stdin)")
    p.add_argument("kind", choices=(*shops.KINDS, "webhook"))
    p.add_argument("name")
    p.add_argument("--url", required=True, help="the shop's address, e.g. https://shop.example")
    p.add_argument("--key", default="", help="the REST API consumer key (ck_…)")
    p.add_argument("--currency", default="KRW")
    staff_cli.add_as_option(p)
    p.set_defaults(handler=add_command)
    p.add_argument(
        "--query-auth",
        action="store_true",
        help="send the key in the query string (https:// only; for hosts that strip the"
        " Authorization header)",
    )
    p = command_parser(sub, "list", "list the configured shops")
    p.set_defaults(handler=list_command)
    p = command_parser(
        sub,
        "test",
        "test a shop's connection: site title, WooCommerce version, the key's rights, orders",
    )
    p.add_argument("name")
    p.set_defaults(handler=test_command)
    p = command_parser(
        sub,
        "details",
        "show, or change with the options, the shop's name, address and phone printed on labels,"
        " receipts and documents, and the carrier the ship step fills in",
    )
    for option, what in (
        ("--name", "the shop's name (the label's sender)"),
        ("--address", "the shop's address"),
        ("--phone", "the shop's phone number"),
        ("--business-number", "사업자등록번호, printed on receipts"),
        ("--footer", "the last line of a receipt"),
        ("--carrier", "the default carrier: cj, hanjin, lotte, epost, logen … ('' for none)"),
    ):
        p.add_argument(option, default=None, help=what)
    staff_cli.add_as_option(p)
    p.set_defaults(handler=details_command)


def read_secret(prompt: str) -> str:
    """From the terminal without echo, or the first line of piped stdin."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt, stream=sys.stderr)
    return sys.stdin.readline().rstrip("\r\n")


def add_command(args: argparse.Namespace, ctx: AppContext) -> int:
    actor = staff_cli.acting(ctx, args.actor, staff_cli.CLI_ACTOR)
    what = "signing secret" if args.kind == "webhook" else "consumer secret (cs_…)"
    secret = read_secret(f"{args.name} {what}: ").strip()
    if not secret:
        raise DomainError(f"No {what} was given on stdin")
    if args.kind == "webhook":
        added = shops.add_webhook(ctx.uow(), args.name, args.url, secret, actor=actor)
        print(f"Webhook {added.name!r} added: every local event goes to {args.url}")
    else:
        if not args.key:
            raise DomainError("A WooCommerce shop needs --key (its REST API consumer key)")
        added = shops.add_shop(
            ctx.uow(),
            args.kind,
            args.name,
            args.url,
            args.key,
            secret,
            actor=actor,
            currency=args.currency,
            auth_mode="query" if args.query_auth else "",
        )
        print(f"Shop {added.name!r} added ({args.url})")
        found = shops.check_connection(
            args.url, args.key, secret, "query" if args.query_auth else ""
        )
        shops.remember_probe(ctx.uow(), added.id, found)
        if found.ok:
            print(_probe_line(found))
        else:  # kept anyway: the shop may just be offline now
            fail(language.say("connection not tested: ", "연결 확인 안 됨: ") + found.problem, 0)
    if added.secret_note:
        fail(added.secret_note, EXIT_OK)
    return EXIT_OK


def _probe_line(found: shops.Probe) -> str:
    orders = "?" if found.orders is None else f"{found.orders:,}"
    rights = language.say(
        "read and write" if found.can_write else "READ ONLY: changes cannot be sent",
        "읽기/쓰기" if found.can_write else "읽기 전용: 변경 사항을 보낼 수 없습니다",
    )
    return language.say(
        f"{found.site_title or '(no title)'}: WooCommerce {found.version}, key {rights},"
        f" {orders} orders to pull",
        f"{found.site_title or '(제목 없음)'}: WooCommerce {found.version}, 키 {rights},"
        f" 가져올 주문 {orders}건",
    )


def test_command(args: argparse.Namespace, ctx: AppContext) -> int:
    """Exit 0 when the shop can be used read and write, 3 otherwise (the reason on stderr)."""
    with ctx.session_factory() as session:
        row = next((s for s in shops.list_shops(session) if s.name == args.name), None)
    if row is None:
        raise DomainError("No shop named {name!r}", name=args.name)
    found = shops.check_connection(
        row.base_url, row.api_key, shops.secret_of(row.name), row.auth_mode
    )
    if found.site_title:
        shops.remember_probe(ctx.uow(), row.id, found)
    if not found.ok:
        return fail(found.problem, EXIT_EXTERNAL)
    print(_probe_line(found))
    return EXIT_OK if found.can_write else EXIT_EXTERNAL


def list_command(args: argparse.Namespace, ctx: AppContext) -> int:
    with ctx.session_factory() as session:
        rows = shops.list_shops(session)
    print(
        table(
            [
                language.say("NAME", "이름"),
                language.say("KIND", "종류"),
                "URL",
                language.say("KEY", "키"),
                language.say("DEFAULT", "기본"),
            ],
            [
                [
                    r.name,
                    r.kind,
                    r.base_url,
                    r.api_key,
                    language.say("yes", "예") if r.is_default else "",
                ]
                for r in rows
            ],
        )
    )
    return EXIT_OK


def details_command(args: argparse.Namespace, ctx: AppContext) -> int:
    """Without options, what is stored; with them, those fields changed (a manager's, R48)."""
    with ctx.session_factory() as session:
        current = shop_details.load(session)
    wanted = {
        "name": args.name,
        "address": args.address,
        "phone": args.phone,
        "business_number": args.business_number,
        "footer": args.footer,
        "default_carrier": args.carrier,
    }
    changes = {k: v for k, v in wanted.items() if v is not None}
    if changes:
        actor = staff_cli.acting(ctx, args.actor, staff_cli.CLI_ACTOR)
        current = shop_details.save(ctx.uow(), replace(current, **changes), actor=actor)
    carrier = current.carrier
    rows = [
        [language.say("Name", "상호"), current.name],
        [language.say("Address", "주소"), current.address],
        [language.say("Phone", "전화번호"), current.phone],
        [language.say("Business no.", "사업자등록번호"), current.business_number],
        [language.say("Receipt footer", "영수증 하단 문구"), current.footer],
        [
            language.say("Default carrier", "기본 택배사"),
            language.say(carrier.name_en, carrier.name_ko) if carrier else "",
        ],
    ]
    print("\n".join(table(["", ""], rows).splitlines()[1:]))  # no header row
    return EXIT_OK
