"""Custom status labels with colours inside a stage (R13)."""

from __future__ import annotations

import pytest

from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import statuses
from tests.factories import CASHIER, MANAGER, place
from tests.integration.builders_ops import events, one_new_event, order_of, refused


def labels(session, stage=None):
    session.expire_all()
    return [(r.stage, r.name, r.colour) for r in statuses.list_statuses(session, stage)]


@pytest.mark.rule("R13")
def test_create_rename_recolour_and_list_in_workflow_order(uow, session):
    waiting = statuses.create_status(uow, MANAGER, Stage.PREPARING, "입고 대기", "#FFAA00")
    statuses.create_status(uow, MANAGER, "received", "Phone first", "#1565c0")
    statuses.create_status(uow, MANAGER, Stage.PREPARING, "Gift wrap", "#00838F")

    assert labels(session) == [
        ("received", "Phone first", "#1565c0"),
        ("preparing", "입고 대기", "#ffaa00"),
        ("preparing", "Gift wrap", "#00838f"),
    ]
    statuses.rename_status(uow, MANAGER, waiting, "Waiting for supplier")
    statuses.recolour_status(uow, MANAGER, waiting, "#123abc")
    assert labels(session, Stage.PREPARING)[0] == ("preparing", "Waiting for supplier", "#123abc")


@pytest.mark.rule("R13")
@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "123456", "#12345G", ""])
def test_colour_must_be_rrggbb(uow, session, colour):
    with pytest.raises(DomainError, match="R13"):
        statuses.create_status(uow, MANAGER, Stage.READY, "포장 완료", colour)
    label = statuses.create_status(uow, MANAGER, Stage.READY, "포장 완료", "#00ff00")
    with pytest.raises(DomainError, match="R13"):
        statuses.recolour_status(uow, MANAGER, label, colour)
    assert labels(session) == [("ready", "포장 완료", "#00ff00")]


@pytest.mark.rule("R13")
def test_names_are_unique_within_a_stage_and_not_blank(uow, session):
    first = statuses.create_status(uow, MANAGER, Stage.PREPARING, "Waiting", "#aaaaaa")
    statuses.create_status(uow, MANAGER, Stage.READY, "Waiting", "#bbbbbb")  # another stage: fine
    other = statuses.create_status(uow, MANAGER, Stage.PREPARING, "Backorder", "#cccccc")
    for attempt in (
        lambda: statuses.create_status(uow, MANAGER, Stage.PREPARING, "waiting", "#dddddd"),
        lambda: statuses.rename_status(uow, MANAGER, other, "WAITING"),
        lambda: statuses.rename_status(uow, MANAGER, first, "   "),
        lambda: statuses.create_status(uow, MANAGER, "nowhere", "X", "#dddddd"),
    ):
        with pytest.raises(DomainError):
            attempt()
    statuses.rename_status(uow, MANAGER, first, "Waiting ")  # itself: allowed, trimmed
    assert [name for _, name, _ in labels(session)] == ["Waiting", "Backorder", "Waiting"]


@pytest.mark.rule("R13")
@pytest.mark.rule("R28")
def test_deleting_a_label_takes_it_off_its_orders_with_an_event(uow, session, catalog):
    label = statuses.create_status(uow, MANAGER, Stage.PREPARING, "입고 대기", "#ffaa00")
    code = place(uow, stage=Stage.PREPARING)
    orders.set_custom_status(uow, CASHIER, code, label)
    assert order_of(session, code).custom_status.colour == "#ffaa00"
    other = place(uow, stage=Stage.RECEIVED)
    with refused(session, other, "R13"):  # a label lives inside its own stage
        orders.set_custom_status(uow, CASHIER, other, label)
    count = len(events(session, code))

    assert statuses.delete_status(uow, MANAGER, label) == 1

    order = order_of(session, code)
    assert order.custom_status_id is None
    event = one_new_event(session, code, count)
    assert (event.actor, event.before, event.after) == (
        MANAGER.name,
        {"label": "입고 대기"},
        {"label": None},
    )
    assert labels(session) == []
