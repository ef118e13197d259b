"""A read-only view of one order (code, stage, buyer, lines, totals, timeline) until the order
editor lands. It is built from `services.views.order_detail`, a plain dict read on the worker."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from backoffice.db.models import Order
from backoffice.domain.money import format_money
from backoffice.services import orders
from backoffice.services.lookup import get_order
from backoffice.services.views import order_detail
from backoffice.ui import labels
from backoffice.ui.worker import uow_for


def load_detail(session: Session, *, order_id: int | None = None, text: str = "") -> dict[str, Any]:
    """On the worker: the order by id or by what was scanned/typed, marked read (R37)."""
    order = session.get(Order, order_id) if order_id is not None else get_order(session, text)
    if order is None:
        from backoffice.domain.errors import NotFound

        raise NotFound(f"No order #{order_id}")
    detail = order_detail(order)
    detail["id"] = order.id
    if order.unread:
        orders.mark_read(uow_for(session), order.code)
    return detail


def _local(iso: str | None) -> str:
    if not iso:
        return ""
    return (
        datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    )


class OrderViewDialog(QDialog):
    def __init__(self, detail: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        currency = detail.get("currency", "KRW")
        self.setWindowTitle(self.tr("Order %1").replace("%1", detail["code"]))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        stage = labels.label(labels.STAGES, detail["stage"])
        if detail.get("custom_status"):
            stage += f" · {detail['custom_status']}"
        self.code_label = QLabel(detail["code"])
        self.stage_label = QLabel(stage)
        form.addRow(self.tr("Order code"), self.code_label)
        form.addRow(self.tr("Stage"), self.stage_label)
        form.addRow(self.tr("Buyer"), QLabel(f"{detail['buyer_name']}  {detail['buyer_phone']}"))
        form.addRow(self.tr("Ordered at"), QLabel(_local(detail.get("created_at"))))
        form.addRow(self.tr("Total"), QLabel(format_money(detail["total"], currency)))
        form.addRow(self.tr("Paid"), QLabel(format_money(detail["paid"], currency)))
        form.addRow(self.tr("Balance"), QLabel(format_money(detail["balance"], currency)))
        layout.addLayout(form)
        self.lines = QTableWidget(len(detail["lines"]), 4, self)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Options"), self.tr("Quantity"), self.tr("Amount")]
        )
        for r, line in enumerate(detail["lines"]):
            values = [
                line["name"],
                line["options"],
                str(line["quantity"]),
                format_money(line["total"], currency),
            ]
            for c, value in enumerate(values):
                self.lines.setItem(r, c, QTableWidgetItem(value))
        self.lines.resizeColumnsToContents()
        layout.addWidget(self.lines)
        events = detail.get("timeline", [])
        self.timeline = QTableWidget(len(events), 3, self)
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        for r, event in enumerate(events):
            for c, value in enumerate([_local(event["at"]), event["actor"], event["text"]]):
                self.timeline.setItem(r, c, QTableWidgetItem(value))
        self.timeline.resizeColumnsToContents()
        layout.addWidget(self.timeline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)
