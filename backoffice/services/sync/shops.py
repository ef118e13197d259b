"""Web shops we sync with, and webhook receivers (R42, R46, R50).

The shop row keeps the URL and the public API key; the secret goes to the OS keyring through
`backoffice.sync.secrets` (never to the database). Where no keyring backend works the shop is
still saved and `AddedShop.secret_note` says which environment variable to set instead
(`BACKOFFICE_SHOP_<NAME>_SECRET`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Setting, Shop
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError
from backoffice.domain.money import exponent
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager
from backoffice.services.sync import fanout
from backoffice.sync.secrets import SecretUnavailable, set_secret

KINDS = ("woocommerce",)


@dataclass(frozen=True)
class AddedShop:
    id: int
    name: str
    secret_note: str = ""  # non-empty: the secret was not stored; the note says what to do


@dataclass(frozen=True)
class ShopRow:
    id: int
    name: str
    kind: str
    base_url: str
    api_key: str
    currency: str
    is_default: bool
    enabled: bool


def _check_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise DomainError("A shop URL starts with https:// (or http://): {url!r}", url=url)
    return url


def _keep_secret(name: str, secret: str) -> str:
    if not secret:
        return ""
    try:
        set_secret(name, secret)
    except SecretUnavailable as exc:
        return str(exc)
    return ""


def add_shop(
    uow: UnitOfWork,
    kind: str,
    name: str,
    url: str,
    key: str,
    secret: str,
    *,
    actor: Actor,
    currency: str = "KRW",
) -> AddedShop:
    """Add (or update the URL, key and secret of) a shop. The first shop becomes the default."""
    require_manager(actor, "shop_settings")  # R48: settings are for managers
    name = name.strip()
    if kind not in KINDS:
        raise DomainError(
            "Unknown shop kind {kind!r}; use one of {choices}", kind=kind, choices=", ".join(KINDS)
        )
    if not name:
        raise DomainError("A shop needs a name")
    url = _check_url(url)
    exponent(currency)  # refuses an unknown currency with a DomainError
    with uow:
        session = uow.session
        shop = session.scalar(select(Shop).where(Shop.name == name))
        if shop is None:
            has_default = session.scalar(select(Shop.id).where(Shop.is_default)) is not None
            shop = Shop(name=name, kind=kind, is_default=not has_default)
            session.add(shop)
        shop.kind, shop.base_url, shop.api_key = kind, url, key.strip()
        shop.currency, shop.enabled = currency.upper(), True
        uow.commit()
        shop_id = shop.id
    return AddedShop(shop_id, name, _keep_secret(name, secret))


def list_shops(session: Session) -> list[ShopRow]:
    return [
        ShopRow(s.id, s.name, s.kind, s.base_url, s.api_key, s.currency, s.is_default, s.enabled)
        for s in session.scalars(select(Shop).order_by(Shop.id))
    ]


def add_webhook(uow: UnitOfWork, name: str, url: str, secret: str, *, actor: Actor) -> AddedShop:
    """R46: every local event from now on is POSTed, signed with `secret`, to `url`."""
    require_manager(actor, "shop_settings")  # R48: settings are for managers
    name = name.strip()
    if not name or len(fanout.PREFIX + name) > 60:
        raise DomainError("A webhook needs a short name (at most 50 characters)")
    url = _check_url(url)
    with uow:
        session = uow.session
        key = fanout.PREFIX + name
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=url))
        else:
            row.value = url
        fanout.start_position(session)
        uow.commit()
    return AddedShop(0, name, _keep_secret(f"webhook-{name}", secret))
