"""Shop text becomes what a person typed (R42): entities decoded, notes' HTML as lines, and the
characters that break a database column, a receipt or the reading order removed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.sync.text import from_html, plain

pytestmark = pytest.mark.rule("R42")


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        ("커피 &amp; 티 선물세트", "커피 & 티 선물세트"),
        ("커피 &amp;amp; 티", "커피 & 티"),  # a theme that escaped twice
        ("&amp;amp;amp;lt;b&amp;gt;", "<b>"),
        ("&quot;한정판&quot; 머그 &#8211; 화이트", '"한정판" 머그 – 화이트'),
        ("Tee\x00 shirt", "Tee shirt"),  # NUL: PostgreSQL refuses it in text
        ("a\x1b[31mred\x07", "a[31mred"),  # terminal escapes and bells
        ("\u202eGNP.exe", "GNP.exe"),  # a right-to-left override reverses what follows
        ("  two   spaces\tand\ta tab ", "two spaces and a tab"),
        ("line\nbreak", "line break"),
        ("\ufeff김서연", "김서연"),
        ("🎁 선물세트 😀", "🎁 선물세트 😀"),
    ],
)
def test_plain_text(sent, shown):
    assert plain(sent) == shown


def test_a_note_keeps_its_lines_and_loses_its_tags():
    note = "<p>문 앞에 놓아 주세요.<br/>벨은 누르지 마세요 &amp; 감사합니다</p><p><b>2층</b></p>"
    assert from_html(note) == "문 앞에 놓아 주세요.\n벨은 누르지 마세요 & 감사합니다\n2층"


@given(st.text())
def test_plain_text_never_holds_control_or_bidi_characters(text):
    out = plain(text)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in out)
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in out)
    assert plain(out) == out  # plain text stays as it is
