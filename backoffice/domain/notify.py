"""Customer notification templates (R47): which events notify, which placeholders exist, how a
template is checked and filled. Plain Python: no I/O, no database.

A template is a subject and a body with `{placeholder}` fields; `{{` and `}}` print a brace. Only
the names in PLACEHOLDERS are allowed, with no attribute access, index or format spec, so an
edited template can never reach into Python objects. A body line whose placeholders all come out
empty is left out ("Bank transfer to: {bank_account}" disappears when the shop has no account).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter

from backoffice.domain.errors import DomainError

# The events that can notify the customer, in the order staff see them.
EVENTS: tuple[str, ...] = (
    "received",
    "shipped",
    "delivered",
    "cancelled",
    "payment_request",
    "edit_confirmation",
    "cancel_rejected",
    "refund",
)
LANGUAGES: tuple[str, ...] = ("ko", "en")

# Every placeholder a template may use; each one is filled for every event ("" where it means
# nothing, e.g. {tracking} in a refund).
PLACEHOLDERS: tuple[str, ...] = (
    "order_number",  # what the customer knows: the web shop's number, else our code
    "code",  # our order code, 7KQ-M3X-2AB
    "shop_order_number",  # the web shop's order number
    "shop",  # the shop's name
    "buyer",
    "recipient",
    "carrier",
    "tracking",
    "tracking_link",  # the carrier's tracking page for each number (domain/carriers.py)
    "items",  # one line per item: "- name (options) × 2"
    "total",  # formatted money, e.g. 41,000원
    "balance",  # still to pay
    "amount",  # the payment requested or the money refunded
    "link",  # the payment link
    "deadline",  # the payment deadline (R10)
    "bank_account",  # the shop's bank account for transfers
    "reason",  # why it was cancelled / the request rejected / refunded
)


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


def _fields(text: str) -> list[tuple[str, str | None]]:
    """(literal, field) pieces of a template; DomainError on a brace that does not close."""
    try:
        parsed = list(Formatter().parse(text))
    except ValueError as exc:
        raise DomainError(
            "The template has an unmatched brace ({detail}): write {{{{ or }}}} for a brace itself",
            "R47",
            detail=str(exc),
        ) from None
    out: list[tuple[str, str | None]] = []
    for literal, field, spec, conversion in parsed:
        if field is not None and (spec or conversion):
            raise DomainError("Write placeholders plainly, as {{{field}}}", "R47", field=field)
        out.append((literal, field))
    return out


def placeholders_in(text: str) -> list[str]:
    return [field for _lit, field in _fields(text) if field is not None]


def check(template: Template) -> None:
    """Refuse a template that uses a placeholder we cannot fill (checked when staff save it)."""
    if not template.subject.strip():
        raise DomainError("A notification needs a subject", "R47")
    if "\n" in template.subject.strip():
        raise DomainError("The subject must be a single line", "R47")
    unknown: list[str] = []
    for text in (template.subject, template.body):
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS and name not in unknown:
                unknown.append(name)
    if unknown:
        names = ", ".join("{" + n + "}" for n in unknown)
        known = " ".join("{" + n + "}" for n in PLACEHOLDERS)
        raise DomainError(
            "Unknown placeholder {names}. Use one of: {known}", "R47", names=names, known=known
        )


def _fill_line(line: str, values: Mapping[str, str]) -> str | None:
    pieces = _fields(line)
    names = [f for _l, f in pieces if f is not None]
    filled = [values.get(f, "") for f in names]
    if names and not any(v.strip() for v in filled):
        return None  # nothing to say on this line for this order
    return "".join(lit + (values.get(f, "") if f is not None else "") for lit, f in pieces)


def render_text(text: str, values: Mapping[str, str], *, drop_empty_lines: bool = True) -> str:
    lines = []
    for line in text.split("\n"):
        filled = _fill_line(line, values)
        if filled is None and drop_empty_lines:
            continue
        lines.append(filled or "")
    return "\n".join(lines)


def render(template: Template, values: Mapping[str, str]) -> Template:
    """The subject and body filled from `values` (unknown names come out empty; brackets left
    empty in the subject are dropped)."""
    subject = render_text(template.subject.strip(), values, drop_empty_lines=False)
    subject = re.sub(r"\[\s*\]|\(\s*\)", "", subject)  # "[{shop}]" with no shop name
    body = render_text(template.body.strip("\n"), values).strip("\n") + "\n"
    return Template(" ".join(subject.split()), body)
