"""Start-up (issue 16; goals: `orders show` ≤ 0.3 s over bare Python start-up, the window's first
rows ≤ 0.6 s from launch).

Run: `python benchmarks/bench_startup.py [--db FILE] [--runs R]`. Not collected by pytest.
Each run starts processes from scratch, alternating: bare Python (`python -c pass`, the floor any
Python command pays), `backoffice orders show CODE` (wall time from process start to exit, as a
person at a terminal waits), and the sqlite3 module answering the same lookup in a fresh Python.
Then the window: `backoffice gui` started offscreen (signed in as the demo's manager), from the
moment before the process is started to the wall-clock times it prints when its frame went up
(before the database layer loads) and when the first rows are in place
(BACKOFFICE_QUIT_AFTER_MS makes it print them and quit).
Prints median and p95 of each, and each figure against its goal.

Bytecode: the package's modules are compiled first (`compileall`), as `pip install` does for a
wheel and PyInstaller for the bundle. A checkout run with PYTHONDONTWRITEBYTECODE=1 (this
machine's environment) otherwise compiles about 200 modules from source on every start, some
0.3 s that no installed copy pays; `--no-compile` measures that case instead.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / ".data"
GOAL_S = 0.3
WINDOW_GOAL_S = 0.6


def timed(cmd: list[str]) -> float:
    env = {**os.environ, "BACKOFFICE_LANG": "en"}  # the language from the environment, as a script
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DATA / "startup.sqlite3")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-compile", action="store_true", help="leave bytecode as it is")
    args = parser.parse_args()
    if not args.no_compile:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cmd = [sys.executable, "-m", "compileall", "-q", str(ROOT / "backoffice")]
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    url = f"sqlite:///{args.db}"
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "backoffice", "--db", url, "demo"], check=True)
    import sqlite3

    with sqlite3.connect(args.db) as conn:
        (code,) = conn.execute("SELECT code FROM orders ORDER BY id DESC LIMIT 1").fetchone()
    app_cmd = [sys.executable, "-m", "backoffice", "--db", url, "orders", "show", code]
    raw_cmd = [
        sys.executable,
        "-c",
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "print(c.execute('SELECT * FROM orders WHERE code = ?', (sys.argv[2],)).fetchall())",
        str(args.db),
        code,
    ]
    bare_cmd = [sys.executable, "-c", "pass"]
    # What any command reading the database through the ORM pays before its first query:
    # SQLAlchemy's ORM imported and the app's models mapped (with the collector off, as the
    # entry point has it).
    floor_cmd = [
        sys.executable,
        "-c",
        "import gc; gc.disable(); import sqlalchemy.orm, backoffice.db.models; "
        "sqlalchemy.orm.configure_mappers()",
    ]
    # The window's floor: the same plus Qt's widgets, before any module of the window loads.
    window_floor_cmd = [
        sys.executable,
        "-c",
        "import gc; gc.disable(); import PySide6.QtWidgets, sqlalchemy.orm, "
        "backoffice.db.models; sqlalchemy.orm.configure_mappers()",
    ]
    names = ("bare Python", "orders show", "sqlite3", "ORM + models", "Qt + ORM + models")
    figures: dict[str, list[float]] = {name: [] for name in names}
    timed(app_cmd)  # the first run fills the OS file cache; not counted
    for run in range(args.runs):
        cmds = (bare_cmd, app_cmd, raw_cmd, floor_cmd, window_floor_cmd)
        order = list(zip(names, cmds, strict=True))
        for name, cmd in order if run % 2 == 0 else order[::-1]:
            figures[name].append(timed(cmd))
    for name, values in figures.items():
        print(f"{name}: median {statistics.median(values):.3f} s, p95 {p95(values):.3f} s")
    over = statistics.median(figures["orders show"]) - statistics.median(figures["bare Python"])
    verdict = "met" if over <= GOAL_S else "MISSED"
    print(f"orders show over bare Python: {over:.3f} s; goal ≤ {GOAL_S} s: {verdict}")
    floor = statistics.median(figures["ORM + models"]) - statistics.median(figures["bare Python"])
    print(f"of which SQLAlchemy's ORM and the mapped models alone: {floor:.3f} s")
    frames, window = zip(*(first_rows(url) for _ in range(args.runs)), strict=True)
    median = statistics.median(frames)
    print(f"window, launch to its frame: median {median:.3f} s, p95 {p95(list(frames)):.3f} s")
    median = statistics.median(window)
    print(f"window, launch to first rows: median {median:.3f} s, p95 {p95(list(window)):.3f} s")
    verdict = "met" if median <= WINDOW_GOAL_S else "MISSED"
    floor = statistics.median(figures["Qt + ORM + models"])
    print(f"goal ≤ {WINDOW_GOAL_S} s: {verdict}; Qt, the ORM and the models alone: {floor:.3f} s")


def first_rows(url: str) -> tuple[float, float]:
    """(launch to the frame shown at once, launch to the first rows) of one start."""
    env = {
        **os.environ,
        "BACKOFFICE_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "BACKOFFICE_QUIT_AFTER_MS": "2500",
        "BACKOFFICE_SIGN_IN": "박민수",  # the demo's manager (README)
        "BACKOFFICE_PIN": "0000",
    }
    cmd = [sys.executable, "-m", "backoffice", "--db", url, "gui"]
    start = time.time()
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    stamps = {
        line.split(" at ")[0]: float(line.rsplit(" ", 1)[1])
        for line in done.stdout.splitlines()
        if " at " in line
    }
    return stamps["backoffice: frame"] - start, stamps["backoffice: first rows"] - start


if __name__ == "__main__":
    main()
