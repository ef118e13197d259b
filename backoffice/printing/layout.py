"""Fit a `Document` to a paper's columns: every text block becomes physical lines that fit.

The output is what both printers and the preview consume, so a receipt wraps the same way on
the screen, in raster mode and in Korean text mode. Width is counted in display cells
(`textwidth`): 48 columns on 80 mm paper, 32 on 58 mm, half that for double-size text.
"""

from __future__ import annotations

from dataclasses import dataclass

from backoffice.printing.model import (
    QR,
    Align,
    Barcode,
    Cut,
    Document,
    DrawerKick,
    Row,
    Rule,
    Spacer,
    Text,
)
from backoffice.printing.textwidth import display_width, pad_between, truncate, wrap


@dataclass(frozen=True)
class Line:
    """One physical line. `right` is only set for two-column rows."""

    left: str
    columns: int  # cells available at this line's size
    right: str = ""
    align: Align = "left"
    bold: bool = False
    size: int = 1
    indent: int = 0

    def as_text(self, ambiguous: int = 1) -> str:
        """The line as a monospaced printer prints it: padded to its alignment, no trailing blanks."""
        body = " " * self.indent + self.left
        if self.right:
            return pad_between(body, self.right, self.columns, ambiguous)
        free = max(self.columns - display_width(body, ambiguous), 0)
        if self.align == "center":
            return " " * (free // 2) + body
        if self.align == "right":
            return " " * free + body
        return body


@dataclass(frozen=True)
class RuleLine:
    char: str
    columns: int

    def as_text(self, ambiguous: int = 1) -> str:
        return self.char * self.columns


Laid = Line | RuleLine | Barcode | QR | Spacer | Cut | DrawerKick


def layout(document: Document, columns: int, ambiguous: int = 1) -> tuple[Laid, ...]:
    out: list[Laid] = []
    for block in document.blocks:
        if isinstance(block, Text):
            out.extend(_text(block, columns, ambiguous))
        elif isinstance(block, Row):
            out.extend(_row(block, columns, ambiguous))
        elif isinstance(block, Rule):
            out.append(RuleLine(block.char, columns // display_width(block.char) or 1))
        else:
            out.append(block)
    return tuple(out)


def _text(block: Text, columns: int, ambiguous: int) -> list[Line]:
    cols = max(columns // block.size, 1)
    parts = (
        wrap(block.text, cols, ambiguous)
        if block.wrap
        else [truncate(p, cols, ambiguous) for p in block.text.split("\n")]
    )
    return [Line(p, cols, align=block.align, bold=block.bold, size=block.size) for p in parts]


def _row(block: Row, columns: int, ambiguous: int) -> list[Line]:
    cols = max(columns // block.size, 1)
    right = truncate(block.right, cols, ambiguous)
    indent = min(block.indent, cols // 2)
    style = {"bold": block.bold, "size": block.size}
    room = cols - indent - display_width(right, ambiguous) - 1
    if room > 0 and display_width(block.left, ambiguous) <= room:
        return [Line(block.left, cols, right=right, indent=indent, **style)]
    # Too long for one line: the left text wraps; the amount goes on its last line if it fits there.
    parts = wrap(block.left, cols - indent, ambiguous)
    lines = [Line(p, cols, indent=indent, **style) for p in parts[:-1]]
    last = parts[-1]
    if room > 0 and display_width(last, ambiguous) <= room:
        lines.append(Line(last, cols, right=right, indent=indent, **style))
    else:
        lines.append(Line(last, cols, indent=indent, **style))
        lines.append(Line(right, cols, align="right", **style))
    return lines
