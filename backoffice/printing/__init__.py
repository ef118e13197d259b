"""Printing: receipts, labels and A4 documents as printer bytes, PNG previews and PDFs (R38–R41).

Qt-free and database-free: callers pass plain snapshots (`source.py`) filled by services.

Entry points (everything a CLI command, GUI action or queue worker needs):

    from backoffice.printing import (
        ShopInfo, PrintOrder, PrintLine, Discounts, PrintPayment, PrintShipment, ShipmentLine,
        PrinterProfile, parse_printer_uri, render, render_test_page, target_for_output,
        send, probe, SendResult, Outcome,
    )

    render(kind, orders, shop, target, *, reprint=False, width_dots=576) -> bytes
        kind: "receipt" | "label" | "invoice" | "packing-slip" | "order-sheet"
        orders: a PrintOrder, or a sequence of them for "label" (bulk: one job, a label per
            shipment; an order without shipments gets a pickup label, R39)
        target: PrinterProfile -> printer commands (ESC/POS in the profile's text mode, or TSPL
            when the profile says lang=tspl); "pdf" -> PDF (A4 for invoice/packing-slip/
            order-sheet, 100x150 mm pages for labels); "png" -> the preview (receipt at
            `width_dots`, exactly what raster mode prints; labels at 100x150 mm).
        Pure and thread-safe: render once when queueing, so a retry sends identical bytes (R41).
        Raises DomainError for combinations that do not exist (invoice to a receipt printer,
        receipt as PDF) with a one-line message.

    render_test_page(profile, target=None) -> bytes
        The printer test page (ruler, Korean sample, barcode, QR, settings) as the profile's
        printer bytes, or target="png" for its preview.

    parse_printer_uri(uri) -> PrinterProfile     (DomainError on a bad address)
        tcp://HOST[:PORT] usb://VID:PID serial:///dev/ttyUSB0 file:///path cups://QUEUE
        ?width=576|512|384|80mm|58mm &mode=raster|korean|latin &cut=0|1 &drawer=2|5
        &status=0|1 &timeout=S &connect_timeout=S &lang=escpos|tspl &label=100x150 &baudrate=N
        profile.uri gives the normalised URI back (store that in settings).

    target_for_output(path, printer_uri=None) -> "pdf" | "png" | PrinterProfile
        What `--out FILE` means by extension: .pdf, .png, or .bin (raw printer bytes; a file://
        profile for the path, or the profile of `printer_uri` to pick width and text mode).

    send(job, profile, timeout=None) -> SendResult      (blocking: call it off the GUI thread)
        SendResult.outcome: Outcome.SENT | FAILED | UNCERTAIN; .error (one line for staff);
        .bytes_sent; .confirmed (printer answered DLE EOT 1 after the job); .status; .elapsed;
        .safe_to_retry (only FAILED: nothing reached the printer). UNCERTAIN means bytes may
        have printed (stall, drop, no status answer): never reprint automatically (R41).
        Returns within connect_timeout + timeout (profile.send_timeout by default, 10 s).

    probe(profile, timeout=2.0) -> SendResult   ("Test connection": status query only)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backoffice.printing.api import (
        render,
        render_document,
        render_test_page,
        target_for_output,
    )
    from backoffice.printing.kinds import KINDS
    from backoffice.printing.profile import PrinterProfile, parse_printer_uri
    from backoffice.printing.source import (
        Discounts,
        PrintLine,
        PrintOrder,
        PrintPayment,
        PrintShipment,
        ShipmentLine,
        ShopInfo,
    )
    from backoffice.printing.transport import Outcome, SendResult, probe, send

# Each name from its module, imported when first asked for (PEP 562): reading a printer address
# must not load python-escpos and reportlab, which cost a window's start ~0.4 s (issue 16).
_WHERE = {
    **dict.fromkeys(("render", "render_document", "render_test_page", "target_for_output"), "api"),
    "KINDS": "kinds",
    **dict.fromkeys(("PrinterProfile", "parse_printer_uri"), "profile"),
    **dict.fromkeys(
        (
            "Discounts",
            "PrintLine",
            "PrintOrder",
            "PrintPayment",
            "PrintShipment",
            "ShipmentLine",
            "ShopInfo",
        ),
        "source",
    ),
    **dict.fromkeys(("Outcome", "SendResult", "probe", "send"), "transport"),
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "KINDS",
    "Discounts",
    "Outcome",
    "PrintLine",
    "PrintOrder",
    "PrintPayment",
    "PrintShipment",
    "PrinterProfile",
    "SendResult",
    "ShipmentLine",
    "ShopInfo",
    "parse_printer_uri",
    "probe",
    "render",
    "render_document",
    "render_test_page",
    "send",
    "target_for_output",
]
