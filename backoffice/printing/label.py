"""Shipping and pickup labels (R39): one label per shipment, many orders in one job.

The label is a `Document` like the receipt, so it prints on ESC/POS label or receipt printers,
in TSPL, and previews as a PNG; `pdf_label.py` draws the same facts on a 100×150 mm PDF page.
"""

from __future__ import annotations

from collections.abc import Iterable

from backoffice.printing.catalogue import word
from backoffice.printing.model import Barcode, Block, Cut, Document, Row, Rule, Spacer, Text
from backoffice.printing.source import PrintOrder, PrintShipment, ShipmentLine, ShopInfo


def shipments_of(order: PrintOrder) -> tuple[PrintShipment, ...]:
    """The order's shipments, or a pickup "shipment" to the buyer when it has none (counter sale)."""
    if order.shipments:
        return order.shipments
    contents = tuple(ShipmentLine(line.name, line.quantity) for line in order.lines)
    pickup = PrintShipment(
        number="1",
        recipient_name=order.buyer_name,
        phone=order.buyer_phone,
        lines=contents,
        pickup=True,
    )
    return (pickup,)


def label_blocks(
    order: PrintOrder, shipment: PrintShipment, shop: ShopInfo, index: int, count: int
) -> list[Block]:
    lang = order.language
    blocks: list[Block] = []
    if shipment.pickup:
        blocks.append(Text(word("pickup", lang), align="center", bold=True, size=2))
    else:
        blocks.append(Text(shipment.carrier or word("shipment", lang), bold=True, size=2))
        if shipment.tracking_number:
            # On its own line, large: couriers read it, and as plain digits it prints in the
            # label printer's own font.
            blocks.append(Text(word("tracking", lang)))
            blocks.append(Text(shipment.tracking_number, bold=True, size=2, wrap=False))
    blocks.append(Rule("="))
    blocks.append(Text(word("recipient", lang)))
    blocks.append(Text(shipment.recipient_name, bold=True, size=2))
    if shipment.phone:
        blocks.append(Text(shipment.phone, bold=True))
    address = " ".join(p for p in (shipment.address1, shipment.address2) if p)
    if shipment.postcode:
        address = f"({shipment.postcode}) {address}"
    if address.strip():
        blocks.append(Text(address))
    if shipment.delivery_memo:
        blocks.append(Text(f"{word('memo', lang)}: {shipment.delivery_memo}"))
    blocks.append(Rule("-"))
    blocks.append(Text(f"{word('sender', lang)}: {shop.name} {shop.phone}".rstrip()))
    if shop.address:
        blocks.append(Text(shop.address))
    blocks.append(Rule("-"))
    if shipment.lines:
        blocks.append(Text(word("contents", lang)))
        for line in shipment.lines:
            blocks.append(Row(line.name, f"x{line.quantity}", indent=1))
        blocks.append(Rule("-"))
    blocks.append(Row(word("order", lang), f"{order.code}  ({index}/{count})", bold=True))
    blocks.append(Barcode(order.code, height=100))
    return blocks


def build_labels(orders: Iterable[PrintOrder], shop: ShopInfo, *, cut: bool = True) -> Document:
    """All labels of all `orders` as one document (one job, R39); a cut after each label."""
    blocks: list[Block] = []
    language = "ko"
    for order in orders:
        language = order.language
        shipments = shipments_of(order)
        for i, shipment in enumerate(shipments, start=1):
            blocks.extend(label_blocks(order, shipment, shop, i, len(shipments)))
            blocks.append(Spacer(1))
            if cut:
                blocks.append(Cut())
    return Document("label", tuple(blocks), language)
