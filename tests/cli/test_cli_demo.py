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


def test_after_demo_the_app_writes_new_rows(new_db_url):
    """On PostgreSQL demo rows carry ids of their own: the sequences must move past them, or
    every later write fails on a duplicate id."""
    url = new_db_url()
    assert run(url, "demo", "--orders", "40", "--seed", "3").code == 0
    code = _fingerprint(url)[0][0]
    moved = run(url, "orders", "set-stage", code, "--to", "cancelled", "--reason", "demo check")
    assert moved.code == 0, moved.err
    shown = run(url, "orders", "show", code, "--json").json()
    assert shown["stage"] == "cancelled" and shown["timeline"][-1]["kind"] == "cancelled"


def test_a_demo_killed_half_way_leaves_the_database_as_it_was(new_db_url):
    import fcntl
    import os
    import pty
    import select
    import signal
    import struct
    import subprocess
    import sys
    import termios
    import time

    url = new_db_url()
    assert run(url, "db", "upgrade").code == 0
    # stderr on a pseudo-terminal, as a person runs it: the progress bar shows how far it got.
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    proc = subprocess.Popen(
        [sys.executable, "-m", "backoffice", "--db", url, "demo", "--orders", "200000"],
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 120

    def written() -> int:  # orders the progress bar says are in ("  4000/200000 [")
        counts = re.findall(rb"(\d+)/200000", seen)
        return int(counts[-1]) if counts else 0

    while written() == 0 and proc.poll() is None and time.monotonic() < deadline:
        if select.select([master], [], [], 1.0)[0]:
            seen += os.read(master, 4096)
    assert proc.poll() is None and written() > 0, "kill it mid-fill, after batches were written"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    os.close(master)
    assert _fingerprint(url) == []  # nothing of the half-made fill stayed
    again = run(url, "demo", "--orders", "30", "--seed", "1")
    assert again.code == 0, again.err
    assert len(_fingerprint(url)) == 30
