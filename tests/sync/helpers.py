"""Small drivers the sync tests share: drain a pull, push like the relay will (R42)."""

from __future__ import annotations

from backoffice.sync.connector import ShopConnector, push_exactly_once
from backoffice.sync.errors import ShopUnreachable
from backoffice.sync.models import OutboxMessage, PullCursor, PushResult, RemoteOrder
from backoffice.sync.woocommerce import WooCommerceConnector


def drain(
    conn: WooCommerceConnector, cursor: PullCursor | None = None, *, max_calls: int = 100
) -> tuple[list[RemoteOrder], PullCursor, int]:
    """Pull until done, storing the cursor as text between calls like the database will."""
    stored = (cursor or PullCursor()).to_json()
    handed: list[RemoteOrder] = []
    for calls in range(1, max_calls + 1):
        page = conn.pull_orders(PullCursor.from_json(stored))
        handed.extend(page.orders)
        stored = page.cursor.to_json()
        if page.done:
            return handed, PullCursor.from_json(stored), calls
    raise AssertionError(f"pull did not finish in {max_calls} calls")


def relay(conn: ShopConnector, entry: OutboxMessage, *, tries: int = 5) -> PushResult:
    """What the relay does, minus the waiting: after an uncertain failure, ask first."""
    attempted = False
    last: ShopUnreachable | None = None
    for _ in range(tries):
        try:
            return push_exactly_once(conn, entry, attempted_before=attempted)
        except ShopUnreachable as exc:
            attempted = attempted or exc.uncertain
            last = exc
    raise AssertionError(f"still failing after {tries} tries: {last}")
