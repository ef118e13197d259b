"""Where the app's shipped files are: fonts, translations, notification templates."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
