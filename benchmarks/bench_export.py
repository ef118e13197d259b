"""Full export of every order to CSV (issue 16, R36; goal: 1,000,000 orders ≤ 60 s).

Run: `python benchmarks/bench_export.py [--db FILE | --orders N] [--runs R]`. Not collected by
pytest. Without --db it uses (or builds) benchmarks/.data/list-N.sqlite3 as bench_list.py does.

- app: `export.export_orders` (what File → Export and `backoffice orders export` run): keyset
  pages of 2,000 rows, the list's columns, labels, formula neutralising, a .part file renamed
  at the end.
- raw: sqlite3 replaying the statements the app sent (the same pages) and writing their rows
  as they come with the csv module: the floor for the same reads and the same file size class.
Runs alternate (app first on even runs); prints median and p95 and says whether the goal is met.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # bench_search's Recorder, however this is started

from bench_search import Recorder, database  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.db.listing import ListFilter  # noqa: E402
from backoffice.db.models import Order  # noqa: E402
from backoffice.services.lists import export  # noqa: E402

DATA = ROOT / "benchmarks" / ".data"
GOAL_S = 60.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing SQLite database")
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    path = database(args.db, args.orders)
    ctx = open_database(f"sqlite:///{path}")
    recorder = Recorder(ctx.engine)
    out_dir = Path(tempfile.mkdtemp(prefix="bench-export-"))
    app_csv, raw_csv = out_dir / "app.csv", out_dir / "raw.csv"
    with ctx.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Order)) or 0

        def app_run() -> int:
            return export.export_orders(session, app_csv, ListFilter())

        statements = recorder.capture(app_run)
        raw = sqlite3.connect(path)

        def raw_run() -> None:
            with raw_csv.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                for sql, params in statements:
                    writer.writerows(raw.execute(sql, params))

        app, raws = [], []
        for run in range(args.runs):
            for which in ("app", "raw") if run % 2 == 0 else ("raw", "app"):
                start = time.perf_counter()
                written = app_run() if which == "app" else raw_run()
                (app if which == "app" else raws).append(time.perf_counter() - start)
                if which == "app":
                    assert written == total, (written, total)
            print(
                f"run {run + 1}/{args.runs}: app {app[-1]:.1f} s, raw {raws[-1]:.1f} s", flush=True
            )
        raw.close()
    for file in (app_csv, raw_csv):
        file.unlink(missing_ok=True)
    out_dir.rmdir()

    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    for name, values in (("app (export_orders)", app), ("raw sqlite3 + csv", raws)):
        print(
            f"{name}: median {statistics.median(values):.1f} s, p95 {p95(values):.1f} s "
            f"({total:,} orders, {args.runs} runs)"
        )
    median = statistics.median(app)
    verdict = "met" if median <= GOAL_S else "MISSED"
    print(f"goal ≤ {GOAL_S:.0f} s for the full export: {verdict}: {median:.1f} s")


if __name__ == "__main__":
    main()
