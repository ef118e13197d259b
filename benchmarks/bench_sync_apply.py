"""Local apply rate of pulled pages (issue 6, R42; target ≥ 1,000 orders/s).

Run: `python benchmarks/bench_sync_apply.py [orders]`. Not collected by pytest. The shop's JSON
is mapped to RemoteOrders first (no HTTP: `bench_sync_http.py` measures that), then applied the
way `pull_shop` does: pages of 100, one transaction per page with its cursor, each order in its
own savepoint, new orders through `orders.place_order` (+ the reported payment). Reports:
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
from backoffice.services.sync_apply import Applier  # noqa: E402
from backoffice.sync.cursors import save_cursor  # noqa: E402
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


def apply_all(factory, shop_id: int, remotes: list) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for i in range(0, len(remotes), PAGE):
        with factory() as session:
            Applier(session, shop_id).apply_page(remotes[i : i + PAGE])
            save_cursor(session, shop_id, PullCursor())
            session.commit()
    return time.perf_counter() - start


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
    print(f"new orders: {n} in {first:.2f} s = {n / first:,.0f} orders/s")
    print(f"re-read (known, unchanged): {n} in {again:.2f} s = {n / again:,.0f} orders/s")
    engine.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
