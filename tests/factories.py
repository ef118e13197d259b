"""Small builders for tests: a catalogue with stock, and orders placed through the real services."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.models import Product, Variant
from backoffice.db.uow import UnitOfWork
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.orders import changes as orders
from backoffice.services.staff.actor import Actor, staff

CASHIER = staff("김지은")
MANAGER = staff("박민수", manager=True)


@dataclass
class Catalog:
    """SKU -> variant id, with the stock each started with."""

    ids: dict[str, int]
    initial: dict[str, int]


PRODUCTS = [
    # sku, product name, options, price (KRW), stock
    ("TEE-BLK-M", "오가닉 코튼 티셔츠", "색상: 블랙 / 사이즈: M", 19000, 50),
    ("TEE-BLK-L", "오가닉 코튼 티셔츠", "색상: 블랙 / 사이즈: L", 19000, 30),
    ("MUG-WHT", "Ceramic Mug", "Colour: White", 12000, 20),
    ("BAG-CNV", "캔버스 에코백", "", 25000, 10),
]


def make_catalog(factory: sessionmaker[Session]) -> Catalog:
    ids: dict[str, int] = {}
    initial: dict[str, int] = {}
    with factory() as session:
        products: dict[str, Product] = {}
        for sku, name, options, price, stock in PRODUCTS:
            product = products.get(name)
            if product is None:
                product = products[name] = Product(name=name)
                session.add(product)
            variant = Variant(sku=sku, options=options, price=price, stock=stock)
            product.variants.append(variant)
            initial[sku] = stock
        session.commit()
        for product in products.values():
            for variant in product.variants:
                ids[variant.sku] = variant.id
    return Catalog(ids=ids, initial=initial)


def place(
    uow: UnitOfWork,
    items: dict[str, int] | None = None,
    *,
    stage: Stage = Stage.RECEIVED,
    channel: str = "web",
    actor: Actor = CASHIER,
    fulfilment: Fulfilment = Fulfilment.DELIVERY,
    shipping_fee: int = 3000,
    **extra: object,
) -> str:
    items = items or {"TEE-BLK-M": 2, "MUG-WHT": 1}
    new = orders.NewOrder(
        channel=channel,
        lines=[orders.NewLine(sku=sku, quantity=q) for sku, q in items.items()],
        buyer_name="이서연",
        buyer_phone="010-1234-5678",
        buyer_email="seoyeon@example.kr",
        stage=stage,
        fulfilment=fulfilment,
        shipping_fee=shipping_fee,
        addresses=[
            orders.NewAddress(
                name="이서연",
                phone="010-1234-5678",
                postcode="06236",
                address1="서울특별시 강남구 테헤란로 152",
                address2="12층",
            )
        ],
        **extra,  # type: ignore[arg-type]
    )
    return orders.place_order(uow, actor, new)
