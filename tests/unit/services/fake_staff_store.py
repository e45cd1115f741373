"""An in-memory staff store: the sign-in port without a database (fakes over mocks)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from types import TracebackType
from typing import Self

from workstation.domain.errors import NotFound
from workstation.domain.staff import PinAttempts, Role, StaffAccount


@dataclass
class MemoryStaffStore:
    accounts: dict[str, StaffAccount] = field(default_factory=dict)
    sessions: dict[int, datetime | None] = field(default_factory=dict)  # counter -> paused
    announced: list[int] = field(default_factory=list)
    commits: int = 0

    def add(self, code: str, roles: set[Role], pin_hash: str | None = None,
            active: bool = True) -> StaffAccount:
        account = StaffAccount(len(self.accounts) + 1, code, code.title(), frozenset(roles),
                               pin_hash, PinAttempts(), active)
        self.accounts[code] = account
        return account

    def unit_of_work(self) -> MemoryStaffUnitOfWork:
        return MemoryStaffUnitOfWork(self)


class MemoryStaffUnitOfWork:
    """Changes are staged and applied only on commit, like a real transaction."""

    def __init__(self, store: MemoryStaffStore) -> None:
        self.store = store
        self._accounts: dict[str, StaffAccount] = {}
        self._sessions: dict[int, datetime | None] = {}
        self._closed: set[int] = set()
        self._announced: list[int] = []

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._accounts.clear()

    def commit(self) -> None:
        self.store.accounts.update(self._accounts)
        self.store.sessions.update(self._sessions)
        for counter_id in self._closed:
            self.store.sessions.pop(counter_id, None)
        self.store.announced.extend(self._announced)
        self.store.commits += 1

    def _by_id(self, staff_id: int) -> StaffAccount:
        current = {**self.store.accounts, **self._accounts}
        return next(a for a in current.values() if a.id == staff_id)

    def account_for_update(self, code: str) -> StaffAccount:
        account = self._accounts.get(code) or self.store.accounts.get(code)
        if account is None:
            raise NotFound("Medewerkerscode '{code}' is onbekend.", code=code)
        return account

    def accounts(self) -> tuple[StaffAccount, ...]:
        return tuple(sorted(self.store.accounts.values(), key=lambda a: a.code))

    def save_attempts(self, staff_id: int, attempts: PinAttempts) -> None:
        account = self._by_id(staff_id)
        self._accounts[account.code] = replace(account, attempts=attempts)

    def save_pin_hash(self, staff_id: int, pin_hash: str | None) -> None:
        account = self._by_id(staff_id)
        self._accounts[account.code] = replace(account, pin_hash=pin_hash)

    def set_paused(self, counter_id: int, since: datetime | None) -> bool:
        if counter_id not in self.store.sessions:
            return False
        self._sessions[counter_id] = since
        return True

    def close_counter_session(self, counter_id: int, now: datetime) -> None:
        self._closed.add(counter_id)

    def announce_change(self, location_id: int) -> None:
        self._announced.append(location_id)
