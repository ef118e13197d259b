"""One sync run for every configured shop (R42–R46), and the status the app shows (R45).

`sync_once` pulls first (so a customer's change is known before our stage changes go out, R43),
then reads customer notes, then pushes the outbox, then runs the automatic rules (R8, R10), then
fans local events out to webhook receivers and delivers them. It never raises for shop trouble: a shop that cannot be reached is
reported in `SyncReport.errors` / `unreachable` and its rows stay in the outbox. It is Qt-free and
opens its own sessions, so the GUI runs it on a thread pool and the CLI in a loop.

Several counter PCs share one database (issue 7) but only one of them runs the sync: the caller
passes a `db.locks.RelayLock` it keeps for its lifetime. A run that cannot take it does nothing and
reports `relay_elsewhere` (the PC that syncs) instead of pulling and pushing alongside it; it takes
over on a later run once that PC stops or crashes (the lock dies with its connection or process).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.base import utcnow
from backoffice.db.locks import RelayLock
from backoffice.db.models import OutboxEntry, Shop, SyncConflict
from backoffice.services.notify import send as notify
from backoffice.services.notify import settings as notify_settings
from backoffice.services.orders.rules_run import run_rules
from backoffice.services.sync import conflicts, fanout
from backoffice.services.sync import parked_orders as sync_parked_orders
from backoffice.services.sync.apply import pull_shop
from backoffice.services.sync.cursors import (
    LAST_ERROR,
    LAST_PULL,
    LAST_PUSH,
    LAST_SYNC,
    ONLINE,
    get_setting,
    parse_time,
    set_setting,
)
from backoffice.services.sync.notes_pull import pull_notes
from backoffice.services.sync.relay import PushOutcome, Relay, Target
from backoffice.sync.retry import DEFAULT_POLICY, RetryPolicy
from backoffice.sync.secrets import get_secret
from backoffice.sync.sms import AligoTarget
from backoffice.sync.smtp import SmtpTarget

logger = logging.getLogger(__name__)


@dataclass
class ShopLink:
    """A configured shop and its connector (None with `problem` when it cannot be built)."""

    shop_id: int
    name: str
    connector: object | None
    is_default: bool = False
    problem: str = ""

    def close(self) -> None:
        close = getattr(self.connector, "close", None)
        if callable(close):
            close()


@dataclass(frozen=True)
class SyncReport:
    pulled: int
    pushed: int
    parked: int
    pending: int
    online: bool
    last_sync_at: datetime | None
    errors: tuple[str, ...] = ()
    new_codes: tuple[str, ...] = ()
    unreachable: tuple[str, ...] = ()  # "shop name: reason", one per shop that failed
    next_due: datetime | None = None  # the earliest retry still waiting, if any
    relay_elsewhere: str = ""  # another PC holds the relay lock: its name; this run did nothing
    parked_orders: tuple[str, ...] = ()  # "shop: shop order N: reason" for orders not taken in
    completed: int = 0  # orders the automatic rules completed this pass (R8)
    expired: int = 0  # orders they cancelled for an expired deposit deadline (R10)


@dataclass(frozen=True)
class SyncStatus:
    """What every front end shows about the sync (R45): the window's status bar and Sync menu,
    and `backoffice sync --status`, read the same."""

    online: bool | None  # None: never synced
    last_sync_at: datetime | None
    pending: int
    parked: int
    conflicts: int
    last_error: str = ""
    relay_elsewhere: str = ""  # set by the GUI's controller when another PC runs the sync
    last_pull_at: datetime | None = None
    last_push_at: datetime | None = None
    parked_orders: int = 0  # shop orders the intake could not take


def _factory(source: object) -> sessionmaker[Session]:
    return getattr(source, "session_factory", source)  # type: ignore[return-value]


def open_shops(session: Session) -> list[ShopLink]:
    """Connectors for the enabled shops; a missing secret becomes the link's `problem`."""
    from backoffice.domain.errors import ExternalError
    from backoffice.sync.woocommerce import WooCommerceConnector

    rows = list(session.scalars(select(Shop).where(Shop.enabled).order_by(Shop.id)))
    default_id = next((s.id for s in rows if s.is_default), rows[0].id if rows else None)
    links = []
    for shop in rows:
        link = ShopLink(shop.id, shop.name, None, shop.id == default_id)
        if shop.kind != "woocommerce":
            link.problem = f"shop {shop.name!r}: {shop.kind} is not supported yet"
        else:
            try:
                secret = get_secret(shop.name)
                link.connector = WooCommerceConnector(
                    shop.name, shop.base_url, shop.api_key, secret, auth_mode=shop.auth_mode
                )
            except (ExternalError, ValueError) as exc:
                link.problem = f"shop {shop.name!r}: {exc}"
        links.append(link)
    return links


