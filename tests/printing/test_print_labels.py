"""Labels as printer commands (R39): TSPL for label printers, ESC/POS for receipt-style printers,
and a PNG preview; plus the printer test page."""

from __future__ import annotations

import dataclasses
import io

import pytest
from escpos_decoder import BarcodeEvent, CutEvent, decode
from PIL import Image

from backoffice.printing.api import render, render_test_page
from backoffice.printing.profile import parse_printer_uri

pytestmark = pytest.mark.rule("R39")


def parse_tspl(data: bytes) -> list[tuple[str, list[str], bytes]]:
    """TSPL is CRLF-terminated ASCII commands; BITMAP carries width*height raw bytes after its
    sixth parameter, which may contain any byte including CR LF."""
    commands = []
    i = 0
    while i < len(data):
        if data.startswith(b"BITMAP ", i):
            head_end = i
            for _ in range(5):
                head_end = data.index(b",", head_end) + 1
            x, y, wb, h, mode = data[i + 7 : head_end - 1].decode().split(",")
            size = int(wb) * int(h)
            bits = data[head_end : head_end + size]
            assert data[head_end + size : head_end + size + 2] == b"\r\n"
            commands.append(("BITMAP", [x, y, wb, h, mode], bits))
            i = head_end + size + 2
            continue
        end = data.index(b"\r\n", i)
        line = data[i:end].decode("ascii")
        name, _, rest = line.partition(" ")
        commands.append((name, _split_args(rest), b""))
        i = end + 2
    return commands


def _split_args(rest: str) -> list[str]:
    args, current, quoted = [], "", False
    for ch in rest:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            args.append(current.strip())
            current = ""
            continue
        current += ch
    if rest:
        args.append(current.strip())
    return args


def test_tspl_label_per_shipment_with_barcode_and_hangul_bitmaps(order, shop):
    pickup = dataclasses.replace(order, code="9ZX-A1B", shipments=())
    job = render("label", [order, pickup], shop, parse_printer_uri("tcp://label:9100?lang=tspl"))
    commands = parse_tspl(job)
    names = [c[0] for c in commands]
    assert commands[0][:2] == ("SIZE", ["100 mm", "150 mm"])
    assert names.count("PRINT") == 2 and names.count("CLS") == 2  # one label each, one job
    barcodes = [c[1] for c in commands if c[0] == "BARCODE"]
    assert [b[2] for b in barcodes] == ['"128"', '"128"']
    assert [b[-1] for b in barcodes] == ['"7KQ-M3X"', '"9ZX-A1B"']
    texts = " ".join(c[1][-1] for c in commands if c[0] == "TEXT")
    assert "010-9876-5432" in texts and "612345678901" in texts
    assert "?" not in texts
    bitmaps = [c for c in commands if c[0] == "BITMAP"]
    assert bitmaps  # Hangul lines (recipient, address) travel as pictures
    for _, (_x, y, wb, h, mode), bits in bitmaps:
        assert int(wb) * 8 <= 800 and int(y) + int(h) <= 1200 and mode == "0"
        assert any(b != 0xFF for b in bits)  # 0 bits print: something dark is drawn


def test_escpos_labels_bulk_one_job_cut_after_each(order, shop):
    others = [dataclasses.replace(order, code=f"AB{i}-XYZ") for i in range(3)]
    paper = decode(
        render("label", [order, *others], shop, parse_printer_uri("tcp://p?mode=korean"))
    )
    assert [b.payload for b in paper.of(BarcodeEvent)] == [
        "7KQ-M3X",
        "AB0-XYZ",
        "AB1-XYZ",
        "AB2-XYZ",
    ]
    assert len(paper.of(CutEvent)) == 4
    assert paper.text.count("이서준") == 4
    assert "?" not in paper.text


def test_label_preview_png_is_label_sized(order, shop):
    image = Image.open(io.BytesIO(render("label", order, shop, "png")))
    assert image.size == (800, 1200)  # 100×150 mm at 203 dpi


def test_test_page_shows_ruler_korean_and_codes():
    profile = parse_printer_uri("tcp://p:9100?mode=korean&width=384")
    paper = decode(render_test_page(profile))
    assert "12345678901234567890123456789012" in paper.lines  # exactly 32 columns
    assert "가나다라마바사아자차카타파하" in paper.text
    assert [b.payload for b in paper.of(BarcodeEvent)] == ["TEST-1234"]
    preview = Image.open(io.BytesIO(render_test_page(profile, "png")))
    assert preview.width == 384
