"""Dialect-specific SQL of the order list: how one search term finds its orders (R32).

SQLite (one PC): an external-content FTS5 table `orders_fts` with the trigram tokenizer over
`orders.search_text`, kept in step by triggers (migrations/versions/0002_order_search_fts.py).
Trigrams serve terms of 3+ characters; a 1–2 character term has no trigram, so it goes through LIKE
on `search_text` and still finds every match. Order codes and shop numbers match by prefix through
their own indexes. The three id sets are united so SQLite looks rows up by id instead of scanning.
Other dialects (PostgreSQL): the same meaning with ILIKE (a pg_trgm GIN index can serve it later).

`MatchesTerm` is one SQL expression compiled per dialect, so callers (the list, the CLI's
`queries.filtered`) need not know which database they talk to.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ColumnElement, column, literal_column, or_, select, table, union
from sqlalchemy.ext.compiler import compiles

from backoffice.db.models import Order

FTS_TABLE = "orders_fts"
TRIGRAM_MIN = 3

_fts = table(FTS_TABLE, column("rowid"))


def fts_phrase(term: str) -> str:
    """An FTS5 string literal: the term as one phrase, quotes doubled (no query syntax leaks)."""
    return '"' + term.replace('"', '""') + '"'


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (an index range)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class MatchesTerm(ColumnElement[bool]):
    """True for orders matching one search term: text (lower-cased) anywhere in search_text, or
    `code_prefix` (stored XXX-XXX-XXX form) / the raw term as a shop order number prefix."""

    inherit_cache = False  # holds plain attributes; compiled per statement
    type = Boolean()

    def __init__(self, term: str, code_prefix: str | None) -> None:
        self.term = term
        self.code_prefix = code_prefix


def _prefix_parts(el: MatchesTerm) -> list[Any]:
    parts = []
    if el.code_prefix:
        parts.append(
            select(Order.id).where(
                Order.code >= el.code_prefix, Order.code < _next_prefix(el.code_prefix)
            )
        )
    parts.append(
        select(Order.id).where(
            Order.shop_order_number >= el.term,
            Order.shop_order_number < _next_prefix(el.term),
        )
    )
    return parts


@compiles(MatchesTerm, "sqlite")
def _sqlite(el: MatchesTerm, compiler: Any, **kw: Any) -> str:
    needle = el.term.lower()
    if len(needle) >= TRIGRAM_MIN:
        text = select(_fts.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(fts_phrase(needle)))
    else:
        text = select(Order.id).where(Order.search_text.contains(needle, autoescape=True))
    return compiler.process(Order.id.in_(union(text, *_prefix_parts(el))), **kw)


@compiles(MatchesTerm)
def _default(el: MatchesTerm, compiler: Any, **kw: Any) -> str:
    clauses = [Order.search_text.icontains(el.term, autoescape=True)]
    clauses += [Order.id.in_(part) for part in _prefix_parts(el)]
    return compiler.process(or_(*clauses), **kw)
