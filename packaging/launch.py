"""The bundle's entry point (packaging/backoffice.spec): `backoffice` is the command line and,
with no command, the window; `backoffice-window` (no console on Windows) is the window alone."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if "window" in Path(sys.executable).stem.lower():
        from backoffice.entry import window

        sys.exit(window())
    from backoffice.entry import command

    sys.exit(command())
