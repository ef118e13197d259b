"""`backoffice demo` through the real entry point: same seed → same codes and totals; a database
that already has orders is refused with one line; the rate for 20,000 orders is printed (the
100,000-in-a-minute target is measured, not asserted: CI machines vary)."""

from __future__ import annotations

import re

import pytest

from tests.cli.clirun import run


def _fingerprint(url: str) -> list[tuple[str, int, int, str]]:
    rows = run(url, "orders", "list", "--limit", "1000", "--json").json()
    return [(r["code"], r["total"], r["balance"], r["stage"]) for r in rows]


def test_same_seed_same_orders_and_a_used_database_is_refused(new_db_url):
    a, b = new_db_url(), new_db_url()
    for url in (a, b):
        made = run(url, "demo", "--orders", "250", "--seed", "42")
        assert made.code == 0, made.err
    assert _fingerprint(a) == _fingerprint(b)
    assert len(_fingerprint(a)) == 250
    again = run(a, "demo", "--orders", "10")
    again.assert_one_line_error(1, "already has orders")
    assert len(_fingerprint(a)) == 250  # nothing added


@pytest.mark.sqlite_only(
    reason="times demo's SQLite bulk-insert fast path; PostgreSQL demo data is covered above"
)
def test_demo_rate_for_20000_orders(tmp_path, capsys):
    made = run(f"sqlite:///{tmp_path / 'big.sqlite3'}", "demo", "--orders", "20000", "--seed", "1")
    assert made.code == 0, made.err
    rate = re.search(r"\(([\d,]+) orders/s\)", made.out)
    assert rate is not None, made.out
    with capsys.disabled():
        print(f"\n[demo] {made.out.strip()}")
