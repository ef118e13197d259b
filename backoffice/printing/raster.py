"""Draw a laid-out document as 1-bit images: the on-screen preview and raster-mode print job.

One image per page (pages end at each cut). Raster mode sends exactly these pixels with GS v 0,
so the preview PNG is what the paper shows (tests compare them pixel for pixel). Everything is
drawn in pure black and white at printer resolution: no anti-aliasing to be lost by dithering.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache

import barcode
import qrcode
from PIL import Image, ImageDraw

from backoffice.printing.fonts import pil_font
from backoffice.printing.layout import Laid, Line, RuleLine
from backoffice.printing.model import QR, Barcode, Cut, DrawerKick, Spacer

WHITE, BLACK = 1, 0
RULE_HEIGHT = 16
PAGE_GAP = 24  # between pages in a multi-page preview


class Metrics:
    """Sizes derived from the printer's cell width (12 dots on receipts, larger on labels)."""

    def __init__(self, cell: int) -> None:
        self.cell = cell
        self.font_px = cell * 11 // 6  # NanumGothic at 22 px: Hangul ≈ 21 dots in a 24-dot cell
        self.line_h = cell * 5 // 2

    def font(self, size: int, bold: bool):  # type: ignore[no-untyped-def]
        return pil_font(self.font_px * size, bold)


def render_pages(items: Sequence[Laid], width: int, cell: int = 12) -> list[Image.Image]:
    """The pages of a laid-out document, each a mode "1" image `width` dots wide."""
    metrics = Metrics(cell)
    pages: list[Image.Image] = []
    current: list[Laid] = []
    for item in items:
        if isinstance(item, Cut):
            pages.append(_page(current, width, metrics))
            current = []
        elif not isinstance(item, DrawerKick):
            current.append(item)
    if current or not pages:
        pages.append(_page(current, width, metrics))
    return pages


def render_line(line: Line | RuleLine, width: int, cell: int = 12) -> Image.Image:
    """One line as an image: the fallback for characters a text mode cannot encode."""
    return _page([line], width, Metrics(cell))


def stack(pages: Sequence[Image.Image]) -> Image.Image:
    """Pages one under the other, separated by a dashed tear line (the preview of a cut)."""
    if len(pages) == 1:
        return pages[0]
    width = max(p.width for p in pages)
    height = sum(p.height for p in pages) + PAGE_GAP * (len(pages) - 1)
    out = Image.new("1", (width, height), WHITE)
    draw = ImageDraw.Draw(out)
    y = 0
    for i, page in enumerate(pages):
        if i:
            mid = y - PAGE_GAP // 2
            for x in range(0, width, 12):
                draw.line((x, mid, x + 5, mid), fill=BLACK)
        out.paste(page, (0, y))
        y += page.height + PAGE_GAP
    return out


def to_png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _page(items: Sequence[Laid], width: int, m: Metrics) -> Image.Image:
    heights = [_height(item, width, m) for item in items]
    image = Image.new("1", (width, max(sum(heights), 1)), WHITE)
    draw = ImageDraw.Draw(image)
    y = 0
    for item, h in zip(items, heights, strict=True):
        if isinstance(item, Line):
            _draw_line(draw, item, y, width, m)
        elif isinstance(item, RuleLine):
            _draw_rule(draw, item.char, y, width)
        elif isinstance(item, Barcode):
            _draw_barcode(draw, item, y, width, m)
        elif isinstance(item, QR):
            _draw_qr(draw, item, y, width, m)
        y += h
    return image


def item_height(item: Laid, width: int, cell: int = 12) -> int:
    """Dots an item takes on paper (label languages place items with the same heights)."""
    return _height(item, width, Metrics(cell))


def code128_modules(payload: str) -> str:
    """CODE128 (auto code set) as a string of "1" bars and "0" spaces, one char per module."""
    return barcode.get_barcode_class("code128")(payload).build()[0]


