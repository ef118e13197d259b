"""`python -m backoffice`: the same as the `backoffice` command."""

from __future__ import annotations

import sys

from backoffice.entry import command

if __name__ == "__main__":
    sys.exit(command())
