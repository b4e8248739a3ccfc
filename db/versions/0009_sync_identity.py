"""Who this install is (issue 13): clones and restored copies become installs of their own.

Revision ID: 0009_sync_identity
Revises: 0008_drawings
Create Date: 2026-11-30

Five columns on ``sync_state`` (``kiosk.sync.identity``):

* ``machine``        -- JSON: the machine (a hash of its machine id and network cards) that made
  this install identity; another machine means a copied disk image: a new install;
* ``lineage``        -- JSON list: the ids of the batches and bundles issued since the
  collector's last answer (the collector sees a fork when a restored copy issues again);
* ``identity_event`` -- JSON: the last change of identity, for the coordinator's page;
* ``fork_parent``    -- the previous install id while the collector has not been told yet;
* ``fork_claim``     -- JSON: the new install's key signed by the previous install's key;
* ``starts``         -- JSON list: the kiosk's last starts (time, and the highest row of each
  fact table then): the rows written after a restore are the rows above the first start after
  it, whatever time they carry.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_sync_identity"
down_revision: str | Sequence[str] | None = "0008_drawings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("machine", sa.Text(), nullable=True))
        batch.add_column(sa.Column("lineage", sa.Text(), nullable=True))
        batch.add_column(sa.Column("identity_event", sa.Text(), nullable=True))
        batch.add_column(sa.Column("fork_parent", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("fork_claim", sa.Text(), nullable=True))
        batch.add_column(sa.Column("starts", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        for name in ("starts", "fork_claim", "fork_parent", "identity_event", "lineage", "machine"):
            batch.drop_column(name)
