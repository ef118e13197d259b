"""Order codes (R1): short, upper-case, unambiguous, check character, unique across databases."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.domain import codes
from backoffice.domain.errors import DomainError

pytestmark = pytest.mark.rule("R1")

NAMESPACE = "K7Q"


def test_code_shape_is_short_upper_case_and_unambiguous():
    code = codes.make_code(NAMESPACE, 0)
    assert len(code) == 11 and code[3] == "-" and code[7] == "-"
    raw = code.replace("-", "")
    assert raw == raw.upper()
    assert not set(raw) & set("0O1IL")


def test_consecutive_orders_do_not_get_consecutive_looking_codes():
    a, b = codes.make_code(NAMESPACE, 0), codes.make_code(NAMESPACE, 1)
    assert a[:3] == b[:3]  # same database namespace
    assert a[4:7] != b[4:7]  # but the counter part is scrambled


def test_every_counter_value_gives_a_distinct_code():
    sample = [codes.make_code(NAMESPACE, n) for n in range(0, 200_000, 7)]
    assert len(set(sample)) == len(sample)


@given(st.integers(0, codes.COUNTER_SPACE - 1), st.integers(0, 8), st.data())
def test_any_single_mistyped_symbol_is_caught(counter, position, data):
    raw = codes.make_code(NAMESPACE, counter).replace("-", "")
    wrong = data.draw(st.sampled_from([c for c in codes.ALPHABET if c != raw[position]]))
    typo = raw[:position] + wrong + raw[position + 1 :]
    assert codes.is_valid(raw)
    assert not codes.is_valid(typo)


@given(st.integers(0, codes.COUNTER_SPACE - 1), st.integers(0, 7))
def test_swapping_two_neighbours_is_caught(counter, position):
    raw = codes.make_code(NAMESPACE, counter).replace("-", "")
    if raw[position] == raw[position + 1]:
        return
    swapped = raw[:position] + raw[position + 1] + raw[position] + raw[position + 2 :]
    assert not codes.is_valid(swapped)


def test_scanner_and_keyboard_forms_are_accepted():
    code = codes.make_code(NAMESPACE, 42)
    assert codes.canonical(code.lower().replace("-", "")) == code
    assert codes.canonical(f" {code} ") == code


def test_a_wrong_code_gets_a_cashier_readable_message():
    with pytest.raises(DomainError, match="not a valid order code.*R1"):
        codes.canonical("ABC-DEF-GH0")


def test_namespaces_keep_two_databases_apart():
    """Two PCs (or shops) with their own database issue the same counter values offline."""
    namespaces = ["K7Q", "M3X"]
    made = {codes.make_code(ns, n) for ns, n in itertools.product(namespaces, range(5000))}
    assert len(made) == 10_000
