"""Where the app's shipped files are: migrations, fonts, translations, notification templates.

In the source tree they live at the top (`resources/`, `migrations/`). A wheel or a bundle carries
them inside the package as `backoffice/_data/resources` and `backoffice/_data/migrations`
(setup.py's build step; the PyInstaller spec, packaging/backoffice.spec), found through
`importlib.resources`, so `pip install .` runs everything without the checkout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _root() -> Path:
    shipped = files("backoffice") / "_data"
    if shipped.is_dir() and (shipped / "resources").is_dir():
        return Path(str(shipped))  # an installed wheel or a bundle: plain files on disk
    return Path(__file__).resolve().parents[1]  # a source checkout (or an editable install)


ROOT = _root()
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "migrations"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
NOTIFICATIONS = RESOURCES / "notifications"
ICONS = RESOURCES / "icons"
