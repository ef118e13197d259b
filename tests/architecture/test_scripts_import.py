"""The scripts beside the code (screenshots, benchmarks) import what exists: a reorganisation of
the code that forgets them fails here, not months later when someone renews the screenshots."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted([*ROOT.glob("docs/screenshots/*.py"), *ROOT.glob("benchmarks/*.py")])


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_script_imports(path: Path) -> None:
    spec = importlib.util.spec_from_file_location(f"_script_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # imports only: each runs its work under __main__
    assert "__main__" in path.read_text(encoding="utf-8")  # and nothing runs on import
