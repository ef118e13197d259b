"""WooCommerce order statuses ↔ local stages (R6, R12, R44), decided once here.

Shop → local:
  pending, on-hold       → pending_payment  (on-hold is Woo's "awaiting bank transfer")
  failed                 → pending_payment with `payment_failed`: Woo lets the customer pay a failed
                           order again, so it is still waiting for payment; R10 cancels it when the
                           deposit deadline passes.
  processing             → received, or the stage in meta `_backoffice_stage` (preparing, ready,
                           shipped) which we wrote ourselves: Woo has no such statuses.
  completed              → delivered, or `completed` when our meta says so (Woo has no purchase
                           confirmation; R8 makes it `completed` later).
  cancelled              → cancelled
  refunded               → cancelled (the refunds come with the order)
  anything else (custom) → received; the raw status stays in `RemoteOrder.status`.
  checkout-draft, trash  → not an order yet / deleted: skipped by the pull.

Local → shop:
  pending_payment → pending (on-hold kept if the shop has it: both mean "waiting")
  received, preparing, ready, shipped → processing (+ `_backoffice_stage` meta and a note)
  delivered, completed → completed (+ `_backoffice_stage`)
  cancelled → cancelled
"""

from __future__ import annotations

STAGE_META = "_backoffice_stage"
KEYS_META = "_backoffice_keys"
CODE_META = "_backoffice_order_code"
CREATE_KEY_META = "_backoffice_idempotency_key"
# The WooCommerce Shipment Tracking extension's order meta: a list of tracking items, which its
# e-mails, the customer's account page and other plugins read (R7).
TRACKING_META = "_wc_shipment_tracking_items"
# R12 cancel requests: a customer-side snippet/plugin sets this meta on the order. Its value is the
# customer's reason (or "yes"/"1"); empty, "no" or "0" means no request. We clear it on rejection.
CANCEL_REQUEST_META = "_cancel_request"
# R22: a pending order we made in the shop only to take a payment for one of our orders (an extra
# amount): the original's shop order id and the payment request's token. Never an order itself.
PAYMENT_FOR_META = "_backoffice_payment_for"
PAYMENT_TOKEN_META = "_backoffice_payment_token"

SKIPPED_STATUSES = frozenset({"checkout-draft", "trash", "auto-draft"})
_PROCESSING_STAGES = ("received", "preparing", "ready", "shipped")
_COMPLETED_STAGES = ("delivered", "completed")
LOCAL_STAGES = (
    "pending_payment",
    "received",
    "preparing",
    "ready",
    "shipped",
    "delivered",
    "completed",
    "cancelled",
)


def stage_from_woo(status: str, stage_meta: str | None) -> tuple[str, bool]:
    """(local stage, payment_failed) for a Woo status and our `_backoffice_stage` meta."""
    status = status.lower()
    if status in ("pending", "on-hold"):
        return "pending_payment", False
    if status == "failed":
        return "pending_payment", True
    if status == "processing":
        return (stage_meta if stage_meta in _PROCESSING_STAGES else "received"), False
    if status == "completed":
        return (stage_meta if stage_meta in _COMPLETED_STAGES else "delivered"), False
    if status in ("cancelled", "refunded"):
        return "cancelled", False
    return "received", False


def woo_from_stage(stage: str, current_status: str | None = None) -> str:
    """The Woo status to write for a local stage; keeps an equivalent current status."""
    if stage not in LOCAL_STAGES:
        raise ValueError(f"Unknown stage {stage!r}")
    if stage == "pending_payment":
        return current_status if current_status in ("pending", "on-hold") else "pending"
    if stage in _PROCESSING_STAGES:
        return "processing"
    if stage in _COMPLETED_STAGES:
        return "completed"
    return "cancelled"


def cancel_request_from_meta(value: object) -> tuple[bool, str]:
    """(requested, reason) from the `_cancel_request` meta value."""
    if value is None or isinstance(value, bool | int):
        return bool(value), ""
    text = str(value).strip()
    if text.lower() in ("", "no", "0", "false"):
        return False, ""
    if text.lower() in ("yes", "1", "true"):
        return True, ""
    return True, text
