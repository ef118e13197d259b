"""`backoffice orders set-stage` and every error of the CLI contract, through the real entry point:
one line on stderr, no traceback, the documented exit code, and nothing changed (R6–R11, R23)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, inspect, select, text

from backoffice.db import migrate
from backoffice.db.models import Order, TimelineEvent
from backoffice.services.staff.members import setup_first_manager
from tests.cli.clirun import run
from tests.factories import place


def state(session, *codes: str) -> tuple:
    session.expire_all()
    stages = tuple(session.scalar(select(Order.stage).where(Order.code == c)) for c in codes)
    return stages, session.scalar(select(func.count()).select_from(TimelineEvent))


@pytest.mark.rule("R7")
@pytest.mark.rule("R9")
@pytest.mark.rule("R23")
def test_set_stage_moves_each_order_and_refuses_what_the_rules_forbid(
    uow, session, catalog, db_url
):
    a, b = place(uow), place(uow)  # received, not paid
    setup_first_manager(uow, "박민수", "0000")  # R48: --as signs in with the PIN
    untouched = state(session, a, b)

    # R23: preparing an unpaid order needs confirmation; nothing moves without it.
    r = run(db_url, "orders", "set-stage", a, "--to", "preparing")
    r.assert_one_line_error(1, a, "R23", "--confirm-unpaid")
    assert state(session, a, b) == untouched

    # An unknown code anywhere in the batch: refused before anything changes.
    r = run(db_url, "orders", "set-stage", a, "ZZZ-ZZZ-ZZZ", "--to", "preparing", "--confirm-unpaid")
    r.assert_one_line_error(1, "ZZZ-ZZZ-ZZZ", "nothing was changed")
    assert state(session, a, b) == untouched

    # A stage that does not exist.
    run(db_url, "orders", "set-stage", a, "--to", "sent").assert_one_line_error(1, "Unknown stage")

    r = run(db_url, "orders", "set-stage", a, b.lower(), "--to", "preparing", "--confirm-unpaid")
    assert r.code == 0, r.err
    assert r.out.splitlines() == [f"{a}: stage → preparing", f"{b.lower()}: stage → preparing"]
    assert state(session, a, b)[0] == ("preparing", "preparing")

    # R7: shipped needs carrier and tracking.
    moved = state(session, a, b)
    run(db_url, "orders", "set-stage", a, "--to", "shipped").assert_one_line_error(1, "R7")
    assert state(session, a, b) == moved
    r = run(db_url, "orders", "set-stage", a, "--to", "shipped", "--carrier", "CJ대한통운",
            "--tracking", "612345678901")
    assert r.code == 0 and r.out.strip() == f"{a}: stage → shipped"
    shown = run(db_url, "orders", "show", a, "--json").json()
    assert shown["stage"] == "shipped"
    assert shown["shipments"][0]["tracking_number"] == "612345678901"
    assert shown["timeline"][-1]["actor"] == "CLI"

    # A batch where one order may move and one may not (shipped -> ready is a revert, R9):
    # each order in its own transaction.
    r = run(db_url, "orders", "set-stage", a, b, "--to", "ready")
    assert r.code == 1 and "Traceback" not in r.err
    assert r.out.strip() == f"{b}: stage → ready"
    assert r.err.strip().splitlines() == [r.err.strip()] and a in r.err and "R9" in r.err
    assert state(session, a, b)[0] == ("shipped", "ready")

    # R9: staff cannot move an order back; a manager can, with a reason.
    moved = state(session, a, b)
    r = run(db_url, "orders", "set-stage", b, "--to", "preparing", "--reason", "잘못 눌렀어요")
    r.assert_one_line_error(1, "R9", "manager")
    assert state(session, a, b) == moved
    run(db_url, "orders", "set-stage", b, "--to", "preparing", "--as", "누구").assert_one_line_error(
        1, "누구"
    )
    r = run(db_url, "orders", "set-stage", b, "--to", "preparing", "--reason", "잘못 눌렀어요",
            "--as", "박민수", stdin="1111\n")
    r.assert_one_line_error(1, "Wrong PIN (4 tries left)")
    r = run(db_url, "orders", "set-stage", b, "--to", "preparing", "--reason", "잘못 눌렀어요",
            "--as", "박민수", env={"BACKOFFICE_PIN": "0000"})
    assert r.code == 0, r.err

    # Cancelling needs a reason (R11), then works through the same command.
    run(db_url, "orders", "set-stage", b, "--to", "cancelled").assert_one_line_error(1, "R11")
    r = run(db_url, "orders", "set-stage", b, "--to", "cancelled", "--reason", "고객 변심")
    assert r.code == 0 and state(session, b)[0] == ("cancelled",)

    run(db_url, "orders", "show", "ABC-DEF-GHJ").assert_one_line_error(1, "No order")
    # argparse's own usage errors keep exit code 2.
    assert run(db_url, "orders", "set-stage", a).code == 2


def test_database_errors_are_one_line_and_change_nothing(tmp_path, db_url, engine):
    # Unreachable: the SQLite file's folder cannot be created (a file stands in the way).
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    bad = f"sqlite:///{blocker / 'sub' / 'x.sqlite3'}"
    run(bad, "--create", "orders", "list").assert_one_line_error(3, "Cannot open the database")
    # Without --create, a path that does not exist is taken for a typo (R42: nothing is made).
    run(bad, "orders", "list").assert_one_line_error(3, "No database at", "--create")

    # A PostgreSQL server that is not there (or no driver installed): still one line, exit 3.
    run("postgresql://nobody@127.0.0.1:1/x", "orders", "list").assert_one_line_error(3)

    # A database from a newer version of the app: refused, untouched, no backup made.
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    tables = set(inspect(engine).get_table_names())
    run(db_url, "orders", "list").assert_one_line_error(3, "newer version")
    run(db_url, "db", "upgrade").assert_one_line_error(3, "newer version")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "ffffffffffff"
        )
    assert set(inspect(engine).get_table_names()) == tables
    assert not list(tmp_path.rglob("*.bak-*"))


@pytest.mark.sqlite_only(reason="the backup copy before an upgrade is of a SQLite file")
def test_db_upgrade_backs_up_an_older_file_first(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory

    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    first = ScriptDirectory.from_config(migrate.alembic_config(url)).get_base()
    command.upgrade(migrate.alembic_config(url), first)
    r = run(url, "db", "upgrade")
    assert r.code == 0, r.err
    head = migrate.head_revision(url)
    assert f"upgraded schema {first} → {head}" in r.out
    backup = path.with_name(f"{path.name}.bak-{first}")
    assert backup.exists() and f"backup: {backup}" in r.out
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
    conn.close()
    again = run(url, "db", "upgrade")
    assert again.code == 0 and "up to date" in again.out
