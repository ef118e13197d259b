"""A payment request for an amount the web shop's own order does not ask for (issue 14, R22).

- payment_requests.shop_order_id: the pending order made in the web shop for this request (an
  extra amount, or part of what is owed), whose pay-for-order page is the request's link. The
  link stays "" until the relay has made that order; the pull marks the request paid when the
  shop reports the payment.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("payment_requests", sa.Column("shop_order_id", sa.String(64), nullable=True))


def downgrade() -> None:
    op.drop_column("payment_requests", "shop_order_id")
