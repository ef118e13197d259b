"""A query typed over while it runs is stopped (issue 3: search typed-to-shown): a one-letter
search over a million orders must not hold the database worker while the next letter waits."""

from __future__ import annotations

import time

from sqlalchemy import text

from backoffice.db import listing
from backoffice.db.listing import ListFilter
from backoffice.domain.stages import Stage
from backoffice.ui import order_model
from tests.listing_builders import place_many
from tests.ui.conftest import settle, wait_codes

NEVER_ENDS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"


def test_a_search_typed_over_is_interrupted(qtbot, open_window, uow, catalog, monkeypatch, caplog):
    codes = place_many(uow, [("김민준", "010-1111-2222", Stage.RECEIVED)])
    window = open_window()
    started: list[float] = []
    real_first_page = listing.first_page

    def first_page(session, flt, *args):  # type: ignore[no-untyped-def]
        if flt.search == "김":  # stands in for a scan of a million rows
            started.append(time.monotonic())
            session.execute(text(NEVER_ENDS)).all()
        return real_first_page(session, flt, *args)

    monkeypatch.setattr(order_model.listing, "first_page", first_page)
    window.model.set_query(ListFilter(search="김"))
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    window.model.set_query(ListFilter(search="김민준"))  # the next syllable arrives
    settle(qtbot, window, timeout=5000)
    wait_codes(qtbot, window, codes)
    assert time.monotonic() - started[0] < 5
    assert window.model.list_filter.search == "김민준"
    assert "order list query failed" not in caplog.text  # the stopped query is not an error
