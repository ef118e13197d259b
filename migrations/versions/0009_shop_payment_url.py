"""A web shop order's own payment page (issue 14, R22).

- orders.shop_payment_url: the shop's pay-for-order URL (WooCommerce's `payment_url`), read on
  every pull; a payment request for what the shop order still owes sends the customer there,
  and the shop reporting the payment on the next pull marks that request paid.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "orders",
        sa.Column("shop_payment_url", sa.String(500), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild of `orders` would drop its FTS triggers.
    op.drop_column("orders", "shop_payment_url")
