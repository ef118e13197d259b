"""print jobs: every order of a job, its language and who queued it (R39, R41)

A bulk label job covers many orders (R39); a reprint or a redirect to another printer re-renders
the job from its orders in its language (R41).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_codes", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("language", sa.String(length=2), nullable=False, server_default="ko")
        )
        batch_op.add_column(
            sa.Column("actor", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_column("actor")
        batch_op.drop_column("language")
        batch_op.drop_column("order_codes")
