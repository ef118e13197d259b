"""The outbox relay (R42): pending outbox rows pushed to the shop (and webhook receivers) in order.

- Per order, rows go in id order; a row that must wait (backoff, an open stage conflict, the shop
  down) holds back the rows of its order written after it. Rows of other orders go on.
- Stock rows go after the other rows of their own order (the shop restores stock when it
  applies a cancel; services write the stock rows just before the stage row) and push the variant's *current* level, one push per SKU: levels are
  absolute, so an older level can never overwrite a newer one.
- Before a push the row's `attempts` is raised and committed (with a short lease naming this
  process); the result is committed right after. A crash in between leaves `attempts > 0`, so
  the next run asks `find_applied` first (`push_exactly_once`): nothing is applied twice.
- ShopUnreachable (5xx, 429, a reset, a timeout): tried again inside the run with capped
  exponential backoff and jitter (`RetryPolicy.in_run_attempts`, Retry-After honoured up to
  `in_run_wait`), then left for a later run (`next_attempt_at`) while the other orders' rows go
  on. Only `down_after` failures in a row mean the shop is down: the run stops pushing to it.
- 401/403 (the API key is wrong or was rotated): the row is not at fault; it stays pending and
  the run stops pushing to that shop. Once a request succeeds with corrected credentials, the
  rows go out by themselves. Other ShopRejected: `parked` at once, with the shop's message.
  ShopConflict on a stage push (R43: the customer cancelled or paid meanwhile): `skipped`, with a
  timeline note. Too many attempts: `parked`.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.models import Order, OutboxEntry, PaymentRequest, Variant
from backoffice.services.notify import send as notify
from backoffice.services.orders.history import record
from backoffice.services.payments import shop_pages
from backoffice.services.staff.actor import Actor
from backoffice.services.sync.intake import tie_pushed_refund
from backoffice.sync import outbox_map
from backoffice.sync.connector import push_exactly_once
from backoffice.sync.errors import ShopConflict, ShopError, ShopRejected, ShopUnreachable
from backoffice.sync.models import OutboxMessage, PushKind, PushResult
from backoffice.sync.retry import DEFAULT_POLICY, RetryPolicy, delay_after, is_credentials

logger = logging.getLogger(__name__)

SYNC_ACTOR = Actor("sync", kind="shop")  # notes the relay adds are never pushed back
# Rows with their own target instead of the shop: webhook receivers (R46), the mail server (R47).
OWN_TARGET_KINDS = ("webhook", notify.KINDS["email"], notify.KINDS["sms"])
LEASE = timedelta(minutes=2)  # an entry being sent is left alone by other relays this long
HOST = socket.gethostname()[:40]


class Target(Protocol):
    def push(self, entry: OutboxMessage) -> PushResult: ...

    def find_applied(
        self, idempotency_key: str, remote_order_id: int | None, *, entry: OutboxMessage | None
    ) -> PushResult | None: ...


@dataclass
class PushOutcome:
    pushed: int = 0
    parked: int = 0
    skipped: int = 0
    waiting: int = 0
    reached: bool = True
    errors: list[str] = field(default_factory=list)
    next_due: datetime | None = None
    in_row: int = 0  # failed tries in a row; at `down_after` the target counts as down
    down: str = ""  # why the run stopped pushing to this target ("" while it was reachable)
    credentials: str = ""  # the shop refused the API key: what it said

    def due(self, when: datetime | None) -> None:
        if when is not None and (self.next_due is None or when < self.next_due):
            self.next_due = when


def _with_payment_order(session: Session, payload: dict[str, Any]) -> dict[str, Any]:
    """A withdrawal written before the request's shop order was made learns its id now."""
    request = payload.get("request")
    if not isinstance(request, dict) or not request.get("in_shop") or request.get("shop_order_id"):
        return payload
    row = session.get(PaymentRequest, int(request.get("id") or 0))
    if row is None or not row.shop_order_id:
        return payload
    return {**payload, "request": {**request, "shop_order_id": row.shop_order_id}}


def _lease_note() -> str:
    return f"sending (pid {os.getpid()} on {HOST})"


def _lease_is_dead(entry: OutboxEntry) -> bool:
    """A lease left by a process of this computer that no longer runs (killed mid-push)."""
    note = entry.last_error or ""
    if not note.startswith("sending (pid ") or not note.endswith(f" on {HOST})"):
        return False
    try:
        pid = int(note.split()[2])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


