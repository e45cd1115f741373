"""Alembic environment of the workstation store (not the site database)."""

from __future__ import annotations

from alembic import context

from workstation.store.local.models import LocalBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=LocalBase.metadata,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
