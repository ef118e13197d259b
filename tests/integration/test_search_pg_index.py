"""PostgreSQL only: the order search is served by the pg_trgm GIN indexes of migration 0002 (R32).

On SQLite the FTS5 index is proven by test_listing_search (its integrity check); here EXPLAIN shows
that PostgreSQL answers a 3+ character term through the trigram indexes, and that 1–2 character
terms, which have no trigram, still find every match (test_short_search: through their own index).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from backoffice.db import listing
from backoffice.db.listing import ListFilter
from backoffice.db.listing.search import search_clause
from backoffice.db.models import Order
from tests.listing_builders import place_for


@pytest.fixture(autouse=True)
def _postgresql_only(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite searches through FTS5 (test_listing_search)")


def _plan(session, search: str) -> str:
    stmt = select(Order.id).where(search_clause(search))
    sql = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    # A handful of rows: without this the planner rightly prefers reading the table.
    session.execute(text("SET LOCAL enable_seqscan = off"))
    return "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {sql}")))


@pytest.mark.rule("R32")
def test_searches_use_the_trigram_indexes(uow, session, catalog):
    code = place_for(uow, "김서연", shop_order_number="10523")
    indexes = session.scalars(
        text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'orders' AND indexdef LIKE '%gin%'"
        )
    ).all()
    assert sorted(indexes) == [
        "ix_orders_code_trgm",
        "ix_orders_grams",  # 1–2 character terms (migration 0012, test_short_search)
        "ix_orders_search_text_trgm",
        "ix_orders_shop_order_number_trgm",
    ]
    for term in ("5678", "김서연", code[:7]):  # phone digits, a Korean name, a code prefix
        plan = _plan(session, term)
        assert "ix_orders_search_text_trgm" in plan, plan
        assert "Seq Scan" not in plan, plan
    assert "ix_orders_code_trgm" in _plan(session, code[:7])
    assert "ix_orders_shop_order_number_trgm" in _plan(session, "1052")


@pytest.mark.rule("R32")
def test_short_terms_find_every_match(uow, session, catalog):
    a = place_for(uow, "김서연", minutes=10)
    b = place_for(uow, "이서연", minutes=20)
    place_for(uow, "박민준", minutes=30)
    for needle in ("서", "서연", "연"):
        ids = listing.fetch_ids(session, ListFilter(search=needle))
        assert {listing.rows_for(session, ids)[i].code for i in ids} == {a, b}, needle
