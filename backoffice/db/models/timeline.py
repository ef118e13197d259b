"""The order's immutable history (R28), memos and customer messages (R29)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.base import Base, BigIntPK, MaskedJSON, MaskedText, utcnow


class TimelineEvent(Base):
    """Never updated. Kept when its order is deleted (R49): order_id becomes NULL, the code stays."""

    __tablename__ = "timeline_events"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    order_code: Mapped[str] = mapped_column(String(11))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))  # staff name, "web shop", "system"
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(MaskedText())
    before: Mapped[dict[str, Any] | None] = mapped_column(MaskedJSON())
    after: Mapped[dict[str, Any] | None] = mapped_column(MaskedJSON())
    # {"template": ..., "params": ...} when the text was recorded with values: the UI translates
    # the template (history.record); `text` stays the English sentence.
    message: Mapped[dict[str, Any] | None] = mapped_column(MaskedJSON())
    __table_args__ = (
        Index("ix_timeline_events_order", "order_id", "at"),
        Index("ix_timeline_events_code", "order_code"),
    )


class Memo(Base):
    __tablename__ = "memos"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(MaskedText())
    for_customer: Mapped[bool] = mapped_column(default=False)  # pushed to the shop (R44)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Message(Base):
    """A message to or from the customer (R29): sent via the shop or SMS/e-mail, replies by sync."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # out | in
    channel: Mapped[str] = mapped_column(String(10), default="shop")  # shop, sms, email
    author: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(MaskedText())
    remote_id: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
