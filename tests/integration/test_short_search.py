"""1–2 character searches through the short-piece index (issue 16, R32), SQLite and PostgreSQL.

A trigram index has nothing to look up for "김" or "길동"; migration 0012's index holds every
character and adjacent pair of each order's search text. These tests hold it to LIKE, the
meaning of a search: the same orders for every short term, after orders change and go, and a
plan that reads the index instead of every order.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from backoffice.db import listing
from backoffice.db.listing import ListFilter
from backoffice.db.listing.search import search_clause
from backoffice.db.models import Order
from backoffice.services.fulfilment import shipments
from backoffice.services.orders import changes as orders
from tests.factories import CASHIER, MANAGER
from tests.listing_builders import place_for

pytestmark = pytest.mark.rule("R32")

BUYERS = [("김서연", "010-1234-5678"), ("이서윤", "010-9876-0001"), ("Kim Seo", "02-555-0101")]


def _found(session, term: str) -> set[str]:
    ids = listing.fetch_ids(session, ListFilter(search=term))
    return {listing.rows_for(session, ids)[i].code for i in ids}


def _like(session, term: str) -> set[str]:
    """What a search means: the term anywhere in the search text, or a code or shop number
    prefix (none of these short terms is one)."""
    stmt = select(Order.code).where(Order.search_text.contains(term.lower(), autoescape=True))
    return set(session.scalars(stmt))


def _short_terms(words: list[str]) -> set[str]:
    out: set[str] = {"zz", "없", "%", "_1"}  # no match, and LIKE's own wildcards taken literally
    for word in words:
        for i in range(len(word)):
            out.add(word[i])
            out.add(word[i : i + 2])
    return out


def test_every_short_term_finds_what_like_finds(uow, session, catalog):
    for minutes, (buyer, phone) in enumerate(BUYERS):
        place_for(uow, buyer, phone, minutes=minutes)
    words = [w for buyer, phone in BUYERS for w in (buyer.lower().split() + [phone])]
    for term in sorted(_short_terms(words)):
        if "-" in term:
            continue  # a dash inside digits is dropped from the term (search.terms)
        assert _found(session, term) == _like(session, term), term
    assert len(_found(session, "서")) == 2  # 김서연, 이서윤


def test_the_index_follows_changes_and_deletions(uow, session, catalog):
    code = place_for(uow, "박민준", "010-2222-3333")
    assert _found(session, "준") == {code}
    assert _found(session, "97") == set()
    shipments.set_tracking(uow, CASHIER, code, 1, "CJ대한통운", "697712345678")  # search text
    session.expire_all()
    assert _found(session, "97") == {code} == _like(session, "97")
    orders.delete_order(uow, MANAGER, code, "test order")
    session.expire_all()
    assert _found(session, "준") == set() == _found(session, "97")


def _plan(session, term: str) -> str:
    stmt = select(Order.id).where(search_clause(term))
    sql = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL enable_seqscan = off"))  # a handful of rows
        return "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {sql}")))
    rows = session.execute(text(f"EXPLAIN QUERY PLAN {sql}"))
    return "\n".join(str(row[-1]) for row in rows)


def test_a_short_term_reads_the_index_not_every_order(uow, session, catalog):
    place_for(uow, "김서연")
    for term in ("김", "서연", "56"):
        plan = _plan(session, term)
        if session.get_bind().dialect.name == "postgresql":
            assert "ix_orders_grams" in plan, plan
            assert "Seq Scan" not in plan, plan
        else:
            lines = plan.splitlines()
            assert any(ln.startswith("SCAN orders_grams VIRTUAL TABLE INDEX") for ln in lines)
            assert not any(ln.split()[:2] == ["SCAN", "orders"] for ln in lines), plan
