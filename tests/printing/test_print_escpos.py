"""Receipts as ESC/POS bytes, read back with the test decoder (R38): what the paper would show."""

from __future__ import annotations

import dataclasses
import io
from concurrent.futures import ThreadPoolExecutor

import pytest
from escpos_decoder import BarcodeEvent, CutEvent, DrawerEvent, QREvent, Raster, TextLine, decode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops

from backoffice.printing.api import render
from backoffice.printing.profile import parse_printer_uri
from backoffice.printing.source import PrintLine
from backoffice.printing.textwidth import display_width

pytestmark = pytest.mark.rule("R38")


def test_korean_mode_prints_hangul_names_shop_and_amounts(order, shop):
    profile = parse_printer_uri("tcp://printer:9100?mode=korean")
    paper = decode(render("receipt", order, shop, profile))
    text = paper.text
    assert "서울 커피 로스터스" in text
    assert "에티오피아 예가체프 원두 250g" in text
    assert "머그컵 (화이트)" in text
    assert "합계" in text and "90,000원" in text
    assert "신한카드" in text and "할부 3개월" in text
    assert "?" not in text  # python-escpos' own text() would have printed '?' for every Hangul
    assert not paper.of(Raster)  # every line was encodable: no picture fallback needed


def test_korean_lines_fit_the_paper(order, shop):
    for width, columns in ((576, 48), (384, 32)):
        profile = parse_printer_uri(f"tcp://printer:9100?mode=korean&width={width}")
        paper = decode(render("receipt", order, shop, profile))
        for line in paper.of(TextLine):
            assert display_width(line.text, 2) * line.size <= columns, line.text


def test_amounts_are_flush_right_in_text_mode(order, shop):
    profile = parse_printer_uri("tcp://printer:9100?mode=korean")
    lines = decode(render("receipt", order, shop, profile)).of(TextLine)
    amounts = [line for line in lines if line.text.endswith("원") and " x " not in line.text]
    assert len(amounts) >= 8
    for line in amounts:
        # Rows end at the last column (double-size rows have half as many, twice as wide).
        assert display_width(line.text, 2) * line.size == 48, line.text


def test_barcode_and_qr_carry_the_order_code(order, shop):
    paper = decode(render("receipt", order, shop, parse_printer_uri("tcp://p:9100?mode=korean")))
    assert [b.payload for b in paper.of(BarcodeEvent)] == ["7KQ-M3X"]
    assert paper.of(BarcodeEvent)[0].system == 73  # CODE128
    assert [q.payload for q in paper.of(QREvent)] == ["7KQ-M3X"]


@pytest.mark.parametrize("mode", ["raster", "korean", "latin"])
def test_cut_and_drawer_follow_the_profile(order, shop, mode):
    with_both = decode(
        render("receipt", order, shop, parse_printer_uri(f"tcp://p?mode={mode}&drawer=2"))
    )
    assert len(with_both.of(CutEvent)) == 1
    assert [d.pin for d in with_both.of(DrawerEvent)] == [2]
    assert isinstance(with_both.events[-1], CutEvent)  # the cut comes after everything printed
    neither = decode(
        render("receipt", order, shop, parse_printer_uri(f"tcp://p?mode={mode}&cut=0"))
    )
    assert not neither.of(CutEvent)
    assert not neither.of(DrawerEvent)


def test_raster_mode_prints_exactly_the_preview(order, shop):
    for width in (576, 384):
        profile = parse_printer_uri(f"tcp://p:9100?width={width}&drawer=5")
        job = render("receipt", order, shop, profile)
        preview = Image.open(io.BytesIO(render("receipt", order, shop, "png", width_dots=width)))
        (printed,) = decode(job).raster_blocks()
        assert printed.size == preview.size
        assert ImageChops.difference(printed.convert("L"), preview.convert("L")).getbbox() is None
        assert not decode(job).lines or all(not line.strip() for line in decode(job).lines)


def test_unencodable_line_falls_back_to_a_picture_not_question_marks(order, shop):
    odd = dataclasses.replace(
        order, lines=(*order.lines, PrintLine("X-1", "커피 ☕ 세트", 1, 5000, 5000))
    )
    paper = decode(render("receipt", odd, shop, parse_printer_uri("tcp://p:9100?mode=korean")))
    assert "?" not in paper.text
    assert "커피 ☕ 세트" not in paper.text
    assert len(paper.of(Raster)) == 1  # that one line went as an image
    assert paper.of(Raster)[0].image.width == 576
    assert "머그컵 (화이트)" in paper.text  # the rest is still text


