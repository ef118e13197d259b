"""A read-only view of one order (code, stage, buyer, lines, totals, timeline) until the order
editor is wired (a bare window in tests). It shows `services.views.order_detail_of`, a plain dict
read on the database lane."""

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

from backoffice.domain.money import format_money
from backoffice.ui import labels


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
