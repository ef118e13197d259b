"""The courier's upload file (issue 14, R21): one row per shipment still to send — recipient,
phone, postcode, address, detail, delivery note, items and quantity — as a Korean courier's bulk
booking (대량 예약) takes it, from a tab's filter or the chosen orders.

Every row carries our reference, "CODE#n" (the order and its shipment), in the column couriers
echo back beside the waybill number (고객주문번호); the tracking import reads it
(services/fulfilment/tracking_import.py). The columns and their order are the shop's to choose,
per carrier, and are kept in the `settings` table; the default suits most carriers' templates.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from backoffice.db import listing
from backoffice.db.listing import ListFilter
from backoffice.db.models import Order, Setting, Shipment
from backoffice.db.uow import UnitOfWork
from backoffice.domain import carriers
from backoffice.domain.errors import DomainError, ExternalError
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.fulfilment.flow import UNSHIPPED
from backoffice.services.lists.export import check_writable, neutralise
from backoffice.services.shop import details as shop_details
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

# Column key -> (English, Korean) header. Couriers' systems are Korean; the Korean header is written.
COLUMNS: dict[str, tuple[str, str]] = {
    "reference": ("Order reference", "고객주문번호"),
    "recipient": ("Recipient", "받는분"),
    "phone": ("Phone", "받는분전화번호"),
    "postcode": ("Postcode", "우편번호"),
    "address": ("Address", "주소"),
    "detail": ("Address detail", "상세주소"),
    "memo": ("Delivery note", "배송메세지"),
    "items": ("Items", "품목명"),
    "quantity": ("Quantity", "수량"),
    "sender": ("Sender", "보내는분"),
    "sender_phone": ("Sender phone", "보내는분전화번호"),
    "buyer": ("Buyer", "주문자"),
    "shop_order": ("Shop order no.", "쇼핑몰주문번호"),
}
DEFAULT_LAYOUT = (
    "reference", "recipient", "phone", "postcode", "address", "detail", "memo", "items", "quantity",
)  # fmt: skip
SENDABLE = (Stage.RECEIVED, Stage.PREPARING, Stage.READY)  # paid, not yet gone
LAYOUT_KEY = "courier.layout."
PAGE = 500


@dataclass(frozen=True)
class CourierRow:
    reference: str  # "CODE#n"
    code: str
    number: int
    recipient: str
    phone: str
    postcode: str
    address: str
    detail: str
    memo: str
    items: str
    quantity: int
    buyer: str
    shop_order: str

    def value(self, key: str, sender: shop_details.ShopDetails) -> Any:
        if key == "sender":
            return sender.name
        if key == "sender_phone":
            return sender.phone
        return getattr(self, key)


def reference(code: str, number: int) -> str:
    return f"{code}#{number}"


# ---- the layout ------------------------------------------------------------------------------


def layout(session: Session, carrier: str = "") -> tuple[str, ...]:
    """The columns written for `carrier` (its saved layout, else the default)."""
    found = carriers.find(carrier) if carrier else None
    key = LAYOUT_KEY + (found.code if found else "default")
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    if raw:
        try:
            saved = tuple(k for k in json.loads(raw) if k in COLUMNS)
        except (ValueError, TypeError):
            saved = ()
        if saved:
            return saved
    return DEFAULT_LAYOUT


def save_layout(
    uow: UnitOfWork, carrier: str, columns: Sequence[str], *, actor: Actor
) -> tuple[str, ...]:
    """Keep the shop's column choice for `carrier` ("" for every carrier without its own)."""
    require_manager(actor, "settings")
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown or not columns:
        raise DomainError(
            "Unknown courier columns: {columns}", "R21", columns=", ".join(unknown) or "(none)"
        )
    found = carriers.find(carrier) if carrier else None
    if carrier and found is None:
        raise DomainError("Unknown carrier {name!r}", "R7", name=carrier)
    key = LAYOUT_KEY + (found.code if found else "default")
    with uow:
        row = uow.session.get(Setting, key)
        value = json.dumps(list(columns))
        if row is None:
            uow.session.add(Setting(key=key, value=value))
        else:
            row.value = value
        uow.commit()
    return tuple(columns)


