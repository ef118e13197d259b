"""The window reaches the database only through the core (issue 12): no module under
backoffice/ui imports SQLAlchemy or backoffice.db, except the order list's read side
(backoffice.db.listing), which stays behind the same door (its functions run through
`core.read`)."""

from __future__ import annotations

import ast
from pathlib import Path

import backoffice

UI = Path(backoffice.__file__).parent / "ui"
ALLOWED = ("backoffice.db.listing",)


def _imported(tree: ast.AST, module: str) -> list[tuple[int, str]]:
    """(line, dotted name) of every import in the module, at any depth (a function's lazy
    import counts too), with relative imports resolved against `module`."""
    found: list[tuple[int, str]] = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.append((node.lineno, base))
            # `from backoffice.db import listing` names the listing module itself
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _forbidden(name: str, allowed: tuple[str, ...]) -> bool:
    if name == "sqlalchemy" or name.startswith("sqlalchemy."):
        return True
    if name == "backoffice.db" or name.startswith("backoffice.db."):
        return not any(name == ok or name.startswith(ok + ".") for ok in allowed)
    return False


def violations(root: Path, allowed: tuple[str, ...] = ALLOWED) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent.parent).with_suffix("")
        module = ".".join(rel.parts)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names = _imported(tree, module)
        lines = {line for line, _ in names}
        for line in sorted(lines):
            at_line = [n for ln, n in names if ln == line]
            # `from backoffice.db import listing` is allowed when every name it takes is allowed
            base, *taken = at_line
            bad = (
                [n for n in taken if _forbidden(n, allowed)]
                if taken
                else ([base] if _forbidden(base, allowed) else [])
            )
            if base.startswith("sqlalchemy") or (not taken and _forbidden(base, allowed)):
                bad = [base]
            if bad:
                out.append(f"{path.relative_to(root.parent.parent)}:{line} imports {bad[0]}")
    return out


def test_no_ui_module_imports_sqlalchemy_or_the_database_layer():
    assert violations(UI) == []


def test_the_shop_connectors_touch_no_database():
    """backoffice/sync is transport only (HTTP, retries, webhooks, the shop's data); what reads
    or writes the database for sync lives in backoffice/services/sync (issue 12)."""
    assert violations(UI.parent / "sync", allowed=()) == []


def test_the_check_catches_each_way_of_reaching_around(tmp_path):
    """The rule above must be able to fail: each way of importing the database is caught, the
    listing read side is not."""
    ui = tmp_path / "backoffice" / "ui"
    ui.mkdir(parents=True)
    (ui / "ok.py").write_text(
        "from backoffice.db import listing\n"
        "from backoffice.db.listing import ListFilter\n"
        "import backoffice.db.listing.query\n"
        "from backoffice.core import Core\n"
    )
    (ui / "bad.py").write_text(
        "from sqlalchemy.orm import Session\n"
        "import sqlalchemy\n"
        "from backoffice.db.models import Order\n"
        "from backoffice.db import listing, models\n"
        "def later():\n"
        "    from backoffice.db.uow import UnitOfWork\n"
        "from ..db.locks import RelayLock\n"
    )
    found = violations(ui)
    assert found == [
        "backoffice/ui/bad.py:1 imports sqlalchemy.orm",
        "backoffice/ui/bad.py:2 imports sqlalchemy",
        "backoffice/ui/bad.py:3 imports backoffice.db.models.Order",
        "backoffice/ui/bad.py:4 imports backoffice.db.models",
        "backoffice/ui/bad.py:6 imports backoffice.db.uow.UnitOfWork",
        "backoffice/ui/bad.py:7 imports backoffice.db.locks.RelayLock",
    ]
