"""Who the shop is, printed on labels ("보내는 분"), receipts and documents, and the carrier it
ships with most (the counter's ship step fills it in). Shared by every PC: `settings` rows under
`shop.*`, read and written here only.

A shop that never filled in its name is printed under its web shop's site title (read by "Test
connection"), else the connection's name, so a label never says "Backoffice" to a customer.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Setting, Shop
from backoffice.db.uow import UnitOfWork
from backoffice.domain import carriers
from backoffice.domain.errors import DomainError
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

PREFIX = "shop."
MAX_LENGTH = 200


@dataclass(frozen=True)
class ShopDetails:
    name: str = ""
    address: str = ""
    phone: str = ""
    business_number: str = ""  # 사업자등록번호, printed on Korean receipts
    footer: str = ""  # the last line of a receipt ("교환/환불은 7일 이내")
    default_carrier: str = ""  # a carrier code of domain/carriers ("" : none chosen)

    @property
    def carrier(self) -> carriers.Carrier | None:
        return carriers.find(self.default_carrier) if self.default_carrier else None


def _names() -> list[str]:
    return [f.name for f in fields(ShopDetails)]


def load(session: Session) -> ShopDetails:
    """The shop's details as stored; the name falls back to the default web shop's site title,
    then to its connection name."""
    keys = [PREFIX + name for name in _names()]
    query = select(Setting.key, Setting.value).where(Setting.key.in_(keys))
    rows = {key: value for key, value in session.execute(query)}
    values = {name: (rows.get(PREFIX + name) or "").strip() for name in _names()}
    details = ShopDetails(**values)
    if details.carrier is None:
        details = replace(details, default_carrier="")  # a hand-edited code we do not know
    if not details.name:
        details = replace(details, name=default_name(session))
    return details


def default_name(session: Session) -> str:
    """The name used until one is typed: the default web shop's site title, else its name."""
    row = session.execute(
        select(Shop.site_title, Shop.name).order_by(Shop.is_default.desc(), Shop.id).limit(1)
    ).first()
    return (row[0] or row[1]) if row is not None else ""


def typed_name(session: Session) -> str:
    """The name staff typed in Settings → Shop details, "" when none was."""
    value = session.scalar(select(Setting.value).where(Setting.key == PREFIX + "name"))
    return (value or "").strip()


def save(uow: UnitOfWork, details: ShopDetails, *, actor: Actor) -> ShopDetails:
    """Store every field (managers only, R48); DomainError for an unknown carrier or a value too
    long to print, and nothing is written."""
    require_manager(actor, "shop_settings")
    clean = ShopDetails(**{name: " ".join(getattr(details, name).split()) for name in _names()})
    if clean.default_carrier:
        found = carriers.find(clean.default_carrier)
        if found is None:
            raise DomainError("Unknown carrier {name!r}", "R7", name=clean.default_carrier)
        clean = replace(clean, default_carrier=found.code)
    for name in _names():
        if len(getattr(clean, name)) > MAX_LENGTH:
            raise DomainError("{field} is longer than {limit} characters", field=name, limit=200)
    with uow:
        session = uow.session
        for name in _names():
            row = session.get(Setting, PREFIX + name)
            value = getattr(clean, name)
            if row is None:
                session.add(Setting(key=PREFIX + name, value=value))
            else:
                row.value = value
        uow.commit()
    return clean
