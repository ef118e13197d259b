"""Display width of text in printer columns: Hangul and other wide characters take two cells.

Receipt printers lay text on a grid (12×24-dot Latin, 24×24-dot Hangul), so fitting text to the
paper is counting cells, not characters. `ambiguous` is the width of East Asian "ambiguous"
characters (·, …, ①): two cells on a printer in Korean double-byte mode, one elsewhere.
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = ".."  # ASCII so it prints in every text mode


def char_width(ch: str, ambiguous: int = 1) -> int:
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\ufeff":
        return 0
    eaw = unicodedata.east_asian_width(ch)
    if eaw in ("W", "F"):
        return 2
    if eaw == "A":
        return ambiguous
    return 1


def display_width(text: str, ambiguous: int = 1) -> int:
    return sum(char_width(ch, ambiguous) for ch in text)


def truncate(text: str, width: int, ambiguous: int = 1) -> str:
    """`text` cut to at most `width` cells, marked with an ellipsis when something was cut."""
    if display_width(text, ambiguous) <= width:
        return text
    room = width - len(ELLIPSIS)
    if room <= 0:
        return _take(text, width, ambiguous)
    return _take(text, room, ambiguous) + ELLIPSIS


def _take(text: str, width: int, ambiguous: int) -> str:
    used = 0
    out: list[str] = []
    for ch in text:
        w = char_width(ch, ambiguous)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def wrap(text: str, width: int, ambiguous: int = 1) -> list[str]:
    """Break `text` into lines of at most `width` cells: at spaces when possible, else anywhere.

    Explicit newlines are kept. Never returns an empty list (an empty text is one empty line).
    """
    if width <= 0:
        raise ValueError("width must be positive")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, ambiguous))
    return lines


def _wrap_paragraph(text: str, width: int, ambiguous: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if display_width(candidate, ambiguous) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        # A word longer than a line is broken by cells (Hangul words rarely are, SKUs can be).
        while display_width(word, ambiguous) > width:
            head = _take(word, width, ambiguous)
            lines.append(head)
            word = word[len(head) :]
        current = word
    lines.append(current)
    return lines


def pad_between(left: str, right: str, width: int, ambiguous: int = 1, fill: str = " ") -> str:
    """`left` and `right` on one line of exactly `width` cells (caller ensures they fit)."""
    gap = width - display_width(left, ambiguous) - display_width(right, ambiguous)
    return left + fill * max(gap, 1) + right
