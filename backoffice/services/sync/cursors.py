"""Where each shop's pull stands (a `SyncCursor` row per shop and resource), and the sync status
facts every front end shows (R42, R45), kept in `settings` so every PC sees the same."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Setting, SyncCursor
from backoffice.sync.models import PullCursor

ORDERS = "orders"


def _row(session: Session, shop_id: int, resource: str) -> SyncCursor | None:
    return session.scalar(
        select(SyncCursor).where(SyncCursor.shop_id == shop_id, SyncCursor.resource == resource)
    )


def load_cursor(session: Session, shop_id: int) -> PullCursor:
    row = _row(session, shop_id, ORDERS)
    if row is None or not row.cursor:
        return PullCursor()
    return PullCursor.from_json(json.dumps(row.cursor))


def save_cursor(session: Session, shop_id: int, cursor: PullCursor) -> None:
    """In the caller's transaction, with the orders the cursor covers (R42)."""
    value = json.loads(cursor.to_json())
    row = _row(session, shop_id, ORDERS)
    if row is None:
        session.add(SyncCursor(shop_id=shop_id, resource=ORDERS, cursor=value, updated_at=utcnow()))
    else:
        row.cursor, row.updated_at = value, utcnow()


def load_value(session: Session, shop_id: int, resource: str) -> dict[str, object]:
    row = _row(session, shop_id, resource)
    return dict(row.cursor) if row is not None and row.cursor else {}


def save_value(session: Session, shop_id: int, resource: str, value: dict[str, object]) -> None:
    row = _row(session, shop_id, resource)
    if row is None:
        session.add(
            SyncCursor(shop_id=shop_id, resource=resource, cursor=value, updated_at=utcnow())
        )
    else:
        row.cursor, row.updated_at = value, utcnow()


# ---- status (R45) ----------------------------------------------------------------------------

LAST_SYNC = "sync.last_sync_at"
ONLINE = "sync.online"
LAST_ERROR = "sync.last_error"
LAST_PULL = "sync.last_pull_at"  # the last pull that reached every shop
LAST_PUSH = "sync.last_push_at"  # the last run that pushed every due change it could


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else None


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
