"""How a new query reaches the order list (issue 3, typed-to-shown): its first page first; the full
id list only when more than a page matches, and only once that page is painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from backoffice.db import listing
from backoffice.db.listing import ListFilter
from backoffice.domain.stages import Stage
from backoffice.ui import order_model
from tests.listing_builders import place_for, place_many
from tests.ui.conftest import settle, wait_codes


class PaintSpy(QObject):
    def __init__(self, events: list[str], parent: QObject) -> None:
        super().__init__(parent)
        self._events = events

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self._events.append("painted")
        return False


def spy_fetch_ids(monkeypatch, events: list[str]) -> None:
    real = listing.fetch_ids

    def fetch_ids(session, flt, *args):  # type: ignore[no-untyped-def]
        events.append("fetch_ids")
        return real(session, flt, *args)

    monkeypatch.setattr(order_model.listing, "fetch_ids", fetch_ids)


def test_a_search_with_fewer_matches_than_a_page_is_one_query(
    qtbot, open_window, uow, catalog, monkeypatch
):
    codes = place_many(uow, [("김민준", "010-1111-2222", Stage.RECEIVED)] * 3)
    window = open_window()
    settle(qtbot, window)
    events: list[str] = []
    spy_fetch_ids(monkeypatch, events)
    window.model.set_query(ListFilter(search="민준"))
    settle(qtbot, window)
    wait_codes(qtbot, window, list(reversed(codes)))
    assert window.model.is_loaded
    assert events == []  # the first page held every match


def test_the_full_list_is_fetched_after_the_first_page_is_painted(
    qtbot, open_window, uow, catalog, monkeypatch
):
    many = order_model.FIRST_PAGE + 5
    for i in range(many):
        place_for(uow, "이서연", f"010-0000-{i:04d}", minutes=i)
    window = open_window()
    settle(qtbot, window)
    monkeypatch.setattr(order_model, "IDS_AFTER_MS", 60_000)  # only the paint may start it
    events: list[str] = []
    spy_fetch_ids(monkeypatch, events)
    # Recorded when the table's viewport receives its paint, before the table says it painted:
    # the model's fetch then starts on the database lane and may log itself before a second
    # slot of `painted` would run.
    paints = PaintSpy(events, window.table.viewport())
    window.table.viewport().installEventFilter(paints)
    window.model.first_page_shown.connect(lambda: events.append("first page"))
    window.model.set_query(ListFilter(search="서연"))
    qtbot.waitUntil(lambda: window.model.is_loaded, timeout=5000)
    assert window.model.rowCount() == many
    shown = events.index("first page")
    assert events.index("painted", shown) < events.index("fetch_ids")
