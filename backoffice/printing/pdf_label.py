"""Shipping and pickup labels as PDF pages, 100×150 mm by default (R39): one page per shipment,
any number of orders in one file (bulk printing on a label printer driven by the OS).
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from backoffice.printing.catalogue import word
from backoffice.printing.label import shipments_of
from backoffice.printing.pdf_common import FONT, FONT_BOLD, pdf_lock, register_fonts
from backoffice.printing.source import PrintOrder, PrintShipment, ShopInfo

MARGIN = 5 * mm


def labels_pdf(
    orders: Iterable[PrintOrder], shop: ShopInfo, size_mm: tuple[int, int] = (100, 150)
) -> bytes:
    register_fonts()
    with pdf_lock:
        return _labels(list(orders), shop, (size_mm[0] * mm, size_mm[1] * mm))


def _labels(orders: list[PrintOrder], shop: ShopInfo, page: tuple[float, float]) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=page, invariant=True, initialFontName=FONT)
    canvas.setTitle("Labels")
    pages = 0
    for order in orders:
        shipments = shipments_of(order)
        for i, shipment in enumerate(shipments, start=1):
            _label(canvas, page, order, shipment, shop, i, len(shipments))
            canvas.showPage()
            pages += 1
    if not pages:
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


class _Pen:
    """Writes lines top-down inside the margins, wrapping to the label width."""

    def __init__(self, canvas: Canvas, page: tuple[float, float]) -> None:
        self.c = canvas
        self.width = page[0] - 2 * MARGIN
        self.y = page[1] - MARGIN

    def text(self, text: str, size: float, bold: bool = False, max_lines: int = 3) -> None:
        font = FONT_BOLD if bold else FONT
        lines = simpleSplit(text, font, size, self.width) or [""]
        for line in lines[:max_lines]:
            self.y -= size * 1.25
            self.c.setFont(font, size)
            self.c.drawString(MARGIN, self.y, line)

    def row(self, left: str, right: str, size: float, bold: bool = False) -> None:
        font = FONT_BOLD if bold else FONT
        self.y -= size * 1.25
        self.c.setFont(font, size)
        self.c.drawString(MARGIN, self.y, left)
        self.c.drawRightString(MARGIN + self.width, self.y, right)

    def rule(self, thick: bool = False) -> None:
        self.y -= 2.5 * mm
        self.c.setLineWidth(1.2 if thick else 0.5)
        self.c.line(MARGIN, self.y, MARGIN + self.width, self.y)
        self.y -= 1 * mm


def _label(
    canvas: Canvas,
    page: tuple[float, float],
    order: PrintOrder,
    shipment: PrintShipment,
    shop: ShopInfo,
    index: int,
    count: int,
) -> None:
    lang = order.language
    pen = _Pen(canvas, page)
    if shipment.pickup:
        pen.text(word("pickup", lang), 20, bold=True)
    else:
        pen.row(shipment.carrier or word("shipment", lang), shipment.tracking_number, 14, bold=True)
    pen.rule(thick=True)
    pen.text(word("recipient", lang), 8)
    pen.text(shipment.recipient_name, 22, bold=True, max_lines=2)
    if shipment.phone:
        pen.text(shipment.phone, 14, bold=True)
    address = " ".join(p for p in (shipment.address1, shipment.address2) if p)
    if shipment.postcode:
        address = f"({shipment.postcode}) {address}"
    if address.strip():
        pen.text(address, 12, max_lines=4)
    if shipment.delivery_memo:
        pen.text(f"{word('memo', lang)}: {shipment.delivery_memo}", 10, max_lines=2)
    pen.rule()
    pen.text(f"{word('sender', lang)}: {shop.name} {shop.phone}".rstrip(), 9)
    if shop.address:
        pen.text(shop.address, 8, max_lines=2)
    pen.rule()
    if shipment.lines:
        pen.text(word("contents", lang), 8)
        shown = shipment.lines[:6]
        for line in shown:
            pen.row(f"  {line.name}", f"x{line.quantity}", 9)
        if len(shipment.lines) > len(shown):
            pen.text(f"  … +{len(shipment.lines) - len(shown)}", 9)
    # The order code barcode sits at the bottom, where scanners on packing tables expect it.
    bars = Code128(order.code, barHeight=16 * mm, barWidth=0.5 * mm, humanReadable=False)
    x = (page[0] - bars.width) / 2
    bars.drawOn(canvas, x, MARGIN + 8 * mm)
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawCentredString(page[0] / 2, MARGIN + 2 * mm, f"{order.code}  ({index}/{count})")
