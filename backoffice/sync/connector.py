"""The boundary every shop connector implements (WooCommerce first; Shopify, Cafe24 later).

A connector is stateless between calls apart from its HTTP session: the relay and the pull loop
keep the outbox and the cursor in the database and hand them in. Every method raises only the
`backoffice.sync.errors` classes for shop trouble (R42).

The exactly-once contract for pushes (R42): a connector writes the entry's idempotency key into
the record it creates or changes, and `find_applied` looks for it. Before pushing an entry that
was ever attempted (a timeout, a dropped connection, or the app killed mid-push) the relay asks
`find_applied` first; `push_exactly_once` below does exactly that.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from backoffice.sync.models import (
    NewOrder,
    OutboxMessage,
    PullCursor,
    PullPage,
    PushResult,
    RemoteNote,
)


@runtime_checkable
class ShopConnector(Protocol):
    name: str

    def pull_orders(self, cursor: PullCursor | None) -> PullPage:
        """Orders changed since `cursor`, one page; call again with `page.cursor` until `done`."""
        ...

    def pull_notes(self, remote_order_id: int) -> list[RemoteNote]:
        """The order's notes, oldest first (customer messages have `from_customer`)."""
        ...

    def push(self, entry: OutboxMessage) -> PushResult:
        """Apply one outbox entry. Safe to call again only after `find_applied` said no."""
        ...

    def find_applied(
        self,
        idempotency_key: str,
        remote_order_id: int | None,
        *,
        entry: OutboxMessage | None = None,
    ) -> PushResult | None:
        """The shop's record of this key, or None when the entry was not applied."""
        ...

    def get_stock(self, sku: str) -> int | None:
        """The shop's stock level of a SKU (None: stock not managed). Unknown SKU: ShopRejected."""
        ...

    def set_stock(self, sku: str, quantity: int) -> PushResult:
        """Set an absolute stock level (idempotent by nature)."""
        ...

    def create_order(self, order: NewOrder, idempotency_key: str) -> PushResult:
        """Create an order made in the back office (R30). Pair with `find_applied` like `push`."""
        ...


def push_exactly_once(
    connector: ShopConnector, entry: OutboxMessage, *, attempted_before: bool
) -> PushResult:
    """Push `entry` unless the shop already holds it.

    `attempted_before` must be True when any earlier attempt may have reached the shop: a
    ShopUnreachable with `uncertain`, or an attempt the app never saw finish (killed mid-push).
    When in doubt pass True; the check costs one or two GETs.
    """
    if attempted_before:
        found = connector.find_applied(entry.idempotency_key, entry.remote_order_id, entry=entry)
        if found is not None:
            return found
    return connector.push(entry)
