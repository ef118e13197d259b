"""Running the real `backoffice` entry point in a subprocess, as a script or a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def assert_one_line_error(self, exit_code: int, *needles: str) -> None:
        """Exactly one line on stderr, no traceback, the expected exit code and words."""
        assert self.code == exit_code, (self.code, self.out, self.err)
        assert "Traceback" not in self.err
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        for needle in needles:
            assert needle in lines[0], lines[0]


def run(
    db: str | None,
    *args: str,
    timeout: float = 300,
    stdin: str = "",
    env: dict[str, str] | None = None,
) -> Run:
    """`stdin` is what the command reads (PINs, secrets); never the test runner's terminal."""
    argv = [sys.executable, "-m", "backoffice"]
    if db is not None:
        argv += ["--db", db]
    environ = {
        **os.environ,
        "BACKOFFICE_TESTING": "1",
        "PYTHONIOENCODING": "utf-8",
        "BACKOFFICE_LANG": "en",  # what the tests read, whatever this machine's user chose
        **(env or {}),
    }
    environ.pop("BACKOFFICE_DB", None)
    if env is None:
        environ.pop("BACKOFFICE_PIN", None)
    done = subprocess.run(
        [*argv, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=environ,
    )
    return Run(done.returncode, done.stdout, done.stderr)