def test_latin_mode_english_receipt(order, shop):
    english = dataclasses.replace(
        order,
        language="en",
        currency="USD",
        lines=(PrintLine("CAP-1", "Cappuccino", 2, 450, 900),),
        shipping_fee=0,
        discounts=dataclasses.replace(order.discounts, grade=0, coupon=0, points=0),
        total=900,
        paid=900,
        payments=(),
    )
    profile = parse_printer_uri("tcp://p:9100?mode=latin")
    paper = decode(render("receipt", english, shop, profile))
    assert "Cappuccino" in paper.text
    assert any(line.startswith("Total") and line.endswith("$9.00") for line in paper.lines)
    assert "?" not in paper.text
    assert paper.of(Raster)  # the Korean shop name could only go as a picture


def test_reprint_is_marked(order, shop):
    paper = decode(
        render("receipt", order, shop, parse_printer_uri("tcp://p?mode=korean"), reprint=True)
    )
    assert "재출력" in paper.lines[0]


names = st.text(
    st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),  # ASCII, '?' included
        st.sampled_from("☕😀é·…①"),  # outside EUC-KR, or ambiguous width
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=names)
def test_korean_mode_never_invents_question_marks(order, shop, name):
    item = dataclasses.replace(order, lines=(PrintLine("S", name, 1, 1000, 1000),))
    paper = decode(render("receipt", item, shop, parse_printer_uri("tcp://p:9100?mode=korean")))
    source_marks = name.count("?")
    assert paper.text.count("?") <= source_marks
    if all(_euc_kr(ch) for ch in name):
        assert "".join(name.split()) in "".join(paper.text.split())  # wrapped, but all there


def _euc_kr(ch: str) -> bool:
    """Printable in Korean text mode: one KS X 1001 code (not Python's 8-byte jamo sequence)."""
    from backoffice.printing.escpos_render import ks_x_1001

    try:
        ks_x_1001(ch)
    except UnicodeEncodeError:
        return False
    return True


def test_rendering_from_two_threads_gives_identical_bytes(order, shop):
    profile = parse_printer_uri("tcp://p:9100")
    expected = render("receipt", order, shop, profile)
    with ThreadPoolExecutor(4) as pool:
        jobs = list(pool.map(lambda _: render("receipt", order, shop, profile), range(8)))
    assert all(job == expected for job in jobs)  # a retry re-sends identical bytes (R41)


@pytest.mark.rule("R38")
def test_syllables_outside_ks_x_1001_go_as_a_picture_and_the_columns_hold(order, shop):
    """똠양꿍: 똠 and 꿍 are not among KS X 1001's 2,350 syllables. A printer would show them as
    loose jamo (four glyphs each) and push the price out of its column; the line is printed as
    the same picture the preview draws, and every other line stays text in its columns."""
    dish = PrintLine("TOM-1", "똠양꿍 밀키트", 1, 12000, 12000)
    odd = dataclasses.replace(order, lines=(*order.lines, dish))
    profile = parse_printer_uri("tcp://p:9100?mode=korean")
    paper = decode(render("receipt", odd, shop, profile))
    assert "\u3164" not in paper.text  # no filler: no jamo sequence reached the printer
    assert not any("\u3131" <= ch <= "\u318e" for ch in paper.text)  # no loose jamo
    (picture,) = paper.of(Raster)
    expected = _line_picture(odd, shop, profile, "똠양꿍 밀키트")
    assert (
        ImageChops.difference(picture.image.convert("L"), expected.convert("L")).getbbox() is None
    )
    assert "머그컵 (화이트)" in paper.text and "90,000원" in paper.text  # the rest is text
    for line in paper.of(TextLine):
        assert display_width(line.text, 2) * line.size <= 48, line.text


def _line_picture(order, shop, profile, starts):  # type: ignore[no-untyped-def]
    """The picture the renderer makes for the layout line that starts with `starts`."""
    from backoffice.printing.escpos_render import ambiguous_width
    from backoffice.printing.layout import Line, layout
    from backoffice.printing.raster import render_line
    from backoffice.printing.receipt import build_receipt

    document = build_receipt(order, shop, cut=profile.cut, drawer_pin=profile.drawer_pin)
    (line,) = [
        item
        for item in layout(document, profile.columns, ambiguous_width(profile))
        if isinstance(item, Line) and item.as_text(ambiguous_width(profile)).startswith(starts)
    ]
    return render_line(line, profile.width_dots)
