"""`backoffice staff list|add|set-pin|deactivate` (R48), and signing in for any command's
`--as NAME`: PINs are read from $BACKOFFICE_PIN or stdin (without echo on a terminal), never
from the command line, where other users of the PC could read them in the process list.

While roles are not in use (no manager has a PIN yet) the CLI acts with manager rights, and
`staff add NAME --role manager` creates the first manager. After that, changing staff or settings
needs `--as MANAGER` and that manager's PIN.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from backoffice.app import AppContext
from backoffice.cli import language
from backoffice.cli.common import EXIT_OK, command_parser, local_time, table
from backoffice.domain.errors import DomainError
from backoffice.services.staff import members as staff_service
from backoffice.services.staff.actor import Actor

PIN_ENV = "BACKOFFICE_PIN"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = command_parser(subparsers, "staff", "staff accounts, roles and PINs (R48)")
    sub = parser.add_subparsers(title="staff commands", metavar="ACTION", required=True)
    p = command_parser(sub, "list", "active staff (--all: also deactivated)")
    p.add_argument("--all", action="store_true", help="include deactivated staff")
    p.set_defaults(handler=list_command)
    p = command_parser(sub, "add", "add a staff member; their PIN is read from stdin")
    p.add_argument("name")
    p.add_argument("--role", choices=staff_service.ROLES, default="staff")
    add_as_option(p)
    p.set_defaults(handler=add_command)
    p = command_parser(sub, "set-pin", "set a staff member's PIN (read from stdin)")
    p.add_argument("name")
    add_as_option(p)
    p.set_defaults(handler=set_pin_command)
    p = command_parser(sub, "deactivate", "a staff member can no longer sign in")
    p.add_argument("name")
    add_as_option(p)
    p.set_defaults(handler=deactivate_command)


def add_as_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        help=f"act as this staff member (PIN from ${PIN_ENV} or stdin)",
    )


def read_pin(prompt: str, *, confirm: bool = False) -> str:
    """A PIN from the terminal without echo (twice with `confirm`), or the next line of stdin."""
    if sys.stdin.isatty():
        pin = getpass.getpass(prompt, stream=sys.stderr)
        if confirm and getpass.getpass("Again: ", stream=sys.stderr) != pin:
            raise DomainError("The two PINs differ")
        return pin.strip()
    return sys.stdin.readline().strip()


def sign_in(ctx: AppContext, name: str) -> Actor:
    """`--as NAME`: the PIN from $BACKOFFICE_PIN, else stdin. Wrong PINs count (R48)."""
    pin = os.environ.get(PIN_ENV) or read_pin(f"PIN of {name}: ")
    return staff_service.sign_in(ctx.uow(), name, pin)


def acting(ctx: AppContext, name: str | None, fallback: Actor) -> Actor:
    """Who a command acts as: `--as NAME` signed in by PIN; without it, `fallback` once roles
    are in use, or a default actor with manager rights before (a new shop's first steps)."""
    if name is not None:
        return sign_in(ctx, name)
    with ctx.session_factory() as session:
        in_use = staff_service.roles_in_use(session)
    return fallback if in_use else staff_service.default_actor(fallback.name)


CLI_ACTOR = Actor("CLI")


def _manager(ctx: AppContext, args: argparse.Namespace) -> Actor:
    actor = acting(ctx, args.actor, CLI_ACTOR)
    if not actor.is_manager and args.actor is None:
        raise DomainError("Only a manager can manage staff: add --as NAME (a manager)", "R48")
    return actor


def list_command(args: argparse.Namespace, ctx: AppContext) -> int:
    say = language.say
    with ctx.session_factory() as session:
        rows = staff_service.list_staff(session, include_inactive=args.all)
    print(
        table(
            [
                say("NAME", "이름"),
                say("ROLE", "역할"),
                "PIN",
                say("ACTIVE", "사용"),
                say("LOCKED UNTIL", "잠금 해제"),
            ],
            [
                [
                    r.name,
                    say(r.role, {"manager": "매니저"}.get(r.role, "직원")),
                    say("set", "설정됨") if r.has_pin else say("none", "없음"),
                    say("yes", "예") if r.active else say("no", "아니오"),
                    local_time(r.locked_until),
                ]
                for r in rows
            ],
        )
    )
    return EXIT_OK


def add_command(args: argparse.Namespace, ctx: AppContext) -> int:
    with ctx.session_factory() as session:
        bootstrap = not staff_service.roles_in_use(session)
    if bootstrap and args.actor is None and args.role == "manager":
        pin = read_pin(f"New PIN for {args.name}: ", confirm=True)
        staff_service.setup_first_manager(ctx.uow(), args.name, pin)
        print(f"{args.name} is the first manager; from now on staff changes need --as {args.name}")
        return EXIT_OK
    actor = _manager(ctx, args)
    pin = read_pin(f"New PIN for {args.name}: ", confirm=True)
    staff_service.add_staff(ctx.uow(), actor, args.name, args.role, pin=pin)
    print(f"{args.name} added ({args.role})")
    return EXIT_OK


def set_pin_command(args: argparse.Namespace, ctx: AppContext) -> int:
    actor = acting(ctx, args.actor, CLI_ACTOR)
    pin = read_pin(f"New PIN for {args.name}: ", confirm=True)
    staff_service.set_pin(ctx.uow(), actor, args.name, pin)
    print(f"PIN of {args.name} set")
    return EXIT_OK


def deactivate_command(args: argparse.Namespace, ctx: AppContext) -> int:
    staff_service.deactivate_staff(ctx.uow(), _manager(ctx, args), args.name)
    print(f"{args.name} can no longer sign in")
    return EXIT_OK
