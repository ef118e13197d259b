"""Printer settings shared by every PC of the shop: which printer prints receipts and which prints
labels (each a printer URI, see `printing.profile`), the language of printed documents and the cash
drawer kick (R38). Stored as `settings` rows under `print.*`, read and written as one typed value.

A hand-edited row that no longer parses falls back to its default and is logged, so a bad value
never stops printing altogether; saving validates every URI first (DomainError, nothing written).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from backoffice.db.models import Setting
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import DomainError
from backoffice.printing import PrinterProfile, parse_printer_uri
from backoffice.services.staff.actor import Actor
from backoffice.services.staff.permissions import require_manager

logger = logging.getLogger(__name__)

PREFIX = "print."
LANGUAGES = ("ko", "en")
DRAWER_PINS = (0, 2, 5)
RECEIPT_AFTER_SALE = ("always", "ask", "never")  # a counter sale's receipt (issue 13)


@dataclass(frozen=True)
class PrinterSettings:
    receipt_printer: str = ""  # printer URI; "" = none configured
    label_printer: str = ""
    language: str = "ko"  # documents are printed in Korean or English
    drawer_pin: int = 0  # kick the cash drawer on this pin with each receipt (0: no drawer)
    label_on_ship: bool = True  # shipping an order at the counter queues its label
    receipt_after_sale: str = "always"  # a counter sale prints its receipt: always, ask, never

    def printer_for(self, kind: str) -> str:
        """The configured printer URI for a document kind ("" when none is set)."""
        if kind == "label":
            return self.label_printer
        if kind == "receipt":
            return self.receipt_uri
        return ""

    @property
    def receipt_uri(self) -> str:
        """The receipt printer with the drawer setting folded into its profile."""
        if not self.receipt_printer:
            return ""
        profile = parse_printer_uri(self.receipt_printer)
        return profile.with_(drawer_pin=self.drawer_pin or None).uri

    def profile_for(self, kind: str) -> PrinterProfile | None:
        uri = self.printer_for(kind)
        return parse_printer_uri(uri) if uri else None


def load(session: Session) -> PrinterSettings:
    query = select(Setting.key, Setting.value).where(Setting.key.startswith(PREFIX))
    rows: dict[str, str] = {key: value for key, value in session.execute(query)}
    default = PrinterSettings()
    values: dict[str, object] = {}
    for name in ("receipt_printer", "label_printer"):
        raw = rows.get(PREFIX + name, "")
        try:
            values[name] = parse_printer_uri(raw).uri if raw else ""
        except DomainError as exc:
            logger.warning("setting %s%s ignored: %s", PREFIX, name, exc)
            values[name] = ""
    language = rows.get(PREFIX + "language", default.language)
    values["language"] = language if language in LANGUAGES else default.language
    try:
        pin = int(rows.get(PREFIX + "drawer_pin", "0"))
    except ValueError:
        pin = 0
    values["drawer_pin"] = pin if pin in DRAWER_PINS else 0
    values["label_on_ship"] = rows.get(PREFIX + "label_on_ship", "1") != "0"
    after_sale = rows.get(PREFIX + "receipt_after_sale", default.receipt_after_sale)
    values["receipt_after_sale"] = (
        after_sale if after_sale in RECEIPT_AFTER_SALE else default.receipt_after_sale
    )
    return PrinterSettings(**values)  # type: ignore[arg-type]


def validate(settings: PrinterSettings) -> PrinterSettings:
    """The settings with normalised URIs; DomainError naming the first bad value."""
    if settings.language not in LANGUAGES:
        raise DomainError("Print language must be one of {choices}", choices=", ".join(LANGUAGES))
    if settings.drawer_pin not in DRAWER_PINS:
        raise DomainError("The cash drawer is on pin 2 or 5 (0 for no drawer)", "R38")
    if settings.receipt_after_sale not in RECEIPT_AFTER_SALE:
        raise DomainError(
            "A sale's receipt is printed {choices}", choices=", ".join(RECEIPT_AFTER_SALE)
        )
    receipt = parse_printer_uri(settings.receipt_printer).uri if settings.receipt_printer else ""
    label = parse_printer_uri(settings.label_printer).uri if settings.label_printer else ""
    return replace(settings, receipt_printer=receipt, label_printer=label)


def save(uow: UnitOfWork, settings: PrinterSettings, *, actor: Actor) -> PrinterSettings:
    require_manager(actor, "printer_settings")  # R48: settings are for managers
    clean = validate(settings)
    with uow:
        session = uow.session
        for name, value in (
            ("receipt_printer", clean.receipt_printer),
            ("label_printer", clean.label_printer),
            ("language", clean.language),
            ("drawer_pin", str(clean.drawer_pin)),
            ("label_on_ship", "1" if clean.label_on_ship else "0"),
            ("receipt_after_sale", clean.receipt_after_sale),
        ):
            row = session.get(Setting, PREFIX + name)
            if row is None:
                session.add(Setting(key=PREFIX + name, value=value))
            else:
                row.value = value
        uow.commit()
    return clean
