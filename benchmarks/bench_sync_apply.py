"""Local apply rate of pulled pages (issue 6, R42; target ≥ 1,000 orders/s).

Run: `python benchmarks/bench_sync_apply.py [orders]`. Not collected by pytest. The shop's JSON
is mapped to RemoteOrders first (no HTTP: `bench_sync_http.py` measures that), then applied the
way `pull_shop` does: pages of 100, one transaction per page with its cursor; plain new orders
through the bulk path (services/sync/bulk.py: a few Core statements per page, same rows as
`orders.place_order` + the reported payment), known orders one by one in savepoints. Reports
wall time and this process's CPU time (the machine may be shared: CPU is the steadier figure):
- new orders: first pull of `n` paid orders into an empty, migrated SQLite file;
- re-read: the same pages again (orders already known, nothing changed: the overlap window and
  repeated pulls).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from backoffice.db import migrate  # noqa: E402
from backoffice.db.engine import make_engine, make_session_factory  # noqa: E402
from backoffice.db.models import Order, Shop  # noqa: E402
from backoffice.services.sync.apply import Applier  # noqa: E402
from backoffice.services.sync.cursors import save_cursor  # noqa: E402
from backoffice.sync.models import PullCursor  # noqa: E402
from backoffice.sync.woocommerce.mapping import order_from_json  # noqa: E402
from tests.factories import make_catalog  # noqa: E402
from tests.fakes.woo_state import Shop as FakeShop  # noqa: E402

PAGE = 100


def remote_orders(n: int) -> list:  # type: ignore[type-arg]
    shop = FakeShop()
    shop.add_product("TEE-BLK-M", "19000", stock=10**6)
    shop.add_product("MUG-WHT", "12000", stock=10**6)
    shop.add_product("SHOP-ONLY", "5000", stock=10**6)
    ids = [
        shop.add_order([("TEE-BLK-M", 1), ("MUG-WHT", 2), ("SHOP-ONLY", 1)], shipping="3000")
        for _ in range(n)
    ]
    return [order_from_json(shop.order_json(i)) for i in ids]


def apply_all(factory, shop_id: int, remotes: list) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds (CPU: this process only, so the figure holds on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(remotes), PAGE):
        with factory() as session:
            Applier(session, shop_id).apply_page(remotes[i : i + PAGE])
            save_cursor(session, shop_id, PullCursor())
            session.commit()
    return time.perf_counter() - start, time.process_time() - cpu


def rate(label: str, n: int, wall: float, cpu: float) -> str:
    return (
        f"{label}: {n} in {wall:.2f} s = {n / wall:,.0f} orders/s"
        f" (CPU {cpu:.2f} s = {n / cpu:,.0f} orders/s per core; target 1,000)"
    )


def main(n: int) -> None:
    folder = Path(tempfile.mkdtemp())
    engine = make_engine(f"sqlite:///{folder / 'bench.sqlite3'}")
    migrate.upgrade(engine)
    factory = make_session_factory(engine)
    make_catalog(factory)
    with factory() as session:
        shop = Shop(name="bench", kind="woocommerce", is_default=True)
        session.add(shop)
        session.commit()
        shop_id = shop.id
    remotes = remote_orders(n)
    first = apply_all(factory, shop_id, remotes)
    with factory() as session:
        count = session.scalar(select(func.count(Order.id)))
    assert count == n, count
    again = apply_all(factory, shop_id, remotes)
    print(rate("new orders", n, *first))
    print(rate("re-read (known, unchanged)", n, *again))
    engine.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
