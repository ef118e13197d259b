"""The real app in a subprocess: `python -m backoffice --db URL gui` shows the window and, with
BACKOFFICE_QUIT_AFTER_MS, quits by itself with exit code 0 (a scripted session)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_exits_with_code_0_after_a_scripted_session(db_url, catalog, uow):
    from tests.listing_builders import place_for

    place_for(uow, "김민준")
    env = dict(
        os.environ,
        BACKOFFICE_QUIT_AFTER_MS="1500",
        QT_QPA_PLATFORM="offscreen",
        BACKOFFICE_LANG="ko",
    )
    done = subprocess.run(
        [sys.executable, "-m", "backoffice", "--db", db_url, "gui"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # What a scripted run reports (the bundle test and benchmarks/bench_startup.py read it).
    lines = done.stdout.splitlines()
    assert any(line.startswith("backoffice: window shown: ") for line in lines), done.stdout
    stamp = next(line for line in lines if line.startswith("backoffice: first rows at "))
    first_rows = float(stamp.rsplit(" ", 1)[1])
    # Issue 16: the frame went up before the database layer and the window's modules loaded.
    stamp = next(line for line in lines if line.startswith("backoffice: frame at "))
    assert 0 < float(stamp.rsplit(" ", 1)[1]) < first_rows
