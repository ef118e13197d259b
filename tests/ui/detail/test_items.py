"""Editing the order sheet through the dialog (R17–R19): quantities, a scanned product, a surcharge,
totals previewed while typing, the customer-confirmation lock (R18); refusals shown in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from backoffice.db.models import Order, OrderEdit, Variant
from backoffice.domain.stages import Stage
from tests.factories import place
from tests.ui.detail.conftest import click, settle, type_into


def _order(session, code):
    session.expire_all()
    return session.scalar(select(Order).where(Order.code == code))


def _stock(session, variant_id):
    session.expire_all()
    return session.get(Variant, variant_id).stock


@pytest.mark.rule("R17")
@pytest.mark.rule("R18")
@pytest.mark.rule("R19")
def test_an_edit_with_a_confirmation_request(qtbot, open_detail, uow, catalog, session):
    code = place(uow, {"TEE-BLK-M": 2, "MUG-WHT": 1}, stage=Stage.PREPARING)
    dialog = open_detail(code)
    items = dialog.items
    items.table.selectRow(0)
    # totals as you type: 3 shirts instead of 2 is 19,000 more, before anything is saved
    items.quantity_spin.setFocus()
    items.quantity_spin.selectAll()
    qtbot.keyClicks(items.quantity_spin, "3")
    assert items.preview_label.text() == "→ new total 72,000원"
    assert _order(session, code).total == 53000
    click(qtbot, items.quantity_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    assert order.lines[0].quantity == 3 and order.total == 72000
    assert _stock(session, catalog.ids["TEE-BLK-M"]) == catalog.initial["TEE-BLK-M"] - 3

    # a scanner types a SKU and Enter: one is added at once
    type_into(qtbot, items.add_box.search_edit, "BAG-CNV")
    qtbot.keyClick(items.add_box.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(items.model.rows) == 3)
    settle(qtbot, dialog)
    assert items.add_box.search_edit.text() == ""

    # a surcharge line with a price, and a 10% discount on the mug
    add = items.add_box
    add.kind_combo.setCurrentIndex(add.kind_combo.findData("surcharge"))
    type_into(qtbot, add.name_edit, "Gift wrap")
    type_into(qtbot, add.price_edit, "2000")
    assert items.preview_label.text() == "→ new total 99,000원"
    click(qtbot, add.free_button)
    settle(qtbot, dialog)
    items.table.selectRow(1)
    type_into(qtbot, items.discount_edit, "10")
    items.discount_unit.setCurrentIndex(items.discount_unit.findData("percent"))
    click(qtbot, items.discount_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    assert [ln.kind for ln in order.lines] == ["item", "item", "item", "surcharge"]
    assert order.lines[1].discount_percent == 10
    assert order.total == 57000 + 10800 + 25000 + 2000 + 3000

    click(qtbot, items.ask_button)
    settle(qtbot, dialog)
    assert _order(session, code).edit_state == "confirmation_requested"
    assert "confirm" in dialog.message_bar.text()
    # the sheet is locked (R18): the buttons say why
    items.table.selectRow(0)
    assert not items.quantity_button.isEnabled()
    assert "confirm the edit" in items.quantity_button.toolTip()
    assert not items.add_box.free_button.isEnabled()
    click(qtbot, items.withdraw_button)
    settle(qtbot, dialog)
    session.expire_all()
    edit = session.scalar(select(OrderEdit).join(Order).where(Order.code == code))
    assert edit.state == "editing"
    assert items.quantity_button.isEnabled()


@pytest.mark.rule("R17")
def test_quantity_change_is_disabled_with_the_reason_outside_preparing(
    qtbot, open_detail, uow, catalog
):
    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_detail(code)
    dialog.items.table.selectRow(0)
    assert not dialog.items.quantity_button.isEnabled()
    assert dialog.items.quantity_button.toolTip() == (
        "Quantities can change only while preparing"
    )
    assert dialog.items.remove_button.isEnabled()  # lines may still be added or removed


@pytest.mark.rule("R14")
def test_a_rule_error_is_shown_in_place_and_the_input_is_kept(
    qtbot, open_detail, uow, catalog, session
):
    code = place(uow, {"BAG-CNV": 1}, stage=Stage.PREPARING)
    dialog = open_detail(code)
    items = dialog.items
    items.table.selectRow(0)
    items.quantity_spin.setFocus()
    items.quantity_spin.selectAll()
    qtbot.keyClicks(items.quantity_spin, "99")  # only 9 more bags are in stock
    type_into(qtbot, items.add_box.name_edit, "Engraving")
    click(qtbot, items.quantity_button)
    settle(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message_bar.kind == "error"
    assert "in stock" in dialog.message_bar.text() and dialog.message_bar.rule == "R14"
    assert items.quantity_spin.value() == 99
    assert items.add_box.name_edit.text() == "Engraving"
    assert _order(session, code).lines[0].quantity == 1
