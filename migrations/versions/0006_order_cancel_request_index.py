"""orders: a partial index on the orders with a cancel request (R12, R31's "Cancel requests" tab)

Only a few orders in a million wait with a cancel request; without an index the tab's count and
list read the whole orders table (1.2 s on a million orders, on every live update of the list).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_orders_cancel_requested",
        "orders",
        ["created_at", "id"],
        unique=False,
        sqlite_where=sa.text("cancel_requested = 1"),
        postgresql_where=sa.text("cancel_requested"),
    )


def downgrade() -> None:
    op.drop_index("ix_orders_cancel_requested", table_name="orders")
