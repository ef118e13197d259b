"""Sync figures over real HTTP against the fake WooCommerce (issue 6).

Run: `python benchmarks/bench_sync_http.py [orders]`. Not collected by pytest. Reports:
- pull: orders/s through HTTP + OAuth + mapping (what a pull hands to the apply step), and the
  mapping alone (JSON → RemoteOrder), which bounds the local apply rate from above;
- convergence: 200 pushes while, for two seconds, the shop fails one request in three (500,
  429 + Retry-After, answers lost after the write); then the faults stop. Time from then until
  every entry is applied, and a check that each was applied exactly once. Backoff is scaled down
  (base 20 ms, cap 0.5 s, Retry-After capped at 1 s) so it runs fast; in the app the time after
  faults stop is bounded by the backoff cap the same way.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backoffice.sync.connector import push_exactly_once  # noqa: E402
from backoffice.sync.errors import ShopError, ShopUnreachable  # noqa: E402
from backoffice.sync.models import OutboxMessage, PullCursor, PushKind  # noqa: E402
from backoffice.sync.retry import RetryPolicy, delay_after  # noqa: E402
from backoffice.sync.woocommerce import WooCommerceConnector  # noqa: E402
from backoffice.sync.woocommerce.mapping import order_from_json  # noqa: E402
from tests.fakes.woo_server import FakeWooServer, Fault  # noqa: E402

KEY, SECRET = "ck_bench", "cs_bench"
FAULTY_SECONDS = 2.0


def bench_pull(n: int) -> None:
    with FakeWooServer(KEY, SECRET) as woo:
        woo.shop.add_product("A", "19000", stock=10**6)
        woo.shop.add_product("B", "7500", stock=10**6)
        for i in range(n):
            woo.shop.add_order([("A", 1), ("B", 2)])
            if i % 7 == 0:
                woo.shop.clock.tick()
        conn = WooCommerceConnector("bench", woo.base_url, KEY, SECRET, timeout=(5, 30))
        started = time.perf_counter()
        cursor, count, calls = PullCursor(), 0, 0
        while True:
            page = conn.pull_orders(cursor)
            count, cursor, calls = count + len(page.orders), page.cursor, calls + 1
            if page.done:
                break
        took = time.perf_counter() - started
        raw = [woo.shop.order_json(oid) for oid in woo.shop.orders]
        conn.close()
    t = time.perf_counter()
    for data in raw:
        order_from_json(data)
    mapping = time.perf_counter() - t
    print(
        f"pull over HTTP       {count} orders in {calls} requests, {took:.2f} s: "
        f"{count / took:,.0f} orders/s"
    )
    print(f"mapping only         {len(raw) / mapping:,.0f} orders/s (JSON -> RemoteOrder)")


def bench_convergence(entries: int = 200) -> None:
    rng = random.Random(6)
    policy = RetryPolicy(base=0.02, cap=0.5, max_attempts=50, max_retry_after=1.0)
    with FakeWooServer(KEY, SECRET) as woo:
        woo.shop.add_product("A", "19000", stock=10**6)
        orders = [woo.shop.add_order([("A", 1)]) for _ in range(20)]
        faults = [
            Fault.error(500),
            Fault.error(429, retry_after="1"),
            Fault.timeout_after_write(0.6),
            Fault.reset_after_write(),
        ]
        schedule = [
            rng.choice(faults) if rng.random() < 0.33 else Fault.none() for _ in range(entries * 2)
        ]
        woo.inject("POST /orders/{id}/notes", *schedule)
        faults_stop = None
        conn = WooCommerceConnector("bench", woo.base_url, KEY, SECRET, timeout=(1, 0.3))
        todo = [
            OutboxMessage(PushKind.CUSTOMER_MESSAGE, {"text": f"m{i}"}, f"K{i}", orders[i % 20])
            for i in range(entries)
        ]
        state = {e.idempotency_key: [0, False, 0.0] for e in todo}  # attempts, uncertain, due
        started = time.perf_counter()
        while todo:
            now = time.perf_counter()
            if faults_stop is None and now - started > FAULTY_SECONDS:
                woo.faults["POST /orders/{id}/notes"].clear()  # the connection is back
                faults_stop = now
            ready = [e for e in todo if state[e.idempotency_key][2] <= now]
            if not ready:
                time.sleep(0.005)
                continue
            for e in ready:
                st = state[e.idempotency_key]
                try:
                    push_exactly_once(conn, e, attempted_before=st[1])
                    todo.remove(e)
                except ShopError as exc:
                    st[1] = st[1] or (isinstance(exc, ShopUnreachable) and exc.uncertain)
                    delay = delay_after(exc, st[0], rng, policy)
                    if delay is None:
                        raise SystemExit(f"parked {e.idempotency_key}: {exc}") from exc
                    st[0] += 1
                    st[2] = time.perf_counter() + delay
        done = time.perf_counter()
        notes = [n for ns in woo.shop.notes.values() for n in ns if "bo:K" in n["note"]]
        conn.close()
    once = len(notes) == entries
    after_stop = done - (faults_stop or done)
    print(
        f"convergence          {entries} pushes, 1/3 faulty: {done - started:.2f} s in all, "
        f"{after_stop:.2f} s after faults stopped; applied exactly once: {once}"
    )


if __name__ == "__main__":
    bench_pull(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
    bench_convergence()
