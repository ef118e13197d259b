"""The wheel is the app (issue 15): built from this tree, installed into a fresh venv outside the
checkout, it upgrades a database, fills it with demo data and prints a Korean receipt to PDF,
reading its migrations, fonts, translations and templates from inside the package.

The fresh venv gets the third-party libraries from the running environment (a path entry, no
network); the package itself comes only from the wheel, which the test checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if os.name == "nt" else "bin"


def _run(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BACKOFFICE_DB")}
    env["BACKOFFICE_LANG"] = "en"
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = tmp_path_factory.mktemp("build")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(out), str(ROOT)],
        cwd=build,
    )  # fmt: skip
    (found,) = out.glob("backoffice-*.whl")
    return found


def test_the_wheel_carries_every_shipped_file(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = sorted(p.name for p in (ROOT / "migrations" / "versions").glob("0*.py"))
    for name in migrations:
        assert f"backoffice/_data/migrations/versions/{name}" in names
    for shipped in (
        "backoffice/_data/migrations/env.py",
        "backoffice/_data/migrations/script.py.mako",
        "backoffice/_data/resources/fonts/NanumGothic.ttf",
        "backoffice/_data/resources/fonts/OFL.txt",
        "backoffice/_data/resources/translations/backoffice_ko.qm",
        "backoffice/_data/resources/notifications/ko.toml",
    ):
        assert shipped in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text and "backoffice-window = backoffice.entry:window" in text


def test_installed_from_the_wheel_it_runs_without_the_checkout(wheel: Path, tmp_path: Path):
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    python = venv / BIN / ("python.exe" if os.name == "nt" else "python")
    site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            cwd=tmp_path,
        ).stdout.strip()
    )
    # The libraries (PySide6, SQLAlchemy …) from this environment; .pth files there (our own
    # editable install among them) are not read from a plain path entry.
    (site / "libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
         cwd=tmp_path)  # fmt: skip
    where = _run([str(python), "-c", "import backoffice; print(backoffice.__file__)"], cwd=tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(venv)

    app = str(venv / BIN / "backoffice")
    from backoffice import __version__

    version = _run([app, "--version"], cwd=tmp_path).stdout
    assert version.strip() == f"backoffice {__version__}"
    assert f"backoffice-{__version__}-" in wheel.name  # pyproject reads the version from there
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    _run([app, "--db", db, "--create", "db", "upgrade"], cwd=tmp_path)
    _run([app, "--db", db, "demo", "--orders", "30", "--seed", "3"], cwd=tmp_path)
    (order,) = json.loads(
        _run([app, "--db", db, "orders", "list", "--limit", "1", "--json"], cwd=tmp_path).stdout
    )
    pdf = tmp_path / "x.pdf"
    _run([app, "--db", db, "print", "receipt", order["code"], "--out", str(pdf)], cwd=tmp_path)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert order["code"] in text and "합계" in text  # the Korean font came from the wheel
