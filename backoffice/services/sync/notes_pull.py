"""Customer messages from the shop (R29, R44): order notes the customer wrote become messages.

WooCommerce does not change an order's date_modified when a note is added, so the incremental
pull cannot see new notes. We read the notes of the orders the pull just brought, plus a few open
orders of the shop in turn (a rotating position kept in a `SyncCursor` row), each run. Notes are
stored once: `notes.receive_message` drops a remote note id it already holds.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.models import Order
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import Stage
from backoffice.services.orders import notes
from backoffice.services.sync.cursors import load_value, save_value
from backoffice.services.sync.txn import SharedUnitOfWork
from backoffice.sync.errors import ShopError, ShopUnreachable

logger = logging.getLogger(__name__)

RESOURCE = "notes"
CLOSED = (Stage.COMPLETED.value, Stage.CANCELLED.value)


@dataclass
class NotesOutcome:
    received: int = 0
    errors: list[str] = field(default_factory=list)
    reached: bool = True


def _rotation(session: Session, shop_id: int, budget: int) -> list[int]:
    after = int(load_value(session, shop_id, RESOURCE).get("after", 0) or 0)
    stmt = (
        select(Order.id, Order.shop_order_id)
        .where(
            Order.shop_id == shop_id,
            Order.shop_order_id.is_not(None),
            Order.stage.not_in(CLOSED),
            Order.id > after,
        )
        .order_by(Order.id)
        .limit(budget)
    )
    rows = list(session.execute(stmt))
    save_value(session, shop_id, RESOURCE, {"after": rows[-1][0] if len(rows) == budget else 0})
    return [int(r) for _, r in rows if r and str(r).isdigit()]


def pull_notes(
    factory: sessionmaker[Session],
    shop_id: int,
    connector: object,
    changed: Sequence[int],
    *,
    budget: int = 30,
) -> NotesOutcome:
    out = NotesOutcome()
    wanted = list(dict.fromkeys(changed))[:budget]
    with factory() as session:
        wanted += [r for r in _rotation(session, shop_id, max(budget - len(wanted), 5))]
        session.commit()
    for remote_id in dict.fromkeys(wanted):
        try:
            remote_notes = connector.pull_notes(remote_id)  # type: ignore[attr-defined]
        except ShopError as exc:
            out.errors.append(str(exc))
            if isinstance(exc, ShopUnreachable):
                out.reached = False
                return out
            continue
        mine = [n for n in remote_notes if n.from_customer and n.text.strip()]
        if not mine:
            continue
        with factory() as session:
            code = session.scalar(
                select(Order.code).where(
                    Order.shop_id == shop_id, Order.shop_order_id == str(remote_id)
                )
            )
            if code is None:
                continue
            for note in mine:
                try:
                    notes.receive_message(
                        SharedUnitOfWork(session),
                        code,
                        note.text,
                        remote_id=str(note.remote_note_id),
                        at=note.created_gmt,
                        author=note.author,
                    )
                    out.received += 1
                except DomainError as exc:
                    out.errors.append(f"{code}: {exc}")
            session.commit()
    return out
