"""Table rows as plain dicts that read like ORM objects, for the demo's bulk inserts.

A `Row` is exactly what SQLAlchemy Core's executemany takes (column name -> value, every column
present), yet `row.total` works, so `services.totals.refresh` computes the derived fields of a demo
order with the very code the services use, without the cost of ORM instrumentation.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from backoffice.db.models import (
    Claim,
    ClaimLine,
    Memo,
    Message,
    Order,
    OrderAddress,
    OrderLine,
    Payment,
    PaymentRequest,
    Refund,
    Shipment,
    ShipmentLine,
    TimelineEvent,
)


def defaults(table: Table) -> dict[str, Any]:
    """Every column with its scalar default (None where the default is a function or absent)."""
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        out[column.key] = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
    return out


class Row(dict):  # type: ignore[type-arg]
    __slots__ = ()
    TEMPLATE: dict[str, Any] = {}

    def __init__(self, **values: Any) -> None:
        super().__init__(self.TEMPLATE)
        self.update(values)

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    # Columns are dict items; relation lists are slots, set once with object.__setattr__.
    __setattr__ = dict.__setitem__  # type: ignore[assignment]


class OrderRow(Row):
    _RELATIONS = (
        "lines", "addresses", "shipments", "payments", "payment_requests", "refunds", "claims",
        "memos", "messages",
    )
    __slots__ = _RELATIONS
    TEMPLATE = defaults(Order.__table__)  # type: ignore[arg-type]

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        for name in self._RELATIONS:
            object.__setattr__(self, name, [])


class LineRow(Row):
    __slots__ = ()
    TEMPLATE = defaults(OrderLine.__table__)  # type: ignore[arg-type]

    @property
    def active_quantity(self) -> int:
        """Same as OrderLine.active_quantity: ordered minus cancelled minus returned."""
        return self["quantity"] - self["cancelled_quantity"] - self["returned_quantity"]


class ShipmentRow(Row):
    _RELATIONS = ("items",)
    __slots__ = _RELATIONS
    TEMPLATE = defaults(Shipment.__table__)  # type: ignore[arg-type]

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        object.__setattr__(self, "items", [])


class ClaimRow(Row):
    _RELATIONS = ("items",)
    __slots__ = _RELATIONS
    TEMPLATE = defaults(Claim.__table__)  # type: ignore[arg-type]

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        object.__setattr__(self, "items", [])


def _simple(model: Any) -> type[Row]:
    return type(f"{model.__name__}Row", (Row,), {"__slots__": (), "TEMPLATE": defaults(model.__table__)})


AddressRow = _simple(OrderAddress)
ShipmentLineRow = _simple(ShipmentLine)
ClaimLineRow = _simple(ClaimLine)
PaymentRow = _simple(Payment)
RequestRow = _simple(PaymentRequest)
RefundRow = _simple(Refund)
MemoRow = _simple(Memo)
MessageRow = _simple(Message)
EventRow = _simple(TimelineEvent)


class Ids:
    """Precomputed primary keys, continuing after whatever a table already holds."""

    def __init__(self, conn: Connection, tables: list[Table]) -> None:
        self._next: dict[str, int] = {}
        for table in tables:
            top = conn.execute(select(func.max(table.c.id))).scalar()
            self._next[table.name] = (top or 0) + 1

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


class BulkInsert:
    """Core executemany of one table's rows. On SQLite the compiled INSERT is run with the
    columns' own bind processors applied once per value, which skips SQLAlchemy's per-row
    parameter assembly (a third of the demo's time); other dialects take the ordinary path."""

    def __init__(self, conn: Connection, table: Table) -> None:
        self.table = table
        self.fast = conn.dialect.name == "sqlite"
        if self.fast:
            compiled = insert(table).compile(dialect=conn.dialect)
            names = list(compiled.positiontup or ())
            assert set(names) == {c.key for c in table.columns}, table.name
            self.sql = compiled.string
            self.get = itemgetter(*names)
            self.processors = [
                (i, proc)
                for i, name in enumerate(names)
                if (proc := table.c[name].type._cached_bind_processor(conn.dialect)) is not None
            ]

    def __call__(self, conn: Connection, rows: list[Any]) -> None:
        if not rows:
            return
        if not self.fast:
            conn.execute(insert(self.table), rows)
            return
        get, processors, data = self.get, self.processors, []
        for row in rows:
            values = list(get(row))
            for i, proc in processors:
                values[i] = proc(values[i])
            data.append(tuple(values))
        conn.exec_driver_sql(self.sql, data)
