"""Pulled shop orders applied to the local database through the services (R42, R43, R44).

`pull_shop` reads pages with the connector and applies each page and its cursor (a `SyncCursor`
row) in one transaction: a crash mid-pull loses nothing and the next run re-reads the page.
Every order is applied inside its own SAVEPOINT (`SharedUnitOfWork`), so a rule that refuses one
order does not undo the others. New remote orders become local orders once: they are matched by
(shop, shop order id), or by our own order code in the order's meta (counter orders we created).

Changes to known orders (R44: payments, cancellations, cancel requests) are told apart from the
echo of our own pushes by the stage we wrote into the order's meta (`backoffice_stage`): a remote
stage equal to it is ours. R43: a customer's cancellation or payment wins over a local stage
change not yet pushed; another remote stage change meeting a local one becomes a SyncConflict.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.base import utcnow
from backoffice.db.engine import begin_write
from backoffice.db.models import Order, OutboxEntry, Shop, TimelineEvent, Variant
from backoffice.domain.cards import mask_pans
from backoffice.domain.errors import DomainError
from backoffice.domain.stages import CUSTOMER_FREE_CANCEL, Stage
from backoffice.services.claims import cancel_requests
from backoffice.services.orders import changes as orders
from backoffice.services.payments import requests as payments
from backoffice.services.staff.actor import WEB_SHOP, Actor
from backoffice.services.sync import bulk as sync_bulk
from backoffice.services.sync import conflicts, parked_orders, payment_pages
from backoffice.services.sync import deadline as sync_deadline
from backoffice.services.sync import intake as sync_import
from backoffice.services.sync.cursors import load_cursor, save_cursor
from backoffice.services.sync.txn import SharedUnitOfWork
from backoffice.sync.errors import ShopError, ShopUnreachable
from backoffice.sync.models import RejectedOrder, RemoteOrder
from backoffice.sync.outbox_map import STAGE_KINDS
from backoffice.sync.retry import is_credentials

logger = logging.getLogger(__name__)

# Undoing a local cancel because the customer paid in the shop (R43) is a move back (R9).
SHOP_AUTHORITY = Actor("web shop", kind="shop", is_manager=True)
MAX_PAGES = 10_000


@dataclass
class PullOutcome:
    pulled: int = 0
    new_codes: list[str] = field(default_factory=list)
    changed_remote_ids: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reached: bool = True
    parked: list[str] = field(default_factory=list)  # "shop order N: reason", one per order
    credentials: bool = False  # the shop refused the API key (401/403)


def pull_shop(factory: sessionmaker[Session], shop_id: int, connector: object) -> PullOutcome:
    """Pull every changed order of one shop until the connector says done (or fails)."""
    out = PullOutcome()
    for _ in range(MAX_PAGES):
        with factory() as session:
            cursor = load_cursor(session, shop_id)
        try:
            page = connector.pull_orders(cursor)  # type: ignore[attr-defined]
        except ShopError as exc:
            out.errors.append(str(exc))
            out.reached = not isinstance(exc, ShopUnreachable)
            out.credentials = is_credentials(exc)
            return out
        with factory() as session:
            applier = Applier(session, shop_id)
            applier.apply_page(page.orders, page.rejected)
            save_cursor(session, shop_id, page.cursor)
            session.commit()
        out.pulled += len(page.orders) - (len(applier.parked) - len(page.rejected))
        out.new_codes.extend(applier.new_codes)
        out.parked.extend(applier.parked)
        out.changed_remote_ids.extend(o.remote_id for o in page.orders)
        if page.done:
            return out
    return out


class Applier:
    """Applies remote orders on one open session (the caller commits with the cursor)."""

    def __init__(self, session: Session, shop_id: int) -> None:
        self.session = session
        shop = session.get(Shop, shop_id)
        if shop is None:
            raise DomainError("No shop with id {shop_id}", shop_id=shop_id)
        self.shop = shop
        self.new_codes: list[str] = []
        self.parked: list[str] = []  # shop orders of this page not taken in, with the reason
        self._variants: dict[str, int] | None = None
        self._pending: dict[int, list[OutboxEntry]] = {}

    def apply_page(
        self, remotes: Iterable[RemoteOrder], rejected: Iterable[RejectedOrder] = ()
    ) -> None:
        """Apply each order on its own: one that is refused (or unreadable: `rejected`) is parked
        with its reason and the rest of the page goes on (R42)."""
        begin_write(self.session)  # SQLite: the page's savepoints inside one transaction
        for bad in rejected:
            self._park(bad)
        remotes = list(remotes)
        known = self._known(remotes)
        rest = self._bulk(remotes, known)
        taken = [r.remote_id for r in remotes if r not in rest]
        if len(rest) < len(remotes):
            known = self._known(rest)  # the bulk wrote with Core: read again what the ORM holds
        # One query for the page instead of one per known order (R43 needs them for each).
        self._pending = conflicts.pending_stage_entries_of(
            self.session, [o.id for o in known.values()]
        )
        for remote in rest:
            codes_before = len(self.new_codes)
            try:
                with self.session.begin_nested():
                    self.apply(remote, known.get(str(remote.remote_id)))
            except (DomainError, SQLAlchemyError) as exc:
                del self.new_codes[codes_before:]
                # The order stays as it was; the rest of the page goes on (its savepoint undid it).
                reason = str(exc) if isinstance(exc, DomainError) else _db_reason(exc)
                logger.warning("apply of shop order %s refused: %s", remote.remote_id, reason)
                self._park(
                    RejectedOrder(
                        remote.remote_id, remote.number, reason, remote.raw, remote.modified_gmt
                    )
                )
            else:
                taken.append(remote.remote_id)
        parked_orders.resolve(self.session, self.shop.id, taken)

    def _park(self, bad: RejectedOrder) -> None:
        parked_orders.park(self.session, self.shop.id, bad)
        self.parked.append(f"shop order {bad.number}: {bad.reason}")

    def _known(self, remotes: list[RemoteOrder]) -> dict[str, Order]:
        ids = [str(r.remote_id) for r in remotes]
        return {
            o.shop_order_id: o
            for o in self.session.scalars(
                select(Order).where(Order.shop_id == self.shop.id, Order.shop_order_id.in_(ids))
            )
            if o.shop_order_id is not None
        }

    def _bulk(self, remotes: list[RemoteOrder], known: dict[str, Order]) -> list[RemoteOrder]:
        """Plain new orders in one go (sync_bulk); returns the rest, for the per-order path."""
        fresh: list[RemoteOrder] = []
        rest: list[RemoteOrder] = []
        taken: set[int] = set()
        for remote in remotes:
            plain = str(remote.remote_id) not in known and remote.remote_id not in taken
            if plain and sync_bulk.eligible(remote):
                fresh.append(remote)
                taken.add(remote.remote_id)
            else:
                rest.append(remote)
        if not fresh:
            return remotes
        try:
            with self.session.begin_nested():
                self.new_codes.extend(sync_bulk.import_new(self.session, self.shop, fresh))
        except (DomainError, SQLAlchemyError) as exc:
            # Nothing of the bulk stays (its savepoint); each order then gets its own chance.
            logger.warning("bulk apply of %d shop orders failed, one by one: %s", len(fresh), exc)
            return remotes
        self.session.expire_all()  # stock and orders changed under the ORM's feet
        return rest

    def apply(self, remote: RemoteOrder, order: Order | None = None) -> None:
        if remote.payment_token:  # a page we made to take a payment request's money (R22)
            payment_pages.apply(self.session, remote, self._payment_marker(remote))
            return
        if order is None and remote.local_code:
            order = self.session.scalar(select(Order).where(Order.code == remote.local_code))
            if order is None:
                return  # made here and since deleted here (R49): never bring it back
            order.shop_id = order.shop_id or self.shop.id
            order.shop_order_id = str(remote.remote_id)
        if order is None:
            self._import(remote)
            return
        if order.shop_order_number != remote.number:
            order.shop_order_number = remote.number
        self._changes(order, remote)

    # ---- new orders ----------------------------------------------------------------------

    def _variant_ids(self) -> dict[str, int]:
        if self._variants is None:
            rows = self.session.execute(select(Variant.sku, Variant.id))
            self._variants = {sku: vid for sku, vid in rows}
        return self._variants

    def _import(self, remote: RemoteOrder) -> None:
        variants = self._variant_ids()
        lines = []
        for spec in sync_import.line_specs(remote):
            vid = variants.get(spec.sku) if spec.sku and spec.kind == "item" else None
            lines.append(
                orders.NewLine(
                    quantity=spec.quantity,
                    unit_price=spec.unit_price,
                    variant_id=vid,
                    sku=spec.sku,
                    name=spec.name,
                    options=spec.options,
                    kind=spec.kind,
                    discount_amount=spec.discount_amount,
                    shop_line_id=spec.shop_line_id,
                    tax_amount=spec.tax_amount,
                )
            )
        if not lines:  # keep the order visible even when the shop sent no items
            lines.append(orders.NewLine(quantity=1, unit_price=0, kind="free", name="(no items)"))
        ship = remote.shipping if (remote.shipping.address_1 or remote.shipping.name) else None
        addr = ship or remote.billing
        address = orders.NewAddress(
            name=addr.name or remote.billing.name,
            phone=addr.phone or remote.phone,
            postcode=addr.postcode,
            address1=" ".join(p for p in (addr.address_1, addr.city, addr.state) if p),
            address2=addr.address_2,
        )
        cancelled = remote.stage == Stage.CANCELLED.value
        stage = Stage(remote.stage) if not cancelled else Stage.PENDING_PAYMENT
        # R10: an unpaid order waits for its money until a deadline, like one made here.
        deadline = sync_deadline.deposit_deadline(self.session)(remote.created_gmt, utcnow())
        new = orders.NewOrder(
            channel="web",
            channel_detail=self.shop.name,
            lines=lines,
            buyer_name=remote.billing.name,
            buyer_phone=remote.phone,
            buyer_email=remote.email,
            is_member=not remote.is_guest,
            currency=remote.currency,
            stage=stage,
            addresses=[address] if (address.name or address.address1) else [],
            shipping_fee=remote.shipping_total,
            shipping_tax=remote.shipping_tax,
            prices_include_tax=remote.prices_include_tax,
            rounding=remote.rounding,
            coupon_codes=sync_import.coupon_codes(remote),
            payment_method=remote.payment_method_title or remote.payment_method,
            shop_id=self.shop.id,
            shop_order_number=remote.number,
            shop_order_id=str(remote.remote_id),
            created_at=remote.created_gmt,
            customer_note=mask_pans(remote.customer_note),  # R50: a card number at checkout
            deposit_deadline=deadline if stage == Stage.PENDING_PAYMENT else None,
        )
        code = orders.place_order(SharedUnitOfWork(self.session), WEB_SHOP, new)
        self.new_codes.append(code)
        order = self.session.scalar(select(Order).where(Order.code == code))
        assert order is not None
        sync_import.check_reconciled(order, remote)
        order.shop_payment_url = remote.payment_url  # R22: where a request sends the customer
        if remote.is_paid and not cancelled:
            self._payment(order, remote)
        if cancelled:
            orders.cancel_in_session(self.session, WEB_SHOP, order, "cancelled in the shop")
        elif remote.cancel_requested:
            self._cancel_request(order, remote)
        if remote.refunds:
            sync_import.apply_refunds(self.session, order, remote)

    # ---- known orders --------------------------------------------------------------------

    def _payment_marker(self, remote: RemoteOrder) -> str:
        return sync_bulk.payment_marker(self.shop, remote)

    def _payment(self, order: Order, remote: RemoteOrder) -> None:
        marker = self._payment_marker(remote)
        if remote.total <= 0 or any(p.pg_transaction == marker for p in order.payments):
            return
        method = (remote.payment_method_title or remote.payment_method or "shop")[:40]
        asked = next(  # R22: the request that sent the customer to the shop's payment page
            (
                r
                for r in order.payment_requests
                if r.state == "requested"
                and order.shop_payment_url
                and r.link == order.shop_payment_url
                and r.amount == remote.total - order.paid
            ),
            None,
        )
        if asked is not None:
            payments.mark_request_paid(
                SharedUnitOfWork(self.session),
                WEB_SHOP,
                order.code,
                asked.id,
                method,
                pg_transaction=marker,
                paid_at=remote.date_paid,
            )
            return
        payments.record_payment(
            SharedUnitOfWork(self.session),
            WEB_SHOP,
            order.code,
            (remote.payment_method_title or remote.payment_method or "shop")[:40],
            remote.total,
            paid_at=remote.date_paid,
            pg_transaction=marker,
        )

    def _base_stage(self, order: Order, pending: list[OutboxEntry]) -> str:
        """The stage both sides agreed on at the last sync, as far as we can tell."""
        if not pending:
            return order.stage
        first = pending[0]
        event = self.session.scalar(
            select(TimelineEvent).where(
                TimelineEvent.order_id == order.id,
                TimelineEvent.at == first.created_at,
                TimelineEvent.kind == first.kind,
            )
        )
        before = (event.before or {}).get("stage") if event is not None else None
        return str(before or order.stage)

    def _changes(self, order: Order, remote: RemoteOrder) -> None:
        if order.shop_payment_url != remote.payment_url:
            order.shop_payment_url = remote.payment_url
        # Prefetched for the page; taken once, so an order seen twice in a page reads afresh.
        pending = self._pending.pop(order.id, None)
        if pending is None:
            pending = conflicts.pending_stage_entries(self.session, order.id)
        ours = remote.backoffice_stage is not None and remote.backoffice_stage == remote.stage
        base = remote.backoffice_stage or self._base_stage(order, pending)
        moved = not ours and remote.stage != base
        paid_by_customer = (
            remote.is_paid
            and remote.stage != Stage.CANCELLED.value
            and remote.backoffice_stage in (None, "pending_payment", "cancelled")
            and order.paid < remote.total  # (a cancelled order owes nothing, yet was paid)
            and not any(p.pg_transaction == self._payment_marker(remote) for p in order.payments)
        )
        if paid_by_customer:
            if pending:
                conflicts.remote_wins(
                    self.session, order, WEB_SHOP, "the customer paid in the shop"
                )
            if order.stage == Stage.CANCELLED.value:
                orders.uncancel(
                    SharedUnitOfWork(self.session),
                    SHOP_AUTHORITY,
                    order.code,
                    "the customer paid in the shop (R43)",
                )
            self._payment(order, remote)
        elif moved and remote.stage == Stage.CANCELLED.value and order.stage != remote.stage:
            self._cancelled_remotely(order, remote, pending)
        elif moved and pending and remote.stage != order.stage:
            local = {"stage": order.stage, "entries": [e.id for e in pending]}
            theirs = {"stage": remote.stage, "status": remote.status}
            conflicts.record_conflict(self.session, order, "stage", local, theirs, WEB_SHOP)
        if remote.cancel_requested and order.stage != Stage.CANCELLED.value:
            self._cancel_request(order, remote)
        if remote.refunds:
            sync_import.apply_refunds(self.session, order, remote)

    def _cancelled_remotely(
        self, order: Order, remote: RemoteOrder, pending: list[OutboxEntry]
    ) -> None:
        reason = remote.cancel_request_reason or "cancelled in the shop"
        if pending:  # R43: the customer's cancellation wins over our stage change
            conflicts.remote_wins(
                self.session, order, WEB_SHOP, "the order was cancelled in the shop"
            )
            orders.cancel_in_session(self.session, WEB_SHOP, order, reason)
        elif Stage(order.stage) in CUSTOMER_FREE_CANCEL:
            cancel_requests.customer_cancel(SharedUnitOfWork(self.session), order.code, reason)
        else:
            # Cancelled in the shop after we started preparing it: staff decide (R12, R43).
            local = {"stage": order.stage, "entries": []}
            theirs = {"stage": remote.stage, "status": remote.status}
            conflicts.record_conflict(self.session, order, "stage", local, theirs, WEB_SHOP)

    def _cancel_request(self, order: Order, remote: RemoteOrder) -> None:
        if order.cancel_requested or order.stage == Stage.COMPLETED.value:
            return
        rejected_pending = self.session.scalar(
            select(OutboxEntry.id).where(
                OutboxEntry.order_id == order.id,
                OutboxEntry.kind == "cancel_request_rejected",
                OutboxEntry.state == "pending",
            )
        )
        if rejected_pending is not None:
            return  # our rejection has not reached the shop yet: the request there is old
        reason = remote.cancel_request_reason or "customer request"
        for claim in order.claims:
            if claim.whole_order and claim.state == "rejected" and claim.reason == reason:
                return  # staff already said no to this very request
        cancel_requests.customer_cancel(SharedUnitOfWork(self.session), order.code, reason)


def _db_reason(exc: SQLAlchemyError) -> str:
    """A database refusal as one line without SQL or customer data (they go to the log)."""
    orig = getattr(exc, "orig", None)
    first = str(orig or exc).splitlines()[0] if str(orig or exc) else type(exc).__name__
    return f"the database refused it: {first[:200]}"


__all__ = ["Applier", "PullOutcome", "STAGE_KINDS", "pull_shop"]
