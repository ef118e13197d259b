"""Screenshots of the order detail dialog in Korean and English, taken offscreen (issue 4).

    .venv/bin/python docs/screenshots/take_detail.py   # writes docs/screenshots/detail*_{ko,en}.png
                                                       # and counter_sale_{ko,en}.png

Builds a throwaway demo database (`backoffice demo --orders 400`), gives one preparing order an
edit, a split shipment, a payment request and a memo through the real services, opens the real
dialog on it and grabs each tab once it has loaded.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.db.models import Order, Variant  # noqa: E402
from backoffice.domain.errors import DomainError  # noqa: E402
from backoffice.services.fulfilment import shipments  # noqa: E402
from backoffice.services.orders import edits, notes  # noqa: E402
from backoffice.services.orders.changes import NewLine  # noqa: E402
from backoffice.services.payments import requests as payments  # noqa: E402
from backoffice.services.shop import details as shop_details  # noqa: E402
from backoffice.services.staff.actor import staff  # noqa: E402
from backoffice.ui.application import install_translators  # noqa: E402
from backoffice.ui.counter_sale import CounterSaleDialog  # noqa: E402
from backoffice.ui.detail.dialog import OrderDetailDialog  # noqa: E402
from backoffice.ui.opening import add_bundled_fonts  # noqa: E402
from backoffice.ui.ops import Ops  # noqa: E402

STAFF = staff("김지은", manager=True)
TABS = {0: "", 1: "_shipments", 2: "_payments", 3: "_claims", 4: "_timeline"}


def wait(app: QApplication, condition, timeout_ms: int = 20000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def prepare(ctx) -> str:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        candidates = session.scalars(
            select(Order).where(Order.stage == "preparing").order_by(Order.id)
        ).all()
        order = next(o for o in candidates if any(ln.variant_id for ln in o.lines))
        code, first = order.code, order.lines[0]
        line_id, quantity = first.id, first.quantity
    edits.add_line(
        ctx.uow(),
        STAFF,
        code,
        NewLine(quantity=1, unit_price=3000, name="선물 포장", kind="surcharge"),
    )
    if quantity < 3:
        edits.change_quantity(ctx.uow(), STAFF, code, line_id, 3)
    shipments.split_shipment(ctx.uow(), STAFF, code, 1, {line_id: 1})
    with contextlib.suppress(DomainError):  # a fully paid demo order has nothing to ask for
        payments.request_payment(ctx.uow(), STAFF, code)
    notes.add_memo(ctx.uow(), STAFF, code, "포장 전에 고객에게 전화하기")
    # The ship bar fills in the shop's carrier (issue 13).
    shop_details.save(
        ctx.uow(),
        shop_details.ShopDetails(name="소담 상점", default_carrier="cj"),
        actor=STAFF,
    )
    return code


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    subprocess.run(
        [sys.executable, "-m", "backoffice", "--db", url, "demo", "--orders", "400"],
        cwd=ROOT,
        check=True,
    )
    app = QApplication(sys.argv)
    add_bundled_fonts()
    ctx = open_database(url)
    code = prepare(ctx)
    with ctx.session_factory() as session:
        skus = list(session.scalars(select(Variant.sku).order_by(Variant.id).limit(2)))
    skus.insert(1, skus[0])  # the first one scanned twice
    for language in ("ko", "en"):
        translators = install_translators(app, language)
        worker = Ops(ctx.core)
        dialog = OrderDetailDialog(worker, code, STAFF)
        dialog.show()
        wait(app, lambda d=dialog: d.snapshot is not None and not d.busy and d.worker.idle)
        dialog.items.table.selectRow(0)
        dialog.shipments.table.selectRow(0)
        for index, suffix in TABS.items():
            dialog.tabs.setCurrentIndex(index)
            app.processEvents()
            out = ROOT / "docs" / "screenshots" / f"detail{suffix}_{language}.png"
            dialog.grab().save(str(out))
            print("wrote", out)
        dialog.poll_timer.stop()
        wait(app, lambda w=worker: w.idle, 3000)
        dialog.close()
        sale = CounterSaleDialog(worker, STAFF)
        sale.show()
        for text in skus:
            sale.scan_edit.setText(text)
            sale.search()
            wait(app, lambda s=sale: not s.busy and s.scan_edit.text() == "")
        sale.table.selectRow(0)
        sale.tendered_edit.setText("60000")  # cash received: the change shows
        app.processEvents()
        out = ROOT / "docs" / "screenshots" / f"counter_sale_{language}.png"
        sale.grab().save(str(out))
        print("wrote", out)
        sale.close()
        worker.stop()
        for t in translators:
            app.removeTranslator(t)
    ctx.close()


if __name__ == "__main__":
    main()
