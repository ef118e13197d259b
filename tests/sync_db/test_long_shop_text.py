"""What a person typed in the shop is kept whole and the same on SQLite and PostgreSQL (R42):
long names, addresses and payment titles, NUL and control characters (PostgreSQL refuses NUL in
text; both used to differ: SQLite kept a 1,000-character name, PostgreSQL refused the run)."""

from __future__ import annotations

import pytest

from tests.sync_db.builders import local_order

pytestmark = pytest.mark.rule("R42")

LONG_NAME = "수제 도자기 머그컵 선물 세트 (핸드메이드, 전자레인지 사용 가능) " * 25  # ~1,000 chars
LONG_ADDRESS = "경기도 성남시 분당구 판교역로 235 에이치스퀘어 엔동 " * 12
TITLE = "신용카드 결제 (KG이니시스 표준결제, 무이자 할부 2~6개월, 법인카드 제외) " * 4


def test_long_text_and_control_characters_are_kept_the_same_on_both_databases(woo, run, session):
    oid = woo.shop.add_raw(
        {
            "status": "processing",
            "currency": "KRW",
            "total": "35000",
            "shipping_total": "0",
            "customer_id": 0,
            "payment_method": "inicis",
            "payment_method_title": TITLE,
            "date_paid_gmt": "2026-11-30T01:00:00",
            "customer_note": "문 앞에\x00 놓아 주세요\u202e",
            "billing": {
                "first_name": "서연\x00",
                "last_name": "김" * 250,
                "phone": "010-2345-6789",
                "email": "seoyeon@example.com",
            },
            "shipping": {
                "first_name": "서연",
                "last_name": "김",
                "address_1": LONG_ADDRESS,
                "address_2": "3층\x07",
                "postcode": "13529",
            },
            "line_items": [
                {
                    "id": 1,
                    "name": LONG_NAME.replace("세트", "세트\x00", 1),
                    "product_id": 9,
                    "variation_id": 0,
                    "quantity": 1,
                    "subtotal": "35000",
                    "total": "35000",
                    "total_tax": "0",
                    "sku": "MUG-SET",
                    "meta_data": [],
                }
            ],
            "meta_data": [],
            "refunds": [],
        }
    )
    report = run()
    assert report.parked_orders == () and len(report.new_codes) == 1
    order = local_order(session, oid)
    assert order.lines[0].name == " ".join(LONG_NAME.split())  # whole, NUL gone
    assert len(order.lines[0].name) > 900
    assert order.buyer_name == "서연 " + "김" * 250
    assert order.addresses[0].address1 == " ".join(LONG_ADDRESS.split())
    assert order.addresses[0].address2 == "3층"
    assert order.payment_method == " ".join(TITLE.split())
    assert order.customer_note == "문 앞에 놓아 주세요"
    assert order.total == 35000