def _height(item: Laid, width: int, m: Metrics) -> int:
    if isinstance(item, Line):
        return m.line_h * item.size
    if isinstance(item, RuleLine):
        return RULE_HEIGHT
    if isinstance(item, Spacer):
        return m.line_h * item.lines
    if isinstance(item, Barcode):
        return 8 + item.height + m.line_h
    if isinstance(item, QR):
        return len(_qr_matrix(item.payload)) * _qr_module(item, width) + 16
    return 0


def _draw_line(draw: ImageDraw.ImageDraw, line: Line, y: int, width: int, m: Metrics) -> None:
    font = m.font(line.size, line.bold)
    left = line.left
    x_left = line.indent * m.cell * line.size
    gap = m.cell * line.size
    # The layout fits cells; a proportional font can still be wider (digits are ≈1.1 cells at
    # 22 px), so a line that would overflow is drawn with a smaller font rather than clipped.
    px = m.font_px * line.size
    while px > 8:
        needed = (
            x_left + font.getlength(left) + (gap + font.getlength(line.right) if line.right else 0)
        )
        if needed <= width:
            break
        px -= 1
        font = pil_font(px, line.bold)
    ascent, descent = font.getmetrics()
    baseline = y + (m.line_h * line.size + ascent - descent) // 2
    if line.right:
        draw.text((x_left, baseline), left, font=font, fill=BLACK, anchor="ls")
        draw.text((width, baseline), line.right, font=font, fill=BLACK, anchor="rs")
    elif line.align == "center":
        draw.text((width // 2, baseline), left, font=font, fill=BLACK, anchor="ms")
    elif line.align == "right":
        draw.text((width, baseline), left, font=font, fill=BLACK, anchor="rs")
    else:
        draw.text((x_left, baseline), left, font=font, fill=BLACK, anchor="ls")


def _draw_rule(draw: ImageDraw.ImageDraw, char: str, y: int, width: int) -> None:
    mid = y + RULE_HEIGHT // 2
    if char == "=":
        draw.rectangle((0, mid - 3, width - 1, mid - 2), fill=BLACK)
        draw.rectangle((0, mid + 1, width - 1, mid + 2), fill=BLACK)
    elif char == "-":
        for x in range(0, width, 12):
            draw.rectangle((x, mid - 1, min(x + 7, width - 1), mid), fill=BLACK)
    else:
        draw.rectangle((0, mid - 1, width - 1, mid), fill=BLACK)


def _draw_barcode(draw: ImageDraw.ImageDraw, item: Barcode, y: int, width: int, m: Metrics) -> None:
    modules = code128_modules(item.payload)
    unit = max(1, min(3, (width - 40) // len(modules)))
    x0 = (width - unit * len(modules)) // 2
    top = y + 8
    for i, bit in enumerate(modules):
        if bit == "1":
            x = x0 + i * unit
            draw.rectangle((x, top, x + unit - 1, top + item.height - 1), fill=BLACK)
    font = m.font(1, False)
    ascent, descent = font.getmetrics()
    baseline = top + item.height + (m.line_h + ascent - descent) // 2
    draw.text((width // 2, baseline), item.payload, font=font, fill=BLACK, anchor="ms")


@lru_cache(maxsize=64)
def _qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    # Cached: choosing the mask pattern is the slowest step of a receipt, and the height pass
    # and the drawing pass both need the matrix.
    qr = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(payload)
    qr.make(fit=True)
    return tuple(tuple(row) for row in qr.get_matrix())


def _qr_module(item: QR, width: int) -> int:
    n = len(_qr_matrix(item.payload))
    return max(1, min(item.module, width // n))


def _draw_qr(draw: ImageDraw.ImageDraw, item: QR, y: int, width: int, m: Metrics) -> None:
    matrix = _qr_matrix(item.payload)
    unit = _qr_module(item, width)
    x0 = (width - unit * len(matrix)) // 2
    top = y + 8
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                x, yy = x0 + c * unit, top + r * unit
                draw.rectangle((x, yy, x + unit - 1, yy + unit - 1), fill=BLACK)