# ---- the rows ----------------------------------------------------------------------------------


def _orders(session: Session, ids: Sequence[int]) -> Iterable[Order]:
    for start in range(0, len(ids), PAGE):
        chunk = list(ids[start : start + PAGE])
        query = (
            select(Order)
            .where(Order.id.in_(chunk))
            .options(
                selectinload(Order.shipments).selectinload(Shipment.items),
                selectinload(Order.shipments).selectinload(Shipment.address),
                selectinload(Order.addresses),
                selectinload(Order.lines),
            )
        )
        by_id = {o.id: o for o in session.scalars(query)}
        yield from (by_id[i] for i in chunk if i in by_id)


def rows_for(
    session: Session, flt: ListFilter | None = None, ids: Sequence[int] | None = None
) -> list[CourierRow]:
    """A row for every unshipped shipment of the delivery orders of `ids`, else of the filter,
    that are paid and not yet gone (new, preparing, ready), in the list's order."""
    chosen = list(ids) if ids is not None else list(listing.fetch_ids(session, flt or ListFilter()))
    out: list[CourierRow] = []
    for order in _orders(session, chosen):
        if order.fulfilment != Fulfilment.DELIVERY or Stage(order.stage) not in SENDABLE:
            continue
        first = min(order.addresses, key=lambda a: a.slot, default=None)
        for shipment in sorted(order.shipments, key=lambda s: s.number):
            items = [i for i in shipment.items if i.quantity > 0]
            if shipment.stage not in UNSHIPPED or not items:
                continue
            where = shipment.address or first
            names = [
                i.line.name + (f" ({i.line.options})" if i.line.options else "") for i in items
            ]
            summary = names[0] if len(names) == 1 else f"{names[0]} 외 {len(names) - 1}건"
            out.append(
                CourierRow(
                    reference=reference(order.code, shipment.number),
                    code=order.code,
                    number=shipment.number,
                    recipient=(where.name if where else order.buyer_name) or "",
                    phone=(where.phone if where else order.buyer_phone) or "",
                    postcode=(where.postcode if where else "") or "",
                    address=(where.address1 if where else "") or "",
                    detail=(where.address2 if where else "") or "",
                    memo=(where.memo if where else "") or "",
                    items=summary,
                    quantity=sum(i.quantity for i in items),
                    buyer=order.buyer_name,
                    shop_order=order.shop_order_number or "",
                )
            )
    return out


# ---- the file ----------------------------------------------------------------------------------


def write(
    path: Path,
    rows: Sequence[CourierRow],
    columns: Sequence[str],
    sender: shop_details.ShopDetails,
    *,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> int:
    """Write `rows` to .xlsx or .csv (UTF-8 with BOM); nothing is left under `path` when it
    stops or fails. Returns the rows written."""
    check_writable(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise DomainError(
            "Export to .xlsx or .csv, not {suffix}", "R36", suffix=suffix or path.name
        )
    heads = [COLUMNS[c][1] for c in columns]

    def body() -> Iterable[list[Any]]:
        for n, row in enumerate(rows):
            if n % PAGE == 0:  # a page at a time: Stop is heard, the bar moves
                if should_stop is not None and should_stop():
                    raise DomainError("Export stopped; no file was written", "R36")
                if progress is not None and n:
                    progress(n)
            yield [neutralise(row.value(c, sender)) for c in columns]

    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Courier")
            ws.append(heads)
            for values in body():
                ws.append(values)
            wb.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(heads)
                writer.writerows(body())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExternalError(
            "Could not write {path}: {reason}", path=str(path), reason=exc.strerror or exc
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(len(rows))
    return len(rows)


def export(
    session: Session,
    path: Path,
    *,
    flt: ListFilter | None = None,
    ids: Sequence[int] | None = None,
    carrier: str = "",
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> int:
    """The courier file for a tab's filter or the chosen orders, in `carrier`'s layout."""
    check_writable(path)
    rows = rows_for(session, flt, ids)
    return write(
        path,
        rows,
        layout(session, carrier),
        shop_details.load(session),
        progress=progress,
        should_stop=should_stop,
    )
