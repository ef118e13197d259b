"""Web shop orders whole: fees, tax, rounding, shop refunds; parked shop orders; long text (R4, R42)

- order_lines.tax_amount, orders.shipping_tax / rounding / coupon_codes / fees_total / tax_total:
  a WooCommerce order's breakdown kept exactly (sync/woocommerce/totals.py, services/totals.py).
- refunds.shop_refund_id: the shop's refund a row stands for, so none is counted twice;
  refunds.goodwill_amount: what a refund gave back beyond any claim or owed refund (R25).
- parked_shop_orders: orders the pull could not read, with the reason and the JSON.
- outbox rows parked for HTTP 401/403 go back to pending: they now wait for a working key.
- Card numbers are masked at the column (db/base.py MaskedText / MaskedJSON), for every write.
- On PostgreSQL the columns that hold what a person typed become TEXT (a longer value was
  refused there and kept on SQLite); SQLite never limits VARCHAR, so its tables stay as they are
  (rebuilding `orders` would cost minutes on a large file for nothing).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FREE_TEXT = {
    "orders": (
        "channel_detail",
        "cancel_reason",
        "buyer_name",
        "buyer_phone",
        "buyer_email",
        "payment_method",
        "recipient_name",
        "recipient_phone",
    ),
    "order_lines": ("name", "options"),
    "order_addresses": ("name", "phone", "postcode", "address1", "address2", "memo"),
    "payments": ("method", "pg_transaction"),
    "payment_requests": ("note",),
    "refunds": ("reason",),
    # Masked free text (db/base.py MaskedText): TEXT on PostgreSQL like the rest.
    "claims": ("reason", "reject_reason", "pickup_address"),
}


def _money(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")


def upgrade() -> None:
    # Plain ADD COLUMN, never batch mode: on SQLite a batch rebuilds the table, and rebuilding
    # `orders` would drop the FTS triggers of migration 0002 (and take minutes on a large file).
    op.add_column("order_lines", _money("tax_amount"))
    for name in ("shipping_tax", "rounding", "fees_total", "tax_total"):
        op.add_column("orders", _money(name))
    op.add_column(
        "orders", sa.Column("coupon_codes", sa.String(200), nullable=False, server_default="")
    )
    op.add_column(
        "orders",
        sa.Column("prices_include_tax", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("refunds", sa.Column("shop_refund_id", sa.String(64), nullable=True))
    op.add_column("refunds", _money("goodwill_amount"))
    op.create_table(
        "parked_shop_orders",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("shop_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("remote_id", sa.String(64), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_parked_shop_orders_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parked_shop_orders")),
    )
    op.create_index(
        "uq_parked_shop_orders_shop_remote",
        "parked_shop_orders",
        ["shop_id", "remote_id"],
        unique=True,
    )
    # Changes parked because the shop refused the API key (before this version they were parked
    # like any refusal): they wait for a working key now, and go out by themselves (R42).
    op.execute(
        "UPDATE outbox SET state = 'pending', next_attempt_at = NULL "
        "WHERE state = 'parked' AND (last_error LIKE '%(HTTP 401)%' "
        "OR last_error LIKE '%(HTTP 403)%')"
    )
    if op.get_bind().dialect.name == "postgresql":
        for table, columns in FREE_TEXT.items():
            for column in columns:
                op.alter_column(table, column, type_=sa.Text())
        op.alter_column("orders", "coupon_codes", type_=sa.Text())


# Migration 0002's triggers, frozen here: a batch drop of columns rebuilds `orders` on SQLite.
SQLITE_TRIGGERS = (
    "CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders BEGIN "
    "INSERT INTO orders_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders BEGIN "
    "INSERT INTO orders_fts(orders_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER orders_fts_au AFTER UPDATE OF search_text ON orders BEGIN "
    "INSERT INTO orders_fts(orders_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO orders_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def downgrade() -> None:
    op.drop_index("uq_parked_shop_orders_shop_remote", table_name="parked_shop_orders")
    op.drop_table("parked_shop_orders")
    with op.batch_alter_table("refunds") as batch:
        batch.drop_column("goodwill_amount")
        batch.drop_column("shop_refund_id")
    with op.batch_alter_table("orders") as batch:
        for name in (
            "prices_include_tax",
            "coupon_codes",
            "tax_total",
            "fees_total",
            "rounding",
            "shipping_tax",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("order_lines") as batch:
        batch.drop_column("tax_amount")
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
