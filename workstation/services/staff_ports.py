"""The port sign-in needs; ``workstation.store.staff_repository`` implements it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from workstation.domain.staff import PinAttempts, StaffAccount


class StaffUnitOfWork(Protocol):
    """One transaction; leaving the ``with`` block without ``commit()`` rolls back."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def account_for_update(self, code: str) -> StaffAccount:
        """The account with this code, locked until the transaction ends; NotFound if none."""
        ...

    def accounts(self) -> tuple[StaffAccount, ...]: ...

    def save_attempts(self, staff_id: int, attempts: PinAttempts) -> None: ...

    def save_pin_hash(self, staff_id: int, pin_hash: str | None) -> None: ...

    def set_paused(self, counter_id: int, since: datetime | None) -> bool:
        """Pause (``since``) or resume (None) the counter's open session; False if none."""
        ...

    def close_counter_session(self, counter_id: int, now: datetime) -> None: ...

    def announce_change(self, location_id: int) -> None: ...


StaffUnitOfWorkFactory = Callable[[], StaffUnitOfWork]
