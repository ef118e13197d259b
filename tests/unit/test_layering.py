"""The core knows nothing of Qt (STYLE practice 3; issue 2): only backoffice/ui may import PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "backoffice"
CORE = ["domain", "db", "services", "sync", "printing", "cli"]


def qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    return found


@pytest.mark.parametrize("folder", CORE)
def test_core_packages_do_not_import_qt(folder):
    offenders = {
        str(p.relative_to(PACKAGE)): qt_imports(p)
        for p in (PACKAGE / folder).rglob("*.py")
        if qt_imports(p)
    }
    assert offenders == {}
