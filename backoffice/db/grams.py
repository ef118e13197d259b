"""The short-search index's tokens: every 1- and 2-character piece of an order's search text
(issue 16, R32).

A trigram index cannot serve a term of one or two characters ("김", "길동", "01"): it has no
trigram to look up. The short index holds, per order, each character and each pair of adjacent
characters of `orders.search_text` (within a word: a term never spans a space). A piece is
stored as "g" + its UTF-8 bytes in hex, so any character, Hangul or punctuation, is one plain
ASCII token to the index's tokenizer and nothing is split or folded on the way.

SQLite: an FTS5 table `orders_grams` (contentless, no positions) filled by triggers that call
`bo_grams(search_text)`, the function below registered on every connection (db/engine.py).
PostgreSQL: the same pieces from an SQL function `order_grams(text)` in a GIN index
(migration 0012).
"""

from __future__ import annotations

SHORT_MAX = 2  # terms of this many characters or fewer use the short index
SQL_FUNCTION = "bo_grams"
FTS_TABLE = "orders_grams"


def token(piece: str) -> str:
    """One piece as an index token."""
    return "g" + piece.encode("utf-8").hex()


def pieces(text: str | None) -> list[str]:
    """Each distinct character and adjacent pair within the words of `text`, in order."""
    seen: dict[str, None] = {}
    for word in (text or "").split():
        for i, char in enumerate(word):
            seen[char] = None
            if i + 1 < len(word):
                seen[word[i : i + 2]] = None
    return list(seen)


def grams(text: str | None) -> str:
    """The index document of one search text: its pieces' tokens, space-separated."""
    return " ".join(token(piece) for piece in pieces(text))


def register(dbapi_connection: object) -> None:
    """Make `bo_grams` callable in this SQLite connection (the index's triggers use it)."""
    dbapi_connection.create_function(  # type: ignore[attr-defined]
        SQL_FUNCTION, 1, grams, deterministic=True
    )
