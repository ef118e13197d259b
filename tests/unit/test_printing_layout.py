"""Display width, wrapping and layout: Hangul is two cells, nothing overflows the paper (R38)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.printing.layout import Line, layout
from backoffice.printing.model import Document, Row, Rule, Text
from backoffice.printing.textwidth import display_width, truncate, wrap

pytestmark = pytest.mark.rule("R38")

hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
ascii_letters = st.characters(min_codepoint=0x21, max_codepoint=0x7E)
mixed_text = st.text(st.one_of(hangul, ascii_letters, st.just(" ")), max_size=120)


def test_display_width_counts_hangul_as_two_cells():
    assert display_width("합계") == 4
    assert display_width("Total") == 5
    assert display_width("39,000원") == 8
    assert display_width("e\u0301") == 1  # combining accent takes no cell
    assert display_width("·", ambiguous=2) == 2 and display_width("·") == 1


def test_truncate_marks_the_cut():
    assert truncate("에티오피아 예가체프", 10) == "에티오피.."
    assert truncate("short", 10) == "short"
    assert display_width(truncate("가나다라마바사", 5)) <= 5


@given(mixed_text, st.integers(min_value=2, max_value=48))
def test_wrap_never_exceeds_the_width_and_keeps_every_character(text, width):
    lines = wrap(text, width)
    assert all(display_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@given(mixed_text, st.text(st.sampled_from("0123456789,원-"), min_size=1, max_size=12))
def test_rows_fit_and_amounts_end_at_the_last_column(name, amount):
    for columns in (32, 48):
        lines = layout(Document("t", (Row(name, amount, indent=2),)), columns)
        assert all(display_width(line.as_text()) <= columns for line in lines)
        last = lines[-1]
        assert isinstance(last, Line)
        assert last.as_text().endswith(amount) or last.right == amount
        assert display_width(last.as_text()) == columns


def test_double_size_text_uses_half_the_columns():
    (first, *rest) = layout(Document("t", (Text("서울 커피 로스터스 마포점", size=2),)), 32)
    assert first.columns == 16
    assert all(display_width(line.left) <= 16 for line in (first, *rest))


def test_rule_spans_the_paper():
    (rule,) = layout(Document("t", (Rule("="),)), 48)
    assert rule.as_text() == "=" * 48


def test_centered_text_is_padded_left():
    (line,) = layout(Document("t", (Text("감사합니다", align="center"),)), 32)
    assert line.as_text() == " " * 11 + "감사합니다"
