"""The counter (issue 13): a scanned waybill finds its order; cash taken and 현금영수증 kept.

- shipments.tracking_number indexed: a tracking number scanned at the counter opens its order.
- payments.tendered: the cash a customer handed over (the receipt prints it with the change).
- payments.cash_receipt_kind / cash_receipt_number: a 현금영수증 issued for a cash payment,
  "income" (소득공제, a phone number) or "expense" (지출증빙, a business number).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (see 0007): no table rebuilds.
    op.create_index("ix_shipments_tracking", "shipments", ["tracking_number"])
    op.add_column(
        "payments", sa.Column("tendered", sa.BigInteger(), nullable=False, server_default="0")
    )
    op.add_column(
        "payments",
        sa.Column("cash_receipt_kind", sa.String(10), nullable=False, server_default=""),
    )
    op.add_column(
        "payments",
        sa.Column("cash_receipt_number", sa.String(20), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("payments") as batch:
        batch.drop_column("cash_receipt_number")
        batch.drop_column("cash_receipt_kind")
        batch.drop_column("tendered")
    op.drop_index("ix_shipments_tracking", table_name="shipments")
