"""The filter panel (R33): stages, custom status (R13), order / payment / shipping / memo date
ranges, amount range, channel, member or guest, memo / open claim / cancel request, shipping delay,
payment method; Apply narrows the current tab, "Save as tab" keeps the filter as a new tab (R31).

A tab's filter may hold more than the panel shows (the Returns tab's claim kinds, "unread"): those
parts are kept as they are, so Apply on such a tab narrows it instead of widening it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from backoffice.db.listing import ListFilter, parse_filter
from backoffice.ui import labels

_TRI = ("any", "yes", "no")


class DateRange(QWidget):
    """An optional from–to range of local calendar days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.enabled.toggled.connect(self.start.setEnabled)
        self.enabled.toggled.connect(self.end.setEnabled)
        layout.addWidget(self.enabled)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.end)

    def value(self) -> tuple[date | None, date | None]:
        if not self.enabled.isChecked():
            return None, None
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def set_value(self, start: date | None, end: date | None) -> None:
        self.enabled.setChecked(start is not None or end is not None)
        if start:
            self.start.setDate(QDate(start.year, start.month, start.day))
        if end:
            self.end.setDate(QDate(end.year, end.month, end.day))


def _place(grid: QGridLayout, item: QWidget | QHBoxLayout, row: int, col: int, span: int) -> None:
    if isinstance(item, QHBoxLayout):
        grid.addLayout(item, row, col, 1, span)
    else:
        grid.addWidget(item, row, col, 1, span, Qt.AlignmentFlag.AlignLeft)


