"""`backoffice demo`: fill an empty database with a realistic, deterministic shop.

Speed (100,000 orders in well under a minute; the 1,000,000-order benchmark database is built the
same way) comes from SQLAlchemy Core executemany inserts with primary keys computed here, in
batches of 5,000 orders, instead of ORM flushes through the services. Correctness comes from
building each order exactly as the services leave one (see demo_orders.py / demo_life.py): derived
fields by `services.totals.refresh`, codes by `services.codes.reserve_codes`, stock equal to the
initial stock minus what live orders hold and minus damaged returns (R14, R15).

Determinism: everything is drawn from `random.Random(seed)`. Dates are laid out backwards from an
anchor, today's midnight UTC, so the list always looks fresh (new orders from the last hours,
completed ones from months ago); the same seed on the same day gives the same data, and `anchor`
can be passed explicitly for byte-for-byte repeatable runs. The code namespace (R1) of a database
that has none yet is drawn from the seed too, so the same seed gives the same order codes.

The demo is only for an empty database: it refuses one that already holds orders or products,
since mixing invented orders into a real shop's file would be a disaster. The outbox stays empty:
demo history is not news the web shop must hear (R42).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from backoffice.db import grams
from backoffice.db.models import (
    Base,
    Customer,
    CustomStatus,
    Order,
    Product,
    Setting,
    Shop,
    Staff,
    Variant,
)
from backoffice.demo.data import (
    COLOURS,
    CUSTOM_STATUSES,
    DEMO_PINS,
    GRADES,
    PRODUCTS,
    STAFF,
    person,
)
from backoffice.demo.orders import CustomerInfo, OrderBuilder, VariantInfo, World
from backoffice.demo.rows import BulkInsert, Ids
from backoffice.domain import codes as domain_codes
from backoffice.domain.errors import DomainError
from backoffice.services.orders import codes
from backoffice.services.staff.pins import hash_pin

BATCH = 5_000
MEAN_AGE_DAYS = 45.0  # most orders are recent; a long tail goes back two years
MAX_AGE_DAYS = 730.0
SHOP_NAME = "데모 스토어 (Demo Store)"
ORDER_TABLES = (
    "orders",
    "order_lines",
    "order_addresses",
    "shipments",
    "shipment_lines",
    "claims",
    "claim_lines",
    "payment_requests",
    "payments",
    "refunds",
    "memos",
    "messages",
    "timeline_events",
)


@dataclass
class DemoResult:
    orders: int
    seconds: float
    anchor: datetime
    initial_stock: dict[str, int] = field(default_factory=dict)  # sku -> stock before any order

    @property
    def rate(self) -> float:
        return self.orders / self.seconds if self.seconds else 0.0


def default_anchor() -> datetime:
    return datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def generate(
    engine: Engine,
    *,
    orders: int = 2000,
    seed: int = 1,
    anchor: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoResult:
    """Fill an empty database. `progress(n)` is called with the orders written per batch."""
    if orders < 0:
        raise DomainError("The number of demo orders cannot be negative")
    started = time.perf_counter()
    anchor = anchor or default_anchor()
    rng = random.Random(seed)
    engine = _bulk_engine(engine)
    # One transaction for the whole fill: a demo killed half-way leaves the database as it was
    # (empty), and the next `demo` starts again instead of refusing a half-filled file.
    with Session(engine) as session:
        _refuse_if_used(session)
        ids = Ids(session.connection(), [Base.metadata.tables[t] for t in ORDER_TABLES])
        world = _setup(session, rng, anchor, orders)
        builder = OrderBuilder(rng, world, ids)
        done = 0
        writers: list[BulkInsert] | None = None
        while done < orders:
            n = min(BATCH, orders - done)
            batch_codes = codes.reserve_codes(session, n)
            rows: dict[str, list[Any]] = {t: [] for t in ORDER_TABLES}
            for i, code in enumerate(batch_codes):
                builder.build(code, _created(rng, anchor, done + i, orders), rows)
            conn = session.connection()
            if writers is None:
                writers = [
                    BulkInsert(conn, t) for t in Base.metadata.sorted_tables if t.name in rows
                ]
            for write in writers:
                write(conn, rows[write.table.name])
            done += n
            if progress is not None:
                progress(n)
        initial = _settle_stock(session.connection(), rng, world)
        _move_sequences(session.connection())
        session.commit()
    return DemoResult(orders, time.perf_counter() - started, anchor, initial)


def _move_sequences(conn: Connection) -> None:
    """PostgreSQL: rows went in with ids of their own; the id sequences must start after them,
    or the app's next insert into any of these tables fails on a duplicate id."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _bulk_engine(engine: Engine) -> Engine:
    """For a SQLite file, a private engine whose connections skip fsync while the demo fills it.

    Demo data goes only into a new, empty file (`_refuse_if_used`), so a power cut mid-fill costs
    nothing worth keeping; the app's own connections keep synchronous=FULL.
    """
    if engine.dialect.name != "sqlite":
        return engine
    bulk = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(bulk, "connect")
    def _fast(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA cache_size=-200000")
        cursor.close()
        grams.register(dbapi_connection)  # the short-search index's triggers call it

    return bulk


def _refuse_if_used(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(Order)):
        raise DomainError(
            "This database already has orders: demo data only goes into a new, empty database"
            " (use --db with a new file)"
        )
    if session.scalar(select(func.count()).select_from(Product)):
        raise DomainError(
            "This database already has products: demo data only goes into a new, empty database"
        )


def _created(rng: random.Random, anchor: datetime, i: int, n: int) -> datetime:
    """Order i of n (oldest first): stratified draws from a truncated exponential age, so the
    times come out already sorted and codes follow time like real ones."""
    q = 1 - (i + rng.random()) / n
    tail = 1 - math.exp(-MAX_AGE_DAYS / MEAN_AGE_DAYS)
    age = -MEAN_AGE_DAYS * math.log(1 - q * tail)
    return (anchor - timedelta(days=age)).replace(microsecond=0)


def _setup(session: Session, rng: random.Random, anchor: datetime, orders: int) -> World:
    if session.get(Setting, codes.NAMESPACE_KEY) is None:  # R1: a namespace from the seed
        namespace = "".join(rng.choice(domain_codes.ALPHABET) for _ in range(3))
        session.add(Setting(key=codes.NAMESPACE_KEY, value=namespace))
        session.add(Setting(key=codes.COUNTER_KEY, value="0"))
    shop = session.scalar(select(Shop).where(Shop.name == SHOP_NAME))
    if shop is None:
        # Not enabled: the demo shop has no credentials and must not be synced.
        shop = Shop(
            name=SHOP_NAME,
            kind="woocommerce",
            base_url="https://demo-store.example",
            currency="KRW",
            is_default=True,
            enabled=False,
        )
        session.add(shop)
    existing = set(session.scalars(select(Staff.name)))
    for name, role in STAFF:
        if name not in existing:
            session.add(Staff(name=name, role=role, pin_hash=hash_pin(DEMO_PINS[role])))
    statuses: dict[str, list[tuple[int, str]]] = {}
    for position, (stage, name, colour) in enumerate(CUSTOM_STATUSES):
        label = session.scalar(
            select(CustomStatus).where(CustomStatus.stage == stage, CustomStatus.name == name)
        )
        if label is None:
            label = CustomStatus(stage=stage, name=name, colour=colour, position=position)
            session.add(label)
            session.flush()
        statuses.setdefault(stage, []).append((label.id, name))
    session.flush()
    variants = _catalogue(session, rng)
    siblings: dict[str, list[VariantInfo]] = {}
    for v in variants:
        siblings.setdefault(v.product_code, []).append(v)
    rng.shuffle(variants)  # popularity rank, independent of catalogue order
    return World(
        anchor=anchor,
        variants=variants,
        siblings=siblings,
        customers=_customers(session, rng, anchor, orders),
        shop_id=shop.id,
        shop_name=SHOP_NAME,
        staff=[name for name, _ in STAFF],
        statuses=statuses,
    )


def _catalogue(session: Session, rng: random.Random) -> list[VariantInfo]:
    conn = session.connection()
    product_id = (session.scalar(select(func.max(Product.id))) or 0) + 1
    variant_id = (session.scalar(select(func.max(Variant.id))) or 0) + 1
    products, rows, out = [], [], []
    for code, name, name_en, base, colours, sizes in PRODUCTS:
        products.append(
            {
                "id": product_id,
                "name": name,
                "name_en": name_en,
                "description": "",
                "shop_product_id": str(product_id),
                "active": True,
            }
        )
        for colour in colours or ("",):
            for size in sizes or ("",):
                options = " / ".join(
                    part
                    for part in (
                        f"색상: {COLOURS[colour]}" if colour else "",
                        f"사이즈: {size}" if size else "",
                    )
                    if part
                )
                sku = "-".join(p for p in (code, colour, size) if p)
                bump = 2000 if size in ("XL", "500ml", "L", "270") else 0
                price = (base + bump) // 100 * 100  # KRW prices end in 00
                rows.append(
                    {
                        "id": variant_id,
                        "product_id": product_id,
                        "sku": sku,
                        "options": options,
                        "price": price,
                        "stock": 0,
                        "track_stock": True,
                        "shop_variant_id": str(variant_id),
                    }
                )
                out.append(VariantInfo(variant_id, sku, name, options, price, code))
                variant_id += 1
        product_id += 1
    conn.execute(insert(Product), products)
    conn.execute(insert(Variant), rows)
    return out


def _customers(
    session: Session, rng: random.Random, anchor: datetime, orders: int
) -> list[CustomerInfo]:
    count = min(max(50, orders // 5), 50_000)
    first = (session.scalar(select(func.max(Customer.id))) or 0) + 1
    grades = [g for g in GRADES]
    rows, out = [], []
    for i in range(count):
        who = person(rng)
        grade, percent, _ = rng.choices(grades, [g[2] for g in grades])[0]
        rows.append(
            {
                "id": first + i,
                "is_member": True,
                "name": who.name,
                "phone": who.phone,
                "email": who.email,
                "grade": grade,
                "points": rng.randrange(0, 300) * 100,
                "shop_customer_id": str(5000 + i),
                "created_at": anchor - timedelta(days=rng.uniform(30, 1100)),
            }
        )
        out.append(CustomerInfo(first + i, who, percent))
    if rows:
        session.connection().execute(insert(Customer), rows)
    return out


def _settle_stock(conn: Connection, rng: random.Random, world: World) -> dict[str, int]:
    """Stock = initial − held by live orders − damaged returns (R14, R15); some sold out."""
    initial: dict[str, int] = {}
    updates = []
    for v in sorted(world.variants, key=lambda v: v.id):
        spare = 0 if rng.random() < 0.12 else rng.randrange(3, 150)
        start = world.held[v.id] + world.damaged[v.id] + spare
        initial[v.sku] = start
        updates.append({"vid": v.id, "new_stock": spare})
    table = Variant.__table__
    stmt = update(table).where(table.c.id == bindparam("vid")).values(stock=bindparam("new_stock"))
    conn.execute(stmt, updates)
    return initial
