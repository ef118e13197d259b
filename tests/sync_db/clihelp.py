"""The `backoffice` command in a subprocess, as a shop's cron or a person runs it, with the shop's
secret in the environment fallback (no keyring)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.sync_db.conftest import SECRET

ROOT = Path(__file__).resolve().parents[2]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        BACKOFFICE_SHOP_WOO_SECRET=SECRET,
        BACKOFFICE_TESTING="1",
        BACKOFFICE_LANG="en",  # what the tests read, whatever this machine's user chose
    )
    return e


def cli(
    db_url: str, *args: str, stdin: str = "", timeout: float = 60
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "backoffice", "--db", db_url, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env(),
    )


def start(db_url: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "backoffice", "--db", db_url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env(),
    )


def wait_for(condition, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)
