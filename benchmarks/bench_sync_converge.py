"""Time to converge once faults stop, through the whole sync (issue 6, R42).

Run: `python benchmarks/bench_sync_converge.py [shop orders] [counter sales]`. Not collected by
pytest. Unlike `bench_sync_http.py` (the connector alone), this drives `sync_once` — pull, apply,
relay, outbox, a migrated SQLite file — against the fake WooCommerce over real HTTP:

- the shop holds new orders to pull; this computer made counter sales offline (creations and
  stock levels wait in the outbox);
- one request in three fails (500, 429 + Retry-After, answer lost after the write, connection
  reset after the write, malformed JSON on pulls) until 15 faults were served; then they stop;
- `sync_once` runs again whenever something is due, with the real clock, until nothing waits.

Reports the time from "faults stop" to "nothing waits", and checks that every shop order was
pulled exactly once and every counter sale created in the shop exactly once. Backoff is scaled
down (base 20 ms, cap 0.5 s, Retry-After capped at 1 s) so it runs fast; in the app the time
after faults stop is bounded by the backoff cap (and the sync timer) the same way.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import Counter, deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from backoffice.db import migrate  # noqa: E402
from backoffice.db.base import utcnow  # noqa: E402
from backoffice.db.engine import make_engine, make_session_factory  # noqa: E402
from backoffice.db.models import Order, OutboxEntry, Shop  # noqa: E402
from backoffice.db.uow import UnitOfWork  # noqa: E402
from backoffice.services.orders import changes as orders  # noqa: E402
from backoffice.services.orders import counter  # noqa: E402
from backoffice.services.sync.runner import ShopLink, sync_once  # noqa: E402
from backoffice.sync.retry import RetryPolicy  # noqa: E402
from backoffice.sync.woocommerce import WooCommerceConnector  # noqa: E402
from tests.factories import CASHIER, PRODUCTS, make_catalog  # noqa: E402
from tests.fakes.woo_server import FakeWooServer, Fault  # noqa: E402

KEY, SECRET = "ck_bench", "cs_bench"
FAULTY_SECONDS = 30.0  # at most; the faults stop once FAULTS of them were served
FAULTS = 15
POLICY = RetryPolicy(base=0.02, cap=0.5, max_attempts=60, max_retry_after=1.0)
ROUTES = ("GET /orders", "POST /orders", "PUT /orders/{id}", "POST /orders/{id}/notes")
PRODUCT_ROUTES = ("PUT /products/{id}", "PUT /products/{id}/variations/{id}")


def schedule(rng: random.Random, route: str, n: int = 400) -> list[Fault]:
    faults = [
        Fault.error(500),
        Fault.error(429, retry_after="1"),
        Fault.timeout_after_write(0.6),
        Fault.reset_after_write(),
    ]
    if route.startswith("GET"):
        faults.append(Fault.malformed())
    return [rng.choice(faults) if rng.random() < 0.33 else Fault.none() for _ in range(n)]


def main(n_remote: int, n_local: int) -> None:
    rng = random.Random(11)
    folder = Path(tempfile.mkdtemp())
    engine = make_engine(f"sqlite:///{folder / 'bench.sqlite3'}")
    migrate.upgrade(engine)
    factory = make_session_factory(engine)
    make_catalog(factory)
    with FakeWooServer(KEY, SECRET) as woo:
        skus = [p[0] for p in PRODUCTS][:4]
        for sku in skus:
            woo.shop.add_product(sku, "10000", stock=10**6)
        with factory() as session:
            shop = Shop(
                name="woo", kind="woocommerce", base_url=woo.base_url, api_key=KEY, is_default=True
            )
            session.add(shop)
            session.commit()
            shop_id = shop.id
        for i in range(n_remote):
            woo.shop.add_order([(skus[i % len(skus)], 1)])
            if i % 13 == 0:
                woo.shop.clock.tick()
        for i in range(n_local):  # sold at the counter while the shop could not be reached
            counter.create_counter_order(
                UnitOfWork(factory),
                CASHIER,
                [orders.NewLine(sku=skus[i % len(skus)], quantity=1)],
                guest_name=f"Walk-in {i}",
                payment=counter.CounterPayment("cash"),
            )
        injected = 0
        for route in ROUTES + PRODUCT_ROUTES:
            faults = schedule(rng, route)
            injected += sum(f.kind != "pass" for f in faults)
            woo.inject(route, *faults)
        conn = WooCommerceConnector("woo", woo.base_url, KEY, SECRET, timeout=(1, 0.3))
        link = ShopLink(shop_id, "woo", conn, is_default=True)
        started = time.perf_counter()
        faults_stop: float | None = None
        runs = 0
        while True:
            now = time.perf_counter()
            served = injected - sum(
                f.kind != "pass" for r in ROUTES + PRODUCT_ROUTES for f in woo.faults.get(r, ())
            )
            if faults_stop is None and (served >= FAULTS or now - started > FAULTY_SECONDS):
                for route in ROUTES + PRODUCT_ROUTES:
                    woo.faults.get(route, deque()).clear()
                injected, faults_stop = served, now
                with factory() as session:
                    backlog = (
                        session.scalar(select(func.count()).where(OutboxEntry.state == "pending")),
                        n_remote
                        - (session.scalar(select(func.count()).where(Order.channel == "web")) or 0),
                    )
            report = sync_once(factory, [link], now=utcnow(), rng=rng, policy=POLICY)
            runs += 1
            with factory() as session:
                pulled = session.scalar(select(func.count()).where(Order.channel == "web")) or 0
                parked = session.scalar(select(func.count()).where(OutboxEntry.state == "parked"))
            quiet = report.online and report.pending == 0 and pulled == n_remote
            if faults_stop is not None and quiet:
                break
            if parked:
                raise SystemExit(f"{parked} outbox rows parked: {report.errors}")
            due = report.next_due
            wait = 0.02 if due is None else max(0.0, (due - utcnow()).total_seconds())
            time.sleep(min(wait, 0.25))
        done = time.perf_counter()
        with factory() as session:
            local = Counter(
                session.scalars(select(Order.shop_order_id).where(Order.channel == "web"))
            )
            codes = list(session.scalars(select(Order.code).where(Order.channel == "counter")))
        made = Counter(
            m["value"]
            for o in woo.shop.orders.values()
            for m in o["meta"]
            if m["key"] == "_backoffice_order_code"
        )
        conn.close()
    pulled_once = len(local) == n_remote and set(local.values()) == {1}
    created_once = all(made[c] == 1 for c in codes) and len(made) == n_local
    assert faults_stop is not None
    print(
        f"converge             {n_remote} shop orders to pull, {n_local} counter sales to create,"
        f" 1/3 of requests faulty until {injected} faults were served"
        f" ({faults_stop - started:.2f} s): {done - started:.2f} s in all,"
        f" {done - faults_stop:.2f} s after faults stopped (then {backlog[0]} outbox rows waiting,"
        f" {backlog[1]} shop orders not pulled yet), {runs} sync runs;"
        f" pulled once: {pulled_once}, created once: {created_once}"
    )
    engine.dispose()


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*(args + [300, 40][len(args) :]))
