"""Shipments through the dialog (R5, R20, R21): split 3 of 5 to a new shipment and merge it back,
add a second address and send a shipment there, tracking and advancing one shipment."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.db.models import Order
from backoffice.domain.stages import Stage
from tests.factories import place
from tests.ui.detail.conftest import click, settle, type_into
from tests.ui.detail.test_items import _order


def _contents(session, code):
    order = _order(session, code)
    return {s.number: {i.line.sku: i.quantity for i in s.items} for s in order.shipments}


@pytest.mark.rule("R20")
def test_three_of_five_split_off_and_merged_back(qtbot, open_detail, uow, catalog, session):
    code = place(uow, {"TEE-BLK-M": 5}, stage=Stage.PREPARING)
    dialog = open_detail(code)
    panel = dialog.shipments
    panel.table.selectRow(0)
    click(qtbot, panel.split_button)
    split = panel.split_dialog
    qtbot.waitUntil(split.isVisible)
    (spin,) = split.spins.values()
    assert spin.suffix() == " of 5"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    click(qtbot, split.buttons.button(split.buttons.StandardButton.Ok))
    settle(qtbot, dialog)
    assert _contents(session, code) == {1: {"TEE-BLK-M": 2}, 2: {"TEE-BLK-M": 3}}
    assert panel.model.rowCount() == 2

    panel.table.selectAll()
    click(qtbot, panel.merge_button)
    settle(qtbot, dialog)
    assert _contents(session, code) == {1: {"TEE-BLK-M": 5}}


@pytest.mark.rule("R20")
def test_split_is_disabled_with_the_reason_before_preparing(qtbot, open_detail, uow, catalog):
    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_detail(code)
    dialog.shipments.table.selectRow(0)
    assert not dialog.shipments.split_button.isEnabled()
    assert dialog.shipments.split_button.toolTip() == (
        "Shipments can be split only while preparing"
    )


@pytest.mark.rule("R5")
def test_a_second_address_assigned_to_a_shipment(qtbot, open_detail, uow, catalog, session):
    code = place(uow, {"TEE-BLK-M": 2, "MUG-WHT": 1}, stage=Stage.PREPARING)
    dialog = open_detail(code)
    panel = dialog.shipments
    click(qtbot, panel.add_address_button)
    form = panel.address_dialog
    qtbot.waitUntil(form.isVisible)
    type_into(qtbot, form.name, "김민준")
    type_into(qtbot, form.phone, "010-2222-3333")
    type_into(qtbot, form.address1, "부산광역시 해운대구 센텀로 99")
    click(qtbot, form.buttons.button(form.buttons.StandardButton.Ok))
    settle(qtbot, dialog)
    assert panel.address_count.text() == "2/5"
    panel.table.selectRow(0)
    panel.address_combo.setCurrentIndex(panel.address_combo.findData(2))
    click(qtbot, panel.assign_button)
    settle(qtbot, dialog)
    order = _order(session, code)
    assert [a.name for a in order.addresses] == ["이서연", "김민준"]
    assert order.shipments[0].address.slot == 2
    assert panel.model.index(0, 4).data() == "2"


@pytest.mark.rule("R7")
@pytest.mark.rule("R21")
def test_tracking_then_advance_one_shipment(qtbot, open_detail, uow, catalog, session):
    code = place(uow, {"TEE-BLK-M": 2}, stage=Stage.READY)
    dialog = open_detail(code)
    panel = dialog.shipments
    panel.table.selectRow(0)
    click(qtbot, panel.advance_button)  # ready -> shipped needs tracking: refused in place
    settle(qtbot, dialog)
    assert dialog.message_bar.rule == "R7"
    assert "(R" not in dialog.message_bar.text()
    type_into(qtbot, panel.carrier_edit, "CJ대한통운")
    type_into(qtbot, panel.tracking_edit, "612345678901")
    click(qtbot, panel.tracking_button)
    settle(qtbot, dialog)
    panel.table.selectRow(0)
    click(qtbot, panel.advance_button)
    settle(qtbot, dialog)
    session.expire_all()
    order = session.scalar(select(Order).where(Order.code == code))
    assert order.shipments[0].tracking_number == "612345678901"
    assert order.stage == "shipped"
    assert dialog.header.stage_label.text() == "Shipped"
