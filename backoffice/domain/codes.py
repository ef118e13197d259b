"""Order codes (R1): short, upper-case, no ambiguous characters, with a check character.

A code is 9 symbols shown as `XXX-XXX-XXX`: 3 symbols of the database's namespace (chosen at random
when the database is created, so two shops or two single-PC databases almost never share one), 5
symbols of a per-namespace counter scrambled by a bijection (codes do not reveal order counts or look
consecutive), and a check symbol. PCs sharing one database share its counter, so codes created at the
same moment, online or offline from the web shop, never collide; the database's unique index is the
last guard.
"""

from __future__ import annotations

import secrets

from backoffice.domain.errors import DomainError

# 31 symbols: digits and letters without 0/O, 1/I/L, so nothing is confusable when read aloud.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
assert len(ALPHABET) == 31  # a prime base makes the mod-31 check catch every single substitution
BASE = len(ALPHABET)
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}
NAMESPACE_LEN = 3
COUNTER_LEN = 5
COUNTER_SPACE = BASE**COUNTER_LEN  # 28,629,151 orders per namespace
# Multiplier coprime with COUNTER_SPACE (31^5): any number not divisible by 31.
_SCRAMBLE_MUL = 11_863_279
_SCRAMBLE_ADD = 9_311_137


def _encode(value: int, width: int) -> str:
    out = []
    for _ in range(width):
        value, digit = divmod(value, BASE)
        out.append(ALPHABET[digit])
    return "".join(reversed(out))


def check_symbol(body: str) -> str:
    """Weighted mod-31 check: catches any single wrong symbol and any swap of two neighbours."""
    total = sum((i + 1) * _INDEX[ch] for i, ch in enumerate(body))
    return ALPHABET[total % BASE]


def new_namespace() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(NAMESPACE_LEN))


def make_code(namespace: str, counter: int) -> str:
    if len(namespace) != NAMESPACE_LEN or any(ch not in _INDEX for ch in namespace):
        raise ValueError(f"bad namespace {namespace!r}")
    if not 0 <= counter < COUNTER_SPACE:
        raise DomainError("This database has used every order code of its namespace", "R1")
    scrambled = (counter * _SCRAMBLE_MUL + _SCRAMBLE_ADD) % COUNTER_SPACE
    body = namespace + _encode(scrambled, COUNTER_LEN)
    raw = body + check_symbol(body)
    return f"{raw[0:3]}-{raw[3:6]}-{raw[6:9]}"


def normalise(text: str) -> str:
    """What a person or scanner typed -> the raw 9 symbols (no dashes, spaces, lower case)."""
    return "".join(ch for ch in text.upper() if ch not in " -_\t")


def is_valid(text: str) -> bool:
    raw = normalise(text)
    if len(raw) != NAMESPACE_LEN + COUNTER_LEN + 1 or any(ch not in _INDEX for ch in raw):
        return False
    return check_symbol(raw[:-1]) == raw[-1]


def canonical(text: str) -> str:
    """The stored form `XXX-XXX-XXX`; raises a cashier-readable error for a mistyped code."""
    raw = normalise(text)
    if not is_valid(raw):
        raise DomainError(
            "{text!r} is not a valid order code (check the last character)", "R1", text=text.strip()
        )
    return f"{raw[0:3]}-{raw[3:6]}-{raw[6:9]}"
