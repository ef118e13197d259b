"""The standalone bundle (issue 15): `packaging/backoffice.spec` built with PyInstaller runs with
no Python and no venv: `--version`, a demo database, and the window shown and closed offscreen,
started from outside the checkout with a bare environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.sqlite_only("the bundle makes its own SQLite file; once is enough")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extras")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
         str(ROOT / "packaging" / "backoffice.spec")],
        cwd=out, capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return out / "dist" / "backoffice"


def _run(program: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8", **env}
    done = subprocess.run(
        [str(program), *args], cwd=cwd, env=bare, capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_the_bundle_starts_without_python(bundle: Path, tmp_path: Path):
    app = bundle / ("backoffice.exe" if os.name == "nt" else "backoffice")
    assert not (bundle / "_internal" / "backoffice" / "__init__.py").exists()  # compiled in
    assert (bundle / "_internal" / "backoffice" / "_data" / "migrations" / "env.py").is_file()

    version = _run(app, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("backoffice ")
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    demo = _run(app, "--db", db, "--create", "demo", "--orders", "40", "--seed", "5", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    shown = _run(
        app, "--db", db, "gui", cwd=tmp_path,
        QT_QPA_PLATFORM="offscreen", BACKOFFICE_QUIT_AFTER_MS="1500", BACKOFFICE_LANG="ko",
        BACKOFFICE_SIGN_IN="박민수", BACKOFFICE_PIN="0000",  # the demo's manager (README)
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    # Signed in, and in Korean: the translations came from the bundle too.
    assert "backoffice: window shown: 백오피스 — 박민수" in shown.stdout
