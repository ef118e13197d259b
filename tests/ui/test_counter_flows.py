"""The counter, driven as a cashier drives it (issue 13): the real main window built as `backoffice
gui` builds it, keys only, each sent to whatever has focus. An action is one key or shortcut, or
one scan (the scanner's burst of keys and its Enter). The flows must fit their budgets:
scan → ship → label in 4, a walk-in sale of two items paid cash with its receipt in 5."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import select

from backoffice.app import open_database
from backoffice.db.models import Order, Payment, PrintJob
from backoffice.domain.stages import Stage
from backoffice.services.payments import requests as payments
from backoffice.services.printing import settings as printer_settings
from backoffice.services.printing.settings import PrinterSettings
from backoffice.services.shop import details as shop_details
from backoffice.services.shop.details import ShopDetails
from backoffice.ui.application import build_window
from backoffice.ui.counter_sale import CounterSaleDialog
from backoffice.ui.detail.dialog import OrderDetailDialog
from tests.factories import MANAGER, place
from tests.printing.escpos_decoder import decode
from tests.printing.fake_printer import FakePrinter

pytestmark = pytest.mark.rule("R32")


class Cashier:
    """Keys go where focus is, as on a real keyboard; every scan or key counts as one action."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.actions = 0

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has focus: the keys would go nowhere"
        return widget

    def type(self, text: str) -> None:
        for char in text:  # each key to the widget that has focus when it arrives
            self.qtbot.keyClicks(self.focus(), char)

    def scan(self, text: str) -> None:
        self.type(text)
        self.qtbot.keyClick(self.focus(), Qt.Key.Key_Return)
        self.actions += 1

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.actions += 1


def _visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture
def counter(qtbot, db_url, catalog):
    ctx = open_database(db_url)
    window = build_window(ctx, sync_interval_ms=3_600_000)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and bool(window.tabs), timeout=10_000)
    yield ctx, window
    for dialog in _visible(OrderDetailDialog) + _visible(CounterSaleDialog):
        dialog.close()
    qtbot.waitUntil(lambda: window.worker.idle and window.printer.idle, timeout=15_000)
    window.shutdown()
    window.close()
    ctx.close()


def _printer_settings(ctx, **values) -> None:  # type: ignore[no-untyped-def]
    printer_settings.save(ctx.uow(), PrinterSettings(**values), actor=MANAGER)


def _jobs(ctx, kind: str) -> list[PrintJob]:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as s:
        return list(s.scalars(select(PrintJob).where(PrintJob.document == kind)))


def test_the_window_opens_ready_for_a_scan(qtbot, counter):
    _ctx, window = counter
    assert QApplication.focusWidget() is window.search


def test_scan_ship_and_label_in_four_actions(qtbot, counter):
    ctx, window = counter
    code = place(ctx.uow(), {"MUG-WHT": 1}, stage=Stage.RECEIVED)
    with ctx.session_factory() as s:
        balance = s.scalar(select(Order.balance).where(Order.code == code))
    payments.record_payment(ctx.uow(), MANAGER, code, "card", balance)  # a paid web order
    shop_details.save(ctx.uow(), ShopDetails(name="소담 상점", default_carrier="cj"), actor=MANAGER)
    cashier = Cashier(qtbot)
    with FakePrinter("capture") as label_printer:
        _printer_settings(ctx, label_printer=f"{label_printer.uri}?mode=korean")
        window.table.setFocus()  # wherever focus is, a scan finds the order
        cashier.scan(code)
        qtbot.waitUntil(lambda: bool(_visible(OrderDetailDialog)), timeout=10_000)
        dialog = _visible(OrderDetailDialog)[0]
        # The cursor waits in the tracking field with the shop's carrier filled in.
        qtbot.waitUntil(lambda: dialog.ship_bar.tracking_edit.hasFocus(), timeout=10_000)
        assert dialog.ship_bar.carrier_combo.currentText() in ("CJ대한통운", "CJ Logistics")
        assert window.search.text() == ""  # the scanned code does not filter the list
        cashier.scan("612345678901")
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: [j.state for j in _jobs(ctx, "label")] == ["sent"], timeout=15_000)
        assert cashier.actions <= 4
        printed = decode(bytes(label_printer.received)).text
    with ctx.session_factory() as s:
        order = s.scalar(select(Order).where(Order.code == code))
        assert order.stage == Stage.SHIPPED
        assert [(sh.carrier, sh.tracking_number) for sh in order.shipments] == [
            ("CJ대한통운", "612345678901")
        ]
    assert "612345678901" in printed.replace("-", "").replace(" ", "")
    assert "소담 상점" in printed  # the sender is the shop, not "Backoffice"
    assert (
        "shipped" in window.statusBar().currentMessage()
        or "출고" in window.statusBar().currentMessage()
    )
    assert QApplication.focusWidget() is window.search  # ready for the next scan


