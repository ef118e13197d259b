"""Order list benchmark (issue 3): figures against the targets, beside raw sqlite3 on the same SQL.

    .venv/bin/python benchmarks/bench_list.py                  # 1,000,000 orders (built once)
    .venv/bin/python benchmarks/bench_list.py --orders 20000   # quicker
    .venv/bin/python benchmarks/bench_list.py --db FILE        # an existing database (changed:
                                                               # the bulk figure moves orders on)

The database is built with `backoffice demo --orders N` into benchmarks/.data/ (kept between runs).
Each figure is the median and p95 of --repeat runs. Three kinds of time:
  shown   through the real window, model and database worker: from the keystroke (search, with
          its debounce), the window opening or the scroll until the rows are painted;
  query   the list's query function called directly (what the app's code adds to SQLite);
  sqlite3 Python's sqlite3 running exactly the statements and parameters the query function sent
          (recorded from SQLAlchemy), on its own connection to the same file.
"query ÷ sqlite3" is the ratio the 2.5× target is about. Not part of the test run.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.core import Core  # noqa: E402
from backoffice.db import listing  # noqa: E402
from backoffice.db.listing import ListFilter, parse_filter  # noqa: E402
from backoffice.db.models import Order  # noqa: E402
from backoffice.domain.stages import Stage  # noqa: E402
from backoffice.services.lists import bulk  # noqa: E402
from backoffice.services.lists.tabs import DEFAULT_TABS  # noqa: E402
from backoffice.services.staff.actor import staff  # noqa: E402
from backoffice.ui.application import freeze_startup_objects, share_the_gil  # noqa: E402
from backoffice.ui.main_window import MainWindow  # noqa: E402
from backoffice.ui.opening import add_bundled_fonts  # noqa: E402
from backoffice.ui.ops import Ops  # noqa: E402

Statements = list[tuple[str, Any]]


def wait(condition: Callable[[], bool], timeout_s: float = 600) -> float:
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


class GcPauses:
    """Python's cyclic garbage collector stops every thread: its longest pause is a GUI stall."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.count = 0
        self._start = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.worst = max(self.worst, time.perf_counter() - self._start)


class Heartbeat:
    """The longest the GUI thread went without running its event loop (a 5 ms timer's gaps)."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now

    @property
    def last_tick(self) -> float:
        return self._last if self._timer.isActive() else time.perf_counter()

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


class StallStacks:
    """With --stall-stacks MS: the GUI thread's Python stack whenever the heartbeat is late by more
    than MS, sampled from another thread (to find what a stall is made of)."""

    def __init__(self, heartbeat: Heartbeat, threshold_ms: float) -> None:
        self._heartbeat = heartbeat
        self._threshold = threshold_ms / 1000
        self._gui = threading.get_ident()
        self.samples: dict[str, int] = {}
        threading.Thread(target=self._watch, name="stall-watch", daemon=True).start()

    def _watch(self) -> None:
        while True:
            time.sleep(0.01)
            if time.perf_counter() - self._heartbeat.last_tick > self._threshold:
                # Every thread: a GUI thread "in loop.exec()" may be waiting for the GIL that
                # another thread holds.
                me = threading.get_ident()
                names = {t.ident: t.name for t in threading.enumerate()}
                stack = "".join(
                    f"[{names.get(ident, ident)}]\n"
                    + "".join(traceback.format_stack(frame, limit=-6))
                    for ident, frame in sys._current_frames().items()
                    if ident != me
                )
                self.samples[stack] = self.samples.get(stack, 0) + 1

    def report(self) -> None:
        for stack, count in sorted(self.samples.items(), key=lambda kv: -kv[1])[:8]:
            print(f"--- GUI thread stalled, seen {count}× (every 10 ms) in:\n{stack}")


class Recorder:
    """The statements and parameters SQLAlchemy sends while `recording`."""

    def __init__(self, engine: Any) -> None:
        self.recording = False
        self._thread = threading.get_ident()  # the worker thread's statements are not ours
        self.statements: Statements = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if self.recording and threading.get_ident() == self._thread:
            self.statements.append((statement, parameters))

    def capture(self, fn: Callable[[], Any]) -> Statements:
        self.statements, self.recording = [], True
        try:
            fn()
        finally:
            self.recording = False
        return self.statements


def quiet_offscreen(_kind: Any, _context: Any, message: str) -> None:
    """The offscreen platform's complaints about window hints are noise; other messages print."""
    if "does not support" not in message:
        print(message, file=sys.stderr)


def ms(values: list[float]) -> tuple[float, float]:
    out = sorted(v * 1000 for v in values)
    return statistics.median(out), out[min(len(out) - 1, int(round(0.95 * (len(out) - 1))))]


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _drain(cursor: sqlite3.Cursor) -> None:
    """Read every row into Python as the app does, keeping none (a million-row list would
    inflate the memory figure, which is the app's)."""
    for _row in cursor:
        pass


