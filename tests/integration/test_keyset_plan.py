"""Deep pages seek, they do not scan (issue 16): the export's keyset page after row N asks for
`created_at <= v AND (created_at < v OR id < oid)`, which SQLite answers by searching the
(created_at, id) index from the last row on. The plain OR form scanned from the newest order."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from backoffice.db.listing import ListFilter
from backoffice.db.listing.query import page_after
from tests.factories import place

pytestmark = pytest.mark.sqlite_only("SQLite's query plan")


def test_a_page_after_a_row_searches_the_index(engine, session, uow, catalog):
    for _ in range(3):
        place(uow, {"MUG-WHT": 1})
    first = page_after(session, ListFilter(), limit=2)
    seen: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        rest = page_after(
            session, ListFilter(), after=(first[-1].created_at, first[-1].id), limit=2
        )
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert [r.id for r in rest] and rest[0].id not in {r.id for r in first}
    statement, parameters = next((s, p) for s, p in seen if "LIMIT" in s.upper())
    with engine.connect() as conn:
        plan = " ".join(
            str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + statement), parameters)
        ) if isinstance(parameters, dict) else " ".join(
            str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        )  # fmt: skip
    assert "SEARCH orders USING" in plan and "created_at<" in plan, plan
