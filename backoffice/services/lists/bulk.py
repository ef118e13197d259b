"""Bulk actions on many orders (R35): a preview that changes nothing, then the orders in chunks
of CHUNK_ORDERS, one transaction per chunk, with progress, a stop flag and a report of failures.
In a chunk, the plain forward moves and cancels are written set-based (bulk_moves.py,
bulk_cancels.py: a few statements for the chunk); every other order goes through the ordinary
services' in-session code, with a savepoint per order once one is refused. Stop acts between
orders on the ordinary path and between chunks on the set-based one.
Printing (R39) is the exception: the orders of one call become one print job (one job for many
labels), queued through services.print_queue on the configured printer.

The preview asks the same domain checks the services use (`stages.check_forward/check_cancel`),
so what it promises is what `run_bulk` does, unless an order changes in between (then that order
is reported as failed, with the reason the service gave).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from backoffice.db.engine import begin_write
from backoffice.db.listing.filters import ListFilter, combined
from backoffice.db.models import Order, Shipment, ShipmentLine, Variant
from backoffice.db.uow import UnitOfWork, stale_version
from backoffice.domain.errors import BackofficeError, DomainError, ExternalError, NotFound
from backoffice.domain.stages import (
    RANK,
    Fulfilment,
    Stage,
    asks_before_preparing,
    check_cancel,
    check_forward,
)
from backoffice.services.lists import bulk_cancels, bulk_moves
from backoffice.services.notify import send as notify
from backoffice.services.notify import settings as notify_settings
from backoffice.services.orders import changes as orders
from backoffice.services.printing import settings as printer_settings
from backoffice.services.staff.actor import Actor

CHUNK = 500

# Why an order is left out; stable keys the UI translates.
SKIP_CANCELLED = "cancelled"
SKIP_COMPLETED = "completed"
SKIP_NOT_FORWARD = "not_forward"
SKIP_PICKUP = "pickup"
SKIP_NEEDS_TRACKING = "needs_tracking"
SKIP_UNPAID = "unpaid"
SKIP_OTHER = "other"
SKIP_NO_PRINTER = "no_printer"


@dataclass(frozen=True)
class BulkAction:
    kind: str  # "stage" | "cancel" | "print"
    target: Stage | None = None
    document: str = ""  # print: "label" | "receipt" (printing.KINDS)
    carrier: str = ""
    tracking: str = ""
    reason: str = ""
    confirm_unpaid: bool = False  # R23: prepare unpaid orders anyway


@dataclass
class BulkPreview:
    applicable: list[int] = field(default_factory=list)
    skipped: dict[str, list[int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.applicable) + sum(len(v) for v in self.skipped.values())


@dataclass
class BulkReport:
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (code, reason)
    # The error behind each failure, so the UI can word the reason in its language.
    errors: dict[str, BackofficeError] = field(default_factory=dict)  # code -> error
    stopped: bool = False
    print_jobs: list[tuple[int, str]] = field(default_factory=list)  # (job id, printer) queued

    def fail(self, code: str, error: BackofficeError) -> None:
        self.failed.append((code, str(error)))
        self.errors[code] = error

    def merge(self, other: BulkReport) -> None:
        self.done += other.done
        self.failed += other.failed
        self.errors.update(other.errors)
        self.stopped = self.stopped or other.stopped
        self.print_jobs += other.print_jobs


def resolve_ids(session: Session, flt: ListFilter) -> list[int]:
    """Every order the tab matches (R35: no limit on count)."""
    stmt = select(Order.id).order_by(Order.created_at.desc(), Order.id.desc())
    clause = combined(flt)
    if clause is not None:
        stmt = stmt.where(clause)
    return list(session.scalars(stmt))


def _skip_reason(action: BulkAction, row: Any, untracked: bool) -> str | None:
    current = Stage(row.stage)
    if action.kind == "print":  # nothing to hand over for a cancelled order
        return SKIP_CANCELLED if current == Stage.CANCELLED else None
    try:
        if action.kind == "cancel":
            check_cancel(row.code, current)
            return None
        assert action.target is not None
        has_tracking = bool(action.carrier and action.tracking) or not untracked
        check_forward(
            row.code,
            current,
            action.target,
            fulfilment=Fulfilment(row.fulfilment),
            has_tracking=has_tracking,
        )
    except DomainError as exc:
        if current == Stage.CANCELLED:
            return SKIP_CANCELLED
        if current == Stage.COMPLETED:
            return SKIP_COMPLETED
        if (
            action.target == Stage.SHIPPED
            and row.fulfilment == Fulfilment.PICKUP.value
            and RANK[action.target] > RANK[current]
        ):
            return SKIP_PICKUP
        return {"R6": SKIP_NOT_FORWARD, "R7": SKIP_NEEDS_TRACKING}.get(exc.rule or "", SKIP_OTHER)
    if asks_before_preparing(current, action.target, row.balance) and not action.confirm_unpaid:
        return SKIP_UNPAID  # the service would ask for confirmation (R23)
    return None


def preview_bulk(session: Session, action: BulkAction, ids: Sequence[int]) -> BulkPreview:
    """How many of `ids` the action applies to, and the rest grouped by why. Changes nothing."""
    preview = BulkPreview()
    if action.kind == "print" and not printer_settings.load(session).printer_for(action.document):
        preview.skipped[SKIP_NO_PRINTER] = list(ids)  # say so before anything is queued
        return preview
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        rows = session.execute(
            select(Order.id, Order.code, Order.stage, Order.fulfilment, Order.balance).where(
                Order.id.in_(chunk)
            )
        ).all()
        untracked: set[int] = set()
        if action.kind == "stage" and action.target == Stage.SHIPPED:
            untracked = set(
                session.scalars(
                    select(Shipment.order_id).where(
                        Shipment.order_id.in_(chunk),
                        Shipment.tracking_number == "",
                        exists().where(ShipmentLine.shipment_id == Shipment.id),
                    )
                )
            )
            # An order without any shipment holding items has nothing to track either.
            with_items = set(
                session.scalars(
                    select(Shipment.order_id).where(
                        Shipment.order_id.in_(chunk),
                        exists().where(ShipmentLine.shipment_id == Shipment.id),
                    )
                )
            )
            untracked |= set(chunk) - with_items
        found = {r.id for r in rows}
        for row in rows:
            reason = _skip_reason(action, row, row.id in untracked)
            if reason is None:
                preview.applicable.append(row.id)
            else:
                preview.skipped.setdefault(reason, []).append(row.id)
        missing = [i for i in chunk if i not in found]
        if missing:
            preview.skipped.setdefault(SKIP_OTHER, []).extend(missing)
    return preview


def codes_for(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    out: dict[int, str] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for oid, code in session.execute(select(Order.id, Order.code).where(Order.id.in_(chunk))):
            out[oid] = code
    return out


def run_bulk(
    uow: UnitOfWork,
    actor: Actor,
    action: BulkAction,
    ids: Sequence[int],
    *,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> BulkReport:
    """Apply the action to every order; one failure never stops the rest. Orders go in chunks of
    CHUNK_ORDERS, each chunk one transaction: set-based where bulk_moves / bulk_cancels take the
    order, else the same service code as one order's change (`stage_in_session`,
    `cancel_in_session`); the same rules and the same rows either way (timeline, outbox,
    notifications, stock), without a commit per order (issue 16).
    Printing queues the orders as one job (callers pass chunks of a sensible size)."""
    report = BulkReport()
    with uow:
        codes = codes_for(uow.session, ids)
    if action.kind == "print":
        return _print(uow, actor, action, [codes[i] for i in ids if i in codes], progress)
    stop = should_stop or (lambda: False)
    for start in range(0, len(ids), CHUNK_ORDERS):
        chunk = list(ids[start : start + CHUNK_ORDERS])
        # First all at once, with one flush at the end (its timeline, outbox and stock rows go
        # out batched); a refusal undoes that attempt and the chunk is done again with a
        # savepoint per order, so the others still go through.
        try:
            handled = _chunk(uow, actor, action, chunk, codes, report, stop, careful=False)
        except _Again:
            handled = _chunk(uow, actor, action, chunk, codes, report, stop, careful=True)
        if progress is not None:
            progress(start + handled, len(ids))
        if report.stopped:
            break
    return report


CHUNK_ORDERS = 200  # orders per transaction: a stop or a crash loses at most this much work


def _may_be_quick(action: BulkAction) -> bool:
    """Whether a chunk of this action may be written set-based (then Stop acts per chunk)."""
    return bulk_moves.applies(action) or action.kind == "cancel"


class _Again(Exception):
    """The quick attempt at a chunk met a refusal: nothing of it was kept."""


def _chunk(
    uow: UnitOfWork,
    actor: Actor,
    action: BulkAction,
    chunk: list[int],
    codes: dict[int, str],
    report: BulkReport,
    stop: Callable[[], bool],
    *,
    careful: bool,
) -> int:
    """The chunk in one transaction; returns how many orders it handled (fewer when stopped:
    what was done before the stop is kept). Not careful: any refusal raises _Again, and
    nothing of the attempt is kept."""
    handled, done, stopped = 0, [], False
    outcome = BulkReport()
    if _may_be_quick(action) and stop():  # a quick chunk is written all at once
        report.stopped = True
        return 0
    with uow:
        session = uow.session
        begin_write(session)  # one transaction for the chunk, savepoints inside it (SQLite)
        session.info[notify.SETTINGS_CACHE] = notify_settings.load(session)
        quick = _quick(session, actor, action, chunk)
        loaded, variants = _load(session, [oid for oid in chunk if oid not in quick])
        try:
            for oid in chunk:
                if oid in quick:  # written already, set-based
                    handled += 1
                    done.append(codes.get(oid) or quick[oid])
                    continue
                if stopped or stop():
                    stopped = True  # the quick ones of this chunk are written: still count them
                    continue
                handled += 1
                code, order = codes.get(oid), loaded.get(oid)
                if code is None or order is None:
                    outcome.fail(code or f"#{oid}", NotFound("The order no longer exists"))
                    continue
                # Careful: a savepoint per order, so a refusal leaves no trace of it.
                saved = session.begin_nested() if careful else contextlib.nullcontext()
                try:
                    with saved, session.no_autoflush:
                        _apply(session, actor, action, order)
                except (StaleDataError, DomainError, NotFound, ExternalError) as exc:
                    if not careful:
                        raise _Again from exc
                    if isinstance(exc, StaleDataError):
                        exc = stale_version(session, oid, code)
                    outcome.fail(code, exc)
                else:
                    done.append(code)
            if not careful:
                try:
                    session.flush()
                except (StaleDataError, DomainError) as exc:
                    raise _Again from exc
        finally:  # an _Again leaves `with uow`, which rolls the attempt back
            session.info.pop(notify.SETTINGS_CACHE, None)
        del variants
        uow.commit()
    report.done += done
    report.merge(outcome)
    report.stopped = report.stopped or stopped
    return handled


def _quick(session: Session, actor: Actor, action: BulkAction, chunk: list[int]) -> dict[int, str]:
    """The chunk's plain forward moves or cancels written set-based (bulk_moves, bulk_cancels),
    by id with their codes; the rest, or all of it when an order moved on in between, go order
    by order."""
    if bulk_moves.applies(action):
        write = bulk_moves.move
    elif bulk_cancels.applies(session, actor, action):
        write = bulk_cancels.cancel
    else:
        return {}
    try:
        with session.begin_nested():
            return write(session, actor, action, chunk)
    except bulk_moves.Moved:
        return {}


def _load(session: Session, chunk: list[int]) -> tuple[dict[int, Order], list[Variant]]:
    """The chunk's orders with what the rules and the notices read, in a few queries; and their
    variants, returned so the caller holds them (the identity map keeps objects only while
    something refers to them) and stock moves ask no more queries."""
    loaded = {
        o.id: o
        for o in session.scalars(
            select(Order)
            .where(Order.id.in_(chunk))
            .options(
                selectinload(Order.shipments).selectinload(Shipment.items),
                selectinload(Order.lines),
                selectinload(Order.payments),
                selectinload(Order.refunds),
                selectinload(Order.claims),
                selectinload(Order.memos),
                selectinload(Order.addresses),
                selectinload(Order.shop),
            )
        )
    }
    variant_ids = {ln.variant_id for o in loaded.values() for ln in o.lines if ln.variant_id}
    if not variant_ids:
        return loaded, []
    return loaded, list(session.scalars(select(Variant).where(Variant.id.in_(variant_ids))))


def _apply(session: Session, actor: Actor, action: BulkAction, order: Order) -> None:
    if action.kind == "cancel":
        orders.cancel_in_session(session, actor, order, action.reason)
        return
    assert action.target is not None
    orders.stage_in_session(
        session,
        actor,
        order,
        action.target,
        carrier=action.carrier or None,
        tracking=action.tracking or None,
        reason=action.reason or None,  # a revert's reason (R9)
        confirm_unpaid=action.confirm_unpaid,
    )


def _print(
    uow: UnitOfWork,
    actor: Actor,
    action: BulkAction,
    codes: list[str],
    progress: Callable[[int, int], None] | None,
) -> BulkReport:
    report = BulkReport()
    if not codes:
        return report
    # Loaded when printing: the print queue brings the order snapshots and the renderers' data,
    # which the window does not need to start (issue 16).
    from backoffice.services.printing import queue as print_queue

    with uow:
        settings = printer_settings.load(uow.session)
    try:
        job_id = print_queue.enqueue(
            uow,
            actor,
            action.document,
            codes,
            settings.printer_for(action.document),
            language=settings.language,
        )
    except (DomainError, NotFound, ExternalError) as exc:
        for code in codes:
            report.fail(code, exc)
    else:
        with uow:
            printer = print_queue.get_job(uow.session, job_id).printer
        report.done += codes
        report.print_jobs.append((job_id, printer))
    if progress is not None:
        progress(len(codes), len(codes))
    return report
