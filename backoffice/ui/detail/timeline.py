"""The timeline tab (R28–R29): every event of the order with when, who and what, newest first and
filterable by kind; add a memo (internal, or for the customer); send a message to the customer
through the shop, SMS or e-mail, and read the conversation as a thread."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backoffice.services.orders import notes
from backoffice.services.orders.detail import OrderSnapshot
from backoffice.ui import labels
from backoffice.ui.detail.rows_model import ROW_ROLE, Col, RowsModel, local_time
from backoffice.ui.errors_text import event_text

if TYPE_CHECKING:
    from backoffice.ui.detail.dialog import OrderDetailDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def kind_label(kind: str) -> str:
    text = labels.EVENT_KINDS.get(kind)
    return _tr(text) if text else kind


COLUMNS = [
    Col(QT_TRANSLATE_NOOP("DetailColumns", "When"), lambda r: local_time(r.at)),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Who"), lambda r: labels.actor_name(r.actor)),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "Kind"), lambda r: kind_label(r.kind)),
    Col(QT_TRANSLATE_NOOP("DetailColumns", "What"), lambda r: event_text(r.text, r.message)),
]


class KindFilter(QSortFilterProxyModel):
    """Keeps the events of one kind ("" = all); the order stays the source's (newest first)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = ""

    def set_kind(self, kind: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.kind = kind
            self.endFilterChange()
        else:
            self.kind = kind
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self.kind:
            return True
        event = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        return event is not None and event.kind == self.kind


class TimelinePanel(QWidget):
    def __init__(self, host: OrderDetailDialog) -> None:
        super().__init__(host)
        self.host = host
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All events"), "")
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(str(self.kind_combo.currentData() or ""))
        )
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        layout.addLayout(top)
        split = QSplitter(self)
        self.model = RowsModel(COLUMNS, self)
        self.proxy = KindFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(split)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.thread_view = QTextBrowser(split)
        split.addWidget(self.table)
        split.addWidget(self.thread_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        memo_box = QGroupBox(self.tr("Memo"), self)
        memo_row = QHBoxLayout(memo_box)
        self.memo_edit = QLineEdit(memo_box)
        self.memo_edit.setPlaceholderText(self.tr("Internal note"))
        self.memo_edit.returnPressed.connect(self.add_memo)
        self.for_customer = QCheckBox(self.tr("For the customer"), memo_box)
        self.memo_button = QPushButton(self.tr("Add memo"), memo_box)
        self.memo_button.clicked.connect(self.add_memo)
        memo_row.addWidget(self.memo_edit, 1)
        memo_row.addWidget(self.for_customer)
        memo_row.addWidget(self.memo_button)
        layout.addWidget(memo_box)

        message_box = QGroupBox(self.tr("Message to the customer"), self)
        message_row = QHBoxLayout(message_box)
        self.message_edit = QLineEdit(message_box)
        self.message_edit.returnPressed.connect(self.send_message)
        self.channel_combo = QComboBox(message_box)
        for key in notes.MESSAGE_CHANNELS:
            self.channel_combo.addItem(_tr(labels.TIMELINE_CHANNELS[key]), key)
        self.send_button = QPushButton(self.tr("Send"), message_box)
        self.send_button.clicked.connect(self.send_message)
        message_row.addWidget(self.message_edit, 1)
        message_row.addWidget(self.channel_combo)
        message_row.addWidget(self.send_button)
        layout.addWidget(message_box)

    def populate(self, snap: OrderSnapshot) -> None:
        self.model.set_rows(snap.events)
        wanted = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All events"), "")
        for kind in sorted({e.kind for e in snap.events}, key=kind_label):
            self.kind_combo.addItem(kind_label(kind), kind)
        index = self.kind_combo.findData(wanted) if wanted else 0
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.kind_combo.blockSignals(False)
        self.proxy.set_kind(str(self.kind_combo.currentData() or ""))
        self.thread_view.setHtml(self.thread_html(snap))

    def thread_html(self, snap: OrderSnapshot) -> str:
        """The conversation, oldest first: ours on the right, the customer's on the left."""
        if not snap.messages:
            empty = self.tr("No messages yet")
            return f"<p style='color:#777'>{escape(empty)}</p>"
        parts = []
        for m in snap.messages:
            ours = m.direction == "out"
            align, colour = ("right", "#e3f2fd") if ours else ("left", "#f1f1f1")
            channel = _tr(labels.TIMELINE_CHANNELS.get(m.channel, m.channel))
            parts.append(
                f"<div align='{align}'><table style='background:{colour}' cellpadding='6'><tr><td>"
                f"<small>{escape(m.author)} · {escape(channel)} · {local_time(m.at)}</small><br>"
                f"{escape(m.text)}</td></tr></table></div>"
            )
        return "".join(parts)

    def shown_events(self) -> list[str]:
        return [self.proxy.index(r, 3).data() for r in range(self.proxy.rowCount())]

    def add_memo(self) -> None:
        text, customer = self.memo_edit.text(), self.for_customer.isChecked()
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, _v: core.write(notes.add_memo, actor, code, text, for_customer=customer),
            lambda _r: (self.memo_edit.clear(), self.for_customer.setChecked(False)),
        )

    def send_message(self) -> None:
        text, channel = self.message_edit.text(), str(self.channel_combo.currentData())
        actor, code = self.host.actor, self.host.code
        self.host.run(
            lambda core, _v: core.write(notes.send_message, actor, code, text, channel=channel),
            lambda _r: self.message_edit.clear(),
        )
