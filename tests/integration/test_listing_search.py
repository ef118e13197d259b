"""The list's read side over a real migrated SQLite file: search (R32), filters (R33), keyset pages,
counts and the change marker (R37)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from backoffice.db import listing
from backoffice.db.listing import ListFilter, SortKey, parse_filter
from backoffice.db.models import Order
from backoffice.db.queries import OrderFilter, list_orders
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import totals
from tests.factories import CASHIER
from tests.listing_builders import place_for, place_many

PEOPLE = [
    ("김민준", "010-1111-2222", Stage.RECEIVED),
    ("이서연", "010-3333-4444", Stage.PREPARING),
    ("박서준", "010-5555-6666", Stage.RECEIVED),
    ("최지우", "010-7777-8888", Stage.PENDING_PAYMENT),
    ("김서연", "010-9999-0000", Stage.READY),
]


@pytest.fixture
def codes_(uow, catalog):
    return place_many(uow, PEOPLE)


def codes_found(session, search: str, **flt) -> list[str]:
    ids = listing.fetch_ids(session, ListFilter(search=search, **flt))
    rows = listing.rows_for(session, ids)
    return [rows[i].code for i in ids]


@pytest.mark.rule("R32")
@pytest.mark.parametrize(
    ("needle", "buyers"),
    [
        ("서연", ["김서연", "이서연"]),  # 2 characters: no trigram, LIKE still finds every match
        ("서", ["김서연", "박서준", "이서연"]),  # 1 character
        ("김서연", ["김서연"]),  # 3 characters: the FTS5 trigram index
        ("서준", ["박서준"]),
        ("5555", ["박서준"]),  # phone digits, any part
        ("010-7777", ["최지우"]),  # typed with a dash
        ("66", ["박서준"]),
        ("이서연 3333", ["이서연"]),  # every term must match
    ],
)
def test_search_finds_names_and_phones_by_any_part(session, codes_, needle, buyers):
    ids = listing.fetch_ids(session, ListFilter(search=needle))
    rows = listing.rows_for(session, ids)
    assert sorted(rows[i].buyer_name for i in ids) == buyers


@pytest.mark.rule("R32")
def test_search_finds_codes_and_shop_numbers_by_prefix(uow, session, codes_):
    code = codes_[2]
    for typed in (code[:3], code[:5], code.replace("-", "").lower()[:6], code):
        assert code in codes_found(session, typed)
    assert codes_found(session, code) == [code]
    numbered = place_for(uow, "정하은", shop_order_number="10523", minutes=30)
    assert codes_found(session, "1052") == [numbered]


@pytest.mark.rule("R32")
def test_the_trigram_index_follows_changes(uow, session, codes_):
    with uow:
        order = uow.session.scalar(select(Order).where(Order.code == codes_[0]))
        order.buyer_name = "한가람"
        order.addresses[0].name = "한가람"  # the recipient's name is searched too
        totals.refresh(order)
        uow.commit()
    assert codes_found(session, "한가람") == [codes_[0]]
    assert codes_found(session, "김민준") == []
    if session.get_bind().dialect.name == "sqlite":
        # The index agrees with a plain scan (FTS5 integrity check of an external-content table);
        # PostgreSQL keeps its GIN indexes in step itself.
        session.execute(
            text("INSERT INTO orders_fts(orders_fts, rank) VALUES ('integrity-check', 1)")
        )


def test_search_text_with_fts_syntax_is_taken_literally(session, codes_):
    assert codes_found(session, '"김서연" OR *') == []
    assert codes_found(session, "AND") == []


@pytest.mark.rule("R33")
def test_filters_from_a_tab_dict(uow, session, codes_):
    flt = parse_filter({"stages": ["received"], "search": "김"})
    assert codes_found(session, flt.search, stages=flt.stages) == [codes_[0]]
    orders.cancel(uow, CASHIER, codes_[1], "고객 변심")
    assert listing.count(session, parse_filter({"stages": ["cancelled"]})) == 1
    assert listing.count(session, parse_filter({"amount_min": 0, "amount_max": 10})) == 0
    assert listing.count(session, parse_filter({"created_from": "2026-03-02"})) == 5
    assert listing.count(session, parse_filter({"created_to": "2026-03-01"})) == 0
    assert listing.count(session, parse_filter({"member": "guest"})) == 5
    assert listing.count(session, parse_filter({"channels": ["counter"]})) == 0
    assert parse_filter(parse_filter({"stages": ["ready"], "has_memo": True}).to_dict()) == (
        parse_filter({"stages": ["ready"], "has_memo": True})
    )


def test_keyset_pages_walk_every_row_once_in_order(uow, session, catalog):
    codes = [place_for(uow, f"고객{i}", minutes=i // 3) for i in range(17)]  # ties on created_at
    for sort in SortKey:  # each bound type: a date, text, a coalesce, an integer
        for descending in (True, False):
            pages = list(listing.iter_pages(session, ListFilter(), sort, descending, page=4))
            walked = [r.id for page in pages for r in page]
            assert walked == list(listing.fetch_ids(session, ListFilter(), sort, descending))
            assert len(set(walked)) == len(codes)


def test_the_cli_query_uses_the_same_search(session, codes_):
    found = list_orders(session, OrderFilter(search="서연"))
    assert sorted(o.buyer_name for o in found) == ["김서연", "이서연"]


@pytest.mark.rule("R37")
def test_change_marker_reports_new_and_changed_orders(uow, session, codes_):
    marker = listing.current_marker(session)
    assert listing.changed_since(session, marker).new_ids == ()
    orders.set_stage(uow, CASHIER, codes_[0], Stage.PREPARING, confirm_unpaid=True)
    new_code = place_for(uow, "정하은", minutes=99)
    changes = listing.changed_since(session, marker)
    new_id = session.scalar(select(Order.id).where(Order.code == new_code))
    first_id = session.scalar(select(Order.id).where(Order.code == codes_[0]))
    assert changes.new_ids == (new_id,)
    assert set(changes.changed_ids) == {first_id, new_id}
