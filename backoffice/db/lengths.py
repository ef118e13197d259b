"""Lengths checked before every write, the same on SQLite and PostgreSQL (R4, R42).

PostgreSQL refuses a value longer than its VARCHAR (an exit-70 crash with SQL and customer data
in the message); SQLite keeps it. So before a flush every value bound for a limited column is
measured here and a readable DomainError ("Tracking number is too long: at most 60
characters") stops the transaction on both databases alike. Columns for what people type
(`free_text`, `MaskedText`) have no limit on either database and are not checked.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from backoffice.domain.errors import DomainError


def _limit(column: Any) -> int | None:
    kind = column.type
    if type(kind) is not String or getattr(kind, "_variant_mapping", None):
        return None  # a TypeDecorator, TEXT, or a free_text variant: unlimited
    return kind.length


def label(key: str) -> str:
    return key.replace("_", " ").capitalize()


@event.listens_for(Session, "before_flush")
def check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    too_long: list[tuple[int, str, int]] = []  # (limit, field, length)
    for obj in list(session.new) + list(session.dirty):
        mapper = inspect(obj).mapper
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            limit = _limit(column)
            if limit is None:
                continue
            value = getattr(obj, attr.key, None)
            if isinstance(value, str) and len(value) > limit:
                too_long.append((limit, label(attr.key), len(value)))
    if too_long:
        # The tightest limit names the field typed (a shipment's tracking number, 60), not a
        # list column made from it (the order's tracking numbers, 300), whatever the flush's
        # order of objects.
        limit, field, length = min(too_long)
        raise DomainError(
            "{field} is too long: at most {limit} characters ({length} given)",
            field=field,
            limit=limit,
            length=length,
        )
