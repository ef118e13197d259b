"""The documents there are to print (R38–R40), readable without the renderers (issue 16)."""

from __future__ import annotations

from typing import Literal

from backoffice.printing.profile import PrinterProfile

KINDS: tuple[str, ...] = ("receipt", "label", "invoice", "packing-slip", "order-sheet")
Target = PrinterProfile | Literal["pdf", "png"]
