"""Bad input to the CLI gets one clear line and loses nothing (issue 17): for each case the exit
code is the documented one (1 a rule or a missing record, 2 wrong usage, 3 the database), stderr
is exactly one line without a traceback, and the database is exactly as before (every table
dumped and compared). Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from backoffice.domain.stages import Stage
from backoffice.services.payments import requests as payments
from tests.cli.clirun import run
from tests.factories import CASHIER, place

LONG_DIGITS = "1" * 500
LONG_NAME = "가" * 10_000

# (args, exit code, words the one line must hold). {code}: an unpaid received order,
# {paid}: a paid received order.
CASES: list[tuple[tuple[str, ...], int, tuple[str, ...]]] = [
    (("orders", "list", "--limit", "0"), 2, ("--limit",)),
    (("orders", "list", "--limit", "-1"), 2, ("--limit",)),
    (("orders", "list", "--limit", "abc"), 2, ("not a whole number",)),
    (("orders", "list", "--limit", "99999999999999999999"), 2, ("must be 1 to",)),
    (("orders", "list", "--stage", "bogus"), 1, ("Unknown stage",)),
    (("orders", "list", "--bogus"), 2, ("unrecognized",)),
    (("orders", "show", "NOPE"), 1, ("No order",)),
    (("orders", "show", "'; DROP TABLE orders;--"), 1, ("No order",)),
    (("orders", "show", LONG_NAME), 1, ("No order", "…")),
    (("orders", "show", "🎁🎁"), 1, ("No order",)),
    (("orders", "show", "ABC-DEF-GHJ"), 1, ("No order",)),
    (("orders", "show"), 2, ("required",)),
    (("orders", "set-stage", "{code}"), 2, ("--to",)),
    (("orders", "set-stage", "{code}", "--to", "bogus"), 1, ("Unknown stage",)),
    (("orders", "set-stage", "{paid}", "--to", "shipped"), 1, ("R7",)),
    (("orders", "set-stage", "{paid}", "--to", "shipped", "--carrier", "CJ"), 1, ("--tracking",)),
    (
        (
            "orders",
            "set-stage",
            "{paid}",
            "--to",
            "shipped",
            "--carrier",
            "CJ",
            "--tracking",
            LONG_DIGITS,
        ),
        1,
        ("Tracking number is too long", "60"),
    ),  # fmt: skip
    (
        (
            "orders",
            "set-stage",
            "{paid}",
            "--to",
            "shipped",
            "--carrier",
            "C" * 500,
            "--tracking",
            "612345678901",
        ),
        1,
        ("Carrier is too long",),
    ),  # fmt: skip
    (("orders", "set-stage", "{code}", "--to", "cancelled"), 1, ("R11",)),
    (("orders", "set-stage", "{code}", "--to", "pending_payment"), 1, ("R9",)),
    (("orders", "set-stage", "NOPE", "--to", "preparing"), 1, ("NOPE",)),
    (("orders", "set-stage", "{paid}", "NOPE", "--to", "preparing"), 1, ("NOPE",)),
    (("orders", "set-stage", "{code}", "--to", "preparing"), 1, ("R23", "--confirm-unpaid")),
    (("orders", "set-stage", "{paid}", "--to", "preparing", "--as", "nobody"), 1, ("nobody",)),
    (("export", "--out", "/nonexistent-folder/o.xlsx"), 1, ("does not exist",)),
    (("export", "--out", "{tmp}/o.txt"), 1, (".txt",)),
    (("export", "--out", "{tmp}"), 1, ("is a folder",)),
    (("export", "--out", "{tmp}/o"), 1, ("without suffix",)),
    (("export", "--out", "{tmp}/o.xlsx", "--from", "2026-13-01"), 2, ("not a date",)),
    (
        ("export", "--out", "{tmp}/o.xlsx", "--from", "2026-05-01", "--to", "2026-01-01"),
        1,
        ("--from is after --to",),
    ),  # fmt: skip
    (("export", "--out", "{tmp}/o.xlsx", "--stage", "bogus"), 1, ("Unknown stage",)),
    (("export", "--out", "{tmp}/o.xlsx", "--columns", "nope"), 1, ("nope",)),
    (("export",), 2, ("--out",)),
    (("print", "receipt", "NOPE", "--out", "{tmp}/r.png"), 1, ("No order",)),
    (("print", "receipt", "{code}", "--out", "{tmp}/r.txt"), 1, ()),
    (("print", "receipt", "{code}", "--printer", "bogus://x"), 1, ("must start with",)),
    (("print", "receipt", "{code}", "--printer", "tcp://"), 1, ("no host",)),
    (("print", "receipt", "{code}", "--printer", "tcp://h:notaport"), 1, ("not a number",)),
    (("print", "receipt", "{code}", "--printer", "tcp://127.0.0.1:1?width=abc"), 1, ("width",)),
    (("print", "receipt", "{code}", "--printer", "tcp://127.0.0.1:1?mode=fancy"), 1, ("mode",)),
    (("print", "receipt", "{code}", "--printer", "tcp://127.0.0.1:1?drawer=7"), 1, ("drawer",)),
    (("print", "label", "{code}", "--printer", "usb://zz"), 1, ("VID:PID",)),
    (("print", "invoice", "{code}", "--out", "{tmp}/i.png"), 1, (".pdf",)),
    (("print", "bogus", "{code}", "--out", "{tmp}/x.png"), 2, ("invalid choice",)),
    (("print", "retry", "999"), 1, ("#999",)),
    (("print", "reprint", "999"), 1, ("#999",)),
    (("print", "retry", "abc"), 2, ("abc",)),
    (("shop", "add", "magento", "x", "--url", "http://x"), 2, ("invalid choice",)),
    (("shop", "add", "woocommerce", "x", "--url", "ftp://shop", "--key", "ck"), 1, ()),
    (("staff", "add", "", "--role", "manager"), 1, ()),
    (("staff", "set-pin", "nobody"), 1, ()),
    (("staff", "deactivate", "nobody"), 1, ()),
    (("staff", "add", "x", "--role", "king"), 2, ("invalid choice",)),
    (("db", "backup", "/nonexistent-folder/b.sqlite3"), 1, ()),
    (("db", "backup", "{tmp}"), 1, ()),
    (("demo", "--orders", "10"), 1, ("already has",)),
    (("demo", "--orders", "-1"), 2, ("must be 0 or more",)),
    (("sync", "--once"), 1, ("No shop is configured",)),
    (("sync", "--interval", "abc"), 2, ("--interval",)),
    (("bogus-command",), 2, ("invalid choice",)),
    (("--db", "foo://x", "orders", "list"), 3, ("Unknown kind of database",)),
    (("--db", "{tmp}/typo.sqlite3", "orders", "list"), 3, ("No database at", "--create")),
    (("--db", "postgresql+nosuchdriver://u@127.0.0.1/x", "orders", "list"), 3, ()),
]


def _dump(url: str) -> dict[str, list[str]]:
    """Every row of every table, as text, in a stable order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            names = [
                n
                for n in inspect(conn).get_table_names()
                if not n.startswith(("orders_fts", "orders_grams"))
            ]
            return {
                name: sorted(
                    repr(tuple(row)) for row in conn.execute(text(f'SELECT * FROM "{name}"'))
                )
                for name in names
            }
    finally:
        engine.dispose()


@pytest.fixture
def orders(uow, catalog) -> dict[str, str]:
    code = place(uow, stage=Stage.RECEIVED)
    paid = place(uow, stage=Stage.PENDING_PAYMENT)
    payments.record_payment(uow, CASHIER, paid, "cash", 53000)
    return {"code": code, "paid": paid}


@pytest.mark.parametrize(("args", "exit_code", "words"), CASES, ids=range(len(CASES)))
def test_bad_input_gets_one_line_and_changes_nothing(
    db_url, orders, tmp_path, args, exit_code, words
):
    assert len(CASES) >= 60
    filled = [a.format(tmp=tmp_path, **orders) if "{" in a else a for a in args]
    db = None if filled[0] == "--db" else db_url
    before = _dump(db_url)
    done = run(db, *filled, stdin="")
    assert done.code == exit_code, (done.code, done.err)
    assert "Traceback" not in done.err
    lines = done.err.strip().splitlines()
    assert len(lines) == 1, done.err
    assert lines[0].startswith("backoffice: ") and len(lines[0]) < 400, lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    assert _dump(db_url) == before
