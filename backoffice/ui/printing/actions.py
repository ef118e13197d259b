"""What the main window and the order detail dialog call to print (R38–R41):

    actions.print_documents(parent, ctx, worker, "label", codes)   # preview, then Print / Save
    actions.open_print_queue(parent, ctx)                           # the queue with Retry etc.
    actions.open_printer_settings(parent, ctx)                      # printers, test page

`ctx` is the `AppContext`; `worker` the window's `Ops` (when omitted, the window's `worker`
attribute, else one of our own). One `PrintQueueRunner` per top-level window is created on first
use as that window's child (no global): it sends jobs on its own thread pool and, once, turns jobs
a crash left `sending` into `uncertain` and sends the jobs still `queued`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from backoffice.core import Core
from backoffice.services import print_queue, printer_settings
from backoffice.services.actor import Actor, staff
from backoffice.services.print_queue import JobView
from backoffice.ui.ops import Ops
from backoffice.ui.printing.runner import PrintQueueRunner

RUNNER_NAME = "print-queue-runner"


def runner_for(parent: QWidget, ctx: Any, worker: Ops | None = None) -> PrintQueueRunner:
    """The window's print runner, created (and resumed) on first use."""
    window = parent.window()
    runner = window.findChild(PrintQueueRunner, RUNNER_NAME)
    if runner is None:
        worker = worker or getattr(window, "worker", None) or Ops(ctx.core, window)
        runner = PrintQueueRunner(worker, window)
        runner.resume()
    return runner


def actor_of(parent: QWidget) -> Actor:
    actor = getattr(parent.window(), "actor", None)
    return actor if isinstance(actor, Actor) else staff("staff")


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
    parent: QWidget,
    ctx: Any,
    worker: Ops | None,
    kind: str,
    codes: Sequence[str],
    *,
    actor: Actor | None = None,
) -> QWidget:
    """The print preview for `kind` of these orders, with Print (receipts and labels, on the
    configured printer), Save… and, for A4 documents, Open. Non-modal; returns the dialog."""
    from backoffice.ui.printing.preview import PrintPreviewDialog

    runner = runner_for(parent, ctx, worker)
    dialog = PrintPreviewDialog(runner, actor or actor_of(parent), kind, list(codes), parent)
    dialog.show()
    return dialog


def open_print_queue(
    parent: QWidget, ctx: Any, worker: Ops | None = None, *, actor: Actor | None = None
) -> QWidget:
    from backoffice.ui.printing.queue_view import PrintQueueDialog

    dialog = PrintQueueDialog(runner_for(parent, ctx, worker), actor or actor_of(parent), parent)
    dialog.show()
    return dialog


def open_printer_settings(parent: QWidget, ctx: Any, worker: Ops | None = None) -> QWidget:
    from backoffice.ui.printing.settings_dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(runner_for(parent, ctx, worker), parent)
    dialog.show()
    return dialog
