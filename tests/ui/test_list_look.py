"""What the order list looks like to a cashier (issue 3, seen in docs/screenshots): the sort arrow
points the way the rows run, and the channel column reads cleanly when a shop name has brackets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyleOptionHeader
from sqlalchemy import update

from backoffice.db.models import Order
from backoffice.ui.columns import Column
from tests.listing_builders import place_for
from tests.ui.conftest import settle, wait_codes

SortIndicator = QStyleOptionHeader.SortIndicator


def arrow(window, col: Column) -> SortIndicator:
    option = QStyleOptionHeader()
    window.table.horizontalHeader().initStyleOptionForIndex(option, col)
    return option.sortIndicator


def test_the_sort_arrow_points_down_while_the_newest_orders_come_first(
    qtbot, open_window, uow, catalog
):
    older = place_for(uow, "김민준", minutes=0)
    newer = place_for(uow, "이서연", minutes=5)
    window = open_window()
    wait_codes(qtbot, window, [newer, older])
    assert arrow(window, Column.CREATED) == SortIndicator.SortDown
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.CREATED) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))  # oldest first
    settle(qtbot, window)
    wait_codes(qtbot, window, [older, newer])
    assert arrow(window, Column.CREATED) == SortIndicator.SortUp
    assert arrow(window, Column.BUYER) == SortIndicator.None_


def test_the_channel_column_does_not_nest_brackets(qtbot, open_window, uow, session, catalog):
    code = place_for(uow, "김민준", channel="web")
    session.execute(
        update(Order).where(Order.code == code).values(channel_detail="데모 스토어 (Demo Store)")
    )
    session.commit()
    window = open_window()
    wait_codes(qtbot, window, [code])
    assert window.model.index(0, Column.CHANNEL).data() == "Web shop · 데모 스토어 (Demo Store)"
