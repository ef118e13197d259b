"""The order list's columns and roles, declared once (STYLE practice 6). Column keys are the keys
of services.export.FIELDS and of a tab's saved layout (R34)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from backoffice.db.listing import SortKey


class Column(IntEnum):
    CODE = 0
    SHOP_NUMBER = 1
    CREATED = 2
    BUYER = 3
    PHONE = 4
    ITEMS = 5
    TOTAL = 6
    PAYMENT = 7
    STAGE = 8
    CHANNEL = 9
    TRACKING = 10
    MEMO = 11
    CLAIM = 12

    @property
    def key(self) -> str:
        return KEYS[self]

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Columns", HEADERS[self])

    @classmethod
    def from_key(cls, key: str) -> Column | None:
        return _BY_KEY.get(key)


KEYS = {
    Column.CODE: "code",
    Column.SHOP_NUMBER: "shop_number",
    Column.CREATED: "created",
    Column.BUYER: "buyer",
    Column.PHONE: "phone",
    Column.ITEMS: "items",
    Column.TOTAL: "total",
    Column.PAYMENT: "payment",
    Column.STAGE: "stage",
    Column.CHANNEL: "channel",
    Column.TRACKING: "tracking",
    Column.MEMO: "memo",
    Column.CLAIM: "claim",
}
_BY_KEY = {key: col for col, key in KEYS.items()}

HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("Columns", "Order code"),
    Column.SHOP_NUMBER: QT_TRANSLATE_NOOP("Columns", "Shop order no."),
    Column.CREATED: QT_TRANSLATE_NOOP("Columns", "Ordered at"),
    Column.BUYER: QT_TRANSLATE_NOOP("Columns", "Buyer"),
    Column.PHONE: QT_TRANSLATE_NOOP("Columns", "Phone"),
    Column.ITEMS: QT_TRANSLATE_NOOP("Columns", "Items"),
    Column.TOTAL: QT_TRANSLATE_NOOP("Columns", "Total"),
    Column.PAYMENT: QT_TRANSLATE_NOOP("Columns", "Payment"),
    Column.STAGE: QT_TRANSLATE_NOOP("Columns", "Stage"),
    Column.CHANNEL: QT_TRANSLATE_NOOP("Columns", "Channel"),
    Column.TRACKING: QT_TRANSLATE_NOOP("Columns", "Carrier / tracking"),
    Column.MEMO: QT_TRANSLATE_NOOP("Columns", "Memo"),
    Column.CLAIM: QT_TRANSLATE_NOOP("Columns", "Claim"),
}

SORT_KEYS = {
    Column.CODE: SortKey.CODE,
    Column.SHOP_NUMBER: SortKey.SHOP_NUMBER,
    Column.CREATED: SortKey.CREATED,
    Column.BUYER: SortKey.BUYER,
    Column.TOTAL: SortKey.TOTAL,
    Column.PAYMENT: SortKey.PAYMENT,
    Column.STAGE: SortKey.STAGE,
    Column.CHANNEL: SortKey.CHANNEL,
}

# Custom roles above UserRole.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the OrderRow snapshot (None while loading)
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 4
