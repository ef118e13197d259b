"""Card numbers never stored beyond their first 6 and last 4 digits (R24, R50).

`mask_card` masks the card-number field of a payment, whatever was typed. `mask_pans` finds card
numbers typed into free text (memos, notes, payment references, shop payment meta): runs of 13–19
digits, optionally grouped by single spaces or dashes, that pass the Luhn check. The Luhn check is
what keeps order codes, phone numbers, tracking numbers and amounts intact: they are shorter, or
fail it nine times in ten. A mistyped card number that fails Luhn is left as typed; it is not a
usable card number. `mask_in` applies `mask_pans` to every string inside JSON-like data.
"""

from __future__ import annotations

import re
from typing import Any

from backoffice.domain.errors import DomainError

PAN_MIN, PAN_MAX = 13, 19
HEAD, TAIL = 6, 4
_MASK_CHARS = "*xX•"
# Maximal runs of digits joined by at most one space or dash between digits.
_RUN = re.compile(r"\d(?:[ -]?\d)*")
_GROUP = re.compile(r"\d+")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mask_card(number: str) -> str:
    """'1234-5678-1234-5678' -> '123456******5678'. At most the first 6 and last 4 digits survive;
    short or already partly masked input keeps only its last 4."""
    positions = [ch if ch.isdigit() else "*" for ch in number if ch.isdigit() or ch in _MASK_CHARS]
    if not positions:
        return ""
    if len(positions) > PAN_MAX:
        raise DomainError("That is not a card number", "R24")
    n = len(positions)
    shown_head = HEAD if n >= 12 else 0
    return "".join(
        ch if (i < shown_head or i >= n - TAIL) else "*" for i, ch in enumerate(positions)
    )


def _mask_digits(text: str) -> str:
    """Every digit between the first 6 and the last 4 becomes '*'; separators stay."""
    count = sum(ch.isdigit() for ch in text)
    out, seen = [], 0
    for ch in text:
        if ch.isdigit():
            out.append(ch if seen < HEAD or seen >= count - TAIL else "*")
            seen += 1
        else:
            out.append(ch)
    return "".join(out)


def _mask_run(run: str) -> str:
    digits = run.replace(" ", "").replace("-", "")
    if PAN_MIN <= len(digits) <= PAN_MAX and luhn_ok(digits):
        return _mask_digits(run)
    # A card number beside other numbers ("4111 1111 1111 1111 12/27"): try whole groups.
    groups = list(_GROUP.finditer(run))
    if len(groups) < 2:
        return run
    for i in range(len(groups)):
        size = 0
        for j in range(i, len(groups)):
            size += len(groups[j].group())
            if size > PAN_MAX:
                break
            if size >= PAN_MIN and (i, j) != (0, len(groups) - 1):
                start, end = groups[i].start(), groups[j].end()
                candidate = run[start:end]
                if luhn_ok(candidate.replace(" ", "").replace("-", "")):
                    return run[:start] + _mask_digits(candidate) + _mask_run(run[end:])
    return run


def mask_pans(text: str) -> str:
    """The text with every card number in it reduced to its first 6 and last 4 digits."""
    if not text or sum(ch.isdigit() for ch in text) < PAN_MIN:
        return text
    return _RUN.sub(lambda m: _mask_run(m.group()), text)


def mask_in(value: Any) -> Any:
    """`mask_pans` on every string inside dicts, lists and tuples (timeline and outbox payloads)."""
    if isinstance(value, str):
        return mask_pans(value)
    if isinstance(value, dict):
        return {key: mask_in(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(mask_in(item) for item in value)
    return value