def test_a_tracking_number_scan_opens_its_order(qtbot, counter):
    ctx, window = counter
    code = place(ctx.uow(), {"MUG-WHT": 1}, stage=Stage.PREPARING)
    from backoffice.services.fulfilment import shipments

    shipments.set_tracking(ctx.uow(), MANAGER, code, 1, "한진택배", "498765432109")
    Cashier(qtbot).scan("498765432109")
    qtbot.waitUntil(
        lambda: any(d.code == code for d in _visible(OrderDetailDialog)), timeout=10_000
    )


def test_an_unknown_code_says_not_found_and_clears_the_search(qtbot, counter):
    _ctx, window = counter
    Cashier(qtbot).scan("ZZZ-ZZZ-ZZZ")
    notice = window.findChild(QLabel, "scanNotice")
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=10_000)
    assert "ZZZ-ZZZ-ZZZ" in notice.text()
    assert window.search.text() == ""
    assert not _visible(OrderDetailDialog)
    assert QApplication.focusWidget() is window.search


def _sell(qtbot, ctx, cashier, skus, pay):  # type: ignore[no-untyped-def]
    """F2, a scan per item, then `pay(cashier, sale)`; returns the sale and the receipt's text."""
    with FakePrinter("capture") as receipt_printer:
        _printer_settings(
            ctx, receipt_printer=f"{receipt_printer.uri}?mode=korean", receipt_after_sale="always"
        )
        cashier.key(Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: bool(_visible(CounterSaleDialog)), timeout=10_000)
        sale = _visible(CounterSaleDialog)[0]
        qtbot.waitUntil(lambda: sale.scan_edit.hasFocus(), timeout=10_000)
        for n, sku in enumerate(skus, start=1):
            cashier.scan(sku)
            qtbot.waitUntil(lambda n=n: sum(c.quantity for c in sale.cart) == n, timeout=10_000)
        pay(cashier, sale)
        qtbot.waitUntil(lambda: sale.last_result is not None, timeout=10_000)
        qtbot.waitUntil(
            lambda: [j.state for j in _jobs(ctx, "receipt")] == ["sent"], timeout=15_000
        )
        return sale, decode(bytes(receipt_printer.received)).text


def _payment(ctx, code: str) -> Payment:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as s:
        return s.scalar(select(Payment).join(Order).where(Order.code == code))


@pytest.mark.rule("R30")
def test_a_walk_in_sale_paid_cash_prints_its_receipt_in_five_actions(qtbot, counter):
    ctx, _window = counter
    cashier = Cashier(qtbot)
    sale, paper = _sell(
        qtbot, ctx, cashier, ["TEE-BLK-M", "MUG-WHT"], lambda c, _s: c.key(Qt.Key.Key_F12)
    )
    assert cashier.actions <= 5
    code, total = sale.last_result.code, sale.last_result.total
    payment = _payment(ctx, code)
    assert (payment.method, payment.amount) == ("cash", total)
    assert code in paper and f"{total:,}" in paper
    assert "현금" in paper
    assert sale.scan_edit.hasFocus() and not sale.cart  # ready for the next customer


