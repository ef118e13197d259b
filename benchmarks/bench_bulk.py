"""Bulk stage change (issue 16, R35; goal: 10,000 orders ≤ 2 s at 1,000,000 orders).

Run: `python benchmarks/bench_bulk.py [--orders N] [--bulk M] [--runs R]`. Not collected by pytest.

A template database is made once in benchmarks/.data/: `backoffice demo --orders N`, plus M
`received` orders copied from one placed through the services (tests/integration/
test_bulk_ten_thousand.py builds them the same way). Each run copies the file (not timed), then
alternates:
- app: `run_bulk` moving the M orders to `preparing` (the window's and `orders set-stage`'s
  path: chunks of 200, each checked against the rules and written set-based; timeline and
  outbox rows, versions guarded);
- raw: sqlite3 writing the same row counts set-based in one transaction (an UPDATE of the orders
  and their shipments, one timeline and one outbox INSERT per order): the floor a set-based path
  could reach, not the same work (no rules, no notices).
Prints median and p95 of each over the runs, and says whether the goal is met.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.db.models import Order  # noqa: E402
from backoffice.domain.stages import Stage  # noqa: E402
from backoffice.services.lists import bulk  # noqa: E402
from backoffice.services.lists.bulk import BulkAction  # noqa: E402
from backoffice.services.staff.actor import staff  # noqa: E402
from tests.integration.test_bulk_ten_thousand import _copies  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
GOAL_S = 2.0


def template(orders: int, moved: int) -> Path:
    path = DATA / f"bulk-{orders}-{moved}.sqlite3"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{path}"
    cmd = [sys.executable, "-m", "backoffice", "--db", url, "demo", "--orders", str(orders)]
    subprocess.run(cmd, check=True)
    ctx = open_database(url)
    try:
        from tests.factories import place

        code = place(ctx.uow(), {"MUG-WHT": 1}, stage=Stage.RECEIVED)
        with ctx.session_factory() as session:
            _copies(session, code, moved - 1)
    finally:
        ctx.close()
    return path


def received_ids(url: str, moved: int) -> list[int]:
    ctx = open_database(url)
    try:
        with ctx.session_factory() as session:
            stmt = select(Order.id).where(Order.stage == "received").order_by(Order.id.desc())
            return list(session.scalars(stmt.limit(moved)))[::-1]
    finally:
        ctx.close()


def app_run(url: str, ids: list[int]) -> float:
    ctx = open_database(url)
    try:
        action = BulkAction("stage", Stage.PREPARING, confirm_unpaid=True)
        start = time.perf_counter()
        report = bulk.run_bulk(ctx.uow(), staff("bench"), action, ids)
        took = time.perf_counter() - start
        assert len(report.done) == len(ids), report.failed[:3]
        return took
    finally:
        ctx.close()


def raw_run(path: Path, ids: list[int]) -> float:
    conn = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        with conn:
            conn.execute("CREATE TEMP TABLE moving(id INTEGER PRIMARY KEY)")
            conn.executemany("INSERT INTO moving VALUES (?)", [(i,) for i in ids])
            conn.execute(
                "UPDATE orders SET stage = 'preparing', version = version + 1 "
                "WHERE id IN (SELECT id FROM moving)"
            )
            conn.execute(
                "UPDATE shipments SET stage = 'preparing' WHERE order_id IN (SELECT id FROM moving)"
            )
            conn.execute(
                "INSERT INTO timeline_events (order_id, order_code, at, actor, kind, text) "
                "SELECT id, code, datetime('now'), 'bench', 'stage', "
                "'Stage received → preparing' FROM orders WHERE id IN (SELECT id FROM moving)"
            )
            conn.execute(
                "INSERT INTO outbox (order_id, order_code, kind, payload, idempotency_key, "
                "created_at, state, attempts, last_error) "
                "SELECT id, code, 'stage', '{\"stage\": \"preparing\"}', 'k' || id, "
                "datetime('now'), 'pending', 0, '' FROM orders WHERE id IN (SELECT id FROM moving)"
            )
        return time.perf_counter() - start
    finally:
        conn.close()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000, help="demo orders besides")
    parser.add_argument("--bulk", type=int, default=10_000, help="orders moved per run")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    source = template(args.orders, args.bulk)
    work = DATA / "bulk-run.sqlite3"
    app, raw = [], []
    for run in range(args.runs):
        for which in ("app", "raw") if run % 2 == 0 else ("raw", "app"):  # alternated
            shutil.copy(source, work)
            url = f"sqlite:///{work}"
            ids = received_ids(url, args.bulk)
            took = app_run(url, ids) if which == "app" else raw_run(work, ids)
            (app if which == "app" else raw).append(took)
        print(f"run {run + 1}/{args.runs}: app {app[-1]:.2f} s, raw {raw[-1]:.3f} s", flush=True)
    for name, values in (("app (run_bulk)", app), ("raw sqlite3, set-based", raw)):
        print(
            f"{name}: median {statistics.median(values):.2f} s, p95 {p95(values):.2f} s "
            f"({args.bulk:,} orders in a {args.orders:,}-order database, {len(values)} runs)"
        )
    per_10k = statistics.median(app) * 10_000 / args.bulk  # the goal is for 10,000 orders
    verdict = "met" if per_10k <= GOAL_S else "MISSED"
    scaled = "" if args.bulk == 10_000 else f", scaled from {args.bulk:,}"
    print(
        f"goal ≤ {GOAL_S:g} s for 10,000 orders: {verdict}: {per_10k:.1f} s{scaled} "
        f"({per_10k / GOAL_S:.1f}× the goal)"
    )


if __name__ == "__main__":
    main()
