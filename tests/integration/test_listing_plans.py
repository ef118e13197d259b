"""How the list's searches reach SQLite (R32, issue 3's speed targets): a term matching few orders
drives the query through its index (code prefix by the code index, names and phones by the FTS5
trigram index), a term matching many is tested row by row along the newest-first index, and both
shapes return exactly the same rows in the same order."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from backoffice.db import listing
from backoffice.db.listing import ListFilter, SortKey
from backoffice.db.listing import query as list_query
from backoffice.domain.stages import Stage
from tests.listing_builders import place_many

PEOPLE = [
    ("김민준", "010-1111-2222", Stage.RECEIVED),
    ("이서연", "010-3333-4444", Stage.PREPARING),
    ("박서준", "010-5555-6666", Stage.RECEIVED),
    ("최지우", "010-7777-8888", Stage.PENDING_PAYMENT),
    ("김서연", "010-9999-0000", Stage.READY),
    ("이서연", "010-3333-5555", Stage.SHIPPED),
]
# The plans read here are SQLite's; PostgreSQL's trigram plans: test_search_pg_index.py.
SQLITE_PLAN = pytest.mark.sqlite_only(reason="reads SQLite's EXPLAIN QUERY PLAN")
NEEDLES = ["서연", "서", "김서연", "5555", "010-3333", "이서연 3333", "010"]


@pytest.fixture
def codes_(uow, catalog):
    return place_many(uow, PEOPLE)


def first_page_codes(session, flt: ListFilter) -> list[str]:
    return [r.code for r in listing.first_page(session, flt)]


def plan_text(session, flt: ListFilter) -> str:
    how = list_query.plan(session, flt, first_rows=True)
    stmt = list_query._ordered(
        list_query._where(list_query._ROWS, flt, how), SortKey.CREATED, True, how
    ).limit(200)
    sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    rows = session.execute(text("EXPLAIN QUERY PLAN " + sql)).all()
    return "\n".join(str(r[-1]) for r in rows)


@pytest.mark.rule("R32")
@pytest.mark.parametrize("needle", NEEDLES)
def test_id_set_and_row_by_row_shapes_find_the_same_rows(session, codes_, monkeypatch, needle):
    flt = ListFilter(search=needle)
    by_index = first_page_codes(session, flt)
    all_ids = listing.fetch_ids(session, flt)
    monkeypatch.setattr(list_query, "SMALL_SET", 0)  # every term now counts as "some"
    walking = first_page_codes(session, flt)  # the id set filters the newest-first walk
    monkeypatch.setattr(list_query, "MEDIUM_SET", 0)  # and now as "many"
    row_by_row = first_page_codes(session, flt)
    assert by_index == walking == row_by_row
    rows = listing.rows_for(session, all_ids)
    assert [rows[i].code for i in all_ids] == by_index
    assert by_index  # each needle matches someone


@SQLITE_PLAN
@pytest.mark.rule("R32")
def test_a_code_prefix_search_reads_the_code_index(session, codes_):
    code = codes_[2]
    flt = ListFilter(search=code[:5].lower())
    assert code in first_page_codes(session, flt)
    plan = plan_text(session, flt)
    assert "sqlite_autoindex_orders_1 (code>? AND code<?)" in plan
    assert "SCAN orders\n" not in plan + "\n"  # no full table scan
    assert "USING INDEX ix_orders_created" not in plan  # the small id set drives the query


@SQLITE_PLAN
@pytest.mark.rule("R32")
def test_a_name_search_reads_the_trigram_index(session, codes_):
    flt = ListFilter(search="박서준")
    assert len(first_page_codes(session, flt)) == 1
    plan = plan_text(session, flt)
    assert "orders_fts VIRTUAL TABLE" in plan
    assert "SCAN orders\n" not in plan + "\n"


@SQLITE_PLAN
def test_a_term_matching_many_orders_walks_the_newest_first_index(session, codes_, monkeypatch):
    monkeypatch.setattr(list_query, "SMALL_SET", 2)
    monkeypatch.setattr(list_query, "MEDIUM_SET", 2)
    flt = ListFilter(search="010")  # every phone
    assert len(first_page_codes(session, flt)) == len(PEOPLE)
    plan = plan_text(session, flt)
    assert "ix_orders_created" in plan and "orders_fts" not in plan  # each row tested


@SQLITE_PLAN
@pytest.mark.rule("R32")
def test_a_term_matching_some_thousands_filters_the_walk_with_its_index(
    session, codes_, monkeypatch
):
    """Issue 16: a 3-character name matching 7,000 of 1,000,000 orders took 22 ms row by row;
    its id set, taken from the trigram index, filters the newest-first walk instead, so rows
    that do not match are never read, and no sort is needed."""
    monkeypatch.setattr(list_query, "SMALL_SET", 1)  # 이서연 matches 2: "some", not "few"
    flt = ListFilter(search="이서연")
    assert len(first_page_codes(session, flt)) == 2
    plan = plan_text(session, flt)
    assert "SCAN orders USING INDEX ix_orders_created" in plan
    assert "orders_fts VIRTUAL TABLE" in plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan


def count_plan(session, flt: ListFilter) -> str:
    stmt = list_query._count(flt)
    sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    return "\n".join(str(r[-1]) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))


@SQLITE_PLAN
@pytest.mark.rule("R31")
def test_the_cancel_requests_tab_reads_its_partial_index(session, codes_):
    flt = ListFilter(cancel_requested=True)
    assert listing.count(session, flt) == 0
    assert "ix_orders_cancel_requested" in count_plan(session, flt)


@SQLITE_PLAN
@pytest.mark.rule("R31")
def test_the_returns_tab_starts_from_the_claims(session, codes_):
    flt = ListFilter(claim_kinds=("return", "exchange"))
    assert listing.count(session, flt) == 0
    plan = count_plan(session, flt)
    assert "claims" in plan and "CORRELATED" not in plan
