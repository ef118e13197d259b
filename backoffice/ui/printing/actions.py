"""What the main window and the order detail dialog call to print (R38–R41):

    actions.print_documents(parent, runner, actor, "label", codes)  # preview, then Print / Save
    actions.open_print_queue(parent, runner, actor)                  # the queue with Retry etc.
    actions.open_printer_settings(parent, runner, actor)             # printers, test page

`runner` is the window's `PrintQueueRunner`, made once by build_window (ui/application.py) and
handed down: it sends jobs on the operation helper's "printers" lane and, on start, turns jobs a
crash left `sending` into `uncertain` and sends the jobs still `queued`. `actor` is who is signed
in (the queue and the settings act as them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from backoffice.core import Core
from backoffice.services.printing import queue as print_queue
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.queue import JobView
from backoffice.services.staff.actor import Actor
from backoffice.ui.printing.runner import PrintQueueRunner


def send_documents(
    runner: PrintQueueRunner,
    actor: Actor,
    kind: str,
    codes: Sequence[str],
    *,
    printer_uri: str | None = None,
    on_queued: Callable[[JobView], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Queue `kind` for these orders on the configured printer (or `printer_uri`) and send it.
    Rendering happens on the database worker, sending on the runner's pool (R41); bulk labels
    for many orders are one job (R39)."""
    codes = list(codes)

    def queue(core: Core) -> JobView:
        settings = core.read(printer_settings.load)
        uri = printer_uri or settings.printer_for(kind)
        job_id = core.write(
            print_queue.enqueue, actor, kind, codes, uri, language=settings.language
        )
        return core.read(print_queue.get_job, job_id)

    def queued(job: JobView) -> None:
        runner.submit(job.id, job.printer)
        runner.job_changed.emit(job)  # the queue view shows it at once, as "Queued"
        if on_queued is not None:
            on_queued(job)

    runner.worker.submit(queue, queued, on_error)


def print_documents(
    parent: QWidget, runner: PrintQueueRunner, actor: Actor, kind: str, codes: Sequence[str]
) -> QWidget:
    """The print preview for `kind` of these orders, with Print (receipts and labels, on the
    configured printer), Save… and, for A4 documents, Open. Non-modal; returns the dialog."""
    from backoffice.ui.printing.preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(runner, actor, kind, list(codes), parent)
    dialog.show()
    return dialog


def open_print_queue(parent: QWidget, runner: PrintQueueRunner, actor: Actor) -> QWidget:
    from backoffice.ui.printing.queue_view import PrintQueueDialog

    dialog = PrintQueueDialog(runner, actor, parent)
    dialog.show()
    return dialog


def open_printer_settings(parent: QWidget, runner: PrintQueueRunner, actor: Actor) -> QWidget:
    from backoffice.ui.printing.settings_dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(runner, parent, actor=actor)
    dialog.show()
    return dialog
