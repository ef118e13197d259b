"""One transaction holds the change, its timeline event and its outbox row (R28, R42).

A failure injected after the change is flushed but before the commit must leave nothing behind."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from backoffice.db.models import Order, OutboxEntry, TimelineEvent, Variant
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from tests.factories import CASHIER, place


class Boom(Exception):
    pass


def explode(_session):
    raise Boom("power cut")


def snapshot(session):
    session.expire_all()
    return {
        "orders": [(o.code, o.stage, o.version) for o in session.scalars(select(Order))],
        "events": session.scalar(select(func.count()).select_from(TimelineEvent)),
        "outbox": session.scalar(select(func.count()).select_from(OutboxEntry)),
        "stock": dict(session.execute(select(Variant.sku, Variant.stock)).all()),
    }


@pytest.mark.rule("R42")
@pytest.mark.parametrize(
    "action",
    [
        pytest.param(
            lambda uow, code: orders.set_stage(
                uow, CASHIER, code, Stage.PREPARING, confirm_unpaid=True
            ),
            id="stage",
        ),
        pytest.param(lambda uow, code: orders.cancel(uow, CASHIER, code, "품절"), id="cancel"),
        pytest.param(lambda uow, code: place(uow, {"BAG-CNV": 1}), id="place"),
    ],
)
def test_failure_before_commit_leaves_no_change_event_or_outbox_row(uow, session, catalog, action):
    code = place(uow, {"TEE-BLK-M": 2})
    before = snapshot(session)
    uow.before_commit.append(explode)
    with pytest.raises(Boom):
        action(uow, code)
    assert snapshot(session) == before
