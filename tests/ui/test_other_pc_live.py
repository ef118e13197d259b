"""Several counter PCs (issue 7, R37): what another PC writes shows up in this PC's open list.
"Another PC" is its own engine and unit of work on the test's database (SQLite file or
PostgreSQL); the window only polls its database, so it cannot tell the two apart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backoffice.db.engine import make_engine, make_session_factory
from backoffice.db.uow import UnitOfWork
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.ui.columns import Column
from tests.factories import MANAGER
from tests.listing_builders import place_for, place_many
from tests.ui.conftest import wait_codes

PEOPLE = [
    ("김민준", "010-1111-2222", Stage.RECEIVED),
    ("이서연", "010-3333-4444", Stage.RECEIVED),
]


@pytest.fixture
def other_pc(db_url: str) -> Iterator[UnitOfWork]:
    engine = make_engine(db_url)
    yield UnitOfWork(make_session_factory(engine))
    engine.dispose()


def shown_stage(window, code: str) -> str | None:
    model = window.model
    for r in range(model.rowCount()):
        model.index(r, 0).data()  # asks for missing snapshots, as painting does
        snap = model.snapshot(r)
        if snap is not None and snap.code == code:
            return model.index(r, int(Column.STAGE)).data()
    return None


@pytest.mark.rule("R37")
def test_changes_from_another_pc_show_up_in_the_open_list(
    qtbot, open_window, uow, other_pc, catalog
):
    codes = place_many(uow, PEOPLE)
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    assert shown_stage(window, codes[0]) == "New"  # the received stage, as the list words it

    orders.set_stage(other_pc, MANAGER, codes[0], Stage.PREPARING, confirm_unpaid=True)
    qtbot.waitUntil(lambda: shown_stage(window, codes[0]) == "Preparing", timeout=5000)

    new_code = place_for(other_pc, "정하은", minutes=60)
    wait_codes(qtbot, window, [new_code, *reversed(codes)])
