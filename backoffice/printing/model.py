"""One document model for receipts, labels and the test page: a flat list of blocks.

Blocks say *what* to print (a line of text, a "name ..... amount" row, a rule, a barcode, a cut);
`layout` fits them to a paper's columns and the renderers (raster, ESC/POS, TSPL) say *how*.
A4 documents (invoice, packing slip, order sheet) are tables and go straight from the source to
reportlab in `pdf.py`; they share the catalogue and money formatting, not this model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Text:
    """A paragraph: wrapped to the paper (or truncated when `wrap` is False)."""

    text: str
    align: Align = "left"
    bold: bool = False
    size: int = 1  # 1 normal, 2 double width and height
    wrap: bool = True


@dataclass(frozen=True)
class Row:
    """Two columns: `left` flush left, `right` flush right ("Americano ..... 4,500원")."""

    left: str
    right: str
    bold: bool = False
    size: int = 1
    indent: int = 0  # columns the left text is indented by (detail lines under an item)


@dataclass(frozen=True)
class Rule:
    """A separator across the paper."""

    char: str = "-"


@dataclass(frozen=True)
class Barcode:
    """CODE128 of `payload` (order codes are short ASCII), human-readable text below it."""

    payload: str
    height: int = 80  # dots


@dataclass(frozen=True)
class QR:
    payload: str
    module: int = 6  # dots per module


@dataclass(frozen=True)
class Spacer:
    lines: int = 1


@dataclass(frozen=True)
class Cut:
    partial: bool = False


@dataclass(frozen=True)
class DrawerKick:
    pin: int = 2  # connector pin 2 or 5


Block = Text | Row | Rule | Barcode | QR | Spacer | Cut | DrawerKick


@dataclass(frozen=True)
class Document:
    kind: str  # "receipt", "label", "test-page"
    blocks: tuple[Block, ...]
    language: str = "ko"
