"""Regenerate the rendered examples in this folder: `python docs/printing/make_examples.py`.

Writes receipt previews at 58 and 80 mm, the label preview and PDF, the invoice / packing slip /
order sheet PDFs with a PNG of their first page (needs `pdftoppm` from poppler-utils), and the
58 mm test page preview.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from sample import ORDER, SHOP  # noqa: E402

from backoffice.printing import parse_printer_uri, render, render_test_page  # noqa: E402


def main() -> None:
    (HERE / "receipt-80mm.png").write_bytes(render("receipt", ORDER, SHOP, "png", width_dots=576))
    (HERE / "receipt-58mm.png").write_bytes(render("receipt", ORDER, SHOP, "png", width_dots=384))
    english = dataclasses.replace(ORDER, language="en")
    (HERE / "receipt-80mm-en.png").write_bytes(render("receipt", english, SHOP, "png"))
    pickup = dataclasses.replace(ORDER, code="9ZX-A1B", shipments=())
    (HERE / "label.png").write_bytes(render("label", ORDER, SHOP, "png"))
    (HERE / "labels.pdf").write_bytes(render("label", [ORDER, pickup], SHOP, "pdf"))
    for kind in ("invoice", "packing-slip", "order-sheet"):
        pdf = HERE / f"{kind}.pdf"
        pdf.write_bytes(render(kind, ORDER, SHOP, "pdf"))
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", pdf, HERE / kind], check=True
        )
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-singlefile", HERE / "labels.pdf", HERE / "label-pdf"],
        check=True,
    )
    test_page = parse_printer_uri("tcp://printer:9100?width=384&mode=korean&drawer=2&status=1")
    (HERE / "test-page-58mm.png").write_bytes(render_test_page(test_page, "png"))


if __name__ == "__main__":
    main()
