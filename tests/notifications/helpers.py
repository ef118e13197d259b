"""Shared steps of the notification tests: switch a channel on, read what was queued."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import OutboxEntry, TimelineEvent
from backoffice.db.uow import UnitOfWork
from backoffice.services.notify import settings as notify_settings
from tests.factories import MANAGER


def switch_on(uow: UnitOfWork, channel: str, **smtp: Any) -> None:
    settings = replace(notify_settings.NotifySettings(), channel=channel, **smtp)
    notify_settings.save(uow, MANAGER, settings)


def queued(session: Session, code: str) -> list[OutboxEntry]:
    stmt = select(OutboxEntry).where(
        OutboxEntry.order_code == code, OutboxEntry.kind.in_(("notify_email", "notify_shop"))
    )
    return list(session.scalars(stmt.order_by(OutboxEntry.id)))


def timeline(session: Session, code: str) -> list[str]:
    stmt = select(TimelineEvent.text).where(TimelineEvent.order_code == code)
    return list(session.scalars(stmt.order_by(TimelineEvent.id)))
