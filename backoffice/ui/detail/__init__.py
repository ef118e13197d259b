"""The order detail dialog (issue 4). Main window API:
`open_order(parent, ctx, worker, code, actor=None)` opens (and returns) the dialog for one order."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import QWidget

from backoffice.services.actor import Actor, staff
from backoffice.ui.ops import Ops


def open_order(
    parent: QWidget | None, ctx: Any, worker: Ops, code: str, actor: Actor | None = None
) -> Any:
    """Show the detail dialog of `code`, non-modal, so staff can keep scanning in the list. The
    actor defaults to the parent window's `actor` (who is signed in)."""
    from backoffice.ui.detail.dialog import OrderDetailDialog

    who = actor or getattr(parent, "actor", None) or staff(os.environ.get("USER", "counter"))
    dialog = OrderDetailDialog(ctx, worker, code, who, parent)
    dialog.show()
    return dialog
