"""Customer notification templates edited by staff (R47). The shipped defaults live in
resources/notifications/*.toml; a row here replaces one (event, language) default."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.db.base import Base, BigIntPK, utcnow


class NotificationTemplate(Base):
    __tablename__ = "notification_templates"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    event: Mapped[str] = mapped_column(String(30))  # domain.notify.EVENTS
    language: Mapped[str] = mapped_column(String(2))  # ko | en
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    __table_args__ = (
        Index("uq_notification_templates_event_language", "event", "language", unique=True),
    )