def webhook_targets(session: Session) -> dict[str, Target]:
    out: dict[str, Target] = {}
    for name, url in fanout.targets(session).items():
        try:
            from backoffice.sync.webhooks import WebhookTarget  # requests: loaded when used

            out[name] = WebhookTarget(name, url, get_secret(f"webhook-{name}"))
        except Exception as exc:  # noqa: BLE001 - a bad receiver must not stop the shop sync
            logger.warning("webhook %s cannot be used: %s", name, exc)
    return out


def sync_once(
    source: object,
    shops: Sequence[ShopLink] | None = None,
    *,
    now: datetime | None = None,
    rng: random.Random | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
    webhooks: dict[str, Target] | None = None,
    mailer: Target | None = None,
    texter: Target | None = None,
    lock: RelayLock | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SyncReport:
    factory = _factory(source)
    now = now or utcnow()
    if lock is not None and not lock.acquire():
        return _elsewhere(factory, lock.holder() or "another PC")
    rng = rng or random.Random()
    own = shops is None
    if shops is None:
        with factory() as session:
            shops = open_shops(session)
    pulled = pushed = parked = 0
    errors: list[str] = []
    unreachable: list[str] = []
    new_codes: list[str] = []
    next_due: datetime | None = None
    parked_orders: list[str] = []
    pulled_all = pushed_all = True
    relay = Relay(
        factory,
        now=now,
        rng=rng,
        policy=policy,
        blocked_orders=conflicts.blocked_orders,
        sleep=sleep,
    )
    try:
        for link in shops:
            if link.connector is None:
                unreachable.append(link.problem or f"shop {link.name!r}: no connector")
                continue
            pull = pull_shop(factory, link.shop_id, link.connector)
            pulled += pull.pulled
            new_codes += pull.new_codes
            errors += [f"{link.name}: {e}" for e in pull.errors]
            parked_orders += [f"{link.name}: {p}" for p in pull.parked]
            if pull.credentials:
                # Every push would be refused the same way: the changes wait for a good key.
                pulled_all = pushed_all = False
                unreachable.append(
                    f"shop {link.name!r}: the shop refused the API key ({pull.errors[-1]}); "
                    "changes wait until the key is corrected"
                )
                continue
            if not pull.reached:
                pulled_all = pushed_all = False
                unreachable.append(f"shop {link.name!r}: {pull.errors[-1]}")
                continue
            if pull.errors:
                # The shop answered the pull with something unreadable as a whole (not a list):
                # the intake is failing even though the shop is up; say so, push all the same.
                pulled_all = False
                unreachable.append(f"shop {link.name!r}: {pull.errors[-1]}")
            notes = pull_notes(factory, link.shop_id, link.connector, pull.changed_remote_ids)
            errors += [f"{link.name}: {e}" for e in notes.errors]
            push = relay.push_shop(
                link.shop_id,
                link.connector,  # type: ignore[arg-type]
                include_unassigned=link.is_default,
            )
            pushed, parked = pushed + push.pushed, parked + push.parked
            errors += [f"{link.name}: {e}" for e in push.errors]
            next_due = _earliest(next_due, push.next_due)
            if push.credentials:
                pushed_all = False
                unreachable.append(
                    f"shop {link.name!r}: the shop refused the API key ({push.credentials}); "
                    "changes wait until the key is corrected"
                )
            elif not push.reached or not notes.reached:
                pushed_all = False
                reason = push.down or (push.errors or notes.errors or ["unreachable"])[-1]
                unreachable.append(f"shop {link.name!r}: {reason}")
        # R8/R10 after the pull (a payment the shop just reported saves its order from expiry),
        # before the pushes of the webhooks and mails (their cancellations notify as well).
        rules = run_rules(factory, now=now)
        hooks = _webhooks(factory, relay, webhooks)
        pushed, parked = pushed + hooks.pushed, parked + hooks.parked
        errors += hooks.errors
        next_due = _earliest(next_due, hooks.next_due)
        mail = _email(factory, relay, mailer)
        pushed, parked = pushed + mail.pushed, parked + mail.parked
        errors += mail.errors
        next_due = _earliest(next_due, mail.next_due)
        sms = _sms(factory, relay, texter)
        pushed, parked = pushed + sms.pushed, parked + sms.parked
        errors += sms.errors
        next_due = _earliest(next_due, sms.next_due)
    finally:
        if own:
            for link in shops:
                link.close()
    online = bool(shops) and not unreachable
    with factory() as session:
        pending = _count(session, OutboxEntry.state == "pending")
        set_setting(session, ONLINE, "1" if online else "0")
        set_setting(session, LAST_ERROR, unreachable[0] if unreachable else "")
        if online:
            set_setting(session, LAST_SYNC, now.isoformat())
        if shops and pulled_all:
            set_setting(session, LAST_PULL, now.isoformat())
        if shops and pushed_all:
            set_setting(session, LAST_PUSH, now.isoformat())
        last = parse_time(get_setting(session, LAST_SYNC))
        session.commit()
    return SyncReport(
        pulled,
        pushed,
        parked,
        pending,
        online,
        last,
        tuple(errors),
        tuple(new_codes),
        tuple(unreachable),
        next_due,
        parked_orders=tuple(parked_orders),
        completed=rules.completed,
        expired=rules.expired,
    )


def _elsewhere(factory: sessionmaker[Session], holder: str) -> SyncReport:
    """Another PC runs the sync: report the status it keeps in the shared database."""
    with factory() as session:
        status = sync_status(session)
    return SyncReport(
        0,
        0,
        0,
        status.pending,
        bool(status.online),
        status.last_sync_at,
        relay_elsewhere=holder,
    )


def _webhooks(
    factory: sessionmaker[Session], relay: Relay, targets: dict[str, Target] | None
) -> PushOutcome:
    with factory() as session:
        queued = fanout.fan_out(session)
        session.commit()
        if targets is None:
            targets = webhook_targets(session) if (queued or fanout.targets(session)) else {}
    if not targets and not queued:
        return PushOutcome()
    return relay.push_webhooks(targets)


def _email(factory: sessionmaker[Session], relay: Relay, mailer: Target | None) -> PushOutcome:
    """Notifications by e-mail (R47) through the SMTP server of the shop's settings."""
    with factory() as session:
        waiting = _count(
            session, OutboxEntry.state == "pending", OutboxEntry.kind == notify.KINDS["email"]
        )
        settings = notify_settings.load(session)
    if not waiting:
        return PushOutcome()
    if mailer is None:
        mailer = SmtpTarget(settings.smtp(notify_settings.smtp_password()))
    return relay.push_email(mailer)


def _sms(factory: sessionmaker[Session], relay: Relay, texter: Target | None) -> PushOutcome:
    """Notifications by SMS (R47) through the provider of the shop's settings."""
    with factory() as session:
        waiting = _count(
            session, OutboxEntry.state == "pending", OutboxEntry.kind == notify.KINDS["sms"]
        )
        settings = notify_settings.load(session)
    if not waiting:
        return PushOutcome()
    if texter is None:
        texter = AligoTarget(settings.sms(notify_settings.sms_key()))
    return relay.push_email(texter, "sms")


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def _count(session: Session, *where: object) -> int:
    return int(session.scalar(select(func.count(OutboxEntry.id)).where(*where)) or 0)  # type: ignore[arg-type]


def sync_status(session: Session) -> SyncStatus:
    """R45: online or offline, when the last sync was, how many changes wait (and are parked)."""
    online = get_setting(session, ONLINE)
    open_conflicts = session.scalar(
        select(func.count(SyncConflict.id)).where(SyncConflict.state == "open")
    )
    return SyncStatus(
        online=None if online is None else online == "1",
        last_sync_at=parse_time(get_setting(session, LAST_SYNC)),
        pending=_count(session, OutboxEntry.state == "pending"),
        parked=_count(session, OutboxEntry.state == "parked"),
        conflicts=int(open_conflicts or 0),
        last_error=get_setting(session, LAST_ERROR) or "",
        last_pull_at=parse_time(get_setting(session, LAST_PULL)),
        last_push_at=parse_time(get_setting(session, LAST_PUSH)),
        parked_orders=sync_parked_orders.count(session),
    )


__all__ = ["ShopLink", "SyncReport", "SyncStatus", "open_shops", "sync_once", "sync_status"]


def relay_lock(factory: sessionmaker[Session]) -> RelayLock:
    """The relay lock of this database, for a front end that syncs as long as it runs (the window
    keeps it; `lock.release()` when it closes)."""
    return RelayLock(factory.kw["bind"])
