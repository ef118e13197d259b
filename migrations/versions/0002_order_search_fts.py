"""order search: FTS5 trigram index over orders.search_text (SQLite only, R32)

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
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS orders_fts_au",
    "DROP TRIGGER IF EXISTS orders_fts_ad",
    "DROP TRIGGER IF EXISTS orders_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_CREATE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
