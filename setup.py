"""The wheel carries the top-level `resources/` and `migrations/` inside the package, as
`backoffice/_data/…` (backoffice/paths.py finds them there with importlib.resources): an
installed app needs no checkout. Everything else about the package is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SHIPPED = ("resources", "migrations")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "update.sh")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout itself
            return
        target = Path(self.build_lib) / "backoffice" / "_data"
        for name in SHIPPED:
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(HERE / name, target / name, ignore=SKIP)


setup(cmdclass={"build_py": BuildWithData})
