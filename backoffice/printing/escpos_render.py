"""ESC/POS bytes for a document, built with python-escpos and collected from its `Dummy` printer.

The profile's text mode decides how text travels (issue 5):
- `raster`: each page (up to a cut) is one image sent with GS v 0 — exactly the preview's pixels,
  Hangul included; works on every printer. Barcode and QR are in the image too.
- `korean`: the printer's double-byte mode (FS & … FS .) with EUC-KR text, native CODE128 (GS k)
  and QR (GS ( k). python-escpos' `text()` would turn Hangul into '?', so lines are encoded here
  and written with `_raw`. A line KS X 1001 cannot print (emoji, rare Hanja, the Hangul syllables
  outside its 2,350 such as 똠) is sent as an image.
- `latin`: code page 437 text, native codes; any other line is sent as an image.
Cut (GS V) and cash drawer kick (ESC p) follow the profile (R38).
"""

from __future__ import annotations

from collections.abc import Sequence

from escpos.printer import Dummy
from PIL import Image, ImageOps

from backoffice.printing.layout import Laid, Line, RuleLine, layout
from backoffice.printing.model import QR, Barcode, Cut, Document, DrawerKick, Spacer
from backoffice.printing.profile import PrinterProfile
from backoffice.printing.raster import render_line, render_pages

ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
KOREAN_ON, KOREAN_OFF = FS + b"&", FS + b"."
SELECT_CP437 = ESC + b"t\x00"
RASTER_FRAGMENT = 960  # rows per GS v 0 command; some printers' buffers are small


def to_escpos(document: Document, profile: PrinterProfile) -> bytes:
    """The whole job: initialise, content in the profile's text mode, cuts and drawer kicks."""
    printer = _dummy(profile)
    printer.hw("INIT")  # ESC @: a clean state whatever the last job left behind
    if profile.text_mode == "raster":
        _raster_job(printer, document, profile)
    else:
        _text_job(printer, document, profile)
    return printer.output


def _dummy(profile: PrinterProfile) -> Dummy:
    printer = Dummy()
    # python-escpos checks images against the profile's paper width and prints a warning to
    # stdout when it is unknown; give this instance (not the shared class data) our width.
    data = dict(printer.profile.profile_data)
    data["media"] = {"dpi": profile.dpi, "width": {"pixels": profile.width_dots, "mm": "Unknown"}}
    printer.profile.profile_data = data
    return printer


def ambiguous_width(profile: PrinterProfile) -> int:
    # In double-byte Korean mode every EUC-KR character (·, …, ①) prints two cells wide.
    return 2 if profile.text_mode == "korean" else 1


def _raster_job(printer: Dummy, document: Document, profile: PrinterProfile) -> None:
    items = layout(document, profile.columns)
    page: list[Laid] = []
    for item in items:
        if isinstance(item, Cut):
            _image(printer, page, profile)
            page = []
            _cut(printer, item, profile)
        elif isinstance(item, DrawerKick):
            _image(printer, page, profile)
            page = []
            _kick(printer, item, profile)
        else:
            page.append(item)
    _image(printer, page, profile)


def _image(printer: Dummy, page: Sequence[Laid], profile: PrinterProfile) -> None:
    if not page:
        return
    (image,) = render_pages(page, profile.width_dots)
    _raster(printer, image)


def _raster(printer: Dummy, image: Image.Image) -> None:
    """GS v 0 for an image that is already 1-bit at printer resolution.

    python-escpos' `image()` would convert it through RGBA, greyscale and dithering (two thirds of
    a receipt's render time) to arrive at the same bits; here the bits are taken as they are.
    In GS v 0 a 1 bit prints, in Pillow's mode "1" a 1 bit is white: hence the inversion.
    """
    bits = ImageOps.invert(image.convert("L")).convert("1").tobytes()
    row_bytes = (image.width + 7) // 8
    for top in range(0, image.height, RASTER_FRAGMENT):
        rows = min(RASTER_FRAGMENT, image.height - top)
        header = GS + b"v0\x00" + _le16(row_bytes) + _le16(rows)
        printer._raw(header + bits[top * row_bytes : (top + rows) * row_bytes])


