"""Words the list shows for stored values (stages, payment states, channels, skip reasons, default
tabs), declared once with QT_TRANSLATE_NOOP so lupdate finds them (STYLE practices 6 and 10)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STAGES = {
    "pending_payment": QT_TRANSLATE_NOOP("Labels", "Pending payment"),
    "received": QT_TRANSLATE_NOOP("Labels", "New"),
    "preparing": QT_TRANSLATE_NOOP("Labels", "Preparing"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
PAYMENT = {
    "unpaid": QT_TRANSLATE_NOOP("Labels", "Unpaid"),
    "partially_paid": QT_TRANSLATE_NOOP("Labels", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "refund_due": QT_TRANSLATE_NOOP("Labels", "Refund due"),
    "refunded": QT_TRANSLATE_NOOP("Labels", "Refunded"),
}
CHANNELS = {
    "web": QT_TRANSLATE_NOOP("Labels", "Web shop"),
    "counter": QT_TRANSLATE_NOOP("Labels", "Counter"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "marketplace": QT_TRANSLATE_NOOP("Labels", "Marketplace"),
}
TABS = {
    "all": QT_TRANSLATE_NOOP("Labels", "All"),
    "pending_payment": QT_TRANSLATE_NOOP("Labels", "Pending payment"),
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "preparing": QT_TRANSLATE_NOOP("Labels", "Preparing"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready"),
    "shipped": QT_TRANSLATE_NOOP("Labels", "Shipped"),
    "cancel_requests": QT_TRANSLATE_NOOP("Labels", "Cancel requests"),
    "returns": QT_TRANSLATE_NOOP("Labels", "Returns/exchanges"),
}
SKIP_REASONS = {
    "cancelled": QT_TRANSLATE_NOOP("Labels", "already cancelled"),
    "completed": QT_TRANSLATE_NOOP("Labels", "completed: cannot change"),
    "not_forward": QT_TRANSLATE_NOOP("Labels", "already at or past that stage"),
    "pickup": QT_TRANSLATE_NOOP("Labels", "pickup orders are not shipped"),
    "needs_tracking": QT_TRANSLATE_NOOP("Labels", "no carrier and tracking number"),
    "unpaid": QT_TRANSLATE_NOOP("Labels", "waiting for payment"),
    "other": QT_TRANSLATE_NOOP("Labels", "no longer exists"),
    "no_printer": QT_TRANSLATE_NOOP("Labels", "no printer is set up for this document"),
}
FLAGS = {
    "cancel_request": QT_TRANSLATE_NOOP("Labels", "Cancel request"),
    "claim": QT_TRANSLATE_NOOP("Labels", "Claim"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(table: dict[str, str], key: str) -> str:
    """The translated word for a stored value; an unknown value is shown as stored."""
    text = table.get(key)
    return tr(text) if text else key


def export_labels(field: str, value: str) -> str:
    """services.export's labeller, in the UI's language."""
    table = {"stage": STAGES, "payment": PAYMENT, "channel": CHANNELS}.get(field)
    return label(table, value) if table else value
