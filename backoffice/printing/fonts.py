"""The shipped Korean font (NanumGothic, OFL 1.1, resources/fonts/) for raster and PDF output.

Printers and PDF viewers may have no Korean font at all, so we never rely on a system font:
the raster renderer draws with this file and the PDF embeds it (R38, R40).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PIL import ImageFont

from backoffice.paths import FONTS

FONT_DIR = FONTS
REGULAR = FONT_DIR / "NanumGothic.ttf"
BOLD = FONT_DIR / "NanumGothicBold.ttf"


def font_path(bold: bool = False) -> Path:
    path = BOLD if bold else REGULAR
    if not path.is_file():
        raise FileNotFoundError(f"Korean font missing: {path} (ship resources/fonts with the app)")
    return path


_local = threading.local()


def pil_font(px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A cached Pillow font; loading the 4.6 MB TTF takes longer than drawing a receipt.

    One cache per thread: a FreeType face must not be used by two threads at once, and the GUI
    (preview) and a queue worker (rendering a job) may draw at the same time.
    """
    cache: dict[tuple[int, bool], ImageFont.FreeTypeFont] = _local.__dict__.setdefault("fonts", {})
    font = cache.get((px, bold))
    if font is None:
        font = cache[(px, bold)] = ImageFont.truetype(str(font_path(bold)), px)
    return font
