"""One transaction on the site database, taken in the writers' turn (cosmicpython's unit of
work): leaving the ``with`` block without ``commit()`` rolls back, and a lost or failing
database becomes ``DatabaseUnavailable``. The queue, site and appointment units share it."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session

from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem


class SqlUnitOfWork:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database
        self._session: Session | None = None
        self._turn: AbstractContextManager[None] = nullcontext()

    @property
    def session(self) -> Session:
        assert self._session is not None, "unit of work used outside its with-block"
        return self._session

    def __enter__(self) -> Self:
        self._turn = self._database.writer_turn()
        self._turn.__enter__()
        self._session = Session(self._database.engine, expire_on_commit=False)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self.session, None
        try:
            session.rollback()
            session.close()
        except Exception as close_exc:
            if exc is None and is_connection_problem(close_exc):
                raise database_unavailable(close_exc) from close_exc
        finally:
            self._turn.__exit__(None, None, None)
        if exc is not None and is_connection_problem(exc):
            raise database_unavailable(exc) from exc

    def commit(self) -> None:
        self.session.commit()
