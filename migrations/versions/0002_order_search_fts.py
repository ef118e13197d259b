"""order search: FTS5 trigram index on SQLite, pg_trgm GIN indexes on PostgreSQL (R32)

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here (a migration must not change when app code does); the queries live in
# backoffice/db/listing/dialect.py. External content: the index stores trigrams only, the text
# stays in orders.search_text.
FTS_TABLE = "orders_fts"
SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "search_text, content='orders', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    f"CREATE TRIGGER orders_fts_au AFTER UPDATE OF search_text ON orders BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)
# PostgreSQL: trigram GIN indexes serve LIKE '%term%' on the lower-cased search text and
# LIKE 'prefix%' on order codes and shop order numbers (see dialect.py's PostgreSQL branch).
PG_TRGM_COLUMNS = ("search_text", "code", "shop_order_number")
PG_CREATE = ("CREATE EXTENSION IF NOT EXISTS pg_trgm",) + tuple(
    f"CREATE INDEX ix_orders_{col}_trgm ON orders USING gin ({col} gin_trgm_ops)"
    for col in PG_TRGM_COLUMNS
)
PG_DROP = tuple(f"DROP INDEX IF EXISTS ix_orders_{col}_trgm" for col in PG_TRGM_COLUMNS)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS orders_fts_au",
    "DROP TRIGGER IF EXISTS orders_fts_ad",
    "DROP TRIGGER IF EXISTS orders_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


_UP = {"sqlite": SQLITE_CREATE, "postgresql": PG_CREATE}
_DOWN = {"sqlite": SQLITE_DROP, "postgresql": PG_DROP}


def upgrade() -> None:
    for statement in _UP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade() -> None:
    # The pg_trgm extension stays: other objects of the database may use it.
    for statement in _DOWN.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
