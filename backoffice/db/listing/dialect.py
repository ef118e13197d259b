"""Dialect-specific SQL of the order list: how one search term finds its orders (R32).

SQLite (one PC): an external-content FTS5 table `orders_fts` with the trigram tokenizer over
`orders.search_text`, kept in step by triggers (migrations/versions/0002_order_search_fts.py).
Trigrams serve terms of 3+ characters; a 1–2 character term has no trigram, so it looks up the
short-piece index `orders_grams` instead (db/grams.py, migration 0012). Order codes and shop
numbers match by prefix through their own indexes. The three id sets are united so SQLite looks
rows up by id instead of scanning.
PostgreSQL (several PCs): pg_trgm GIN indexes on `search_text`, `code` and `shop_order_number`
(same migration) serve LIKE '%term%' and LIKE 'prefix%'; the three branches are OR-ed so
PostgreSQL combines the index scans (BitmapOr). A 1–2 character term (no trigram to look up)
asks the GIN index on `order_grams(search_text)` (migration 0012) instead of LIKE. Prefixes use
LIKE rather than a range because a database collation other than C does not order strings by
code point.
Other dialects: the same meaning with ILIKE and ranges.

`MatchesTerm` is one SQL expression compiled per dialect, so callers (the list, the CLI's
`queries.filtered`) need not know which database they talk to. It comes in two shapes: an id set
(`orders.id IN (…)`, the default: the set is built once, which suits counts and id lists) or a
per-row test (`per_row=True`: LIKE on the row, which lets a newest-first first page stop after its
200 rows when matches are many), and on SQLite the id set may filter a walk of the sort index
(`walk=True`: for a first page of a few thousand matches). `query.py` chooses per query; `Unindexed` keeps SQLite from
walking the sort index when the id set is small and should drive the query instead.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    Text,
    and_,
    cast,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from backoffice.db import grams
from backoffice.db.models import Order

FTS_TABLE = "orders_fts"
TRIGRAM_MIN = 3

_fts = table(FTS_TABLE, column("rowid"))
_grams = table(grams.FTS_TABLE, column("rowid"))


def fts_phrase(term: str) -> str:
    """An FTS5 string literal: the term as one phrase, quotes doubled (no query syntax leaks)."""
    return '"' + term.replace('"', '""') + '"'


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (an index range)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class MatchesTerm(ColumnElement[bool]):
    """True for orders matching one search term: text (lower-cased) anywhere in search_text, or
    `code_prefix` (stored XXX-XXX-XXX form) / the raw term as a shop order number prefix."""

    # Part of the statement cache key: the compiled SQL (literals included) depends on them.
    _traverse_internals = [
        ("term", InternalTraversal.dp_string),
        ("code_prefix", InternalTraversal.dp_string),
        ("per_row", InternalTraversal.dp_boolean),
        ("walk", InternalTraversal.dp_boolean),
    ]
    inherit_cache = True
    type = Boolean()
    # A condition in itself: without this SQLite gets `(orders.id IN (…)) = 1`, which no index
    # serves (every search scanned the whole table).
    _is_implicitly_boolean = True

    def __init__(
        self, term: str, code_prefix: str | None, per_row: bool = False, walk: bool = False
    ) -> None:
        self.term = term
        self.code_prefix = code_prefix
        self.per_row = per_row
        self.walk = walk


class Unindexed(ColumnElement[Any]):
    """A sort column SQLite must not read through its index (unary `+`): the query then starts
    from a small id set and sorts it, instead of scanning the whole index for members."""

    _traverse_internals = [("col", InternalTraversal.dp_clauseelement)]
    inherit_cache = True

    def __init__(self, col: Any) -> None:
        self.col = col
        self.type = col.type


@compiles(Unindexed, "sqlite")
def _sqlite_unindexed(el: Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(el.col, **kw)


@compiles(Unindexed)
def _default_unindexed(el: Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(el.col, **kw))


def _prefix_tests(el: MatchesTerm) -> list[Any]:
    """The prefix matches as tests on the row (per-row shape)."""
    tests = []
    if el.code_prefix:
        tests.append(and_(Order.code >= el.code_prefix, Order.code < _next_prefix(el.code_prefix)))
    tests.append(
        and_(
            Order.shop_order_number >= el.term,
            Order.shop_order_number < _next_prefix(el.term),
        )
    )
    return tests


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


def _sqlite_text_ids(needle: str) -> Select[Any]:
    """The ids whose search text holds `needle` (lower-cased), by index: trigrams for 3+
    characters, the short-piece index for 1–2 (db/grams.py)."""
    if len(needle) >= TRIGRAM_MIN:
        return select(_fts.c.rowid.label("id")).where(
            literal_column(FTS_TABLE).op("MATCH")(fts_phrase(needle))
        )
    return select(_grams.c.rowid.label("id")).where(
        literal_column(grams.FTS_TABLE).op("MATCH")(fts_phrase(grams.token(needle)))
    )


def sqlite_term_count(term: str, code_prefix: str | None, limit: int) -> Select[Any] | None:
    """How many orders one term matches by index (FTS, code and shop number prefixes), each part
    counted only up to `limit`, so a term matching half the shop costs no more than a rare one."""
    needle = term.lower()
    el = MatchesTerm(term, code_prefix)
    text = _sqlite_text_ids(needle)
    counts = [
        select(func.count()).select_from(part.limit(limit).subquery()).scalar_subquery()
        for part in [text, *_prefix_parts(el)]
    ]
    total = counts[0]
    for more in counts[1:]:
        total = total + more
    return select(total)


@compiles(MatchesTerm, "sqlite")
def _sqlite(el: MatchesTerm, compiler: Any, **kw: Any) -> str:
    needle = el.term.lower()
    if el.per_row:  # search_text is what orders_fts indexes: LIKE finds the same rows
        like = Order.search_text.contains(needle, autoescape=True)
        return compiler.process(or_(like, *_prefix_tests(el)), **kw)
    text = _sqlite_text_ids(needle)
    # walk: the id set filters a walk of the sort index (`+id` keeps SQLite from looking the ids
    # up one by one and sorting them), which finds a first page of a few thousand matches
    # without reading the rows that do not match (issue 16).
    key = Unindexed(Order.id) if el.walk else Order.id
    return compiler.process(key.in_(union(text, *_prefix_parts(el))), **kw)


@compiles(MatchesTerm, "postgresql")
def _postgresql(el: MatchesTerm, compiler: Any, **kw: Any) -> str:
    # search_text is stored lower-cased (services.totals), so LIKE on the lower-cased term is
    # the case-insensitive match, and the trigram index serves it.
    needle = el.term.lower()
    if len(needle) <= grams.SHORT_MAX:  # no trigram: the short-piece GIN index (migration 0012)
        pieces = func.order_grams(Order.search_text)
        clauses = [pieces.op("@>")(array([cast(literal(needle), Text)]))]
    else:
        clauses = [Order.search_text.contains(needle, autoescape=True)]
    if el.code_prefix:
        clauses.append(Order.code.startswith(el.code_prefix, autoescape=True))
    clauses.append(Order.shop_order_number.startswith(el.term, autoescape=True))
    return compiler.process(or_(*clauses), **kw)


@compiles(MatchesTerm)
def _default(el: MatchesTerm, compiler: Any, **kw: Any) -> str:
    clauses = [Order.search_text.icontains(el.term, autoescape=True)]
    clauses += [Order.id.in_(part) for part in _prefix_parts(el)]
    return compiler.process(or_(*clauses), **kw)
