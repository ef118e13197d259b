"""The timeline (R28, R29), the header's stage actions (R6, R9, R11, R23, R49), changes made
elsewhere while the dialog is open (optimistic concurrency), and every table model of the dialog
under qtmodeltester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders import notes
from tests.factories import CASHIER, MANAGER, place
from tests.ui.detail.conftest import click, settle, type_into
from tests.ui.detail.test_items import _order


@pytest.mark.rule("R28")
@pytest.mark.rule("R29")
def test_a_memo_and_a_message_in_the_timeline(qtbot, open_detail, uow, catalog, session):
    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_detail(code)
    panel = dialog.timeline
    dialog.tabs.setCurrentWidget(panel)
    type_into(qtbot, panel.memo_edit, "call before delivery")
    qtbot.keyClick(panel.memo_edit, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    type_into(qtbot, panel.message_edit, "Your order ships tomorrow")
    click(qtbot, panel.send_button)
    settle(qtbot, dialog)
    notes.receive_message(uow, code, "thank you!")
    dialog.reload()
    settle(qtbot, dialog)
    order = _order(session, code)
    assert [m.text for m in order.memos] == ["call before delivery"]
    assert [m.direction for m in order.messages] == ["out", "in"]
    shown = panel.shown_events()
    assert shown[0] == "Message from the customer: thank you!"  # newest first
    assert shown[1] == "Message to the customer (Web shop): Your order ships tomorrow"
    assert shown[2] == "Memo: call before delivery"
    assert panel.model.index(2, 1).data() == CASHIER.name
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("memo"))
    assert panel.shown_events() == ["Memo: call before delivery"]
    thread = panel.thread_view.toPlainText()
    assert thread.index("Your order ships tomorrow") < thread.index("thank you!")
    assert panel.memo_edit.text() == "" and panel.message_edit.text() == ""


@pytest.mark.rule("R23")
def test_moving_an_unpaid_order_to_preparing_warns_first(qtbot, open_detail, uow, catalog, session):
    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_detail(code)
    header = dialog.header
    assert header.forward_combo.currentData() == "preparing"
    # shipped needs tracking (R7): listed but greyed, with the reason
    shipped = header.forward_combo.findData("shipped")
    item = header.forward_combo.model().item(shipped)
    assert not item.isEnabled() and "tracking number" in item.toolTip()
    assert "(R" not in item.toolTip()  # the rule stays in the log: it means nothing here
    click(qtbot, header.forward_button)
    settle(qtbot, dialog)
    assert dialog.message_bar.rule == "R23"
    assert "(R" not in dialog.message_bar.text()
    assert _order(session, code).stage == "received"
    click(qtbot, dialog.message_bar.action_button)  # "Prepare anyway"
    settle(qtbot, dialog)
    assert _order(session, code).stage == "preparing"
    assert header.stage_label.text() == "Preparing"


@pytest.mark.rule("R9")
@pytest.mark.rule("R11")
@pytest.mark.rule("R49")
def test_manager_only_actions(qtbot, open_detail, uow, catalog, session):
    code = place(uow, stage=Stage.PREPARING)
    staff_view = open_detail(code)
    # R48: a cashier sees the manager actions; the services ask a manager standing beside them to
    # approve by PIN (tests/ui/detail/test_staff_approval.py)
    assert not staff_view.header.revert_button.isHidden()
    assert staff_view.actions_bar.delete_button.isEnabled()
    printing = staff_view.actions_bar.print_buttons["receipt"]
    assert staff_view.printer is None  # opened without the window's print runner
    assert not printing.isEnabled()
    assert printing.toolTip() == "Printing is not set up in this window"
    type_into(qtbot, staff_view.header.reason_edit, "out of stock at supplier")
    click(qtbot, staff_view.header.cancel_button)
    settle(qtbot, staff_view)
    assert _order(session, code).stage == "cancelled"
    assert not staff_view.header.cancel_button.isEnabled()

    manager_view = open_detail(code, actor=MANAGER)
    header = manager_view.header
    assert not header.uncancel_button.isHidden()
    type_into(qtbot, header.reason_edit, "cancelled by mistake")
    click(qtbot, header.uncancel_button)
    settle(qtbot, manager_view)
    assert _order(session, code).stage == "preparing"
    click(qtbot, manager_view.actions_bar.delete_button)
    confirm = manager_view.actions_bar.delete_dialog
    qtbot.waitUntil(confirm.isVisible)
    type_into(qtbot, confirm.reason_edit, "test order")
    with qtbot.waitSignal(manager_view.deleted):
        click(qtbot, confirm.buttons.button(confirm.buttons.StandardButton.Yes))
    assert _order(session, code) is None


def test_a_change_made_elsewhere_is_announced_and_reloaded(
    qtbot, open_detail, uow, catalog, session
):
    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_detail(code, poll_ms=100)
    seen = dialog.version
    notes.add_memo(uow, CASHIER, code, "from another PC")
    qtbot.waitUntil(lambda: dialog.version != seen, timeout=5000)
    settle(qtbot, dialog)
    assert dialog.message_bar.text() == "This order was changed elsewhere — reloaded"
    assert dialog.timeline.shown_events()[0] == "Memo: from another PC"


def test_an_edit_from_a_stale_view_is_never_written(qtbot, open_detail, uow, catalog, session):
    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_detail(code)  # polling quiet: the view goes stale
    orders.set_stage(uow, MANAGER, code, Stage.PREPARING, confirm_unpaid=True)
    type_into(qtbot, dialog.header.reason_edit, "customer called")
    click(qtbot, dialog.header.cancel_button)
    settle(qtbot, dialog)
    assert "changed elsewhere" in dialog.message_bar.text()
    assert _order(session, code).stage == "preparing"
    assert dialog.header.stage_label.text() == "Preparing"  # the view reloaded
    assert dialog.header.reason_edit.text() == "customer called"  # nothing typed was lost


def test_every_table_model_passes_qtmodeltester(qtbot, qtmodeltester, open_detail, uow, catalog):
    code = place(uow, stage=Stage.PREPARING)
    notes.add_memo(uow, CASHIER, code, "memo")
    dialog = open_detail(code)
    for model in (
        dialog.items.model,
        dialog.shipments.model,
        dialog.payments.payment_model,
        dialog.payments.request_model,
        dialog.payments.refund_model,
        dialog.claims.model,
        dialog.timeline.model,
        dialog.timeline.proxy,
    ):
        qtmodeltester.check(model, force_py=True)


@pytest.mark.rule("R9")
def test_a_manager_reverts_with_a_reason(qtbot, open_detail, uow, catalog, session):
    code = place(uow, stage=Stage.READY)
    dialog = open_detail(code, actor=MANAGER)
    header = dialog.header
    header.revert_combo.setCurrentIndex(header.revert_combo.findData("preparing"))
    click(qtbot, header.revert_button)  # no reason: refused in place (R9)
    settle(qtbot, dialog)
    assert dialog.message_bar.rule == "R9"
    assert "(R" not in dialog.message_bar.text()
    type_into(qtbot, header.reason_edit, "label printed by mistake")
    click(qtbot, header.revert_button)
    settle(qtbot, dialog)
    assert _order(session, code).stage == "preparing"
    # The English UI words stages with their labels (ui/errors_text.event_text).
    assert dialog.timeline.shown_events()[0].startswith("Stage Ready → Preparing (reverted")


def test_the_main_window_api_opens_both_dialogs(qtbot, ctx, worker, uow, catalog):
    from PySide6.QtWidgets import QWidget

    from backoffice.ui.counter_sale import open_counter_sale
    from backoffice.ui.detail import open_order

    parent = QWidget()
    qtbot.addWidget(parent)
    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_order(parent, worker, code, MANAGER)
    settle(qtbot, dialog)
    assert dialog.isVisible() and dialog.actor is MANAGER
    assert dialog.header.code_label.text() == code
    sale = open_counter_sale(parent, worker, MANAGER)
    assert sale.isVisible() and sale.actor is MANAGER
    dialog.poll_timer.stop()
    qtbot.waitUntil(lambda: worker.idle)
    dialog.close()
    sale.close()


def test_an_outside_failure_offers_retry_and_keeps_what_was_typed(
    qtbot, open_detail, uow, catalog, session, monkeypatch
):
    """Issue 12: the database refused the change (locked by another PC): the message bar says so
    with Retry, the memo stays typed, and Retry saves it once."""
    from backoffice.domain.errors import ExternalError

    code = place(uow, stage=Stage.RECEIVED)
    dialog = open_detail(code)
    panel = dialog.timeline
    dialog.tabs.setCurrentWidget(panel)
    real, tries = notes.add_memo, []

    def locked_once(*args, **kwargs):
        tries.append(1)
        if len(tries) == 1:
            raise ExternalError(
                "The database refused the change: {orig}", orig="database is locked"
            )
        return real(*args, **kwargs)

    monkeypatch.setattr(notes, "add_memo", locked_once)
    type_into(qtbot, panel.memo_edit, "leave at the door")
    qtbot.keyClick(panel.memo_edit, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    bar = dialog.message_bar
    assert bar.text() == "The database refused the change: database is locked"
    assert bar.action_button.isVisible() and bar.action_button.text() == "Retry"
    assert panel.memo_edit.text() == "leave at the door"  # nothing typed is lost
    assert _order(session, code).memos == []
    click(qtbot, bar.action_button)
    settle(qtbot, dialog)
    session.expire_all()
    assert [m.text for m in _order(session, code).memos] == ["leave at the door"]
    assert len(tries) == 2 and panel.memo_edit.text() == ""