def rss_mb() -> float:
    """Resident memory now."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def raw_times(path: Path, statements: Statements, repeat: int) -> list[float]:
    con = sqlite3.connect(path)
    try:
        return timed(
            lambda: [_drain(con.execute(sql, params)) for sql, params in statements], repeat
        )
    finally:
        con.close()


def row(
    name: str, shown: list[float] | None, query: list[float] | None, raw: list[float] | None
) -> None:
    cells = [f"{name:<40}"]
    for values in (shown, query, raw):
        cells.append("{:8.1f} / {:8.1f}".format(*ms(values)) if values else " " * 19)
    if query and raw:
        cells.append(f"x{ms(query)[0] / max(ms(raw)[0], 1e-6):.1f}")
    print(" | ".join(cells), flush=True)


def main() -> None:  # noqa: PLR0915 (one figure after another reads best top to bottom)
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--bulk", type=int, default=10_000, help="orders to move on (0: skip)")
    parser.add_argument("--verbose", action="store_true", help="every run's time of each figure")
    parser.add_argument(
        "--stall-stacks", type=float, metavar="MS", help="print where the GUI thread stalls > MS"
    )
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
    ctx = open_database(f"sqlite:///{path}")
    recorder = Recorder(ctx.engine)
    with ctx.session_factory() as s:
        total = s.scalar(select(func.count()).select_from(Order)) or 0
        sample = s.execute(
            select(Order.code, Order.buyer_name, Order.buyer_phone)
            .order_by(Order.id)
            .limit(1)
            .offset(total // 2)
        ).one()
    print(f"database {path} ({total:,} orders), {args.repeat} runs each; median / p95 in ms\n")
    print(
        f"{'figure':<40} | {'shown (window)':^19} | {'query (app code)':^19} | {'sqlite3 (same SQL)':^19} | query÷sqlite3"
    )
    app = QApplication(sys.argv)
    add_bundled_fonts()  # as the app does: Hangul from NanumGothic, no font fallback search
    share_the_gil()  # as the app does
    worker = Ops(Core(ctx.session_factory))
    settings = QSettings(str(path.with_suffix(".bench.ini")), QSettings.Format.IniFormat)
    session = ctx.session_factory()
    heartbeat = Heartbeat()
    pauses = GcPauses()
    stalls = StallStacks(heartbeat, args.stall_stacks) if args.stall_stacks else None
    qInstallMessageHandler(quiet_offscreen)

    def query_and_raw(fn: Callable[[], Any]) -> tuple[list[float], list[float]]:
        """Run on this (the GUI) thread on purpose, outside the app: not counted as GUI stalls."""
        heartbeat.stop()
        fn()  # warm: compiled-statement cache, SQLite page cache
        statements = recorder.capture(fn)
        out = timed(fn, args.repeat), raw_times(path, statements, args.repeat)
        heartbeat.start()
        return out

    # First rows painted after the window shows (the window is built and shown each time).
    first: list[float] = []
    window: MainWindow | None = None
    for n in range(args.repeat):
        start = time.perf_counter()
        window = MainWindow(
            worker, staff("bench"), "bench", live_interval_ms=3_600_000, settings=settings
        )
        window.show()
        wait(lambda w=window: w.model.rowCount() > 0 and w.model.snapshot(0) is not None)
        app.processEvents()
        first.append(time.perf_counter() - start)
        wait(lambda w=window: w.model.is_loaded and worker.idle)
        if n < args.repeat - 1:
            window.live.stop()
            window.close()
            window.deleteLater()
    assert window is not None
    freeze_startup_objects()  # as the app does once its window shows
    heartbeat.start()
    row(
        "first rows painted",
        first,
        *query_and_raw(lambda: listing.first_page(session, ListFilter())),
    )

    full = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        window.model.set_query(ListFilter())
        wait(lambda: window.model.is_loaded)
        full.append(time.perf_counter() - start)
    row(
        "every id of All (background)",
        full,
        *query_and_raw(lambda: listing.fetch_ids(session, ListFilter())),
    )

    # A jump to a random scroll position, until that row is painted with its data.
    jumps: list[float] = []
    rng = random.Random(1)
    for _ in range(args.repeat):
        target = rng.randrange(window.model.rowCount())
        start = time.perf_counter()
        window.table.scrollTo(window.model.index(target, 0))
        app.processEvents()
        wait(lambda r=target: window.model.snapshot(r) is not None)
        app.processEvents()
        jumps.append(time.perf_counter() - start)
    some_ids = window.model.all_ids()[total // 3 : total // 3 + 250]
    row(
        "jump to a random row (250 rows fetched)",
        jumps,
        *query_and_raw(lambda: listing.rows_for(session, some_ids)),
    )

    # Searches, typed-to-shown: the text arrives in the search box as typed keys do (textEdited),
    # through the debounce, until the first page is in the model and painted.
    searches = {
        "search code prefix": sample.code[:5],
        "search 3-char Korean name part": sample.buyer_name[:3],
        "search phone digits": "".join(c for c in sample.buyer_phone if c.isdigit())[-4:],
        "search 2-char name": sample.buyer_name[1:3]
        if len(sample.buyer_name) >= 3
        else sample.buyer_name[:2],
    }
    shown_flag = [False]
    window.model.first_page_shown.connect(lambda: shown_flag.__setitem__(0, True))
    for name, text in searches.items():
        times = []
        for _ in range(args.repeat):
            window.search.clear()
            window.apply_query()
            wait(lambda: window.model.is_loaded and worker.idle)
            app.processEvents()  # the full list painted: a person types into a settled window
            shown_flag[0] = False
            start = time.perf_counter()
            window.search.setText(text)
            window.search.textEdited.emit(text)
            wait(lambda t=text: shown_flag[0] and window.model.list_filter.search == t)
            app.processEvents()  # painted
            times.append(time.perf_counter() - start)
            wait(lambda: window.model.is_loaded and worker.idle)
        flt = ListFilter(search=text)
        row(f"{name} ({text})", times, *query_and_raw(lambda f=flt: listing.first_page(session, f)))
        if args.verbose:
            print("    runs:", " ".join(f"{t * 1000:.0f}" for t in times), "ms")
    window.search.clear()
    window.apply_query()
    wait(lambda: window.model.is_loaded and worker.idle)

    filters = {i: parse_filter(f) for i, (_, _, f) in enumerate(DEFAULT_TABS)}
    row(
        "tab counts (8 default tabs)",
        None,
        *query_and_raw(lambda: listing.tab_counts(session, filters)),
    )
    session.close()

    print(f"longest GUI stall during the figures above: {heartbeat.worst * 1000:.0f} ms")
    print(f"longest garbage-collector pause: {pauses.worst * 1000:.0f} ms ({pauses.count} runs)")
    print(f"memory (RSS) with the window showing all {total:,} orders: {rss_mb():.0f} MB")
    if args.bulk:
        bulk_figure(window, ctx, heartbeat, pauses, args.bulk)
    if stalls is not None:
        stalls.report()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS) of the whole run: {peak:.0f} MB")
    window.live.stop()
    wait(lambda: worker.idle, 10)
    window.close()
    worker.stop()
    window.deleteLater()
    app.processEvents()
    ctx.close()


def bulk_figure(
    window: MainWindow, ctx: Any, heartbeat: Heartbeat, pauses: GcPauses, count: int
) -> None:
    """Bulk stage change through the window's bulk flow: preview, then the background run."""
    # Each run moves orders on, so a later run on the same file takes a later step: new and
    # preparing orders to ready while there are enough of them, then ready to shipped, and so on.
    steps = [
        ((Stage.RECEIVED, Stage.PREPARING), Stage.READY),
        ((Stage.READY,), Stage.SHIPPED),
        ((Stage.SHIPPED,), Stage.DELIVERED),
        ((Stage.DELIVERED,), Stage.COMPLETED),
    ]
    carrier, tracking = "CJ대한통운", "600000000000"
    heartbeat.stop()  # the choice of orders runs here, outside the app: not a GUI stall
    with ctx.session_factory() as s:
        for sources, step_target in steps:  # only orders the step applies to (no pickups shipped)
            flt = ListFilter(stages=tuple(stage.value for stage in sources))
            action = bulk.BulkAction(
                "stage", step_target, carrier=carrier, tracking=tracking, confirm_unpaid=True
            )
            ids = bulk.preview_bulk(s, action, bulk.resolve_ids(s, flt)).applicable[:count]
            target = step_target
            if len(ids) == count:
                break
    if not ids:
        print("\nbulk: no orders left to move on in this database")
        return
    heartbeat.worst = pauses.worst = 0.0
    heartbeat.start()
    flow = window.bulk
    start = time.perf_counter()
    flow.start(bulk.BulkAction("stage", target), ids, None)
    dialog = flow.action_dialog
    assert dialog is not None
    dialog.unpaid.setChecked(True)
    if target == Stage.SHIPPED:
        dialog.carrier.setText(carrier)
        dialog.tracking.setText(tracking)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait(lambda: flow.preview_dialog is not None)
    preview_s = time.perf_counter() - start
    preview = flow.preview_dialog
    assert preview is not None
    done: list[Any] = []
    flow.finished.connect(done.append)
    start = time.perf_counter()
    preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait(lambda: bool(done), timeout_s=3600)
    run_s = time.perf_counter() - start
    report = done[0]
    print(
        f"\nbulk preview of {len(ids):,} orders: {preview_s * 1000:.0f} ms ({preview.summary.text()})"
    )
    print(
        f"bulk stage change to {target.value} of {len(report.done) + len(report.failed):,} orders: "
        f"{run_s:.1f} s "
        f"({len(report.done):,} done, {len(report.failed)} failed; chunks of {bulk.CHUNK_ORDERS}), "
        f"longest GUI stall meanwhile {heartbeat.worst * 1000:.0f} ms, "
        f"longest garbage-collector pause {pauses.worst * 1000:.0f} ms"
    )
    flow.report_dialog.close()  # type: ignore[union-attr]


if __name__ == "__main__":
    main()
