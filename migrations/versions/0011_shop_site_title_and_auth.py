"""What "Test connection" learns about a web shop, and how it wants its key (issues 14, 15).

- shops.site_title: the WordPress site's title (the REST index's `name`), the shop's name on
  labels, receipts and notifications until one is typed in Settings → Shop details.
- shops.auth_mode: "" (the Authorization header over HTTPS, OAuth 1.0a over HTTP) or "query"
  (the key in the query string, HTTPS only: for hosts that strip the header).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "shops", sa.Column("site_title", sa.String(200), nullable=False, server_default="")
    )
    op.add_column("shops", sa.Column("auth_mode", sa.String(10), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("shops", "auth_mode")
    op.drop_column("shops", "site_title")
