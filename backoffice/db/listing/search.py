"""Keyword search (R32): every term must match; a term matches an order code or shop order number
by prefix, or names, phone digits, e-mail and tracking numbers by any part (see `dialect`)."""

from __future__ import annotations

from collections.abc import Container

from sqlalchemy import ColumnElement, and_

from backoffice.db.listing.dialect import MatchesTerm
from backoffice.domain import codes

_CODE_CHARS = set(codes.ALPHABET)


def code_prefix(term: str) -> str | None:
    """What a person typed as the start of an order code, in the stored `XXX-XXX-XXX` form."""
    raw = codes.normalise(term)
    if not raw or len(raw) > 9 or any(ch not in _CODE_CHARS for ch in raw):
        return None
    return "-".join(raw[i : i + 3] for i in range(0, len(raw), 3))


def terms(text: str) -> list[str]:
    """Whitespace-separated terms; a phone written with dashes becomes one term of digits."""
    out = []
    for part in text.split():
        stripped = part.replace("-", "")
        out.append(stripped if stripped.isdigit() else part)
    return [t for t in out if t]


def search_clause(
    text: str, id_set_terms: Container[int] | None = None, *, walk: bool = False
) -> ColumnElement[bool] | None:
    """None for an empty search; otherwise a WHERE clause on `orders` (all terms must match).
    `id_set_terms`: the positions of the terms matched as an id set; the others are tested on
    each row. None: every term as an id set (see `dialect.MatchesTerm`). `walk`: the id sets
    filter a walk of the sort index instead of driving the query."""
    found = terms(text.strip())
    if not found:
        return None
    clauses = [
        MatchesTerm(
            term,
            code_prefix(term),
            per_row=id_set_terms is not None and i not in id_set_terms,
            walk=walk,
        )
        for i, term in enumerate(found)
    ]
    return and_(*clauses) if len(clauses) > 1 else clauses[0]
