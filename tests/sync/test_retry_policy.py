"""The pure retry policy the relay uses (R42): backoff with full jitter, Retry-After, parking."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from backoffice.sync.errors import ShopMalformed, ShopRejected, ShopUnreachable
from backoffice.sync.retry import (
    RetryPolicy,
    delay_after,
    is_retryable,
    next_delay,
    retry_after_seconds,
    status_is_retryable,
)

pytestmark = pytest.mark.rule("R42")
POLICY = RetryPolicy(base=2.0, cap=60.0, max_attempts=8)


def test_full_jitter_stays_under_the_exponential_ceiling_and_the_cap():
    rng = random.Random(7)
    for attempt in range(7):
        ceiling = min(60.0, 2.0 * 2**attempt)
        delays = [next_delay(attempt, None, rng, POLICY) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # really spread, not a fixed value
        assert min(delays) < ceiling * 0.2


def test_the_entry_is_parked_after_its_attempts():
    rng = random.Random(1)
    assert next_delay(6, None, rng, POLICY) is not None
    assert next_delay(7, None, rng, POLICY) is None
    assert next_delay(100, {"Retry-After": "1"}, rng, POLICY) is None


def test_retry_after_in_seconds_and_as_an_http_date_is_a_floor():
    now = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after_seconds({"retry-after": "120"}, now) == 120
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert retry_after_seconds({"Retry-After": later}, now) == 90
    assert retry_after_seconds({"Retry-After": "soon"}, now) is None
    assert retry_after_seconds({}, now) is None
    for seed in range(30):
        assert next_delay(0, {"Retry-After": later}, random.Random(seed), POLICY, now) >= 90


def test_a_shop_asking_for_days_is_capped():
    policy = RetryPolicy(max_retry_after=600.0)
    assert next_delay(0, {"Retry-After": "864000"}, random.Random(1), policy) == 600.0


@pytest.mark.parametrize(
    ("status", "retry"),
    [
        (400, False),
        (401, False),
        (404, False),
        (408, True),
        (409, False),
        (422, False),
        (429, True),
        (500, True),
        (503, True),
    ],
)
def test_which_statuses_are_retried(status, retry):
    assert status_is_retryable(status) is retry


def test_errors_decide_retry_or_park():
    rng = random.Random(3)
    assert delay_after(ShopRejected("no", status=400), 0, rng) is None
    assert delay_after(ShopUnreachable("down"), 0, rng) is not None
    assert delay_after(ShopMalformed("garbled"), 0, rng) is not None
    assert not is_retryable(ValueError("a bug"))


def test_policy_refuses_nonsense():
    with pytest.raises(ValueError):
        RetryPolicy(base=0)
    with pytest.raises(ValueError):
        next_delay(-1, None, random.Random(1))
