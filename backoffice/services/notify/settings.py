"""How the shop notifies customers (R47), shared by every PC as `settings` rows under `notify.*`:
the channel (off, the web shop's customer notes, or SMTP e-mail), the customers' language, the
bank account quoted in payment requests, events switched off for good, and the SMTP server.

The SMTP password never enters the database or a file (R50): `set_smtp_password` puts it in the
OS keyring (sync.secrets; without a keyring, the environment variable it names).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Setting
from backoffice.db.uow import UnitOfWork
from backoffice.domain import notify
from backoffice.domain.errors import DomainError
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager
from backoffice.sync import secrets
from backoffice.sync.sms import ALIGO_URL, SmsConfig
from backoffice.sync.smtp import SECURITY, SmtpConfig

PREFIX = "notify."
CHANNELS = ("off", "shop", "email", "sms")
SMTP_SECRET = "mail-smtp"  # keyring user "shop:mail-smtp"; env BACKOFFICE_SHOP_MAIL_SMTP_SECRET
SMS_SECRET = "sms-aligo"  # the SMS provider's API key; env BACKOFFICE_SHOP_SMS_ALIGO_SECRET


@dataclass(frozen=True)
class NotifySettings:
    channel: str = "off"  # off | shop (customer notes in the web shop) | email (SMTP) | sms
    language: str = "ko"  # orders carry no language: the shop's customers' language
    shop_name: str = ""  # {shop} in templates; else the order's shop connection's name
    bank_account: str = ""
    events_off: frozenset[str] = field(default_factory=frozenset)
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_from: str = ""
    sms_user_id: str = ""  # the SMS provider's account (Aligo, sync/sms.py)
    sms_sender: str = ""  # the shop's number registered with it
    sms_url: str = ALIGO_URL

    def sends(self, event: str) -> bool:
        return self.channel != "off" and event not in self.events_off

    def sms(self, key: str = "") -> SmsConfig:
        return SmsConfig(self.sms_user_id, self.sms_sender, key, self.sms_url)

    def smtp(self, password: str = "") -> SmtpConfig:
        return SmtpConfig(
            self.smtp_host,
            self.smtp_port,
            self.smtp_security,
            self.smtp_user,
            self.smtp_from,
            password,
        )


_TEXT = (
    "channel",
    "language",
    "shop_name",
    "bank_account",
    "smtp_host",
    "smtp_security",
    "smtp_user",
    "sms_user_id",
    "sms_sender",
    "sms_url",
)


def load(session: Session) -> NotifySettings:
    query = select(Setting.key, Setting.value).where(Setting.key.startswith(PREFIX))
    rows: dict[str, str] = {key: value for key, value in session.execute(query)}
    base = NotifySettings()
    values: dict[str, object] = {
        name: rows.get(PREFIX + name, getattr(base, name)) for name in (*_TEXT, "smtp_from")
    }
    try:
        values["smtp_port"] = int(rows.get(PREFIX + "smtp_port", base.smtp_port))
    except ValueError:
        values["smtp_port"] = base.smtp_port
    off = rows.get(PREFIX + "events_off", "")
    values["events_off"] = frozenset(e for e in off.split(",") if e in notify.EVENTS)
    loaded = NotifySettings(**values)  # type: ignore[arg-type]
    try:
        return validate(loaded)
    except DomainError:
        return replace(loaded, channel="off")  # a hand-broken row never sends half-set mail


def validate(settings: NotifySettings) -> NotifySettings:
    if settings.channel not in CHANNELS:
        raise DomainError(
            "Notifications go through the shop, by e-mail, by SMS or not at all, not {channel}",
            channel=settings.channel,
        )
    if settings.language not in notify.LANGUAGES:
        raise DomainError("Customers are written to in Korean (ko) or English (en)", "R47")
    if settings.smtp_security not in SECURITY:
        raise DomainError(
            "SMTP security is STARTTLS, SSL or plain, not {security}",
            security=settings.smtp_security,
        )
    if not 0 < settings.smtp_port < 65536:
        raise DomainError("{port} is not a port number", port=settings.smtp_port)
    if settings.channel == "email":
        if not settings.smtp_host.strip():
            raise DomainError("E-mail notifications need an SMTP server", "R47")
        if "@" not in (settings.smtp_from or settings.smtp_user):
            raise DomainError("E-mail notifications need a sender address (From)", "R47")
    if settings.channel == "sms":
        if not settings.sms_user_id.strip():
            raise DomainError("SMS notifications need the SMS provider's user id", "R47")
        if len("".join(ch for ch in settings.sms_sender if ch.isdigit())) < 8:
            raise DomainError("SMS notifications need the shop's registered sender number", "R47")
        if not settings.sms_url.startswith(("https://", "http://")):
            raise DomainError("The SMS provider's address must start with https://", "R47")
    return replace(
        settings,
        sms_user_id=settings.sms_user_id.strip(),
        sms_sender=settings.sms_sender.strip(),
        sms_url=settings.sms_url.strip(),
        smtp_host=settings.smtp_host.strip(),
        smtp_user=settings.smtp_user.strip(),
        smtp_from=settings.smtp_from.strip(),
        bank_account=" ".join(settings.bank_account.split()),
        shop_name=" ".join(settings.shop_name.split()),
    )


def save(uow: UnitOfWork, actor: Actor, settings: NotifySettings) -> NotifySettings:
    require_manager(actor, "settings")
    clean = validate(settings)
    values = {name: str(getattr(clean, name)) for name in (*_TEXT, "smtp_from", "smtp_port")}
    values["events_off"] = ",".join(e for e in notify.EVENTS if e in clean.events_off)
    with uow:
        for name, value in values.items():
            row = uow.session.get(Setting, PREFIX + name)
            if row is None:
                uow.session.add(Setting(key=PREFIX + name, value=value))
            else:
                row.value = value
        uow.commit()
    return clean


def set_smtp_password(actor: Actor, password: str) -> None:
    """Into the OS keyring only (R50); SecretUnavailable says what to do without one."""
    require_manager(actor, "settings")
    if not password:
        raise DomainError("The SMTP password is empty")
    secrets.set_secret(SMTP_SECRET, password)


def set_sms_key(actor: Actor, key: str) -> None:
    """The SMS provider's API key, into the OS keyring only (R50)."""
    require_manager(actor, "settings")
    if not key.strip():
        raise DomainError("The SMS API key is empty")
    secrets.set_secret(SMS_SECRET, key.strip())


def sms_key() -> str:
    try:
        return secrets.get_secret(SMS_SECRET)
    except secrets.SecretUnavailable:
        return ""


def smtp_password() -> str:
    """The SMTP password from the keyring ('' when none is kept: a server without login)."""
    try:
        return secrets.get_secret(SMTP_SECRET)
    except secrets.SecretUnavailable:
        return ""
