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
from backoffice.domain.errors import DomainError, ExternalError
from backoffice.domain.money import exponent
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager
from backoffice.services.sync import fanout
from backoffice.sync.secrets import SecretUnavailable, get_secret, set_secret
from backoffice.sync.woocommerce.auth import AUTH_MODES
from backoffice.sync.woocommerce.probe import Probe, probe

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
    site_title: str = ""
    auth_mode: str = ""


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
    auth_mode: str = "",
) -> AddedShop:
    """Add (or update the URL, key and secret of) a shop. The first shop becomes the default.
    An empty secret on an update keeps the one in the keyring."""
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
    if auth_mode not in AUTH_MODES or (auth_mode == "query" and not url.startswith("https://")):
        raise DomainError("The key can go in the query string only to an https:// shop")
    with uow:
        session = uow.session
        shop = session.scalar(select(Shop).where(Shop.name == name))
        if shop is None:
            has_default = session.scalar(select(Shop.id).where(Shop.is_default)) is not None
            shop = Shop(name=name, kind=kind, is_default=not has_default)
            session.add(shop)
        shop.kind, shop.base_url, shop.api_key = kind, url, key.strip()
        shop.currency, shop.enabled, shop.auth_mode = currency.upper(), True, auth_mode
        uow.commit()
        shop_id = shop.id
    return AddedShop(shop_id, name, _keep_secret(name, secret))


def list_shops(session: Session) -> list[ShopRow]:
    return [
        ShopRow(
            s.id,
            s.name,
            s.kind,
            s.base_url,
            s.api_key,
            s.currency,
            s.is_default,
            s.enabled,
            s.site_title,
            s.auth_mode,
        )
        for s in session.scalars(select(Shop).order_by(Shop.id))
    ]


def check_connection(url: str, key: str, secret: str, auth_mode: str = "") -> Probe:
    """Ask the shop what "Test connection" shows (sync/woocommerce/probe.py). Network only."""
    return probe(_check_url(url), key, secret, auth_mode=auth_mode)


def secret_of(name: str) -> str:
    """The stored secret of a shop, "" when none is kept (the form then asks for it)."""
    try:
        return get_secret(name)
    except ExternalError:
        return ""


def remember_probe(uow: UnitOfWork, shop_id: int, found: Probe) -> None:
    """Keep what the test learnt: the site's title names the shop until one is typed. A fact
    the shop tells, not a setting staff choose: anyone's test keeps it."""
    if not found.site_title:
        return
    with uow:
        shop = uow.session.get(Shop, shop_id)
        if shop is None:
            raise DomainError("No shop with id {shop_id}", shop_id=shop_id)
        shop.site_title = found.site_title[:200]
        uow.commit()


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
