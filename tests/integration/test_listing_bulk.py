"""Bulk actions (R35) and saved tabs (R31, R34) over a real SQLite file."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from backoffice.db.listing import parse_filter
from backoffice.db.models import Order, TimelineEvent
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.lists import bulk
from backoffice.services.lists import tabs as listing
from backoffice.services.lists.bulk import BulkAction
from backoffice.services.orders import changes as orders
from tests.factories import CASHIER
from tests.listing_builders import place_for


def ids_of(session, codes):
    return list(session.scalars(select(Order.id).where(Order.code.in_(codes))))


def stage_of(session, code):
    session.expire_all()
    return session.scalar(select(Order.stage).where(Order.code == code))


@pytest.mark.rule("R35")
def test_preview_groups_skipped_orders_by_reason_and_changes_nothing(uow, session, catalog):
    received = [place_for(uow, f"손님{i}", minutes=i) for i in range(3)]
    done = place_for(uow, "완료", stage=Stage.PREPARING, minutes=10)
    orders.set_stage(uow, CASHIER, done, Stage.DELIVERED)
    gone = place_for(uow, "취소", minutes=11)
    orders.cancel(uow, CASHIER, gone, "고객 변심")
    pickup = place_for(uow, "픽업", stage=Stage.READY, fulfilment=Fulfilment.PICKUP, minutes=12)
    events_before = session.scalar(select(func.count()).select_from(TimelineEvent))

    ids = ids_of(session, [*received, done, gone, pickup])
    preview = bulk.preview_bulk(session, BulkAction("stage", Stage.SHIPPED), ids)
    assert preview.total == 6
    assert preview.applicable == []
    assert len(preview.skipped[bulk.SKIP_NEEDS_TRACKING]) == 3
    assert preview.skipped[bulk.SKIP_NOT_FORWARD] == ids_of(session, [done])
    assert preview.skipped[bulk.SKIP_CANCELLED] == ids_of(session, [gone])
    assert preview.skipped[bulk.SKIP_PICKUP] == ids_of(session, [pickup])

    prep = bulk.preview_bulk(session, BulkAction("stage", Stage.PREPARING), ids)
    assert sorted(prep.skipped) == [bulk.SKIP_CANCELLED, bulk.SKIP_NOT_FORWARD, bulk.SKIP_UNPAID]
    assert len(prep.skipped[bulk.SKIP_UNPAID]) == 3  # R23: web orders not yet paid
    anyway = bulk.preview_bulk(
        session, BulkAction("stage", Stage.PREPARING, confirm_unpaid=True), ids
    )
    assert sorted(anyway.applicable) == sorted(ids_of(session, received))
    assert session.scalar(select(func.count()).select_from(TimelineEvent)) == events_before


@pytest.mark.rule("R35")
def test_run_bulk_applies_each_order_and_reports_failures(uow, session, catalog):
    codes = [place_for(uow, f"손님{i}", minutes=i) for i in range(4)]
    ids = ids_of(session, codes)
    orders.cancel(uow, CASHIER, codes[1], "중복 주문")  # changed after the preview: must fail
    seen = []
    report = bulk.run_bulk(
        uow,
        CASHIER,
        BulkAction("stage", Stage.PREPARING, confirm_unpaid=True),
        ids,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert sorted(report.done) == sorted(c for c in codes if c != codes[1])
    assert [code for code, _ in report.failed] == [codes[1]]
    assert "(R9)" in report.failed[0][1]  # set_stage reads it as a revert, which staff may not do
    assert seen[-1] == (4, 4)
    assert [stage_of(session, c) for c in codes] == [
        "preparing",
        "cancelled",
        "preparing",
        "preparing",
    ]


def test_run_bulk_stops_when_asked(uow, session, catalog):
    """The ordinary path (a move that ships) stops between orders."""
    codes = [place_for(uow, f"손님{i}", minutes=i, stage=Stage.READY) for i in range(5)]
    calls = iter([False, False, True])
    report = bulk.run_bulk(
        uow,
        CASHIER,
        BulkAction("stage", Stage.SHIPPED, carrier="CJ대한통운", tracking="612345678901"),
        ids_of(session, codes),
        should_stop=lambda: next(calls),
    )
    assert report.stopped and len(report.done) == 2
    session.expire_all()
    assert [stage_of(session, c) for c in codes].count("ready") == 3


def test_a_set_based_run_stops_between_chunks(uow, session, catalog, monkeypatch):
    """A plain cancel is written a chunk at a time: Stop keeps the chunks done, and no more."""
    monkeypatch.setattr(bulk, "CHUNK_ORDERS", 2)
    codes = [place_for(uow, f"손님{i}", minutes=i) for i in range(5)]
    calls = iter([False, True])
    report = bulk.run_bulk(
        uow,
        CASHIER,
        BulkAction("cancel", reason="품절"),
        ids_of(session, codes),
        should_stop=lambda: next(calls),
    )
    assert report.stopped and len(report.done) == 2
    session.expire_all()
    assert [stage_of(session, c) for c in codes].count("cancelled") == 2


@pytest.mark.rule("R31")
def test_default_tabs_and_their_edits(uow, session):
    tabs = listing.ensure_default_tabs(uow)
    assert [t.builtin for t in tabs] == [key for key, _, _ in listing.DEFAULT_TABS]
    assert listing.ensure_default_tabs(uow) == tabs  # idempotent
    added = listing.add_tab(uow, "  급한   주문 ", {"stages": ["received"], "has_memo": True})
    assert added.name == "급한 주문" and added.position == len(tabs)
    listing.rename_tab(uow, tabs[0].id, "전체 주문")
    listing.reorder_tabs(uow, [added.id] + [t.id for t in tabs])
    listing.save_columns(uow, added.id, {"order": ["buyer", "code"], "hidden": ["phone"]})
    listing.delete_tab(uow, tabs[-1].id)
    with uow:
        after = listing.list_tabs(uow.session)
    assert after[0].name == "급한 주문" and after[0].columns["hidden"] == ["phone"]
    assert after[1].name == "전체 주문" and after[1].builtin is None
    assert parse_filter(after[0].filter).has_memo is True
    with pytest.raises(DomainError, match="R31"):
        listing.rename_tab(uow, added.id, "   ")


def test_an_order_changed_between_read_and_write_sends_its_chunk_the_ordinary_way(
    uow, session, catalog, monkeypatch
):
    """The set-based UPDATE is guarded by each order's version: when one moved on after the
    chunk was read, nothing of the quick attempt stays and the chunk goes order by order,
    each order moved once."""
    from backoffice.services.lists import bulk_moves

    codes = [place_for(uow, f"손님{i}", minutes=i) for i in range(3)]
    real_plain, real_move = bulk_moves._plain, bulk_moves.move
    bumped: list[int] = []
    moved: list[bool] = []
    bulk_moves_session: list = []  # the chunk's session, as move() receives it

    def plain_then_bump(row, action):  # another PC saves the first order meanwhile
        if not bumped:
            bumped.append(row.id)
            bulk_moves_session[0].execute(
                update(Order).where(Order.id == row.id).values(version=Order.version + 1)
            )
        return real_plain(row, action)

    def move(session_, *args):
        bulk_moves_session.append(session_)
        try:
            return real_move(session_, *args)
        except bulk_moves.Moved:
            moved.append(True)
            raise

    monkeypatch.setattr(bulk_moves, "_plain", plain_then_bump)
    monkeypatch.setattr(bulk_moves, "move", move)
    action = BulkAction("stage", Stage.PREPARING, confirm_unpaid=True)
    report = bulk.run_bulk(uow, CASHIER, action, ids_of(session, codes))
    assert moved == [True] and len(report.done) == 3 and not report.failed
    session.expire_all()
    assert [stage_of(session, c) for c in codes] == ["preparing"] * 3
    for code in codes:
        events = session.scalar(
            select(func.count())
            .select_from(TimelineEvent)
            .where(TimelineEvent.order_code == code, TimelineEvent.kind == "stage")
        )
        assert events == 1, code
