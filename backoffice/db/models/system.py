"""Infrastructure rows: the outbox (R42), sync cursors and conflicts (R43), print jobs (R41),
staff (R48), saved list tabs (R31) and database-wide settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.base import Base, BigIntPK, MaskedJSON, MaskedText, utcnow


class Setting(Base):
    """Database-wide facts shared by every PC: the order-code namespace and counter (R1), …"""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="staff")  # staff | manager
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(default=True)

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


class OutboxEntry(Base):
    """A local change waiting to reach the shop, written in the change's transaction (R42)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    order_code: Mapped[str] = mapped_column(String(11), default="")
    shop_id: Mapped[int | None] = mapped_column(ForeignKey("shops.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(MaskedJSON())
    idempotency_key: Mapped[str] = mapped_column(String(40), unique=True)
    state: Mapped[str] = mapped_column(
        String(10), default="pending"
    )  # pending, sent, parked, skipped
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(MaskedText(), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    __table_args__ = (Index("ix_outbox_state_id", "state", "id"),)


class SyncCursor(Base):
    __tablename__ = "sync_cursors"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    resource: Mapped[str] = mapped_column(String(30))
    cursor: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("uq_sync_cursors_shop_resource", "shop_id", "resource", unique=True),)


class ParkedShopOrder(Base):
    """A shop order the pull could not take (R42): its reason and the JSON the shop sent.

    One row per (shop, shop order id); pulled again and read fine, the row goes away. The rest of
    its page was taken as usual: one bad order never stops the intake. Migration 0007."""

    __tablename__ = "parked_shop_orders"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(64))  # "" when the shop sent no usable id
    number: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(MaskedText(), default="")
    raw: Mapped[str] = mapped_column(MaskedText(), default="")
    times: Mapped[int] = mapped_column(default=1)  # how many pulls found it unreadable
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (
        Index("uq_parked_shop_orders_shop_remote", "shop_id", "remote_id", unique=True),
    )


class SyncConflict(Base):
    """Both sides changed one order while offline; kept for staff to resolve (R43)."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(40))
    local_value: Mapped[dict[str, Any] | None] = mapped_column(MaskedJSON())
    remote_value: Mapped[dict[str, Any] | None] = mapped_column(MaskedJSON())
    state: Mapped[str] = mapped_column(String(12), default="open")  # open, kept_local, took_remote
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]


class PrintJob(Base):
    """Rendered once when queued so a retry sends identical bytes (R41)."""

    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    order_code: Mapped[str] = mapped_column(String(11), default="")
    # Every order in the job, space-separated (bulk labels are one job, R39), its language and who
    # queued it: a reprint or a redirect to another printer re-renders from these.
    order_codes: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="ko")
    actor: Mapped[str] = mapped_column(String(100), default="")
    document: Mapped[str] = mapped_column(String(20))  # receipt, label, invoice, ...
    printer: Mapped[str] = mapped_column(String(300))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(
        String(10), default="queued"
    )  # queued sending sent failed uncertain
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(default=0)
    reprint_of: Mapped[int | None] = mapped_column(ForeignKey("print_jobs.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    __table_args__ = (Index("ix_print_jobs_state", "state", "id"),)


class ListTab(Base):
    """A saved filter shown as a tab of the order list (R31, R33, R34)."""

    __tablename__ = "list_tabs"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    builtin: Mapped[str | None] = mapped_column(String(30))  # key of a default tab, for translation
    position: Mapped[int] = mapped_column(default=0)
    filter: Mapped[dict[str, Any]]
    columns: Mapped[dict[str, Any] | None]  # order, hidden, widths (R34)
