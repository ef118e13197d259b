"""Declarative base with a naming convention, and the column types every model shares."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

from backoffice.domain.cards import mask_in, mask_pans

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}



def free_text(length: int) -> String:
    """A column for what a person typed (a name, an address, a reason): never too short.

    Text without a limit on PostgreSQL, which refuses a longer value, and the declared VARCHAR on
    SQLite, which never limits one (its schema is left as it was; migration 0007). Either way a
    long value is kept whole, on both databases the same."""
    return String(length).with_variant(Text(), "postgresql")


class MaskedText(TypeDecorator[str]):
    """Free text whose card numbers keep only their first 6 and last 4 digits (R24, R50).

    The one place where reasons, memos, messages, notes, references and addresses are masked:
    on every write, through the ORM and through Core inserts alike (bulk sync, demo), so no
    service can forget. `length` as `free_text`: the declared VARCHAR on SQLite, TEXT on
    PostgreSQL (no length: TEXT on both)."""

    impl = Text
    cache_ok = True

    def __init__(self, length: int | None = None) -> None:
        super().__init__()
        self.length = length

    def load_dialect_impl(self, dialect: Any) -> Any:
        # The generic types, not `dialect.type_descriptor(...)`: psycopg's adapted TEXT compiles
        # as VARCHAR, and the schema would no longer match the migrations.
        if self.length is None or dialect.name == "postgresql":
            return Text()
        return String(self.length)

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return mask_pans(value) if isinstance(value, str) else value


class MaskedJSON(TypeDecorator[Any]):
    """JSON whose strings are masked like MaskedText (timeline values, outbox payloads)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return mask_in(value) if value is not None else None


# SQLite's INTEGER PRIMARY KEY is only an alias of rowid when declared exactly INTEGER.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: the same on SQLite (text) and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


def utcnow() -> datetime:
    return datetime.now(UTC)
