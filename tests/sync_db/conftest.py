"""Fixtures for the sync tests against a real migrated SQLite file and the fake WooCommerce
server over real HTTP on 127.0.0.1: a shop row, a connector to the fake, and a `run()` that does
one `sync_once` the way the app does."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.base import utcnow
from backoffice.db.uow import UnitOfWork
from backoffice.services.sync.runner import ShopLink, SyncReport, sync_once
from backoffice.services.sync.shops import add_shop
from backoffice.sync.retry import RetryPolicy
from backoffice.sync.woocommerce import WooCommerceConnector
from tests.factories import MANAGER
from tests.fakes.woo_server import FakeWooServer

KEY, SECRET = "ck_0123456789abcdef", "cs_fedcba9876543210"
# Read timeout: short so a "late answer" fault stays quick, long enough that a busy CI machine's
# ordinary answers are never late (see tests/sync/conftest.py).
TIMEOUT = (2.0, 1.5)
LATE = 4.0
FAST = RetryPolicy(base=0.01, cap=0.05, max_attempts=6, max_retry_after=2.0)


@pytest.fixture
def woo() -> Iterator[FakeWooServer]:
    with FakeWooServer(KEY, SECRET) as server:
        for sku, price, stock in (
            ("TEE-BLK-M", "19000", 50),
            ("TEE-BLK-L", "19000", 30),
            ("MUG-WHT", "12000", 20),
            ("BAG-CNV", "25000", 10),
        ):
            server.shop.add_product(sku, price, stock=stock)
        yield server


@pytest.fixture
def shop_id(uow: UnitOfWork, woo: FakeWooServer, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("BACKOFFICE_SHOP_WOO_SECRET", SECRET)
    return add_shop(uow, "woocommerce", "woo", woo.base_url, KEY, "", actor=MANAGER).id


class Runner:
    """Runs sync_once with a clock that moves past every backoff between runs."""

    def __init__(self, factory: sessionmaker[Session], link: ShopLink) -> None:
        self.factory = factory
        self.link = link
        self.now = utcnow()
        self.rng = random.Random(7)
        self.reports: list[SyncReport] = []

    def __call__(self, **kwargs: object) -> SyncReport:
        report = sync_once(
            self.factory, [self.link], now=self.now, rng=self.rng, policy=FAST, **kwargs
        )
        self.reports.append(report)
        self.now += timedelta(minutes=10)  # past any backoff and lease
        return report

    def until_quiet(self, limit: int = 12) -> SyncReport:
        for _ in range(limit):
            report = self()
            if report.online and report.pending == 0 and not report.errors:
                return report
        raise AssertionError(f"sync did not settle: {self.reports[-1]}")


@pytest.fixture
def run(
    session_factory: sessionmaker[Session], woo: FakeWooServer, shop_id: int, catalog: object
) -> Iterator[Callable[..., SyncReport]]:
    conn = WooCommerceConnector("woo", woo.base_url, KEY, SECRET, timeout=TIMEOUT)
    runner = Runner(session_factory, ShopLink(shop_id, "woo", conn, is_default=True))
    yield runner
    conn.close()


@pytest.fixture
def added(db_url, woo, catalog, session):
    from tests.sync_db.clihelp import cli

    done = cli(
        db_url,
        "shop",
        "add",
        "woocommerce",
        "woo",
        "--url",
        woo.base_url,
        "--key",
        KEY,
        stdin=SECRET + "\n",
    )
    assert done.returncode == 0, done.stderr
    return done
