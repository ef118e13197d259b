"""Incremental pull of changed orders: the cursor arithmetic, kept apart from HTTP (R42).

WooCommerce's `modified_after` is strictly "after" at one-second resolution, and offset pages
shift while orders change. So:

- Keyset mode (normal): every call asks page 1 of `modified_after = watermark - overlap`,
  `orderby=modified&order=asc`. The overlap re-reads the last seconds (orders saved in the same
  second as the watermark, or committed late); orders already handed back are recognised by
  (id, date_modified_gmt, content fingerprint) in `cursor.seen` and dropped. An order changed
  again has a new date_modified or, within the same second, new content: it is handed back
  again, as a new change, not a duplicate.
- Offset mode: when a full page holds nothing past the overlap window (more than a page of
  orders share those seconds), keyset cannot move; we walk pages 2, 3, … of the same query and
  then re-read the whole query from page 1 until one full pass finds nothing new. A pass with
  nothing new proves no page shifted under us (a shift needs an order to change, and a changed
  order shows up as new at the end).

The cursor only ever covers orders handed back in `PullPage.orders`: store it with them.
`done` means "nothing more as of what this run read": an order changed in the very second we
were reading it keeps a date_modified inside the re-read window, so the next run brings it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from backoffice.sync.models import PullCursor, RemoteOrder

logger = logging.getLogger(__name__)

PER_PAGE = 100  # WooCommerce's maximum
MAX_PASSES = 20  # offset re-read passes before giving up on proving completeness for now


@dataclass(frozen=True)
class PageRequest:
    modified_after: datetime | None
    page: int


def request_for(cursor: PullCursor, overlap: timedelta) -> PageRequest:
    if cursor.page > 1 or cursor.passes:
        return PageRequest(cursor.query_after, cursor.page)
    after = None if cursor.watermark is None else cursor.watermark - overlap
    return PageRequest(after, 1)


def _stamp(order: RemoteOrder) -> tuple[int, int, str]:
    return order.remote_id, int(order.modified_gmt.timestamp()), order.fingerprint


def advance(
    cursor: PullCursor,
    req: PageRequest,
    orders: Sequence[RemoteOrder],
    *,
    per_page: int,
    overlap: timedelta,
    read: int | None = None,
    other_times: Sequence[datetime] = (),
) -> tuple[list[RemoteOrder], PullCursor, bool]:
    """(orders to hand back, next cursor, done) after reading `orders` for `req`.

    `read`: how many orders the page held, counting those that could not be read (parked, not in
    `orders`); `other_times`: their modification times, so the watermark moves past them too."""
    fresh = [o for o in orders if _stamp(o) not in cursor.seen]
    watermark = cursor.watermark
    for when in [o.modified_gmt for o in orders] + list(other_times):
        if watermark is None or when > watermark:
            watermark = when
    seen = set(cursor.seen) | {_stamp(o) for o in orders}
    if watermark is not None:
        # Only stamps still inside the next re-read window can come back; forget the rest.
        horizon = int((watermark - overlap).timestamp())
        if req.page > 1 or cursor.passes:
            horizon = min(horizon, int(req.modified_after.timestamp())) if req.modified_after else 0
        seen = {s for s in seen if s[1] >= horizon}
    full = (len(orders) if read is None else read) >= per_page

    if not (req.page > 1 or cursor.passes):
        next_after = None if watermark is None else watermark - overlap
        stuck = (
            full
            and req.modified_after is not None
            and next_after is not None
            and next_after <= req.modified_after
        )
        if stuck:
            # The whole page sits inside the re-read window: keyset cannot move. Walk this
            # query by offset from page 2, then re-read it until a pass finds nothing new.
            nxt = PullCursor(watermark, frozenset(seen), req.modified_after, 2, len(fresh), 1)
            return fresh, nxt, False
        return fresh, PullCursor(watermark, frozenset(seen)), not full

    pass_new = cursor.pass_new + len(fresh)
    if full:
        nxt = replace(
            cursor, watermark=watermark, seen=frozenset(seen), page=req.page + 1, pass_new=pass_new
        )
        return fresh, nxt, False
    # End of a pass over the query.
    if pass_new == 0 or cursor.passes >= MAX_PASSES:
        if pass_new:
            logger.warning("pull: orders kept changing during %d passes; continuing", MAX_PASSES)
        # Back to keyset. If the crowded window is still inside the overlap, the next run walks
        # it again (a few GETs); it moves on as soon as newer orders raise the watermark.
        return fresh, PullCursor(watermark, frozenset(seen)), True
    nxt = replace(
        cursor,
        watermark=watermark,
        seen=frozenset(seen),
        page=1,
        pass_new=0,
        passes=cursor.passes + 1,
    )
    return fresh, nxt, False
