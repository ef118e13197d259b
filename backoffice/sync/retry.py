"""When to try an outbox entry again (R42): pure functions the relay calls, no loops, no sleeps.

- Exponential backoff with full jitter: delay = uniform(0, min(cap, base * 2**attempt)), which
  spreads many counter PCs coming back online at once.
- `Retry-After` (delta-seconds or an HTTP date) is a floor: never ask sooner than the shop said.
- 4xx other than 408 and 429 are not retried (ShopRejected): park at once.
- After `max_attempts` the entry is parked with its last error, visible to staff.
- 401 and 403 are not the change's fault: the relay keeps such changes waiting for corrected
  credentials (`is_credentials`), and they go out by themselves once a request succeeds.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from backoffice.sync.errors import ShopError, ShopMalformed, ShopRejected, ShopUnreachable


@dataclass(frozen=True)
class RetryPolicy:
    base: float = 2.0  # seconds for attempt 0
    cap: float = 900.0  # longest backoff between two tries
    max_attempts: int = 24  # attempts counted from 0; at this many the entry is parked
    max_retry_after: float = 6 * 3600.0  # a shop asking for longer is treated as this
    # Inside one sync run (the relay): a change that fails for a passing reason (5xx, 429, a reset,
    # a timeout) is tried again up to this many times, waiting at most `in_run_wait` seconds
    # between tries (a longer Retry-After leaves it for a later run); `down_after` failures in a
    # row, of any changes, mean the shop is down: the run stops pushing to it and says so.
    in_run_attempts: int = 4
    in_run_wait: float = 10.0
    down_after: int = 6

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap <= 0 or self.max_attempts < 1:
            raise ValueError("RetryPolicy needs positive base and cap and at least one attempt")
        if self.in_run_attempts < 1 or self.down_after < 1 or self.in_run_wait < 0:
            raise ValueError("RetryPolicy needs at least one try per run")


DEFAULT_POLICY = RetryPolicy()


def status_is_retryable(status: int) -> bool:
    """HTTP statuses worth retrying: 408, 429 and every 5xx."""
    return status in (408, 429) or 500 <= status <= 599


def is_retryable(error: BaseException) -> bool:
    """ShopUnreachable and ShopMalformed are retried; ShopRejected and anything else are not."""
    if isinstance(error, ShopRejected):
        return False
    return isinstance(error, ShopUnreachable | ShopMalformed)


def is_credentials(error: BaseException) -> bool:
    """The shop refused who we are (a wrong or rotated API key), not what we asked."""
    return isinstance(error, ShopRejected) and getattr(error, "status", None) in (401, 403)


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    lname = name.lower()
    for key, value in headers.items():
        if key.lower() == lname:
            return value
    return None


def retry_after_seconds(
    headers: Mapping[str, str] | None, now: datetime | None = None
) -> float | None:
    """Seconds from `now` that a Retry-After header asks for; None when absent or unreadable."""
    raw = _header(headers, "Retry-After")
    if raw is None:
        return None
    raw = raw.strip()
    if raw.isdigit():
        return float(int(raw))
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def next_delay(
    attempt: int,
    response_headers: Mapping[str, str] | None,
    rng: random.Random,
    policy: RetryPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
) -> float | None:
    """Seconds to wait before attempt `attempt + 1`, or None: stop and park the entry.

    `attempt` counts failed attempts so far minus one (0 after the first failure).
    """
    if attempt < 0:
        raise ValueError("attempt counts from 0")
    if attempt + 1 >= policy.max_attempts:
        return None
    ceiling = min(policy.cap, policy.base * (2.0 ** min(attempt, 62)))
    delay = rng.uniform(0.0, ceiling)
    floor = retry_after_seconds(response_headers, now)
    if floor is not None:
        delay = max(delay, min(floor, policy.max_retry_after))
    return delay


def delay_after(
    error: BaseException,
    attempt: int,
    rng: random.Random,
    policy: RetryPolicy = DEFAULT_POLICY,
    now: datetime | None = None,
) -> float | None:
    """`next_delay` for a caught error: None (park) for errors that must not be retried."""
    if not is_retryable(error):
        return None
    headers = error.headers if isinstance(error, ShopError) else None
    return next_delay(attempt, headers, rng, policy, now)
