"""One order, three surfaces, the same rows (issue 12): the order dialog's read model, the
receipt printing makes and `backoffice orders show --json` agree on an order with a cancelled
unit, a discounted line, a payment and a memo."""

from __future__ import annotations

from backoffice.domain.stages import Stage
from backoffice.services.claims import changes as claims
from backoffice.services.orders import detail, edits, notes, views
from backoffice.services.orders.lookup import get_order
from backoffice.services.payments import requests as payments
from backoffice.services.printing import source
from tests.factories import CASHIER, MANAGER, place


def test_the_dialog_the_receipt_and_the_cli_show_the_same_rows(uow, session, catalog):
    code = place(uow, {"TEE-BLK-M": 3, "MUG-WHT": 1}, stage=Stage.RECEIVED)
    snap = detail.load(session, code)
    tee = next(ln for ln in snap.lines if ln.sku == "TEE-BLK-M")
    mug = next(ln for ln in snap.lines if ln.sku == "MUG-WHT")
    claims.cancel_quantities(uow, CASHIER, code, {tee.id: 1}, "out of stock")
    edits.set_line_discount(uow, MANAGER, code, mug.id, amount=2000)
    notes.add_memo(uow, CASHIER, code, "gift wrap", for_customer=False)
    session.expire_all()
    snap = detail.load(session, code)
    payments.record_payment(uow, CASHIER, code, "cash", snap.money.balance)
    session.expire_all()

    snap = detail.load(session, code)
    _shop, printed = source.load(session, code, "en")
    shown = views.order_detail(get_order(session, code))

    # Lines: the dialog's rows, the CLI's rows and the receipt's (what is still sold) agree.
    dialog_rows = [
        (ln.sku, ln.quantity - ln.cancelled - ln.returned, ln.total) for ln in snap.lines
    ]
    assert dialog_rows == [("TEE-BLK-M", 2, 38000), ("MUG-WHT", 1, 10000)]
    assert [(p.sku, p.quantity, p.total) for p in printed.lines] == dialog_rows
    cli_rows = [
        (
            ln["sku"],
            ln["quantity"] - ln["cancelled_quantity"] - ln["returned_quantity"],
            ln["total"],
        )
        for ln in shown["lines"]
    ]
    assert cli_rows == dialog_rows
    # Money and payments.
    assert printed.total == snap.money.total == shown["total"]
    assert printed.balance == snap.money.balance == shown["balance"] == 0
    assert (
        [(p.method, p.amount) for p in printed.payments]
        == [(p["method"], p["amount"]) for p in shown["payments"]]
        == [(p.method, p.amount) for p in snap.money.payments]
    )
    # The memo and the timeline (oldest first in the CLI, newest first in the dialog).
    assert [m["text"] for m in shown["memos"]] == [m.text for m in snap.memos] == ["gift wrap"]
    assert [e["kind"] for e in shown["timeline"]] == [e.kind for e in reversed(snap.events)]
