"""Test configuration shared by every suite: headless Qt, a fresh migrated database per test."""

from __future__ import annotations

import os

# Headless before anything imports Qt (set by the tests themselves, not by the caller).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BACKOFFICE_NO_KEYRING_PROMPT", "1")