def _le16(value: int) -> bytes:
    return bytes((value & 0xFF, value >> 8))


def _text_job(printer: Dummy, document: Document, profile: PrinterProfile) -> None:
    korean = profile.text_mode == "korean"
    encoding = "euc-kr" if korean else "cp437"
    if not korean:
        printer._raw(SELECT_CP437)
    for item in layout(document, profile.columns, ambiguous_width(profile)):
        if isinstance(item, Line | RuleLine):
            _text_line(printer, item, profile, encoding)
        elif isinstance(item, Barcode):
            _barcode(printer, item)
        elif isinstance(item, QR):
            _qr(printer, item)
        elif isinstance(item, Spacer):
            printer._raw(b"\n" * item.lines)
        elif isinstance(item, Cut):
            _cut(printer, item, profile)
        elif isinstance(item, DrawerKick):
            _kick(printer, item, profile)


def ks_x_1001(text: str) -> bytes:
    """`text` in EUC-KR as a KS X 1001 printer prints it, or UnicodeEncodeError.

    KS X 1001 has 2,350 precomposed Hangul syllables. Python's euc-kr codec writes any other
    syllable (똠, 햏, 뷁) as an 8-byte jamo sequence that it reads back fine, but a receipt printer
    prints its four pieces as loose letters, two columns each, and the line's columns shift. So
    every character must be one KS X 1001 code (two bytes) or ASCII."""
    data = bytearray()
    for ch in text:
        code = ch.encode("euc-kr")
        if len(code) > 2:
            raise UnicodeEncodeError("euc-kr", text, 0, 1, f"{ch!r} is not in KS X 1001")
        data += code
    return bytes(data)


def _text_line(
    printer: Dummy, line: Line | RuleLine, profile: PrinterProfile, encoding: str
) -> None:
    text = line.as_text(ambiguous_width(profile))
    try:
        data = ks_x_1001(text) if encoding == "euc-kr" else text.encode(encoding)
    except UnicodeEncodeError:
        # The printer's font cannot show this line: send it as a picture instead of '?' marks.
        _raster(printer, render_line(line, profile.width_dots))
        return
    size = line.size if isinstance(line, Line) else 1
    bold = isinstance(line, Line) and line.bold
    out = b""
    if size != 1:
        out += GS + b"!\x11"  # double width and height
    if bold:
        out += ESC + b"E\x01"
    if encoding == "euc-kr" and not text.isascii():
        out += KOREAN_ON + data + KOREAN_OFF + b"\n"
    else:
        out += data + b"\n"
    if size != 1:
        out += GS + b"!\x00"
    if bold:
        out += ESC + b"E\x00"
    printer._raw(out)


def _barcode(printer: Dummy, item: Barcode) -> None:
    # `_hw_barcode` rather than `barcode()`: the public method prints its choice to stdout.
    # "{B" selects CODE128 code set B (printable ASCII), which order codes are.
    printer._hw_barcode(
        "{B" + item.payload,
        "CODE128",
        height=max(1, min(item.height, 255)),
        width=2,
        pos="BELOW",
        font="A",
        align_ct=True,
        function_type="B",
        check=False,
    )
    printer._raw(b"\n" + ESC + b"a\x00")


def _qr(printer: Dummy, item: QR) -> None:
    printer._raw(ESC + b"a\x01")  # native QR cannot be centred by python-escpos; align instead
    printer.qr(item.payload, size=max(1, min(item.module, 16)), native=True)
    printer._raw(b"\n" + ESC + b"a\x00")


def _cut(printer: Dummy, item: Cut, profile: PrinterProfile) -> None:
    if profile.cut:
        printer.cut(mode="PART" if item.partial else "FULL")
    else:
        printer._raw(ESC + b"d\x04")  # feed past the tear bar


def _kick(printer: Dummy, item: DrawerKick, profile: PrinterProfile) -> None:
    if profile.drawer_pin:
        printer.cashdraw(profile.drawer_pin)
