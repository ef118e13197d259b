"""Arrows point down (STYLE "The house"): sync and printing import neither services nor ui.

Services and the UI use the shop connectors and the printing layer; if those imported a service
back, a change to a use case could break the transport, and the relay/apply steps (which need
services) belong in backoffice/services/sync/.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "backoffice"
LOWER = ["sync", "printing"]
FORBIDDEN = ("backoffice.services", "backoffice.ui")


def upward_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            # `from backoffice import services` names the package in the alias, not the module.
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found += [
            n for n in names if n in FORBIDDEN or n.startswith(tuple(f + "." for f in FORBIDDEN))
        ]
    return found


@pytest.mark.parametrize("folder", LOWER)
def test_lower_layers_do_not_import_services_or_ui(folder):
    offenders = {
        str(p.relative_to(PACKAGE)): upward_imports(p)
        for p in (PACKAGE / folder).rglob("*.py")
        if upward_imports(p)
    }
    assert offenders == {}


def test_the_check_sees_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from backoffice import services\nimport backoffice.ui.ops\n", encoding="utf-8")
    assert upward_imports(bad) == ["backoffice.services", "backoffice.ui.ops"]
