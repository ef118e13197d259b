"""Order list benchmark (issue 3): figures against the targets, beside raw sqlite3 on the same SQL.

    .venv/bin/python benchmarks/bench_list.py                  # 1,000,000 orders (built once)
    .venv/bin/python benchmarks/bench_list.py --orders 20000   # quicker
    .venv/bin/python benchmarks/bench_list.py --db FILE        # an existing database

The database is built with `backoffice demo --orders N` into benchmarks/.data/ (kept between runs).
Each figure is the median and p95 of --repeat runs: the app's time (through the real window, model
and database worker where there is one), and raw `sqlite3` running the SQL the app sent.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.db import listing  # noqa: E402
from backoffice.db.listing import ListFilter, parse_filter  # noqa: E402
from backoffice.db.listing.query import _ordered, _rows_select, _where  # noqa: E402
from backoffice.db.models import Order  # noqa: E402
from backoffice.domain.stages import Stage  # noqa: E402
from backoffice.services import bulk  # noqa: E402
from backoffice.services.actor import staff  # noqa: E402
from backoffice.services.listing import DEFAULT_TABS  # noqa: E402
from backoffice.ui.main_window import MainWindow  # noqa: E402
from backoffice.ui.worker import DbWorker  # noqa: E402


def wait(condition: Callable[[], bool], timeout_s: float = 120) -> float:
    """Run the event loop until `condition`; returns the seconds it took."""
    start = time.perf_counter()
    loop = QEventLoop()
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    if not condition():
        loop.exec()
    timer.stop()
    return time.perf_counter() - start


def stats(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"median {statistics.median(ms):8.1f} ms  p95 {p95:8.1f} ms"


def raw_sql(engine, stmt) -> str:  # type: ignore[no-untyped-def]
    return str(stmt.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))


def raw_time(path: Path, sql: str, repeat: int) -> list[float]:
    con = sqlite3.connect(path)
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        con.execute(sql).fetchall()
        out.append(time.perf_counter() - start)
    con.close()
    return out


def report(name: str, app: list[float], raw: list[float] | None) -> None:
    line = f"{name:<34} app {stats(app)}"
    if raw:
        ratio = statistics.median(app) / max(statistics.median(raw), 1e-9)
        line += f" | sqlite3 {stats(raw)} | x{ratio:.1f}"
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--bulk", type=int, default=10_000)
    args = parser.parse_args()
    path = args.db or ROOT / "benchmarks" / ".data" / f"list-{args.orders}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} with backoffice demo --orders {args.orders} …", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "backoffice",
                "--db",
                str(path),
                "demo",
                "--orders",
                str(args.orders),
            ],
            cwd=ROOT,
            check=True,
        )
    url = f"sqlite:///{path}"
    ctx = open_database(url)
    with ctx.session_factory() as s:
        total = s.scalar(select(func.count()).select_from(Order))
        sample = s.execute(
            select(Order.code, Order.buyer_name, Order.buyer_phone)
            .order_by(Order.id)
            .limit(1)
            .offset(total // 2)
        ).one()
    print(f"database {path} ({total:,} orders), {args.repeat} runs each\n", flush=True)
    app = QApplication(sys.argv)
    worker = DbWorker(ctx.session_factory)
    engine = ctx.engine

    # First rows painted after the window shows.
    first: list[float] = []
    window = None
    for _ in range(args.repeat):
        start = time.perf_counter()
        window = MainWindow(worker, staff("bench"), "bench", live_interval_ms=3_600_000)
        window.show()
        wait(lambda w=window: w.model.rowCount() > 0 and w.model.snapshot(0) is not None)
        app.processEvents()
        first.append(time.perf_counter() - start)
        wait(lambda w=window: w.model.is_loaded and worker.idle)
        if _ < args.repeat - 1:
            window.live.stop()
            window.close()
            window.deleteLater()
    assert window is not None
    stmt = _ordered(
        _where(_rows_select(), None, ListFilter()), listing.SortKey.CREATED, True
    ).limit(200)  # type: ignore[arg-type]
    report("first rows painted", first, raw_time(path, raw_sql(engine, stmt), args.repeat))
    ids_stmt = _ordered(_where(select(Order.id), None, ListFilter()), listing.SortKey.CREATED, True)  # type: ignore[arg-type]
    full: list[float] = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        window.model.set_query(ListFilter())
        wait(lambda: window.model.is_loaded)
        full.append(time.perf_counter() - start)
    report(
        "every id of All (background)", full, raw_time(path, raw_sql(engine, ids_stmt), args.repeat)
    )

    # A jump to a random scroll position, until that row has its data.
    jumps: list[float] = []
    rng = random.Random(1)
    for _ in range(args.repeat):
        row = rng.randrange(window.model.rowCount())
        start = time.perf_counter()
        window.table.scrollTo(window.model.index(row, 0))
        app.processEvents()
        wait(lambda r=row: window.model.snapshot(r) is not None)
        app.processEvents()
        jumps.append(time.perf_counter() - start)
    report("jump to a random row", jumps, None)

    # Searches: typed-to-shown = the query set until its first rows are in the model.
    searches = {
        "search code prefix": sample.code[:5],
        "search 3-char Korean name part": sample.buyer_name[:3],
        "search phone digits": "".join(c for c in sample.buyer_phone if c.isdigit())[-4:],
        "search 2-char name": sample.buyer_name[1:3]
        if len(sample.buyer_name) >= 3
        else sample.buyer_name[:2],
    }
    for name, text in searches.items():
        flt = ListFilter(search=text)
        times = []
        shown = [False]
        window.model.first_page_shown.connect(lambda flag=shown: flag.__setitem__(0, True))
        for _ in range(args.repeat):
            shown[0] = False
            start = time.perf_counter()
            window.model.set_query(flt)
            wait(lambda flag=shown: flag[0])
            app.processEvents()  # painted
            times.append(time.perf_counter() - start)
            wait(lambda: window.model.is_loaded and worker.idle)
        stmt = _ordered(_where(_rows_select(), None, flt), listing.SortKey.CREATED, True).limit(200)  # type: ignore[arg-type]
        report(f"{name} ({text})", times, raw_time(path, raw_sql(engine, stmt), args.repeat))

    # Tab counts of the default tabs.
    filters = {i: parse_filter(f) for i, (_, _, f) in enumerate(DEFAULT_TABS)}
    counts: list[float] = []
    for _ in range(args.repeat):
        with ctx.session_factory() as s:
            start = time.perf_counter()
            listing.tab_counts(s, filters)
            counts.append(time.perf_counter() - start)
    raw_counts = []
    sqls = [
        raw_sql(engine, _where(select(func.count()).select_from(Order), None, f))  # type: ignore[arg-type]
        for f in filters.values()
    ]
    for _ in range(args.repeat):
        start = time.perf_counter()
        for sql in sqls:
            raw_time(path, sql, 1)
        raw_counts.append(time.perf_counter() - start)
    report("tab counts (8 default tabs)", counts, raw_counts)

    # Bulk stage change of N orders (each its own transaction through the services).
    with ctx.session_factory() as s:
        flt = ListFilter(stages=(Stage.RECEIVED.value, Stage.PREPARING.value))
        ids = bulk.resolve_ids(s, flt)[: args.bulk]
        start = time.perf_counter()
        action = bulk.BulkAction("stage", Stage.READY, confirm_unpaid=True)
        preview = bulk.preview_bulk(s, action, ids)
        preview_s = time.perf_counter() - start
    start = time.perf_counter()
    result = bulk.run_bulk(ctx.uow(), staff("bench"), action, preview.applicable)
    run_s = time.perf_counter() - start
    print(f"bulk preview of {len(ids):,} orders          {preview_s * 1000:8.1f} ms")
    print(
        f"bulk stage change of {len(preview.applicable):,} orders  {run_s:8.1f} s "
        f"({len(result.done):,} done, {len(result.failed)} failed; one transaction each)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS)                  {peak:8.0f} MB")
    window.live.stop()
    wait(lambda: worker.idle, 10)
    window.close()
    worker.stop()
    ctx.close()
    sys.stdout.flush()
    # PySide6 can crash while the interpreter tears down windows deleted mid-run; the figures are
    # printed, so leave without the teardown.
    os._exit(0)


if __name__ == "__main__":
    main()
