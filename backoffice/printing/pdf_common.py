"""Shared pieces of the PDF documents: the embedded Korean font, paragraph styles, money cells.

The font is registered once per process as a TrueType font (`TTFont`), so reportlab embeds a
subset of it (/FontFile2) in every PDF: a PDF opened on a machine without Korean fonts still
shows Hangul (R40). CID fonts (`UnicodeCIDFont`) are never used; they are not embedded.
"""

from __future__ import annotations

import threading

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from backoffice.printing.fonts import font_path

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
_lock = threading.Lock()
# reportlab keeps per-font subsetting state and module-level settings; building one PDF at a
# time keeps a preview on the GUI side and a queued job on a worker from interleaving.
pdf_lock = threading.RLock()
_registered = False


def register_fonts() -> None:
    """Register NanumGothic regular and bold with reportlab (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(FONT, str(font_path(False))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path(True))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _registered = True


class Styles:
    """Paragraph styles; `wordWrap="CJK"` lets Korean break between syllables when it must."""

    def __init__(self) -> None:
        register_fonts()
        base = {"fontName": FONT, "fontSize": 9, "leading": 12, "wordWrap": "CJK"}
        self.body = ParagraphStyle("body", **base)
        self.small = ParagraphStyle(
            "small",
            **{**base, "fontSize": 7.5, "leading": 9.5},
            textColor=colors.HexColor("#444444"),
        )
        self.bold = ParagraphStyle("bold", **{**base, "fontName": FONT_BOLD})
        self.right = ParagraphStyle("right", **base, alignment=TA_RIGHT)
        self.right_bold = ParagraphStyle(
            "right_bold", **{**base, "fontName": FONT_BOLD}, alignment=TA_RIGHT
        )
        self.center = ParagraphStyle("center", **base, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "title", **{**base, "fontName": FONT_BOLD, "fontSize": 20, "leading": 26}
        )
        self.heading = ParagraphStyle(
            "heading", **{**base, "fontName": FONT_BOLD, "fontSize": 11, "leading": 15}
        )


def esc(text: str) -> str:
    """Escape text for reportlab's Paragraph mini-markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


GRID = colors.HexColor("#999999")
HEADER_BG = colors.HexColor("#EEEEEE")
