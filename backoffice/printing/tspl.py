"""TSPL (TSC and compatible label printers) for label documents, 100×150 mm by default (R39).

Each page of the document (up to a cut) becomes one label: SIZE/GAP/CLS, then items top-down at
the same heights the preview uses. Plain ASCII lines use the printer's font "3" (16×24 dots, so
50 columns on a 100 mm label line up with the layout); lines with Hangul or other characters the
printer's fonts lack are sent as BITMAP images of the preview's pixels. The order code goes out
as a native CODE128 BARCODE so scanners read the printer's own crisp bars.
"""

from __future__ import annotations

from backoffice.printing.layout import Laid, Line, RuleLine, layout
from backoffice.printing.model import QR, Barcode, Cut, Document, DrawerKick, Spacer
from backoffice.printing.raster import code128_modules, item_height, render_line

LABEL_CELL = 16  # dots per column on labels: font "3" is 16×24 dots
DOTS_PER_MM = 8  # 203 dpi
TEXT_FONT_HEIGHT = 24


def label_width_dots(label_mm: tuple[int, int]) -> int:
    return label_mm[0] * DOTS_PER_MM // 8 * 8


def to_tspl(document: Document, label_mm: tuple[int, int] = (100, 150), gap_mm: int = 3) -> bytes:
    width = label_width_dots(label_mm)
    height = label_mm[1] * DOTS_PER_MM
    items = layout(document, width // LABEL_CELL)
    header = (
        f"SIZE {label_mm[0]} mm,{label_mm[1]} mm\r\nGAP {gap_mm} mm,0 mm\r\nDIRECTION 1\r\n"
        "REFERENCE 0,0\r\n"
    ).encode("ascii")
    out = bytearray(header)
    page: list[Laid] = []
    for item in items:
        if isinstance(item, Cut):
            out += _label(page, width, height)
            page = []
        elif not isinstance(item, DrawerKick):
            page.append(item)
    if page or not out[len(header) :]:
        out += _label(page, width, height)
    return bytes(out)


def _label(items: list[Laid], width: int, height: int) -> bytes:
    out = bytearray(b"CLS\r\n")
    y = 0
    for item in items:
        h = item_height(item, width, LABEL_CELL)
        if y + h > height:
            break  # the label is full; never print over its edge
        if isinstance(item, Line):
            out += _text(item, y, width)
        elif isinstance(item, RuleLine):
            out += f"BAR 0,{y + h // 2 - 1},{width},2\r\n".encode("ascii")
        elif isinstance(item, Barcode):
            modules = len(code128_modules(item.payload))
            x = max((width - modules * 2) // 2, 0)
            out += f'BARCODE {x},{y + 8},"128",{item.height},1,0,2,2,"{_quote(item.payload)}"\r\n'.encode(
                "ascii"
            )
        elif isinstance(item, QR):
            out += f'QRCODE {width // 2 - 80},{y + 8},M,{item.module},A,0,"{_quote(item.payload)}"\r\n'.encode(
                "ascii"
            )
        elif isinstance(item, Spacer):
            pass
        y += h
    out += b"PRINT 1,1\r\n"
    return bytes(out)


def _text(line: Line, y: int, width: int) -> bytes:
    text = line.as_text()
    if text.isascii() and text.isprintable():
        top = y + (LABEL_CELL * 5 // 2 * line.size - TEXT_FONT_HEIGHT * line.size) // 2
        mul = line.size
        return f'TEXT 0,{top},"3",0,{mul},{mul},"{_quote(text)}"\r\n'.encode("ascii")
    image = render_line(line, width, LABEL_CELL)
    # TSPL bitmaps print 0 bits and leave 1 bits white: Pillow's mode "1" bytes as they are.
    data = image.tobytes()
    head = f"BITMAP 0,{y},{(image.width + 7) // 8},{image.height},0,".encode("ascii")
    return head + data + b"\r\n"


def _quote(text: str) -> str:
    # TSPL escapes a double quote inside a string as \["].
    return text.replace('"', '\\["]')
