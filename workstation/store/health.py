"""The site database's health probe: a write turn, a write lock and every table's columns.

A screen in the disconnected state runs this every few seconds; it must notice each way the
database can fail (unreachable, busy, damaged, another schema) and change nothing.
"""

from __future__ import annotations

from sqlalchemy import select

from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem


class SqlSiteHealth:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def check(self) -> None:
        try:
            # A write transaction (BEGIN IMMEDIATE on SQLite) that is rolled back: it proves
            # the write lock can be had without writing anything.
            with (self._database.writer_turn(), self._database.engine.connect() as connection,
                  connection.begin() as transaction):
                for table in m.Base.metadata.sorted_tables:
                    connection.execute(select(table).limit(0))
                transaction.rollback()
        except Exception as exc:
            if is_connection_problem(exc):
                raise database_unavailable(exc) from exc
            raise
