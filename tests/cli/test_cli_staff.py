"""`backoffice staff …` through the real entry point (R48): the first manager is created without
anyone signed in, then staff changes need `--as MANAGER` and that manager's PIN, read from stdin
or $BACKOFFICE_PIN and never echoed; PINs are never accepted on the command line."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Staff
from backoffice.services.staff import members as staff
from tests.cli.clirun import run

pytestmark = pytest.mark.rule("R48")


def test_staff_add_list_set_pin_and_deactivate(db_url, uow, session):
    r = run(db_url, "staff", "add", "박민수", "--role", "manager", stdin="0000\n")
    assert r.code == 0, r.err
    assert "0000" not in r.out + r.err
    # roles are in use now: a change without --as is refused in one line
    r = run(db_url, "staff", "add", "김지은", stdin="1234\n")
    r.assert_one_line_error(1, "manager", "--as")
    # --as: the manager's PIN first, then the new member's PIN
    r = run(db_url, "staff", "add", "김지은", "--as", "박민수", stdin="0000\n1234\n")
    assert r.code == 0, r.err
    r = run(
        db_url,
        "staff",
        "add",
        "Alex Kim",
        "--as",
        "박민수",
        env={"BACKOFFICE_PIN": "0000"},
        stdin="4321\n",
    )
    assert r.code == 0, r.err
    assert staff.sign_in(uow, "김지은", "1234").name == "김지은"
    assert staff.sign_in(uow, "Alex Kim", "4321").name == "Alex Kim"

    # a cashier cannot manage staff, and a wrong PIN is counted
    r = run(db_url, "staff", "deactivate", "Alex Kim", "--as", "김지은", stdin="1234\n")
    r.assert_one_line_error(1, "Only a manager can manage staff (R48)")
    r = run(db_url, "staff", "deactivate", "Alex Kim", "--as", "박민수", stdin="9999\n")
    r.assert_one_line_error(1, "Wrong PIN (4 tries left)")

    r = run(db_url, "staff", "set-pin", "김지은", "--as", "박민수", stdin="0000\n567\n")
    r.assert_one_line_error(1, "4 to 6 digits")
    r = run(db_url, "staff", "set-pin", "김지은", "--as", "박민수", stdin="0000\n5678\n")
    assert r.code == 0, r.err
    r = run(db_url, "staff", "deactivate", "Alex Kim", "--as", "박민수", stdin="0000\n")
    assert r.code == 0, r.err

    r = run(db_url, "staff", "list")
    assert r.code == 0, r.err
    rows = [line.split() for line in r.out.splitlines()[1:]]
    assert [row[:4] for row in rows] == [
        ["김지은", "staff", "set", "yes"],
        ["박민수", "manager", "set", "yes"],
    ]
    session.expire_all()
    hashes = list(session.scalars(select(Staff.pin_hash)))
    assert all(h.startswith("scrypt$") for h in hashes)
    assert staff.sign_in(uow, "김지은", "5678").name == "김지은"


def test_a_pin_on_the_command_line_is_refused(db_url):
    r = run(db_url, "staff", "add", "박민수", "--role", "manager", "--pin", "0000")
    assert r.code == 2 and "unrecognized arguments" in r.err
