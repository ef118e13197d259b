"""Sync conflicts (R43): an order changed on both sides since the last sync.

A customer's cancellation or payment in the shop wins over a local stage change: the apply step
calls `remote_wins`, which marks the local stage rows `skipped` with a timeline note. Any other
conflict becomes a `SyncConflict` row holding both versions; while it is open the relay holds
back that order's stage rows (nothing is overwritten), until staff choose with
`resolve_conflict(uow, actor, id, keep="local" | "remote")`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import Order, OutboxEntry, SyncConflict
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import N_, DomainError, NotFound
from backoffice.domain.stages import Stage
from backoffice.services.orders import changes as orders
from backoffice.services.orders.history import record
from backoffice.services.staff.actor import Actor
from backoffice.services.sync.txn import SharedUnitOfWork
from backoffice.sync.outbox_map import STAGE_KINDS

SYNC_NOTE_KIND = "sync_conflict"


@dataclass(frozen=True)
class ConflictRow:
    id: int
    order_code: str
    field: str
    local: dict[str, Any]
    remote: dict[str, Any]
    state: str
    created_at: datetime


def pending_stage_entries(session: Session, order_id: int) -> list[OutboxEntry]:
    stmt = (
        select(OutboxEntry)
        .where(
            OutboxEntry.order_id == order_id,
            OutboxEntry.state == "pending",
            OutboxEntry.kind.in_(STAGE_KINDS),
        )
        .order_by(OutboxEntry.id)
    )
    return list(session.scalars(stmt))


def pending_stage_entries_of(
    session: Session, order_ids: list[int]
) -> dict[int, list[OutboxEntry]]:
    """`pending_stage_entries` of many orders in one query (a pulled page)."""
    out: dict[int, list[OutboxEntry]] = {oid: [] for oid in order_ids}
    if not order_ids:
        return out
    stmt = (
        select(OutboxEntry)
        .where(
            OutboxEntry.order_id.in_(order_ids),
            OutboxEntry.state == "pending",
            OutboxEntry.kind.in_(STAGE_KINDS),
        )
        .order_by(OutboxEntry.id)
    )
    for entry in session.scalars(stmt):
        out[entry.order_id].append(entry)  # type: ignore[index]
    return out


def remote_wins(session: Session, order: Order, actor: Actor, why: str) -> int:
    """R43: the shop's customer change wins; local stage rows are not sent. Returns how many."""
    entries = pending_stage_entries(session, order.id)
    for entry in entries:
        entry.state = "skipped"
        entry.last_error = f"not sent: {why} (R43)"
        entry.next_attempt_at = None
    if entries:
        stages = ", ".join(str(e.payload.get("stage")) for e in entries)
        record(
            session,
            order,
            actor,
            SYNC_NOTE_KIND,
            "Local stage change ({stages}) not sent to the shop: {why} (R43)",
            before={"stage": order.stage},
            params={"stages": stages, "why": why},
        )
    return len(entries)


def record_conflict(
    session: Session,
    order: Order,
    field: str,
    local: dict[str, Any],
    remote: dict[str, Any],
    actor: Actor,
) -> SyncConflict | None:
    """Keep both versions for staff. The same remote version is recorded once (even after a
    resolution), so re-reading the order does not bring a decided conflict back."""
    previous = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.order_id == order.id, SyncConflict.field == field)
        .order_by(SyncConflict.id.desc())
    ).first()
    if previous is not None and previous.remote_value == remote:
        return None
    if previous is not None and previous.state == "open":
        previous.local_value, previous.remote_value = local, remote
        return previous
    conflict = SyncConflict(
        order_id=order.id, field=field, local_value=local, remote_value=remote, created_at=utcnow()
    )
    session.add(conflict)
    if field == "stage":  # named so the UI shows the stages' labels
        said = N_(
            "Changed here and in the shop: stage {stage} here, {target} in the shop; "
            "waiting for staff (R43)"
        )
        params = {"stage": local.get(field), "target": remote.get(field)}
    else:
        said = N_(
            "Changed here and in the shop: {field} {local} here, {remote} in the shop; "
            "waiting for staff (R43)"
        )
        params = {"field": field, "local": local.get(field), "remote": remote.get(field)}
    record(  # templates: N_
        session, order, actor, SYNC_NOTE_KIND, said, before=local, after=remote, params=params
    )
    return conflict


def blocked_orders(session: Session) -> set[int]:
    """Orders with an open stage conflict: the relay holds back their stage rows."""
    stmt = select(SyncConflict.order_id).where(
        SyncConflict.state == "open", SyncConflict.field == "stage"
    )
    return {i for i in session.scalars(stmt) if i is not None}


def list_conflicts(session: Session, *, open_only: bool = True) -> list[ConflictRow]:
    stmt = (
        select(SyncConflict, Order.code)
        .join(Order, Order.id == SyncConflict.order_id, isouter=True)
        .order_by(SyncConflict.id)
    )
    if open_only:
        stmt = stmt.where(SyncConflict.state == "open")
    return [
        ConflictRow(
            c.id,
            code or "",
            c.field,
            dict(c.local_value or {}),
            dict(c.remote_value or {}),
            c.state,
            c.created_at,
        )
        for c, code in session.execute(stmt)
    ]


def resolve_conflict(uow: UnitOfWork, actor: Actor, conflict_id: int, keep: str) -> None:
    """Staff decide (R43). "local": the held stage rows go to the shop at the next sync.
    "remote": they are dropped and the shop's stage is applied here through the normal rules
    (a move back needs a manager, shipping needs a tracking number)."""
    if keep not in ("local", "remote"):
        raise ValueError("keep must be 'local' or 'remote'")
    with uow:
        session = uow.session
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.order_id is None:
            raise NotFound("No sync conflict {conflict_id}", conflict_id=conflict_id)
        if conflict.state != "open":
            raise DomainError(
                "Sync conflict {conflict_id} is already resolved", "R43", conflict_id=conflict_id
            )
        order = session.get(Order, conflict.order_id)
        assert order is not None
        remote = dict(conflict.remote_value or {})
        if keep == "remote":
            for entry in pending_stage_entries(session, order.id):
                entry.state, entry.last_error = "skipped", "staff took the shop's version (R43)"
            _take_remote_stage(session, actor, order, str(remote.get("stage") or ""))
        conflict.state = "kept_local" if keep == "local" else "took_remote"
        conflict.resolved_at = utcnow()
        said = (
            N_("Sync conflict resolved: kept this computer's version")
            if keep == "local"
            else N_("Sync conflict resolved: kept the shop's version")
        )
        record(session, order, actor, SYNC_NOTE_KIND, said, params={})  # templates: N_
        uow.commit()


def _take_remote_stage(session: Session, actor: Actor, order: Order, stage: str) -> None:
    if not stage or stage == order.stage:
        return
    target = Stage(stage)
    inner = SharedUnitOfWork(session)
    if target == Stage.CANCELLED:
        orders.cancel_in_session(session, actor, order, "cancelled in the shop")
        return
    orders.set_stage(
        inner, actor, order.code, target, reason="taken from the shop (R43)", confirm_unpaid=True
    )