class FilterPanel(QGroupBox):
    applied = Signal(object)  # ListFilter
    save_requested = Signal(object)  # ListFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Filters"))
        # Two label–field pairs a row; the last column takes the spare width, so fields keep
        # their natural size instead of stretching across a wide window.
        grid = QGridLayout(self)
        grid.setColumnStretch(4, 1)
        self.stage_boxes: dict[str, QCheckBox] = {}
        stages_row = QHBoxLayout()
        for key, text in labels.STAGES.items():
            box = QCheckBox(labels.tr(text), self)
            self.stage_boxes[key] = box
            stages_row.addWidget(box)
        stages_row.addStretch(1)

        self.created = DateRange(self)
        self.paid = DateRange(self)
        self.shipped = DateRange(self)
        self.memo = DateRange(self)

        self.amount_min = QLineEdit(self)
        self.amount_max = QLineEdit(self)
        for edit in (self.amount_min, self.amount_max):
            edit.setPlaceholderText("0")
            edit.setMaximumWidth(110)
        amount = QHBoxLayout()
        amount.addWidget(self.amount_min)
        amount.addWidget(QLabel("–", self))
        amount.addWidget(self.amount_max)
        amount.addStretch(1)

        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("Any channel"), "")
        for key, text in labels.CHANNELS.items():
            self.channel.addItem(labels.tr(text), key)
        self.member = QComboBox(self)
        self.member.addItem(self.tr("Members and guests"), "")
        self.member.addItem(self.tr("Members"), "member")
        self.member.addItem(self.tr("Guests"), "guest")
        self.custom_status = QComboBox(self)  # R13: filled by set_custom_statuses
        self.custom_status.addItem(self.tr("Any custom status"), None)
        self._wanted_status: int | None = None

        self.has_memo = self._tri(self.tr("Memo"))
        self.has_claim = self._tri(self.tr("Open claim"))
        self.cancel_requested = self._tri(self.tr("Cancel request"))
        flags = QHBoxLayout()
        for label_text, combo in (
            (self.tr("Memo"), self.has_memo),
            (self.tr("Open claim"), self.has_claim),
            (self.tr("Cancel request"), self.cancel_requested),
        ):
            flags.addWidget(QLabel(label_text, self))
            flags.addWidget(combo)
            flags.addSpacing(12)
        flags.addStretch(1)

        self.delay = QSpinBox(self)
        self.delay.setRange(0, 365)
        self.delay.setSpecialValueText(self.tr("off"))
        self.delay.setSuffix(self.tr(" days"))
        self.payment_method = QLineEdit(self)
        self.payment_method.setPlaceholderText(self.tr("payment method"))
        self.payment_method.setMaximumWidth(220)

        rows = [
            (self.tr("Stage"), stages_row, None, None),
            (self.tr("Ordered"), self.created, self.tr("Paid"), self.paid),
            (self.tr("Shipped"), self.shipped, self.tr("Memo written"), self.memo),
            (self.tr("Amount"), amount, self.tr("Channel"), self.channel),
            (self.tr("Member"), self.member, self.tr("Custom status"), self.custom_status),
            (self.tr("Flags"), flags, None, None),
            (self.tr("Shipping delay"), self.delay, self.tr("Payment method"), self.payment_method),
        ]
        for r, (label1, field1, label2, field2) in enumerate(rows):
            grid.addWidget(QLabel(label1, self), r, 0)
            span = 1 if label2 is not None else 4
            _place(grid, field1, r, 1, span)
            if label2 is not None:
                grid.addWidget(QLabel(label2, self), r, 2)
                _place(grid, field2, r, 3, 1)

        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.save_button = QPushButton(self.tr("Save as tab…"), self)
        buttons.addStretch(1)
        for b in (self.clear_button, self.apply_button, self.save_button):
            buttons.addWidget(b)
        grid.addLayout(buttons, len(rows), 0, 1, 5)
        self.apply_button.clicked.connect(lambda: self.applied.emit(self.value()))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.value()))
        self.clear_button.clicked.connect(self._clear)
        self._kept = ListFilter()  # the parts of the tab's filter the panel does not show

    def set_custom_statuses(self, statuses: Sequence[Any]) -> None:
        """The shop's labels (services.statuses.StatusRow: id, stage, name), shown as
        "Preparing · gift wrap"."""
        wanted = self.custom_status.currentData() or self._wanted_status
        while self.custom_status.count() > 1:
            self.custom_status.removeItem(1)
        for row in statuses:
            stage = labels.label(labels.STAGES, row.stage)
            self.custom_status.addItem(f"{stage} · {row.name}", row.id)
        self._select_status(wanted)

    def _select_status(self, status_id: int | None) -> None:
        self._wanted_status = status_id
        self.custom_status.setCurrentIndex(max(0, self.custom_status.findData(status_id)))

    def _tri(self, _name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("any"), None)
        combo.addItem(self.tr("yes"), True)
        combo.addItem(self.tr("no"), False)
        return combo

    def _clear(self) -> None:
        self.set_value(ListFilter())
        self.applied.emit(self.value())

    _SHOWN = frozenset(
        {
            "stages",
            "custom_status_ids",
            "channels",
            "payment_methods",
            "member",
            "has_memo",
            "has_open_claim",
            "cancel_requested",
            "shipping_delay_days",
            "amount_min",
            "amount_max",
            *(
                f"{name}_{end}"
                for name in ("created", "paid", "shipped", "memo")
                for end in ("from", "to")
            ),
        }
    )

    def value(self) -> ListFilter:
        data: dict[str, Any] = {
            "stages": [k for k, box in self.stage_boxes.items() if box.isChecked()],
            "channels": [self.channel.currentData()] if self.channel.currentData() else [],
            "member": self.member.currentData() or None,
            "has_memo": self.has_memo.currentData(),
            "has_open_claim": self.has_claim.currentData(),
            "cancel_requested": self.cancel_requested.currentData(),
            "shipping_delay_days": self.delay.value() or None,
            "payment_methods": [self.payment_method.text().strip()]
            if self.payment_method.text().strip()
            else [],
            "custom_status_ids": [self.custom_status.currentData()]
            if self.custom_status.currentData()
            else [],
        }
        for f in fields(ListFilter):  # what the panel does not show stays as the tab had it
            if f.name not in self._SHOWN and f.name not in ("ids", "search"):
                data[f.name] = getattr(self._kept, f.name)
        data["created_from"], data["created_to"] = self.created.value()
        data["paid_from"], data["paid_to"] = self.paid.value()
        data["shipped_from"], data["shipped_to"] = self.shipped.value()
        data["memo_from"], data["memo_to"] = self.memo.value()
        for key, edit in (("amount_min", self.amount_min), ("amount_max", self.amount_max)):
            digits = edit.text().replace(",", "").strip()
            data[key] = int(digits) if digits.isdigit() else None
        return parse_filter({k: v for k, v in data.items() if v not in (None, [], ())})

    def set_value(self, flt: ListFilter) -> None:
        self._kept = flt
        self._select_status(flt.custom_status_ids[0] if flt.custom_status_ids else None)
        for key, box in self.stage_boxes.items():
            box.setChecked(key in flt.stages)
        self.channel.setCurrentIndex(
            max(0, self.channel.findData(flt.channels[0] if flt.channels else ""))
        )
        self.member.setCurrentIndex(max(0, self.member.findData(flt.member or "")))
        for combo, value in (
            (self.has_memo, flt.has_memo),
            (self.has_claim, flt.has_open_claim),
            (self.cancel_requested, flt.cancel_requested),
        ):
            combo.setCurrentIndex({None: 0, True: 1, False: 2}[value])
        self.delay.setValue(flt.shipping_delay_days or 0)
        self.payment_method.setText(flt.payment_methods[0] if flt.payment_methods else "")
        self.created.set_value(flt.created_from, flt.created_to)
        self.paid.set_value(flt.paid_from, flt.paid_to)
        self.shipped.set_value(flt.shipped_from, flt.shipped_to)
        self.memo.set_value(flt.memo_from, flt.memo_to)
        self.amount_min.setText("" if flt.amount_min is None else str(flt.amount_min))
        self.amount_max.setText("" if flt.amount_max is None else str(flt.amount_max))
