"""Customer notification templates (R47): the shipped defaults, staff's edited versions, and the
values an order fills them with.

Defaults are read from resources/notifications/<language>.toml; a `notification_templates` row
for the same (event, language) wins. Saving refuses unknown placeholders (domain.notify.check)
and needs a manager; resetting deletes the row so the default applies again.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.base import utcnow
from backoffice.db.models import NotificationTemplate, Order
from backoffice.db.uow import UnitOfWork
from backoffice.domain import carriers, notify
from backoffice.domain.errors import DomainError
from backoffice.domain.money import format_money
from backoffice.paths import NOTIFICATIONS
from backoffice.services.notify import settings as notify_settings
from backoffice.services.orders.lookup import get_order
from backoffice.services.shop import details as shop_details
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

RESOURCES = NOTIFICATIONS


@cache
def defaults(language: str) -> dict[str, notify.Template]:
    """The shipped templates of one language, by event."""
    with (RESOURCES / f"{language}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {
        event: notify.Template(str(data[event]["subject"]), str(data[event]["body"]).strip("\n"))
        for event in notify.EVENTS
    }


def _check_key(event: str, language: str) -> None:
    if event not in notify.EVENTS:
        raise DomainError("There is no notification for {event}", "R47", event=event)
    if language not in notify.LANGUAGES:
        raise DomainError("Notifications are written in Korean (ko) or English (en)", "R47")


def _row(session: Session, event: str, language: str) -> NotificationTemplate | None:
    return session.scalar(
        select(NotificationTemplate).where(
            NotificationTemplate.event == event, NotificationTemplate.language == language
        )
    )


def get(session: Session, event: str, language: str) -> notify.Template:
    """The template in use: staff's edited version, else the shipped default."""
    _check_key(event, language)
    row = _row(session, event, language)
    if row is not None:
        return notify.Template(row.subject, row.body)
    return defaults(language)[event]


def is_edited(session: Session, event: str, language: str) -> bool:
    return _row(session, event, language) is not None


def save(
    uow: UnitOfWork, actor: Actor, event: str, language: str, subject: str, body: str
) -> notify.Template:
    """Keep staff's version of one template (R47); unknown placeholders are refused."""
    require_manager(actor, "settings")
    _check_key(event, language)
    template = notify.Template(subject.strip(), body.strip("\n"))
    notify.check(template)
    with uow:
        row = _row(uow.session, event, language)
        if row is None:
            row = NotificationTemplate(event=event, language=language)
            uow.session.add(row)
        row.subject, row.body = template.subject, template.body
        row.updated_at, row.updated_by = utcnow(), actor.name
        uow.commit()
    return template


def reset(uow: UnitOfWork, actor: Actor, event: str, language: str) -> notify.Template:
    """Back to the shipped default."""
    require_manager(actor, "settings")
    _check_key(event, language)
    with uow:
        row = _row(uow.session, event, language)
        if row is not None:
            uow.session.delete(row)
        uow.commit()
    return defaults(language)[event]


# ---- values ------------------------------------------------------------------------------------


def format_deadline(when: datetime | None, language: str) -> str:
    """A deadline in the shop's local time, as a customer reads it."""
    if when is None:
        return ""
    local = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
    if language == "ko":
        return f"{local.year}년 {local.month}월 {local.day}일 {local:%H:%M}"
    return f"{local.day} {local:%b %Y %H:%M}"


def _items(order: Order) -> str:
    out = []
    for line in order.lines:
        if line.kind not in ("item", "free") or line.active_quantity <= 0:
            continue
        name = line.name + (f" ({line.options})" if line.options else "")
        out.append(f"- {name} × {line.active_quantity}")
    return "\n".join(out)


def values_for(
    order: Order,
    language: str,
    *,
    extra: Mapping[str, str] | None = None,
    bank_account: str = "",
) -> dict[str, str]:
    """Every placeholder's value for this order (R47); `extra` carries the event's own facts
    (amount, link, reason)."""
    money = order.currency or "KRW"
    values = {
        "order_number": order.shop_order_number or order.code,
        "code": order.code,
        "shop_order_number": order.shop_order_number or "",
        "shop": order.shop.name if order.shop is not None else "",
        "buyer": order.buyer_name,
        "recipient": order.recipient_name or order.buyer_name,
        "carrier": order.carrier,
        "tracking": order.tracking_numbers,
        "tracking_link": " ".join(
            link
            for sh in order.shipments
            if (link := carriers.tracking_link(sh.carrier, sh.tracking_number))
        ),
        "items": _items(order),
        "total": format_money(order.total, money),
        "balance": format_money(order.balance, money) if order.balance > 0 else "",
        "amount": "",
        "link": "",
        "deadline": format_deadline(order.deposit_deadline, language),
        "bank_account": bank_account,
        "reason": order.cancel_reason or "",
    }
    values.update(extra or {})
    return values


def sample_values(language: str, shop: str = "") -> dict[str, str]:
    """Made-up values for the editor's preview when no order is open."""
    ko = language == "ko"
    deadline = utcnow() + timedelta(days=3)
    return {
        "order_number": "1042",
        "code": "7KQ-M3X-2AB",
        "shop_order_number": "1042",
        "shop": shop or ("우리가게" if ko else "Our Shop"),
        "buyer": "이서연" if ko else "Jamie Lee",
        "recipient": "이서연" if ko else "Jamie Lee",
        "carrier": "CJ대한통운" if ko else "CJ Logistics",
        "tracking": "612345678901",
        "tracking_link": carriers.tracking_link("CJ대한통운", "612345678901"),
        "items": "- 오가닉 코튼 티셔츠 (블랙 / M) × 2\n- Ceramic Mug × 1",
        "total": format_money(53000, "KRW"),
        "balance": format_money(53000, "KRW"),
        "amount": format_money(53000, "KRW"),
        "link": "https://shop.example/pay/3f9c2a",
        "deadline": format_deadline(deadline, language),
        "bank_account": "국민은행 123456-01-234567 (우리가게)" if ko else "KB 123456-01-234567",
        "reason": "고객 요청" if ko else "Customer's request",
    }


def editor_data(session: Session, code: str | None) -> dict[str, Any]:
    """Everything the notifications dialog shows, read in one go: the settings, every template
    (and whether it was edited) and the values a preview fills in (`code`'s order, or samples)."""
    settings = notify_settings.load(session)
    templates = {
        (event, lang): (
            get(session, event, lang),
            is_edited(session, event, lang),
        )
        for event in notify.EVENTS
        for lang in notify.LANGUAGES
    }
    values: dict[str, dict[str, str]] = {}
    own_name = settings.shop_name or shop_details.load(session).name
    for lang in notify.LANGUAGES:
        values[lang] = sample_values(lang, own_name)
        if code:
            order = get_order(session, code)
            values[lang] = values_for(order, lang, bank_account=settings.bank_account)
            if settings.shop_name or not values[lang]["shop"]:
                values[lang]["shop"] = own_name
    return {"settings": settings, "templates": templates, "values": values}
