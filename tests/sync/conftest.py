"""Fixtures for the sync tests: a fake WooCommerce server on 127.0.0.1 and a connector to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from backoffice.sync.woocommerce import WooCommerceConnector
from tests.fakes.woo_server import FakeWooServer

KEY, SECRET = "ck_0123456789abcdef", "cs_fedcba9876543210"
# A read timeout short enough that "the shop answered too late" tests stay quick, yet long enough
# that an ordinary answer from the fake shop on a busy CI machine is never mistaken for a late one
# (0.4 s was not: a plain 400 answer once missed it in CI).
TIMEOUT = (2.0, 1.5)
LATE = 4.0  # how long a timeout-after-write fault holds the answer back (the server stops waiting on teardown)


@pytest.fixture
def woo() -> Iterator[FakeWooServer]:
    with FakeWooServer(KEY, SECRET) as server:
        yield server


@pytest.fixture
def connect(woo: FakeWooServer) -> Iterator[Callable[..., WooCommerceConnector]]:
    made: list[WooCommerceConnector] = []

    def make(**kwargs: Any) -> WooCommerceConnector:
        kwargs.setdefault("timeout", TIMEOUT)
        conn = WooCommerceConnector(
            "test",
            kwargs.pop("base_url", woo.base_url),
            kwargs.pop("key", KEY),
            kwargs.pop("secret", SECRET),
            **kwargs,
        )
        made.append(conn)
        return conn

    yield make
    for conn in made:
        conn.close()
