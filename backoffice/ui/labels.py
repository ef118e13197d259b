"""Words the list shows for stored values (stages, payment states, channels, skip reasons, default
tabs), declared once with QT_TRANSLATE_NOOP so lupdate finds them (STYLE practices 6 and 10)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from backoffice.domain.carriers import Carrier

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


CLAIM_KINDS = {
    "cancel": QT_TRANSLATE_NOOP("Claims", "Cancel"),
    "return": QT_TRANSLATE_NOOP("Claims", "Return"),
    "exchange": QT_TRANSLATE_NOOP("Claims", "Exchange"),
    "cancel_request": QT_TRANSLATE_NOOP("Claims", "Cancel request (customer)"),
}
CLAIM_STATES = {
    "requested": QT_TRANSLATE_NOOP("Claims", "Requested"),
    "approved": QT_TRANSLATE_NOOP("Claims", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Claims", "Rejected"),
    "completed": QT_TRANSLATE_NOOP("Claims", "Completed"),
}
REQUEST_STATES = {
    "requested": QT_TRANSLATE_NOOP("PaymentStates", "Requested"),
    "paid": QT_TRANSLATE_NOOP("PaymentStates", "Paid"),
    "withdrawn": QT_TRANSLATE_NOOP("PaymentStates", "Withdrawn"),
}
PRINT_DOCUMENTS = {
    "receipt": QT_TRANSLATE_NOOP("PrintQueue", "Receipt"),
    "label": QT_TRANSLATE_NOOP("PrintQueue", "Shipping label"),
    "invoice": QT_TRANSLATE_NOOP("PrintQueue", "Invoice"),
    "packing-slip": QT_TRANSLATE_NOOP("PrintQueue", "Packing slip"),
    "order-sheet": QT_TRANSLATE_NOOP("PrintQueue", "Order sheet"),
}
PRINT_STATES = {
    "queued": QT_TRANSLATE_NOOP("PrintQueue", "Queued"),
    "sending": QT_TRANSLATE_NOOP("PrintQueue", "Sending"),
    "sent": QT_TRANSLATE_NOOP("PrintQueue", "Printed"),
    "failed": QT_TRANSLATE_NOOP("PrintQueue", "Failed"),
    "uncertain": QT_TRANSLATE_NOOP("PrintQueue", "Not confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("PrintQueue", "Cancelled"),
}

LINE_KINDS = {  # what a line is, beside its name (the items tab, the timeline)
    "item": "",
    "free": QT_TRANSLATE_NOOP("Items", "free"),
    "surcharge": QT_TRANSLATE_NOOP("Items", "surcharge"),
    "negative": QT_TRANSLATE_NOOP("Items", "refund"),
    "fee": QT_TRANSLATE_NOOP("Items", "fee"),
}
FREE_LINE_KINDS = {
    "free": QT_TRANSLATE_NOOP("AddLines", "Free line"),
    "surcharge": QT_TRANSLATE_NOOP("AddLines", "Surcharge"),
    "negative": QT_TRANSLATE_NOOP("AddLines", "Refund of an amount"),
}
ACTION_DOCUMENTS = {
    "receipt": QT_TRANSLATE_NOOP("Actions", "Receipt"),
    "label": QT_TRANSLATE_NOOP("Actions", "Label"),
    "invoice": QT_TRANSLATE_NOOP("Actions", "Invoice"),
    "packing_slip": QT_TRANSLATE_NOOP("Actions", "Packing slip"),
    "order_sheet": QT_TRANSLATE_NOOP("Actions", "Order sheet"),
}
EVENT_KINDS = {
    "stage": QT_TRANSLATE_NOOP("Timeline", "Stage"),
    "edit": QT_TRANSLATE_NOOP("Timeline", "Edit"),
    "payment": QT_TRANSLATE_NOOP("Timeline", "Payment"),
    "payment_request": QT_TRANSLATE_NOOP("Timeline", "Payment request"),
    "refund": QT_TRANSLATE_NOOP("Timeline", "Refund"),
    "claim": QT_TRANSLATE_NOOP("Timeline", "Claim"),
    "memo": QT_TRANSLATE_NOOP("Timeline", "Memo"),
    "memo_customer": QT_TRANSLATE_NOOP("Timeline", "Memo for the customer"),
    "message": QT_TRANSLATE_NOOP("Timeline", "Message"),
    "tracking": QT_TRANSLATE_NOOP("Timeline", "Tracking"),
    "cancelled": QT_TRANSLATE_NOOP("Timeline", "Cancelled"),
    "order_created": QT_TRANSLATE_NOOP("Timeline", "Created"),
    "created": QT_TRANSLATE_NOOP("Timeline", "Created"),
    "replaced": QT_TRANSLATE_NOOP("Timeline", "Replaced"),
    "revert": QT_TRANSLATE_NOOP("Timeline", "Reverted"),
    "custom_status": QT_TRANSLATE_NOOP("Timeline", "Status label"),
    "address": QT_TRANSLATE_NOOP("Timeline", "Address"),
    "shipment_address": QT_TRANSLATE_NOOP("Timeline", "Shipment address"),
    "shipment_split": QT_TRANSLATE_NOOP("Timeline", "Shipment split"),
    "shipment_merge": QT_TRANSLATE_NOOP("Timeline", "Shipments merged"),
    "cancel_requested": QT_TRANSLATE_NOOP("Timeline", "Cancel request"),
    "cancel_request_rejected": QT_TRANSLATE_NOOP("Timeline", "Cancel request rejected"),
    "deleted": QT_TRANSLATE_NOOP("Timeline", "Deleted"),
    "notified": QT_TRANSLATE_NOOP("Timeline", "Customer notified"),
    "notification": QT_TRANSLATE_NOOP("Timeline", "Notification"),
}
TIMELINE_CHANNELS = {
    "shop": QT_TRANSLATE_NOOP("Timeline", "Web shop"),
    "sms": QT_TRANSLATE_NOOP("Timeline", "SMS"),
    "email": QT_TRANSLATE_NOOP("Timeline", "E-mail"),
}
CANCEL_REASONS = {  # reasons the app itself records as codes (domain/stages.py)
    "payment_expired": QT_TRANSLATE_NOOP("Labels", "The deposit deadline passed"),
}
ACTORS = {  # who the timeline names when no person did it (services/staff/actor.py)
    "web shop": QT_TRANSLATE_NOOP("Timeline", "Web shop"),
    "system": QT_TRANSLATE_NOOP("Timeline", "System"),
}
REFUND_METHODS = {
    "card": QT_TRANSLATE_NOOP("Refunds", "Card"),
    "cash": QT_TRANSLATE_NOOP("Refunds", "Cash"),
    "bank_transfer": QT_TRANSLATE_NOOP("Refunds", "Bank transfer"),
    "naver_pay": QT_TRANSLATE_NOOP("Refunds", "Naver Pay"),
    "kakao_pay": QT_TRANSLATE_NOOP("Refunds", "Kakao Pay"),
    "points": QT_TRANSLATE_NOOP("Refunds", "Points"),
    "other": QT_TRANSLATE_NOOP("Refunds", "Other"),
}
EDIT_STATES = {
    "": QT_TRANSLATE_NOOP("Items", "No open edit"),
    "editing": QT_TRANSLATE_NOOP("Items", "Editing"),
    "confirmation_requested": QT_TRANSLATE_NOOP("Items", "Confirmation requested"),
    "confirmed_by_customer": QT_TRANSLATE_NOOP("Items", "Confirmed by the customer"),
}
NOTIFY_EVENTS = {
    "received": QT_TRANSLATE_NOOP("NotificationEvents", "Order received (phone and counter)"),
    "shipped": QT_TRANSLATE_NOOP("NotificationEvents", "Shipped (carrier and tracking)"),
    "delivered": QT_TRANSLATE_NOOP("NotificationEvents", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("NotificationEvents", "Cancelled (with reason)"),
    "payment_request": QT_TRANSLATE_NOOP("NotificationEvents", "Payment request"),
    "edit_confirmation": QT_TRANSLATE_NOOP("NotificationEvents", "Edited order to confirm"),
    "cancel_rejected": QT_TRANSLATE_NOOP("NotificationEvents", "Cancel request rejected"),
    "refund": QT_TRANSLATE_NOOP("NotificationEvents", "Refund made"),
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


# Translated as the language code of the translation itself ("ko" in Korean): which language the
# window speaks, for values that carry their own names in both (carriers).
LANGUAGE = QT_TRANSLATE_NOOP("Labels", "en")


def language() -> str:
    return QCoreApplication.translate("Labels", LANGUAGE)


def carrier_name(carrier: Carrier) -> str:
    """A carrier as the viewer reads it: its Korean name in a Korean window, else English."""
    return carrier.name_ko if language() == "ko" else carrier.name_en


def actor_name(actor: str) -> str:
    """A timeline's "who": a person's name as it is, the web shop and the system translated."""
    text = ACTORS.get(actor)
    return QCoreApplication.translate("Timeline", text) if text else actor