@pytest.mark.rule("R30")
def test_cash_received_shows_and_prints_the_change_and_the_cash_receipt(qtbot, counter):
    ctx, _window = counter

    def pay(cashier: Cashier, sale: CounterSaleDialog) -> None:
        sale.cash_receipt_combo.setCurrentIndex(sale.cash_receipt_combo.findData("income"))
        sale.cash_receipt_number.setText("010-2345-6789")
        cashier.key(Qt.Key.Key_F9)  # to the cash received field
        cashier.type("50000")
        assert "50,000" not in sale.change_label.text()
        change = f"{50_000 - sale.total():,}"
        assert change in sale.change_label.text()  # shown before paying
        qtbot.keyClick(cashier.focus(), Qt.Key.Key_Return)

    sale, paper = _sell(qtbot, ctx, Cashier(qtbot), ["TEE-BLK-M", "MUG-WHT"], pay)
    code, total = sale.last_result.code, sale.last_result.total
    payment = _payment(ctx, code)
    assert (payment.tendered, payment.cash_receipt_kind, payment.cash_receipt_number) == (
        50_000,
        "income",
        "01023456789",
    )
    change = f"{50_000 - total:,}"
    assert "받은 금액" in paper and "50,000" in paper
    assert "거스름돈" in paper and change in paper
    assert "현금영수증" in paper and "소득공제" in paper and "010-****-6789" in paper
    assert change in sale.done_label.text()


@pytest.mark.rule("R30")
@pytest.mark.parametrize(
    ("after_sale", "answer", "printed"),
    [("ask", "yes", True), ("ask", "no", False), ("never", None, False)],
)
def test_the_receipt_after_a_sale_follows_the_printer_settings(
    qtbot, counter, after_sale, answer, printed
):
    """Always (above), ask (Yes prints, No does not), never: as Settings → Printers says."""
    ctx, _window = counter
    cashier = Cashier(qtbot)
    with FakePrinter("capture") as receipt_printer:
        _printer_settings(ctx, receipt_printer=receipt_printer.uri, receipt_after_sale=after_sale)
        cashier.key(Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: bool(_visible(CounterSaleDialog)), timeout=10_000)
        sale = _visible(CounterSaleDialog)[0]
        qtbot.waitUntil(lambda: sale.scan_edit.hasFocus(), timeout=10_000)
        cashier.scan("MUG-WHT")
        qtbot.waitUntil(lambda: len(sale.cart) == 1, timeout=10_000)
        cashier.key(Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: sale.last_result is not None, timeout=10_000)
        if answer is not None:
            qtbot.waitUntil(
                lambda: sale.receipt_question is not None and sale.receipt_question.isVisible(),
                timeout=10_000,
            )
            key = Qt.Key.Key_Return if answer == "yes" else Qt.Key.Key_Escape
            qtbot.keyClick(sale.receipt_question, key)  # Yes is the default button
        else:
            assert sale.receipt_question is None
        if printed:
            qtbot.waitUntil(
                lambda: [j.state for j in _jobs(ctx, "receipt")] == ["sent"], timeout=15_000
            )
        else:
            qtbot.waitUntil(lambda: sale.worker.idle, timeout=10_000)
            assert _jobs(ctx, "receipt") == []


@pytest.mark.rule("R6")
def test_a_pickup_order_is_scanned_and_handed_over_in_two_actions(qtbot, counter):
    from backoffice.domain.stages import Fulfilment

    ctx, window = counter
    code = place(ctx.uow(), {"MUG-WHT": 1}, stage=Stage.RECEIVED, fulfilment=Fulfilment.PICKUP)
    with ctx.session_factory() as s:
        balance = s.scalar(select(Order.balance).where(Order.code == code))
    payments.record_payment(ctx.uow(), MANAGER, code, "card", balance)
    cashier = Cashier(qtbot)
    cashier.scan(code)
    qtbot.waitUntil(lambda: bool(_visible(OrderDetailDialog)), timeout=10_000)
    dialog = _visible(OrderDetailDialog)[0]
    qtbot.waitUntil(lambda: dialog.ship_bar.ship_button.hasFocus(), timeout=10_000)
    assert not dialog.ship_bar.tracking_edit.isVisible()  # no carrier, no number
    cashier.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert cashier.actions == 2
    with ctx.session_factory() as s:
        assert s.scalar(select(Order.stage).where(Order.code == code)) == Stage.DELIVERED
    assert code in window.statusBar().currentMessage()
