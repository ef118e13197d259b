"""A4 PDFs (R40): invoice (거래명세서), packing slip (포장 명세서, no prices) and order sheet (주문서).

Built with reportlab's platypus so long orders flow onto more pages with the table header
repeated. Each returns the PDF's bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from backoffice.domain.money import format_money
from backoffice.printing.catalogue import payment_method, word
from backoffice.printing.pdf_common import (
    FONT,
    FONT_BOLD,
    GRID,
    HEADER_BG,
    Styles,
    esc,
    pdf_lock,
    register_fonts,
)
from backoffice.printing.source import PrintOrder, ShopInfo

WIDTH = A4[0] - 30 * mm  # frame width inside 15 mm margins


def invoice_pdf(order: PrintOrder, shop: ShopInfo) -> bytes:
    s, w = Styles(), _words(order)
    story: list[Flowable] = _header(order, shop, w("invoice"), s)
    story += [
        _parties(order, shop, s),
        Spacer(1, 5 * mm),
        _priced_lines(order, s),
        Spacer(1, 3 * mm),
    ]
    story += [_totals(order, s), Spacer(1, 5 * mm)]
    story += _payments(order, s)
    if shop.footer:
        story += [Spacer(1, 6 * mm), Paragraph(esc(shop.footer), s.small)]
    return _build(order, story, w("invoice"))


def packing_slip_pdf(order: PrintOrder, shop: ShopInfo) -> bytes:
    """What is in the box: names, options, SKUs and quantities; never a price (R40)."""
    s, w = Styles(), _words(order)
    story: list[Flowable] = _header(order, shop, w("packing_slip"), s)
    for shipment in order.shipments:
        story.append(_ship_to(order, shipment, s))
        story.append(Spacer(1, 3 * mm))
    rows = [[w("qty"), w("item"), w("sku"), ""]]
    for line in order.lines:
        name = esc(line.name) + (
            f"<br/><font size=7.5>{esc(line.options)}</font>" if line.options else ""
        )
        rows.append(
            [str(line.quantity), Paragraph(name, s.body), Paragraph(esc(line.sku), s.small), ""]
        )
    table = Table(rows, colWidths=[14 * mm, WIDTH - 64 * mm, 40 * mm, 10 * mm], repeatRows=1)
    table.setStyle(
        _grid_style(
            extra=[("ALIGN", (0, 0), (0, -1), "CENTER"), ("BOX", (3, 1), (3, -1), 0.8, GRID)]
        )
    )
    story.append(table)
    if order.memo:
        story += [Spacer(1, 4 * mm), Paragraph(f"{w('order_memo')}: {esc(order.memo)}", s.body)]
    return _build(order, story, w("packing_slip"))


def order_sheet_pdf(order: PrintOrder, shop: ShopInfo) -> bytes:
    """The internal sheet staff pick and pack from: everything about the order on one page."""
    s, w = Styles(), _words(order)
    story: list[Flowable] = _header(order, shop, w("order_sheet"), s)
    story.append(_parties(order, shop, s))
    story.append(Spacer(1, 3 * mm))
    for shipment in order.shipments:
        story += [_ship_to(order, shipment, s), Spacer(1, 3 * mm)]
    if order.memo:
        story += [Paragraph(f"{w('order_memo')}: {esc(order.memo)}", s.bold), Spacer(1, 3 * mm)]
    story += [
        _priced_lines(order, s, with_sku=True),
        Spacer(1, 3 * mm),
        _totals(order, s),
        Spacer(1, 4 * mm),
    ]
    story += _payments(order, s)
    return _build(order, story, w("order_sheet"))


# --- pieces ----------------------------------------------------------------------------------


def _words(order: PrintOrder) -> Callable[[str], str]:
    return lambda key: word(key, order.language)


def _money(order: PrintOrder) -> Callable[[int], str]:
    return lambda amount: format_money(amount, order.currency)


def _header(order: PrintOrder, shop: ShopInfo, title: str, s: Styles) -> list[Flowable]:
    w = _words(order)
    meta = [
        f"{w('order')}: <b>{esc(order.code)}</b>",
        f"{w('date')}: {order.created_at.strftime('%Y-%m-%d %H:%M')}",
    ]
    if order.shop_order_number:
        meta.append(f"{w('shop_order')}: {esc(order.shop_order_number)}")
    left = [
        Paragraph(esc(title), s.title),
        Spacer(1, 2 * mm),
        Paragraph("<br/>".join(meta), s.body),
    ]
    # The barcode's own caption would use an unembedded Helvetica; the code goes under it instead.
    bars = Code128(
        order.code, barHeight=12 * mm, barWidth=0.36 * mm, humanReadable=False, quiet=False
    )
    code = [bars, Spacer(1, 1 * mm), Paragraph(esc(order.code), s.right)]
    table = Table([[left, code]], colWidths=[WIDTH - 65 * mm, 65 * mm])
    table.setStyle(
        _style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
    )
    return [table, Spacer(1, 5 * mm)]


def _parties(order: PrintOrder, shop: ShopInfo, s: Styles) -> Table:
    w = _words(order)
    seller = [f"<b>{esc(shop.name)}</b>"]
    if shop.business_number:
        seller.append(f"{w('business_number')}: {esc(shop.business_number)}")
    seller += [esc(x) for x in (shop.address, shop.phone) if x]
    buyer = [f"<b>{esc(order.buyer_name)}</b>"] + [esc(x) for x in (order.buyer_phone,) if x]
    rows = [
        [Paragraph(w("seller"), s.small), Paragraph(w("buyer"), s.small)],
        [Paragraph("<br/>".join(seller), s.body), Paragraph("<br/>".join(buyer), s.body)],
    ]
    table = Table(rows, colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(
        _style(
            [
                ("BOX", (0, 0), (0, -1), 0.5, GRID),
                ("BOX", (1, 0), (1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _ship_to(order: PrintOrder, shipment, s: Styles) -> Table:  # type: ignore[no-untyped-def]
    w = _words(order)
    address = " ".join(p for p in (shipment.address1, shipment.address2) if p)
    if shipment.postcode:
        address = f"({esc(shipment.postcode)}) {esc(address)}"
    lines = [f"<b>{esc(shipment.recipient_name)}</b> {esc(shipment.phone)}", address]
    if shipment.delivery_memo:
        lines.append(f"{w('memo')}: {esc(shipment.delivery_memo)}")
    if shipment.carrier or shipment.tracking_number:
        lines.append(
            f"{w('carrier')}: {esc(shipment.carrier)}  {w('tracking')}: {esc(shipment.tracking_number)}"
        )
    if shipment.pickup:
        lines.append(w("pickup"))
    label = f"{w('recipient')} ({w('shipment')} {esc(shipment.number)})"
    table = Table(
        [[Paragraph(label, s.small)], [Paragraph("<br/>".join(x for x in lines if x), s.body)]],
        colWidths=[WIDTH],
    )
    table.setStyle(_style([("BOX", (0, 0), (-1, -1), 0.5, GRID)]))
    return table


def _priced_lines(order: PrintOrder, s: Styles, with_sku: bool = False) -> Table:
    w, money = _words(order), _money(order)
    rows: list[list[object]] = [
        ["#", w("item"), w("qty"), w("unit_price"), w("line_discount"), w("amount")]
    ]
    for i, line in enumerate(order.lines, start=1):
        detail = [esc(line.name)]
        if line.options:
            detail.append(f"<font size=7.5>{esc(line.options)}</font>")
        if with_sku and line.sku:
            detail.append(f"<font size=7.5>{w('sku')}: {esc(line.sku)}</font>")
        rows.append(
            [
                str(i),
                Paragraph("<br/>".join(detail), s.body),
                str(line.quantity),
                money(line.unit_price),
                money(-line.discount) if line.discount else "",
                money(line.total),
            ]
        )
    widths = [9 * mm, WIDTH - 99 * mm, 14 * mm, 26 * mm, 24 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        _grid_style(
            extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "CENTER")]
        )
    )
    return table


def _totals(order: PrintOrder, s: Styles) -> Table:
    w, money = _words(order), _money(order)
    d = order.discounts
    rows: list[tuple[str, int, bool]] = [(w("subtotal"), order.subtotal, False)]
    if order.shipping_fee:
        rows.append((w("shipping_fee"), order.shipping_fee, False))
    for key, amount in (
        ("discount_grade", d.grade),
        ("discount_coupon", d.coupon),
        ("discount_points", d.points),
        ("discount_manual", d.manual),
    ):
        if amount:
            rows.append((w(key), -amount, False))
    rows.append((w("total"), order.total, True))
    if (split := order.vat_split) is not None:  # 공급가액 / 부가세 on the 거래명세서
        rows.append((w("supply_value"), split[0], False))
        rows.append((w("vat"), split[1], False))
    rows.append((w("paid"), order.paid, False))
    if order.refunded:
        rows.append((w("refunded"), -order.refunded, False))
    if order.balance:
        rows.append((w("balance"), order.balance, True))
    data = [
        [
            Paragraph(label, s.right_bold if bold else s.right),
            Paragraph(money(v), s.right_bold if bold else s.right),
        ]
        for label, v, bold in rows
    ]
    table = Table(data, colWidths=[WIDTH - 45 * mm, 45 * mm])
    total_row = (
        1
        + (1 if order.shipping_fee else 0)
        + sum(1 for a in (d.grade, d.coupon, d.points, d.manual) if a)
    )
    table.setStyle(
        _style(
            [
                ("LINEABOVE", (1, total_row), (1, total_row), 0.8, GRID),
                ("LINEBELOW", (1, total_row), (1, total_row), 0.8, GRID),
            ]
        )
    )
    return table


def _payments(order: PrintOrder, s: Styles) -> list[Flowable]:
    if not order.payments:
        return []
    w, money = _words(order), _money(order)
    rows: list[list[object]] = [[w("payment"), w("amount"), w("approval"), w("date")]]
    for p in order.payments:
        name = payment_method(p.method, order.language)
        extra = " ".join(x for x in (p.card_issuer, p.card_masked) if x)
        if p.method.lower() == "card":
            plan = (
                f"{w('installment')} {p.installment_months}{w('months')}"
                if p.installment_months
                else w("lump_sum")
            )
            extra = f"{extra} {plan}".strip()
        text = esc(name) + (f"<br/><font size=7.5>{esc(extra)}</font>" if extra else "")
        paid_at = p.paid_at.strftime("%Y-%m-%d %H:%M") if p.paid_at else ""
        rows.append([Paragraph(text, s.body), money(p.amount), p.pg_tx, paid_at])
    table = Table(rows, colWidths=[WIDTH - 105 * mm, 30 * mm, 40 * mm, 35 * mm], repeatRows=1)
    table.setStyle(_grid_style(extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    return [Paragraph(w("payment"), s.heading), Spacer(1, 1.5 * mm), table]


def _style(commands: list[tuple]) -> TableStyle:  # type: ignore[type-arg]
    # Every table names our font: reportlab's default for plain-string cells is an unembedded
    # Helvetica, which would break R40's "fonts embedded" and cannot show Hangul anyway.
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), *commands])


def _grid_style(extra: list[tuple] | None = None) -> TableStyle:  # type: ignore[type-arg]
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            *(extra or []),
        ]
    )


def _build(order: PrintOrder, story: list[Flowable], title: str) -> bytes:
    register_fonts()
    buf = io.BytesIO()

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{order.code} · {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=f"{title} {order.code}",
        author="Backoffice",
        invariant=True,
        initialFontName=FONT,  # else the canvas references an unembedded Helvetica
    )
    with pdf_lock:
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
