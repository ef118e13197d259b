"""The short-piece index holds a 1–2 character term exactly when the text contains it
(issue 16, R32): the pieces of db/grams.py are the index's whole meaning, so for any text and
any term a search can send (no whitespace in it: search.terms splits there), "the index has the
term's token" must equal "the term is a substring", or a search would miss or invent orders.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.db import grams

pytestmark = pytest.mark.rule("R32")

# Hangul syllables and jamo, Latin, digits, punctuation, and spaces of several kinds.
CHARS = st.sampled_from(list("김이박서연윤준ㄱㅏabcXyz0159-@._%'\" \t\u00a0\u3000"))
TEXT = st.text(CHARS, max_size=40)


@given(text=TEXT, term=st.text(CHARS, min_size=1, max_size=2))
def test_a_short_term_is_indexed_exactly_when_the_text_holds_it(text, term):
    if any(ch.isspace() for ch in term):
        return  # never a search term
    tokens = set(grams.grams(text).split())
    assert (grams.token(term) in tokens) == (term in text)


@given(text=TEXT)
def test_every_token_is_one_plain_ascii_word(text):
    for token in grams.grams(text).split():
        assert token.isascii() and token.isalnum()
