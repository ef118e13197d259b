"""The pull cursor against a simulated shop under random churn (R42): nothing lost, nothing twice.

The simulation keeps WooCommerce's list semantics (modified_after strictly after, one-second
dates, orderby=modified asc with offset pages) while orders are created and changed between
page requests; hypothesis looks for an interleaving that loses or repeats a change.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backoffice.sync.models import Address, PullCursor, RemoteOrder
from backoffice.sync.woocommerce import pull

pytestmark = pytest.mark.rule("R42")
OVERLAP = timedelta(seconds=2)


def remote(oid: int, modified: int, version: int) -> RemoteOrder:
    when = datetime.fromtimestamp(modified, UTC)
    return RemoteOrder(
        remote_id=oid,
        number=str(oid),
        status="processing",
        stage="received",
        payment_failed=False,
        created_gmt=when,
        modified_gmt=when,
        currency="KRW",
        total=0,
        shipping_total=0,
        discount_total=0,
        tax_total=0,
        billing=Address(),
        shipping=Address(),
        phone="",
        email="",
        customer_id=None,
        payment_method="",
        payment_method_title="",
        transaction_id="",
        date_paid=None,
        lines=(),
        customer_note="",
        meta={},
        refunds=(),
        fingerprint=f"v{version}",
    )


class SimShop:
    def __init__(self) -> None:
        self.now = 1_000_000
        self.orders: dict[int, tuple[int, int]] = {}  # id -> (modified, version)

    def create(self) -> None:
        self.orders[len(self.orders) + 1] = (self.now, 0)

    def change(self, pick: int) -> None:
        if self.orders:
            oid = sorted(self.orders)[pick % len(self.orders)]
            self.orders[oid] = (self.now, self.orders[oid][1] + 1)

    def page(self, req: pull.PageRequest, per_page: int) -> list[RemoteOrder]:
        after = None if req.modified_after is None else int(req.modified_after.timestamp())
        rows = sorted(
            (m, oid, v) for oid, (m, v) in self.orders.items() if after is None or m > after
        )
        chunk = rows[(req.page - 1) * per_page : req.page * per_page]
        return [remote(oid, m, v) for m, oid, v in chunk]


ops = st.lists(
    st.one_of(
        st.just(("pull",)),
        st.just(("tick",)),
        st.tuples(st.just("create"), st.integers(1, 30)),
        st.tuples(st.just("change"), st.integers(0, 10_000)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(ops=ops, per_page=st.integers(2, 7))
def test_random_churn_between_pages_loses_and_repeats_nothing(ops, per_page):
    shop = SimShop()
    cursor = PullCursor()
    handed: list[tuple[int, str]] = []

    def one_pull() -> bool:
        nonlocal cursor
        req = pull.request_for(cursor, OVERLAP)
        fresh, cursor, done = pull.advance(
            cursor, req, shop.page(req, per_page), per_page=per_page, overlap=OVERLAP
        )
        cursor = PullCursor.from_json(cursor.to_json())  # stored and read back
        handed.extend((o.remote_id, o.fingerprint) for o in fresh)
        return done

    for op in ops:
        if op[0] == "pull":
            one_pull()
        elif op[0] == "tick":
            shop.now += 1
        elif op[0] == "create":
            for _ in range(op[1]):
                shop.create()
        else:
            shop.change(op[1])
    # Churn stops. A change made while a run was reading may land in the next run (it stays in
    # the re-read window), so: finish the current run, then one more run must make it complete.
    for _run in range(2):
        for _ in range(1000):
            if one_pull():
                break
        else:
            raise AssertionError("pull did not converge")
    assert len(handed) == len(set(handed)), "a change was handed back twice"
    for oid, (_, version) in shop.orders.items():
        assert (oid, f"v{version}") in handed, f"order {oid} v{version} was never pulled"
