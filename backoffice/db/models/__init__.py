"""Every table of the local database; importing this package registers them all on Base.metadata."""

from backoffice.db.base import Base
from backoffice.db.models.catalog import Customer, Product, Variant
from backoffice.db.models.claims import Claim, ClaimLine, OrderEdit
from backoffice.db.models.fulfilment import Shipment, ShipmentLine
from backoffice.db.models.money import Payment, PaymentRequest, Refund
from backoffice.db.models.notifications import NotificationTemplate
from backoffice.db.models.orders import CustomStatus, Order, OrderAddress, OrderLine, Shop
from backoffice.db.models.system import (
    ListTab,
    OutboxEntry,
    ParkedShopOrder,
    PrintJob,
    Setting,
    Staff,
    SyncConflict,
    SyncCursor,
)
from backoffice.db.models.timeline import Memo, Message, TimelineEvent

__all__ = [
    "Base",
    "Claim",
    "ClaimLine",
    "Customer",
    "CustomStatus",
    "ListTab",
    "Memo",
    "Message",
    "NotificationTemplate",
    "Order",
    "OrderAddress",
    "OrderEdit",
    "OrderLine",
    "OutboxEntry",
    "ParkedShopOrder",
    "Payment",
    "PaymentRequest",
    "PrintJob",
    "Product",
    "Refund",
    "Setting",
    "Shipment",
    "ShipmentLine",
    "Shop",
    "Staff",
    "SyncConflict",
    "SyncCursor",
    "TimelineEvent",
    "Variant",
]
