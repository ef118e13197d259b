"""The order detail dialog (issue 4). Main window API:
`open_order(parent, worker, code, actor, printer=None)` opens (and returns) the dialog for one
order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from backoffice.services.staff.actor import Actor
from backoffice.ui.ops import Ops

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog
    from backoffice.ui.printing.runner import PrintQueueRunner


def open_order(
    parent: QWidget | None,
    worker: Ops,
    code: str,
    actor: Actor,
    printer: PrintQueueRunner | None = None,
) -> OrderDetailDialog:
    """Show the detail dialog of `code`, non-modal, so staff can keep scanning in the list."""
    from backoffice.ui.detail.dialog import OrderDetailDialog

    dialog = OrderDetailDialog(worker, code, actor, parent, printer=printer)
    dialog.show()
    return dialog
