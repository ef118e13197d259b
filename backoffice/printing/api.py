"""The one entry point the CLI, the GUI and the print queue call: document kind + data -> bytes.

`render` is pure (no I/O, no Qt, thread-safe), so the queue renders a job once when it is queued
and a retry sends identical bytes (R41). `send` (in `transport`) delivers them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PIL import Image

from backoffice.domain.errors import DomainError
from backoffice.printing.escpos_render import to_escpos
from backoffice.printing.kinds import KINDS, Target
from backoffice.printing.label import build_labels
from backoffice.printing.layout import layout
from backoffice.printing.model import Document
from backoffice.printing.pdf_documents import invoice_pdf, order_sheet_pdf, packing_slip_pdf
from backoffice.printing.pdf_label import labels_pdf
from backoffice.printing.pdf_receipt import receipt_pdf
from backoffice.printing.profile import PrinterProfile, parse_printer_uri
from backoffice.printing.raster import render_pages, stack, to_png
from backoffice.printing.receipt import build_receipt
from backoffice.printing.source import PrintOrder, ShopInfo
from backoffice.printing.testpage import print_test_page
from backoffice.printing.tspl import LABEL_CELL, label_width_dots, to_tspl

DocumentKind = Literal["receipt", "label", "invoice", "packing-slip", "order-sheet"]
A4_KINDS = {
    "invoice": invoice_pdf,
    "packing-slip": packing_slip_pdf,
    "order-sheet": order_sheet_pdf,
}


def render(
    kind: str,
    orders: PrintOrder | Sequence[PrintOrder],
    shop: ShopInfo,
    target: Target,
    *,
    reprint: bool = False,
    width_dots: int = 576,
) -> bytes:
    """Bytes of one print job or file.

    kind: receipt | label | invoice | packing-slip | order-sheet.
    orders: one order, or several for labels (one job with a label per shipment, R39).
    target: a PrinterProfile (printer commands: ESC/POS, or TSPL for `lang=tspl` label printers),
        "pdf", or "png" (the preview: exactly the raster-mode receipt at `width_dots`).
    reprint: the receipt says so on top (R41: a reprint is marked as one).
    Raises DomainError for a combination that does not exist (an invoice on a receipt printer).
    """
    many = [orders] if isinstance(orders, PrintOrder) else list(orders)
    if not many:
        raise DomainError("Nothing to print: no orders given")
    if kind not in KINDS:
        raise DomainError(
            "Unknown document {kind!r}; choose one of {choices}",
            kind=kind,
            choices=", ".join(KINDS),
        )
    if kind in A4_KINDS:
        if target != "pdf" or len(many) != 1:
            raise DomainError(
                "The {document} is an A4 document for one order: save it as .pdf", document=kind
            )
        return A4_KINDS[kind](many[0], shop)
    if kind == "receipt":
        if len(many) != 1:
            raise DomainError("A receipt is printed for one order at a time")
        return _receipt(many[0], shop, target, reprint, width_dots)
    return _labels(many, shop, target)


def render_document(
    document: Document, target: PrinterProfile | Literal["png"], width_dots: int = 576
) -> bytes:
    """Any receipt-style document (e.g. the test page) as printer bytes or a preview PNG."""
    if target == "png":
        return to_png(stack(render_pages(layout(document, width_dots // 12), width_dots)))
    if target.language == "tspl":
        return to_tspl(document, target.label_mm)
    return to_escpos(document, target)


def render_test_page(
    profile: PrinterProfile, target: PrinterProfile | Literal["png"] | None = None
) -> bytes:
    """The printer test page for `profile`, as its printer bytes (default) or a preview PNG."""
    document = print_test_page(profile)
    if target == "png":
        if profile.language == "tspl":
            return _label_png(document, profile.label_mm)
        return render_document(document, "png", profile.width_dots)
    return render_document(document, target or profile)


def target_for_output(path: str | Path, printer_uri: str | None = None) -> Target:
    """What `--out FILE` means: .pdf, .png (the preview) or .bin (the raw bytes a printer gets;
    `printer_uri`'s profile, if given, decides width and text mode)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".png":
        return "png"
    if suffix == ".bin":
        if printer_uri:
            return parse_printer_uri(printer_uri)
        return parse_printer_uri(Path(path).resolve().as_uri())
    raise DomainError("Output must end in .pdf, .png or .bin: {path}", path=path)


def _receipt(order: PrintOrder, shop: ShopInfo, target: Target, reprint: bool, width: int) -> bytes:
    if target == "pdf":  # 80 mm wide, to e-mail or keep
        return receipt_pdf(build_receipt(order, shop, reprint=reprint), f"Receipt {order.code}")
    if target == "png":
        document = build_receipt(order, shop, reprint=reprint)
        return render_document(document, "png", width)
    document = build_receipt(
        order, shop, cut=target.cut, drawer_pin=target.drawer_pin, reprint=reprint
    )
    return render_document(document, target)


def _labels(orders: list[PrintOrder], shop: ShopInfo, target: Target) -> bytes:
    if target == "pdf":
        return labels_pdf(orders, shop)
    if target == "png":
        return _label_png(build_labels(orders, shop), (100, 150))
    return render_document(build_labels(orders, shop, cut=target.cut), target)


def _label_png(document: Document, label_mm: tuple[int, int]) -> bytes:
    width = label_width_dots(label_mm)
    height = label_mm[1] * 8  # 203 dpi: 8 dots per mm
    pages = render_pages(layout(document, width // LABEL_CELL), width, LABEL_CELL)
    # Each label previews at its real size, so staff see what fits on the sticker.
    sized = []
    for page in pages:
        label = Image.new("1", (width, max(height, page.height)), 1)
        label.paste(page, (0, 0))
        sized.append(label)
    return to_png(stack(sized))
