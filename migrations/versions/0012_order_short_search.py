"""order search for 1–2 character terms: a short-piece index beside the trigram one (issue 16, R32)

A trigram index has nothing to look up for "김" or "길동", so such a search read every order.
This index holds each character and each adjacent pair of characters of `orders.search_text`
(within a word); backoffice/db/grams.py explains the pieces.

- SQLite: a contentless FTS5 table `orders_grams` (no positions: only which orders hold a piece),
  kept by triggers calling `bo_grams(search_text)`, a function every connection of the app
  registers (backoffice/db/engine.py). It is registered here too, for the backfill.
- PostgreSQL: an SQL function `order_grams(text)` returning the pieces as text[], and a GIN index
  on `order_grams(search_text)`; a search asks `order_grams(search_text) @> ARRAY[term]`.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from alembic import op

from backoffice.db import grams

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Frozen here; the queries live in backoffice/db/listing/dialect.py. The token function is the
# app's (grams.grams): the triggers call it at run time, so the backfill must use the same one.
TABLE = "orders_grams"
SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "grams, content='', detail='none', columnsize=0, tokenize='ascii')",
    f"CREATE TRIGGER {TABLE}_ai AFTER INSERT ON orders BEGIN "
    f"INSERT INTO {TABLE}(rowid, grams) VALUES (new.id, bo_grams(new.search_text)); END",
    f"CREATE TRIGGER {TABLE}_ad AFTER DELETE ON orders BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, grams) "
    "VALUES ('delete', old.id, bo_grams(old.search_text)); END",
    f"CREATE TRIGGER {TABLE}_au AFTER UPDATE OF search_text ON orders BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, grams) "
    "VALUES ('delete', old.id, bo_grams(old.search_text)); "
    f"INSERT INTO {TABLE}(rowid, grams) VALUES (new.id, bo_grams(new.search_text)); END",
    f"INSERT INTO {TABLE}(rowid, grams) SELECT id, bo_grams(search_text) FROM orders",
)
SQLITE_DROP = (
    f"DROP TRIGGER IF EXISTS {TABLE}_au",
    f"DROP TRIGGER IF EXISTS {TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {TABLE}_ai",
    f"DROP TABLE IF EXISTS {TABLE}",
)
PG_CREATE = (
    r"""CREATE FUNCTION order_grams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT piece), '{}')
    FROM regexp_split_to_table(coalesce(t, ''), '\s+') AS word,
    LATERAL (
        SELECT substr(word, i, 1) AS piece FROM generate_series(1, length(word)) AS i
        UNION ALL
        SELECT substr(word, i, 2) FROM generate_series(1, length(word) - 1) AS i
    ) AS p
    WHERE word <> ''
    $$""",
    "CREATE INDEX ix_orders_grams ON orders USING gin (order_grams(search_text))",
)
PG_DROP = ("DROP INDEX IF EXISTS ix_orders_grams", "DROP FUNCTION IF EXISTS order_grams(text)")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        grams.register(bind.connection.driver_connection)
        for statement in SQLITE_CREATE:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        for statement in PG_CREATE:
            op.execute(statement)


def downgrade() -> None:
    statements = {"sqlite": SQLITE_DROP, "postgresql": PG_DROP}
    for statement in statements.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
