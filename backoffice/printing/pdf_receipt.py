"""A receipt as an 80 mm PDF (issue 15: `print receipt … --out x.pdf`), to e-mail or keep.

The same laid-out lines the printer gets, one page per cut, as real text in the embedded
NanumGothic (searchable and copyable, R40); barcodes and QR codes are drawn from the same
raster the paper shows. 576 dots at 203 dpi are the 72 mm a receipt printer prints on.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from backoffice.printing.layout import Laid, Line, RuleLine, layout
from backoffice.printing.model import QR, Barcode, Cut, Document, DrawerKick, Spacer
from backoffice.printing.pdf_common import FONT, FONT_BOLD, pdf_lock, register_fonts
from backoffice.printing.raster import RULE_HEIGHT, Metrics, item_height, render_pages

WIDTH_DOTS = 576
DOT = 25.4 / 203 * mm  # one printer dot in points
MARGIN = 4 * mm


def receipt_pdf(document: Document, title: str = "Receipt") -> bytes:
    items = layout(document, WIDTH_DOTS // 12)
    pages: list[list[Laid]] = [[]]
    for item in items:
        if isinstance(item, Cut):
            pages.append([])
        elif not isinstance(item, DrawerKick):
            pages[-1].append(item)
    pages = [p for p in pages if p] or [[]]
    register_fonts()
    out = io.BytesIO()
    with pdf_lock:
        size = (WIDTH_DOTS * DOT + 2 * MARGIN, 100 * mm)
        pdf = canvas.Canvas(out, pagesize=size, initialFontName=FONT)  # never Helvetica
        pdf.setTitle(title)
        for page in pages:
            _page(pdf, page)
        pdf.save()
    return out.getvalue()


def _page(pdf: canvas.Canvas, items: Sequence[Laid]) -> None:
    heights = [item_height(item, WIDTH_DOTS) for item in items]
    pdf.setPageSize((WIDTH_DOTS * DOT + 2 * MARGIN, sum(heights) * DOT + 2 * MARGIN))
    top = sum(heights) * DOT + MARGIN
    metrics = Metrics(12)
    for item, height in zip(items, heights, strict=True):
        bottom = top - height * DOT
        if isinstance(item, Line):
            _line(pdf, item, top, height, metrics)
        elif isinstance(item, RuleLine):
            y = top - RULE_HEIGHT / 2 * DOT
            pdf.setDash(3, 2) if item.char == "-" else pdf.setDash()
            pdf.setLineWidth(0.6 if item.char != "=" else 1.2)
            pdf.line(MARGIN, y, MARGIN + WIDTH_DOTS * DOT, y)
            pdf.setDash()
        elif isinstance(item, Barcode | QR):
            (image,) = render_pages([item], WIDTH_DOTS)
            picture = ImageReader(image.convert("L"))
            pdf.drawImage(picture, MARGIN, bottom, WIDTH_DOTS * DOT, height * DOT)
        elif isinstance(item, Spacer):
            pass
        top = bottom
    pdf.showPage()


def _line(pdf: canvas.Canvas, line: Line, top: float, height: int, m: Metrics) -> None:
    font = FONT_BOLD if line.bold else FONT
    size = m.font_px * line.size * DOT
    width = WIDTH_DOTS * DOT
    left_x = MARGIN + line.indent * m.cell * line.size * DOT
    needed = pdfmetrics.stringWidth(line.left, font, size) + (
        m.cell * line.size * DOT + pdfmetrics.stringWidth(line.right, font, size)
        if line.right
        else 0
    )
    if needed > width - (left_x - MARGIN):  # shrink rather than clip, as the raster does
        size *= (width - (left_x - MARGIN)) / needed
    baseline = top - height * DOT / 2 - size * 0.35
    pdf.setFont(font, size)
    if line.right:
        pdf.drawString(left_x, baseline, line.left)
        pdf.drawRightString(MARGIN + width, baseline, line.right)
    elif line.align == "center":
        pdf.drawCentredString(MARGIN + width / 2, baseline, line.left)
    elif line.align == "right":
        pdf.drawRightString(MARGIN + width, baseline, line.left)
    else:
        pdf.drawString(left_x, baseline, line.left)
