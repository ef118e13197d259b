"""The bundle's entry point (packaging/backoffice.spec): `backoffice` is the command line and,
with no command, the window; `backoffice-window` (no console on Windows) is the window alone."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if "window" in Path(sys.executable).stem.lower():
        from backoffice.cli.gui import window_main

        sys.exit(window_main())
    from backoffice.cli import main

    sys.exit(main())
