"""What a cashier reads in a Korean window, and the English left in it (issue 13).

`visible_texts(widget)` walks a window the way a person looks at it: labels, buttons, group
titles, tabs, placeholders, combo items, tooltips, menus, table headers and the rows shown.
`english(texts, allowed)` returns the Latin-letter words that are not the shop's own data
(customer names, products, SKUs: collected from the database by `data_words`) and not on the
allow-list of words Korean software keeps in Latin letters (PDF, SKU, Ctrl …); raw stored codes
(`pending_payment`, `naver_pay`) and rule numbers ("(R48)") are always reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.base import Base

# Words Korean shops read in Latin letters: formats, keys, units, brands and the app's name.
ALLOWED = {
    *[
        "PDF",
        "SKU",
        "KRW",
        "URL",
        "CSV",
        "XLSX",
        "JSON",
        "xlsx",  # file name extensions
        "csv",
        "pdf",
        "ID",
        "PIN",
        "QR",
        "USB",
        "PC",  # 이 PC: Korean Windows says it so
        "TCP",
        "ESC",
        "POS",
        "TSPL",
        "A4",
        "mm",
        "dpi",
        "PG",
        # WooCommerce's own names a person types or looks for: its REST API keys (ck_…, cs_…)
        # and the HTTP header some hosts strip.
        "REST",
        "API",
        "ck",
        "cs",
        "Authorization",
    ],
    *[
        "Ctrl",
        "Shift",
        "Alt",
        "Enter",
        "Esc",
        "Tab",
        "PgUp",
        "PgDown",
        "Del",
        "Backspace",
        "Return",
        "Space",
    ],
    *["Naver", "Pay", "Kakao", "CJ", "GS", "CU", "Postbox"],
    "Backoffice",
    "English",  # a language is listed in its own name (한국어, English)
    "WooCommerce",
}
URL = re.compile(
    r"(https?|tcp|usb|serial|file|sqlite|postgresql[+\w]*)://\S+|[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+\.(com|kr|net|example|local)\b\S*"
)
CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")  # a stored code shown raw: pending_payment
RULE = re.compile(r"\(R\d+")  # a rule number means nothing to a cashier: "(R48)"
WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]+>")
FILE = re.compile(r"\S+\.(xlsx|csv|pdf|png|sqlite3)\b")  # a file's name is the user's
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # a notification template's {order_number}: syntax


# Where people's own words are kept: what customers, staff and the catalogue typed. Columns of
# stored codes (kind, stage, method …) are not here: a code shown raw is what the check looks for.
DATA_COLUMNS = {
    "custom_statuses": ("name",),
    "customers": ("name", "email", "grade"),
    "products": ("name", "name_en", "description"),
    "shops": ("name", "base_url"),
    "staff": ("name",),
    "orders": (
        "code",
        "shop_order_number",
        "tracking_numbers",
        "channel_detail",
        "cancel_reason",
        "buyer_name",
        "buyer_email",
        "coupon_codes",
        "customer_note",
        "items_summary",
        "recipient_name",
        "carrier",
    ),
    "variants": ("sku", "options"),
    "memos": ("author", "text"),
    "messages": ("author", "text"),
    "order_addresses": ("name", "address1", "address2", "memo"),
    "order_lines": ("sku", "name", "options"),
    "payment_requests": ("note",),
    "payments": ("card_issuer", "card_masked", "pg_transaction"),
    "shipments": ("carrier", "tracking_number"),
    "claims": ("reason", "reject_reason", "pickup_name", "pickup_address", "pickup_carrier"),
    "refunds": ("reason",),
}


def data_words(session: Session) -> set[str]:
    """Every Latin-letter word in the shop's own data: what customers, staff and the catalogue
    typed is shown as it was typed."""
    words: set[str] = set()
    for name, columns in DATA_COLUMNS.items():
        table = Base.metadata.tables[name]
        for row in session.execute(select(*(table.c[c] for c in columns))):
            for value in row:
                if isinstance(value, str):
                    words.update(WORD.findall(URL.sub(" ", value)))
    return words


def english(texts: Iterable[tuple[str, str]], allowed: set[str]) -> list[str]:
    found: list[str] = []
    for where, text in texts:
        plain = PLACEHOLDER.sub(" ", FILE.sub(" ", URL.sub(" ", TAG.sub(" ", text))))
        codes = CODE.findall(plain) + RULE.findall(plain)
        words = [w for w in WORD.findall(plain) if w not in allowed and w not in ALLOWED]
        if codes or words:
            found.append(f"{where}: {text!r} -> {sorted(set(codes + words))}")
    return found


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) or widget is top


def visible_texts(top: QWidget, rows: int = 30) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        if text and text.strip():
            out.append((where, text))

    add(f"{type(top).__name__} title", top.windowTitle())
    for w in [top, *top.findChildren(QWidget)]:
        if not _shown(w, top):
            continue
        name = f"{type(top).__name__}/{type(w).__name__}"
        if w.toolTip():
            add(f"{name} tooltip", w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            add(name, w.text())
        elif isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(name, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"{name} tab", w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name} item", w.itemText(i))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, root = w.model(), QModelIndex()
            columns = _columns(model)
            for c in range(columns):
                add(f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            for r in range(min(model.rowCount(root), rows)):
                for c in range(columns):
                    value = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        add(f"{name} cell", value)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add("menu", action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                out.extend(_menu_texts(menu))
    return out


def _columns(model) -> int:  # type: ignore[no-untyped-def]
    """A table model's columns; a list model (whose columnCount is private in PySide) has one."""
    for call in (lambda: model.columnCount(), lambda: model.columnCount(QModelIndex())):
        try:
            return int(call())
        except TypeError:
            continue
    return 1


def _menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    out = []
    for action in menu.actions():
        if action.isVisible() and action.text():
            out.append((f"menu {menu.title()}", action.text()))
        if action.menu() is not None:
            out.extend(_menu_texts(action.menu()))
    return out
