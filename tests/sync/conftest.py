"""Fixtures for the sync tests: a fake WooCommerce server on 127.0.0.1 and a connector to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from backoffice.sync.woocommerce import WooCommerceConnector
from tests.fakes.woo_server import FakeWooServer

KEY, SECRET = "ck_0123456789abcdef", "cs_fedcba9876543210"
# Short read timeout so "the shop answered too late" tests take well under a second each.
TIMEOUT = (2.0, 0.4)
LATE = 1.0  # how long a timeout-after-write fault holds the answer back


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
