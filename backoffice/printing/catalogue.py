"""Words printed on documents, in Korean and English, without Qt.

The GUI translates with Qt Linguist; printed documents are rendered off the GUI thread and in the
CLI, where no QTranslator exists, so their few dozen words live here. A key missing for a language
falls back to English, then to the key itself: a document never fails to print over a label.
"""

from __future__ import annotations

from backoffice.printing.source import Language

_WORDS: dict[str, tuple[str, str]] = {
    # key: (ko, en)
    "receipt": ("영수증", "Receipt"),
    "order": ("주문번호", "Order"),
    "shop_order": ("쇼핑몰 주문", "Shop order"),
    "date": ("일시", "Date"),
    "business_number": ("사업자번호", "Business no."),
    "tel": ("전화", "Tel"),
    "item": ("상품명", "Item"),
    "qty": ("수량", "Qty"),
    "unit_price": ("단가", "Price"),
    "amount": ("금액", "Amount"),
    "sku": ("상품코드", "SKU"),
    "options": ("옵션", "Options"),
    "line_discount": ("할인", "Discount"),
    "subtotal": ("소계", "Subtotal"),
    "shipping_fee": ("배송비", "Shipping"),
    "discount_grade": ("등급 할인", "Member discount"),
    "discount_coupon": ("쿠폰 할인", "Coupon"),
    "discount_points": ("적립금 사용", "Points used"),
    "discount_manual": ("할인", "Discount"),
    "total": ("합계", "Total"),
    "supply_value": ("공급가액", "Supply value"),
    "vat": ("부가세", "VAT"),
    "paid": ("결제금액", "Paid"),
    "refunded": ("환불금액", "Refunded"),
    "balance": ("미결제", "Balance due"),
    "payment": ("결제", "Payment"),
    "method_card": ("카드", "Card"),
    "method_cash": ("현금", "Cash"),
    "method_transfer": ("계좌이체", "Bank transfer"),
    "method_points": ("적립금", "Points"),
    "method_other": ("기타", "Other"),
    "installment": ("할부", "Installments"),
    "lump_sum": ("일시불", "Paid in full"),
    "months": ("개월", "months"),
    "approval": ("승인번호", "Approval"),
    "tendered": ("받은 금액", "Cash received"),
    "change": ("거스름돈", "Change"),
    "cash_receipt": ("현금영수증", "Cash receipt"),
    "cash_receipt_income": ("소득공제", "Income deduction"),
    "cash_receipt_expense": ("지출증빙", "Expense proof"),
    "buyer": ("주문자", "Buyer"),
    "recipient": ("받는 분", "Recipient"),
    "phone": ("연락처", "Phone"),
    "address": ("주소", "Address"),
    "postcode": ("우편번호", "Postcode"),
    "memo": ("배송 메모", "Delivery note"),
    "carrier": ("택배사", "Carrier"),
    "tracking": ("운송장", "Tracking"),
    "shipment": ("배송", "Shipment"),
    "pickup": ("매장 픽업", "Store pickup"),
    "sender": ("보내는 분", "Sender"),
    "seller": ("공급자", "Seller"),
    "contents": ("내용물", "Contents"),
    "invoice": ("거래명세서", "Invoice"),
    "packing_slip": ("포장 명세서", "Packing slip"),
    "order_sheet": ("주문서", "Order sheet"),
    "page": ("쪽", "Page"),
    "thank_you": ("감사합니다", "Thank you"),
    "reprint": ("재출력", "REPRINT"),
    "channel": ("판매 채널", "Channel"),
    "test_page": ("프린터 테스트", "Printer test"),
    "test_ruler": ("폭 눈금", "Width ruler"),
    "test_korean": ("한글 출력 확인", "Korean sample"),
    "test_settings": ("설정", "Settings"),
    "order_memo": ("주문 메모", "Order note"),
}


def word(key: str, language: Language) -> str:
    """The printed word for `key` in `language` ("total", "ko") -> "합계"."""
    pair = _WORDS.get(key)
    if pair is None:
        return key
    ko, en = pair
    return ko if language == "ko" else en


def payment_method(method: str, language: Language) -> str:
    """A payment method's printed name; unknown methods print as stored."""
    key = f"method_{method.lower()}"
    return word(key, language) if key in _WORDS else method


def keys() -> frozenset[str]:
    return frozenset(_WORDS)
