"""PDFs read back with pypdf (R39, R40): Korean text is there, fonts are embedded TrueType."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from backoffice.domain.money import format_money
from backoffice.printing.api import render


def _read(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts(reader: PdfReader) -> list:
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    return fonts


def _assert_all_fonts_embedded(reader: PdfReader) -> None:
    fonts = _fonts(reader)
    assert fonts
    for font in fonts:
        # TrueType with the glyphs inside (/FontFile2): no CID font, no unembedded base-14 font.
        assert font["/Subtype"] == "/TrueType", font
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert "Nanum" in font["/BaseFont"]


@pytest.mark.rule("R40")
def test_invoice_has_korean_text_amounts_and_embedded_font(order, shop):
    reader = _read(render("invoice", order, shop, "pdf"))
    text = _text(reader)
    for expected in (
        "거래명세서",
        "서울 커피 로스터스",
        "에티오피아 예가체프 원두 250g",
        "머그컵 (화이트)",
        "7KQ-M3X",
    ):
        assert expected in text
    assert "90,000원" in text and "39,000원" in text
    assert "₩" not in text  # printers and fonts lack U+20A9; amounts end in 원
    _assert_all_fonts_embedded(reader)


@pytest.mark.rule("R40")
def test_packing_slip_lists_items_without_any_price(order, shop):
    reader = _read(render("packing-slip", order, shop, "pdf"))
    text = _text(reader)
    assert "포장 명세서" in text and "에티오피아 예가체프 원두 250g" in text and "AM-250" in text
    assert "이서준" in text and "누리꿈스퀘어" in text
    assert "원" not in text.replace("원두", "")  # no amount in KRW anywhere
    for line in order.lines:
        for amount in (line.unit_price, line.total):
            assert format_money(amount) not in text
            assert f"{amount:,}" not in text
    _assert_all_fonts_embedded(reader)


@pytest.mark.rule("R40")
def test_order_sheet(order, shop):
    memo = dataclasses.replace(order, memo="선물 포장 부탁드려요")
    reader = _read(render("order-sheet", memo, shop, "pdf"))
    text = _text(reader)
    for expected in ("주문서", "선물 포장 부탁드려요", "CJ대한통운", "612345678901", "DRIP-10"):
        assert expected in text
    _assert_all_fonts_embedded(reader)


@pytest.mark.rule("R40")
def test_long_invoice_flows_onto_more_pages(order, shop):
    many = dataclasses.replace(order, lines=order.lines * 30)
    reader = _read(render("invoice", many, shop, "pdf"))
    assert len(reader.pages) >= 2
    assert "상품명" in reader.pages[1].extract_text()  # the table header repeats


@pytest.mark.rule("R39")
def test_label_pdf_one_100x150_page_per_shipment(order, shop):
    pickup = dataclasses.replace(order, code="9ZX-A1B", shipments=())
    two = dataclasses.replace(
        order.shipments[0], number="2", recipient_name="박지훈", tracking_number="998877"
    )
    split = dataclasses.replace(order, code="5TT-Q2W", shipments=(order.shipments[0], two))
    reader = _read(render("label", [order, pickup, split], shop, "pdf"))
    assert len(reader.pages) == 4
    for page in reader.pages:
        width_mm = float(page.mediabox.width) / 72 * 25.4
        height_mm = float(page.mediabox.height) / 72 * 25.4
        assert round(width_mm) == 100 and round(height_mm) == 150
    first = reader.pages[0].extract_text()
    for expected in (
        "이서준",
        "010-9876-5432",
        "월드컵북로 396",
        "CJ대한통운",
        "612345678901",
        "7KQ-M3X",
    ):
        assert expected in first
    assert "매장 픽업" in reader.pages[1].extract_text()
    assert "박지훈" in reader.pages[3].extract_text() and "(2/2)" in reader.pages[3].extract_text()
    _assert_all_fonts_embedded(reader)


def test_a4_documents_refuse_printer_targets(order, shop):
    from backoffice.domain.errors import DomainError
    from backoffice.printing.profile import parse_printer_uri

    with pytest.raises(DomainError, match="pdf"):
        render("invoice", order, shop, parse_printer_uri("tcp://p"))


def test_a_receipt_as_an_80mm_pdf_to_e_mail(order, shop):
    """Issue 15: `print receipt … --out x.pdf` gives the receipt as paper shows it, as text."""
    reader = _read(render("receipt", order, shop, "pdf"))
    (page,) = reader.pages
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80  # 72 mm of print + margins
    text = _text(reader)
    total = format_money(order.total, order.currency)
    assert order.code in text and "합계" in text and total in text
    assert "공급가액" in text and "부가세" in text
    _assert_all_fonts_embedded(reader)


def test_the_invoice_splits_supply_value_and_vat(order, shop):
    """거래명세서 (issue 14): 공급가액 + 부가세 = 합계, 10 % inside Korean prices."""
    text = _text(_read(render("invoice", order, shop, "pdf")))
    assert "공급가액" in text and "81,818원" in text  # 90,000 / 1.1, to the won
    assert "부가세" in text and "8,182원" in text
