"""A sample shop and order for the rendered examples and the benchmark (not used by the app)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from backoffice.printing import (
    Discounts,
    PrintLine,
    PrintOrder,
    PrintPayment,
    PrintShipment,
    ShipmentLine,
    ShopInfo,
)

KST = timezone(timedelta(hours=9))

SHOP = ShopInfo(
    name="서울 커피 로스터스",
    address="서울특별시 마포구 양화로 123, 2층",
    phone="02-123-4567",
    business_number="123-45-67890",
    footer="교환/환불은 7일 이내 영수증 지참",
)

ORDER = PrintOrder(
    code="7KQ-M3X",
    created_at=datetime(2024, 5, 1, 14, 32, tzinfo=KST),
    shop_order_number="WC-10452",
    channel="counter",
    buyer_name="김민지",
    buyer_phone="010-1234-5678",
    lines=(
        PrintLine(
            "AM-250", "에티오피아 예가체프 원두 250g", 2, 19500, 39000, options="분쇄: 핸드드립"
        ),
        PrintLine("MUG-01", "머그컵 (화이트)", 1, 12000, 11000, discount=1000),
        PrintLine(
            "DRIP-10", "드립백 선물세트 10개입 프리미엄 블렌드 한정판 특별 포장", 3, 15000, 45000
        ),
    ),
    shipping_fee=3000,
    discounts=Discounts(grade=2000, coupon=5000, points=1000),
    total=90000,
    paid=90000,
    payments=(
        PrintPayment(
            "card",
            90000,
            datetime(2024, 5, 1, 14, 33, tzinfo=KST),
            "신한카드",
            "5310-12**-****-3456",
            3,
            "30012345",
        ),
    ),
    shipments=(
        PrintShipment(
            "1",
            "이서준",
            "010-9876-5432",
            "04001",
            "서울특별시 마포구 월드컵북로 396",
            "누리꿈스퀘어 비즈니스타워 10층",
            "부재 시 경비실에 맡겨주세요",
            "CJ대한통운",
            "612345678901",
            (ShipmentLine("에티오피아 예가체프 원두 250g", 2), ShipmentLine("머그컵 (화이트)", 1)),
        ),
    ),
)