class Relay:
    def __init__(
        self,
        factory: sessionmaker[Session],
        *,
        now: datetime,
        rng: random.Random,
        policy: RetryPolicy = DEFAULT_POLICY,
        blocked_orders: Callable[[Session], set[int]] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.factory = factory
        self.sleep = sleep
        self.now = now
        self.rng = rng
        self.policy = policy
        # Orders with an open stage conflict (R43): their stage rows wait for staff.
        self.blocked_orders = blocked_orders or (lambda _s: set())
        self.pages_made = 0  # payment pages made this round: their notices follow (R22)

    # ---- selection -----------------------------------------------------------------------

    def _pending(self, session: Session, where: Iterable[Any]) -> list[tuple[int, int | None, str]]:
        stmt = (
            select(OutboxEntry.id, OutboxEntry.order_id, OutboxEntry.kind)
            .where(OutboxEntry.state == "pending", *where)
            .order_by(OutboxEntry.id)
        )
        return [(i, o, k) for i, o, k in session.execute(stmt)]

    def push_shop(self, shop_id: int, target: Target, *, include_unassigned: bool) -> PushOutcome:
        """Push the shop's rows (and rows of orders that belong to no shop, for the default)."""
        owner = OutboxEntry.shop_id == shop_id
        if include_unassigned:
            owner = owner | OutboxEntry.shop_id.is_(None)
        out = PushOutcome()
        stuck: dict[int | None, int] = {}  # stream -> first id that stayed pending
        stock: list[tuple[int, int | None]] = []
        last = 0
        for _ in range(2):  # a second round only for rows this run's pushes wrote
            self.pages_made = 0
            with self.factory() as session:
                rows = self._pending(
                    session,
                    [owner, OutboxEntry.kind.not_in(OWN_TARGET_KINDS), OutboxEntry.id > last],
                )
                conflicted = self.blocked_orders(session)
            for entry_id, order_id, kind in rows:
                last = max(last, entry_id)
                stream = order_id if order_id is not None else -entry_id
                if kind == "stock":
                    stock.append((entry_id, order_id))
                    continue
                if not out.reached or stream in stuck:
                    out.waiting += 1
                    continue
                if kind in outbox_map.STAGE_KINDS and order_id in conflicted:
                    stuck[stream] = entry_id
                    out.waiting += 1
                    continue
                if self._one(entry_id, target, shop_id, out) == "pending":
                    stuck[stream] = entry_id
            if not self.pages_made:  # a made payment page queues its notice (R22, R47)
                break
        self._push_stock(stock, stuck, target, out)
        return out

    def push_webhooks(self, targets: Mapping[str, Target]) -> PushOutcome:
        """Webhook rows (R46), in order per receiver; a receiver that is down waits alone."""
        with self.factory() as session:
            rows = self._pending(session, [OutboxEntry.kind == "webhook"])
            names = {
                i: str((p or {}).get("target", ""))
                for i, p in session.execute(
                    select(OutboxEntry.id, OutboxEntry.payload).where(
                        OutboxEntry.id.in_([r[0] for r in rows])
                    )
                )
            }
        out = PushOutcome()
        down: set[str] = set()
        for entry_id, _order_id, _kind in rows:
            name = names.get(entry_id, "")
            if name in down:
                out.waiting += 1
                continue
            target = targets.get(name)
            sub = PushOutcome()
            state = self._one(entry_id, target, None, sub)
            out.pushed, out.parked, out.skipped = (
                out.pushed + sub.pushed,
                out.parked + sub.parked,
                out.skipped + sub.skipped,
            )
            out.errors.extend(sub.errors)
            out.due(sub.next_due)
            if state == "pending":
                down.add(name)
                out.waiting += 1
                out.reached = out.reached and sub.reached
        return out

    def push_email(self, target: Target, channel: str = "email") -> PushOutcome:
        """Notifications by e-mail or SMS (R47), oldest first; while the mail server (the SMS
        provider) is down the rest wait for the next run."""
        with self.factory() as session:
            rows = self._pending(session, [OutboxEntry.kind == notify.KINDS[channel]])
        out = PushOutcome()
        for entry_id, _order_id, _kind in rows:
            if not out.reached:
                out.waiting += 1
                continue
            self._one(entry_id, target, None, out)
        return out

    # ---- one entry -----------------------------------------------------------------------

    def _one(
        self, entry_id: int, target: Target | None, shop_id: int | None, out: PushOutcome
    ) -> str:
        """Try one row; returns its state afterwards ('pending' when it must wait)."""
        with self.factory() as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None or entry.state != "pending":
                return "done"
            later = entry.next_attempt_at is not None and entry.next_attempt_at > self.now
            if later and not _lease_is_dead(entry):
                out.waiting += 1
                out.due(entry.next_attempt_at)
                return "pending"
            order = session.get(Order, entry.order_id) if entry.order_id is not None else None
            message, why_not = self._message(session, entry, order)
            if message is None:
                return self._settle(session, entry, why_not, out)
            if target is None:
                return self._settle(session, entry, ("skipped", "no such webhook receiver"), out)
            tries = 0
            while True:
                # Every try after a failure asks the shop first (a reset may come after it
                # applied the change): `attempts > 0` means "maybe applied" (R42).
                attempted_before = entry.attempts > 0
                entry.attempts += 1
                entry.next_attempt_at = self.now + LEASE
                entry.last_error = _lease_note()
                session.commit()
                try:
                    result = push_exactly_once(target, message, attempted_before=attempted_before)
                except ShopError as exc:
                    out.in_row += 1
                    tries += 1
                    if self._again(exc, entry, tries, out):
                        continue
                    return self._failed(session, entry, exc, out)
                except Exception as exc:  # a bug must not stop the other rows
                    logger.exception("outbox %s: push failed", entry.id)
                    return self._settle(session, entry, ("parked", f"internal error: {exc!r}"), out)
                break
            out.in_row = 0
            if message.kind is PushKind.CREATE_ORDER and order is not None:
                session.refresh(order)  # staff may have changed it while we were sending
                order.shop_order_id = str(result.remote_order_id)
                order.shop_order_number = order.shop_order_number or str(result.remote_order_id)
                order.shop_id = order.shop_id or shop_id
            if message.kind is PushKind.REFUND and result.remote_id is not None:
                tie_pushed_refund(session, entry, str(result.remote_id))
            if message.kind is PushKind.PAYMENT_ORDER and message.payload["action"] == "create":
                pay = (entry.payload or {}).get("pay_in_shop") or {}
                self.pages_made += 1
                shop_pages.page_made(  # the link, and only now the customer's notice (R22)
                    session,
                    int(message.payload["request_id"]),
                    str(result.remote_order_id),
                    result.link,
                    tell_customer=bool(pay.get("notify", True)),
                )
            entry.state, entry.sent_at, entry.last_error = "sent", self.now, ""
            entry.next_attempt_at = None
            notify.sent(session, entry)  # "Notified customer …" in the timeline (R47)
            session.commit()
            out.pushed += 1
            return "sent"

    def _message(
        self, session: Session, entry: OutboxEntry, order: Order | None
    ) -> tuple[OutboxMessage | None, tuple[str, str]]:
        payload = dict(entry.payload or {})
        if entry.kind == "payment_request":
            payload = _with_payment_order(session, payload)
        currency = order.currency if order is not None else str(payload.get("currency") or "KRW")
        reason = outbox_map.skip_reason(entry.kind, payload, currency)
        if reason is not None:
            return None, ("skipped", reason)
        remote_id: int | None = None
        raw = (order.shop_order_id if order is not None else None) or payload.get("shop_order_id")
        if raw not in (None, ""):
            try:
                remote_id = int(str(raw))
            except ValueError:
                return None, ("parked", f"the shop's order id {raw!r} is not a number")
        if remote_id is None and outbox_map.needs_remote_order(entry.kind):
            create = session.scalar(
                select(OutboxEntry)
                .where(
                    OutboxEntry.order_id == entry.order_id,
                    OutboxEntry.kind.in_(outbox_map.CREATE_KINDS),
                )
                .order_by(OutboxEntry.id.desc())
                .limit(1)
            )
            if create is None or entry.order_id is None:
                return None, ("skipped", "the order is not in the shop")
            return None, ("parked", f"the order was never created in the shop: {create.last_error}")
        message = outbox_map.message_for(
            entry.kind,
            payload,
            entry.idempotency_key,
            remote_order_id=remote_id,
            currency=currency,
            created_at=entry.created_at,
        )
        return message, ("skipped", "")

    def _again(self, exc: ShopError, entry: OutboxEntry, tries: int, out: PushOutcome) -> bool:
        """Try the same row again now? Sleeps the backoff first when so."""
        if not isinstance(exc, ShopUnreachable) or tries >= self.policy.in_run_attempts:
            return False
        if out.in_row >= self.policy.down_after:
            return False
        delay = delay_after(exc, entry.attempts - 1, self.rng, self.policy, self.now)
        if delay is None or delay > self.policy.in_run_wait:
            return False  # parked below, or a Retry-After longer than a run should wait
        logger.info("outbox %s: %s; again in %.2f s", entry.id, exc, delay)
        self.sleep(delay)
        return True

    def _settle(
        self, session: Session, entry: OutboxEntry, how: tuple[str, str], out: PushOutcome
    ) -> str:
        state, note = how
        entry.state, entry.last_error, entry.next_attempt_at = state, note, None
        session.commit()
        if state == "parked":
            out.parked += 1
            out.errors.append(f"{entry.order_code or entry.kind}: {note}")
        else:
            out.skipped += 1
        return state

    def _failed(
        self, session: Session, entry: OutboxEntry, exc: ShopError, out: PushOutcome
    ) -> str:
        label = entry.order_code or entry.kind
        if isinstance(exc, ShopConflict) and entry.kind in outbox_map.STAGE_KINDS:
            order = session.get(Order, entry.order_id) if entry.order_id else None
            if order is not None:
                record(
                    session,
                    order,
                    SYNC_ACTOR,
                    "sync_conflict",
                    "Stage change to {target} not sent: {error} (R43)",
                    params={"target": entry.payload.get("stage"), "error": str(exc)},
                )
            return self._settle(session, entry, ("skipped", f"{exc} (R43)"), out)
        if isinstance(exc, ShopConflict) and entry.kind == "payment_request":
            # R43: the customer paid before the withdrawal reached the shop; the pull brings
            # the payment, which is kept.
            return self._settle(session, entry, ("skipped", f"{exc} (R43)"), out)
        if is_credentials(exc):
            # Not this change's fault: it waits, untouched, for a key the shop accepts.
            entry.next_attempt_at = None
            entry.attempts = max(entry.attempts - 1, 0)
            entry.last_error = f"waiting for the shop to accept the API key: {exc}"
            session.commit()
            out.waiting += 1
            out.reached = False
            out.credentials = out.down = str(exc)
            out.errors.append(f"{label}: {exc}")
            return "pending"
        if isinstance(exc, ShopRejected):
            return self._settle(session, entry, ("parked", str(exc)), out)
        delay = delay_after(exc, entry.attempts - 1, self.rng, self.policy, self.now)
        if delay is None:
            note = f"gave up after {entry.attempts} attempts: {exc}"
            return self._settle(session, entry, ("parked", note), out)
        entry.next_attempt_at = self.now + timedelta(seconds=delay)
        entry.last_error = str(exc)
        session.commit()
        out.waiting += 1
        out.due(entry.next_attempt_at)
        out.errors.append(f"{label}: {exc}")
        if isinstance(exc, ShopUnreachable) and out.in_row >= self.policy.down_after:
            out.reached = False  # clearly down: the rest waits for the next run
            out.down = f"{out.in_row} requests in a row failed; the last: {exc}"
        return "pending"

    # ---- stock -------------------------------------------------------------------------

    def _push_stock(
        self,
        rows: list[tuple[int, int | None]],
        stuck: Mapping[int | None, int],
        target: Target,
        out: PushOutcome,
    ) -> None:
        by_sku: dict[str, list[int]] = {}
        with self.factory() as session:
            for entry_id, order_id in rows:
                # Services write an order's stock rows just before its stage row, in one
                # transaction: while anything of that order waits, its stock levels wait too.
                if not out.reached or (order_id is not None and order_id in stuck):
                    out.waiting += 1
                    continue
                entry = session.get(OutboxEntry, entry_id)
                if entry is None or entry.state != "pending":
                    continue
                if entry.next_attempt_at is not None and entry.next_attempt_at > self.now:
                    out.waiting += 1
                    out.due(entry.next_attempt_at)
                    continue
                by_sku.setdefault(str(entry.payload.get("sku", "")), []).append(entry_id)
        for sku, ids in by_sku.items():
            if not out.reached:
                out.waiting += len(ids)
                continue
            self._push_level(sku, ids, target, out)

    def _push_level(self, sku: str, ids: list[int], target: Target, out: PushOutcome) -> None:
        with self.factory() as session:
            entries = [e for i in ids if (e := session.get(OutboxEntry, i)) is not None]
            level = session.scalar(select(Variant.stock).where(Variant.sku == sku))
            if level is None:
                level = int(entries[-1].payload.get("stock", 0))
            for e in entries:
                e.attempts += 1
            session.commit()
            message = OutboxMessage(
                PushKind.STOCK, {"sku": sku, "quantity": int(level)}, entries[-1].idempotency_key
            )
            try:
                target.push(message)
            except ShopRejected as exc:
                if is_credentials(exc):
                    for e in entries:
                        self._failed(session, e, exc, out)
                    return
                # A product the shop does not sell has no stock level there: nothing to send.
                how = "skipped" if exc.status is None else "parked"
                for e in entries:
                    self._settle(session, e, (how, str(exc)), out)
                return
            except ShopError as exc:
                out.in_row += 1
                for e in entries:
                    self._failed(session, e, exc, out)
                return
            out.in_row = 0
            for e in entries:
                e.state, e.sent_at, e.last_error, e.next_attempt_at = "sent", self.now, "", None
            session.commit()
            out.pushed += len(entries)
