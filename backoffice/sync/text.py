"""Shop text made plain before it is stored or shown (R42): what a person typed, nothing else.

WooCommerce sends names HTML-escaped ("커피 &amp; 티 선물세트"), notes as HTML, and whatever bytes a
plugin left behind. `plain` decodes entities (twice-escaped ones too, as some themes send them),
removes NUL and other control characters (a PostgreSQL text column refuses NUL; the others
break receipts and CSV), and removes the bidirectional overrides that can make a name read
backwards on screen ("Trojan Source"). `from_html` also turns tags into plain text, for notes.
Newlines and tabs are kept only where the caller says the text has lines.
"""

from __future__ import annotations

import html
import re
import unicodedata

# C0 and C1 controls, DEL; the newline and tab are handled by the caller's `lines` choice.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides and isolates, plus BOM / zero-width no-break space.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\ufeff]")
_BREAK_TAGS = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/tr)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<!--.*?-->|<[^>]+>", re.DOTALL)
_SPACES = re.compile(r"[ \t\u00a0]+")


def plain(value: object, *, lines: bool = False) -> str:
    """One value from the shop as plain text. `lines`: keep line breaks (notes, addresses)."""
    if value is None:
        return ""
    text = str(value)
    while True:  # "&amp;amp;" from a theme that escaped twice; each pass shortens the text
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    text = _BIDI.sub("", text)
    if lines:
        text = "\n".join(_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", text).strip()
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def from_html(value: object) -> str:
    """An HTML fragment (an order note) as plain text with its line breaks."""
    if value is None:
        return ""
    text = _BREAK_TAGS.sub("\n", str(value))
    text = _TAGS.sub("", text)
    return plain(text, lines=True)
