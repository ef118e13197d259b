"""The counter receipt (R38): shop header, order code as text, barcode and QR, lines, discounts,
totals, payments, footer; a cut and, where the profile says so, a cash drawer kick.
"""

from __future__ import annotations

from backoffice.domain.money import format_money
from backoffice.printing.catalogue import payment_method, word
from backoffice.printing.model import (
    QR,
    Barcode,
    Block,
    Cut,
    Document,
    DrawerKick,
    Row,
    Rule,
    Spacer,
    Text,
)
from backoffice.printing.source import PrintOrder, PrintPayment, ShopInfo


def build_receipt(
    order: PrintOrder,
    shop: ShopInfo,
    *,
    cut: bool = True,
    drawer_pin: int | None = None,
    reprint: bool = False,
) -> Document:
    lang = order.language

    def money(amount: int) -> str:
        return format_money(amount, order.currency)

    blocks: list[Block] = []
    if drawer_pin:
        # Kicked first so the drawer opens while the receipt prints.
        blocks.append(DrawerKick(drawer_pin))
    if reprint:
        blocks.append(Text(f"** {word('reprint', lang)} **", align="center", bold=True))
    blocks.append(Text(shop.name, align="center", bold=True, size=2))
    for text in (shop.address, _join(word("tel", lang), shop.phone)):
        if text:
            blocks.append(Text(text, align="center"))
    if shop.business_number:
        blocks.append(
            Text(_join(word("business_number", lang), shop.business_number), align="center")
        )
    blocks.append(Rule("="))
    blocks.append(Row(word("order", lang), order.code, bold=True))
    blocks.append(Row(word("date", lang), order.created_at.strftime("%Y-%m-%d %H:%M")))
    if order.shop_order_number:
        blocks.append(Row(word("shop_order", lang), order.shop_order_number))
    if order.buyer_name:
        blocks.append(Row(word("buyer", lang), order.buyer_name))
    blocks.append(Rule("-"))
    for line in order.lines:
        blocks.append(Text(line.name, bold=True))
        if line.options:
            blocks.append(Row(line.options, "", indent=2))
        blocks.append(
            Row(f"{line.quantity} x {money(line.unit_price)}", money(line.total), indent=2)
        )
        if line.discount:
            blocks.append(Row(word("line_discount", lang), money(-line.discount), indent=2))
    blocks.append(Rule("-"))
    blocks.append(Row(word("subtotal", lang), money(order.subtotal)))
    if order.shipping_fee:
        blocks.append(Row(word("shipping_fee", lang), money(order.shipping_fee)))
    d = order.discounts
    for key, amount in (
        ("discount_grade", d.grade),
        ("discount_coupon", d.coupon),
        ("discount_points", d.points),
        ("discount_manual", d.manual),
    ):
        if amount:
            blocks.append(Row(word(key, lang), money(-amount)))
    blocks.append(Rule("="))
    blocks.append(Row(word("total", lang), money(order.total), bold=True, size=2))
    if (split := order.vat_split) is not None:  # 공급가액 + 부가세 = 합계, as Korean receipts show
        blocks.append(Row(word("supply_value", lang), money(split[0]), indent=2))
        blocks.append(Row(word("vat", lang), money(split[1]), indent=2))
    blocks.append(Rule("="))
    for payment in order.payments:
        blocks.extend(_payment(payment, lang, money))
    blocks.append(Row(word("paid", lang), money(order.paid), bold=True))
    if order.refunded:
        blocks.append(Row(word("refunded", lang), money(-order.refunded)))
    if order.balance:
        blocks.append(Row(word("balance", lang), money(order.balance), bold=True))
    blocks.append(Rule("-"))
    blocks.append(Barcode(order.code))
    blocks.append(QR(order.code, module=5))
    if shop.footer:
        blocks.append(Text(shop.footer, align="center"))
    blocks.append(Text(word("thank_you", lang), align="center"))
    blocks.append(Spacer(1))
    if cut:
        blocks.append(Cut())
    return Document("receipt", tuple(blocks), lang)


def _payment(payment: PrintPayment, lang: str, money) -> list[Block]:  # type: ignore[no-untyped-def]
    name = payment_method(payment.method, lang)  # type: ignore[arg-type]
    if payment.card_issuer:
        name = f"{name} ({payment.card_issuer})"
    blocks: list[Block] = [Row(name, money(payment.amount))]
    if payment.card_masked:
        blocks.append(Text(payment.card_masked, wrap=False, align="right"))
    if payment.method.lower() == "card":
        if payment.installment_months:
            gap = "" if lang == "ko" else " "
            months = f"{payment.installment_months}{gap}{word('months', lang)}"  # type: ignore[arg-type]
            plan = f"{word('installment', lang)} {months}"  # type: ignore[arg-type]
        else:
            plan = word("lump_sum", lang)  # type: ignore[arg-type]
        blocks.append(Row("", plan, indent=2))
    if payment.pg_tx:
        blocks.append(Row(word("approval", lang), payment.pg_tx, indent=2))
    if payment.tendered:
        blocks.append(Row(word("tendered", lang), money(payment.tendered), indent=2))  # type: ignore[arg-type]
        change = payment.tendered - payment.amount
        blocks.append(Row(word("change", lang), money(change), indent=2))  # type: ignore[arg-type]
    if payment.cash_receipt_kind:
        purpose = word(f"cash_receipt_{payment.cash_receipt_kind}", lang)  # type: ignore[arg-type]
        blocks.append(Row(word("cash_receipt", lang), purpose, indent=2))  # type: ignore[arg-type]
        blocks.append(Row("", masked_id(payment.cash_receipt_number), indent=2))
    if payment.paid_at is not None:
        blocks.append(Row("", payment.paid_at.strftime("%Y-%m-%d %H:%M"), indent=2))
    return blocks


def masked_id(digits: str) -> str:
    """A phone or business number on paper, as Korean receipts print it: 010-****-5678,
    123-**-67890."""
    if len(digits) == 10 and not digits.startswith("01"):  # 사업자등록번호 3-2-5
        return f"{digits[:3]}-**-{digits[5:]}"
    if len(digits) >= 10:
        return f"{digits[:3]}-{'*' * (len(digits) - 7)}-{digits[-4:]}"
    return digits


def _join(label: str, value: str) -> str:
    return f"{label} {value}" if value else ""
