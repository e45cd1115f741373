"""Sign-in against a real database (SQLite and PostgreSQL): a lockout holds on every
workstation, concurrent wrong PINs are each counted, pause and sign-out reach the queue."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from workstation.app import Site, open_site
from workstation.domain.errors import UserFacingError
from workstation.domain.staff import NotPermitted, Permission, Role
from workstation.services.pin_hash import PinHasher, ScryptCost
from workstation.services.queue_service import QueueService
from workstation.services.staff_service import (
    DEMO_PIN,
    AccountLocked,
    PinNotSet,
    SiteOperator,
    StaffService,
    WrongPin,
)
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.staff_demo import seed_demo_staff
from workstation.store.staff_repository import SqlStaffUnitOfWork

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam
PIN = "739105"
WRONG = "918273"
HASHER = PinHasher(ScryptCost(n=2**8, r=8, p=1))
OPERATOR = SiteOperator()


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, demo=True)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def workstation(url: str, clock: Clock) -> tuple[SiteDatabase, StaffService]:
    """A second PC: its own engine on the same site database."""
    database = SiteDatabase(url)
    return database, StaffService(lambda: SqlStaffUnitOfWork(database), HASHER, clock)


@pytest.fixture
def staff(site: Site, clock: Clock) -> StaffService:
    service = StaffService(lambda: SqlStaffUnitOfWork(site.database), HASHER, clock)
    service.set_pin(OPERATOR, "mw01", PIN, PIN)
    return service


def test_a_lockout_holds_on_every_workstation(site: Site, staff: StaffService, clock: Clock,
                                              site_url: str) -> None:
    other_db, other = workstation(site_url, clock)
    try:
        for service in (staff, other, staff, other):
            with pytest.raises(WrongPin):
                service.sign_in("mw01", WRONG)
        with pytest.raises(AccountLocked) as locked:
            staff.sign_in("mw01", WRONG)
        assert locked.value.params == {"until": "10:05"}
        with pytest.raises(AccountLocked):
            other.sign_in("mw01", PIN)  # the right PIN, on the other PC: still locked
        with site.database.engine.connect() as connection:
            row = connection.execute(
                select(m.StaffMember.failed_pin_attempts, m.StaffMember.locked_until)
                .where(m.StaffMember.code == "mw01")).one()
        assert row.locked_until == NOW + timedelta(minutes=5)
        clock.now = NOW + timedelta(minutes=5)
        assert other.sign_in("mw01", PIN).code == "mw01"
    finally:
        other_db.dispose()


def test_concurrent_wrong_pins_are_each_counted(staff: StaffService, site_url: str,
                                                clock: Clock) -> None:
    attempts = 8
    start = threading.Barrier(attempts)
    outcomes: list[str] = []
    databases: list[SiteDatabase] = []
    services = []
    for _ in range(attempts):
        database, service = workstation(site_url, clock)
        databases.append(database)
        services.append(service)

    def attempt(service: StaffService) -> None:
        start.wait()
        try:
            service.sign_in("mw01", WRONG)
        except UserFacingError as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=attempt, args=(s,), name=f"attempt-{i}")
               for i, s in enumerate(services)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for database in databases:
            database.dispose()
    # Four wrong PINs, the fifth locks; the three after it meet the lock. None is lost.
    assert sorted(outcomes) == ["AccountLocked"] * 4 + ["WrongPin"] * 4
    with pytest.raises(AccountLocked):
        staff.sign_in("mw01", PIN)


def test_first_pin_and_roles_come_from_the_site_database(site: Site, staff: StaffService,
                                                         ) -> None:
    staff.clear_pin(OPERATOR, "mw03")
    with pytest.raises(PinNotSet):
        staff.sign_in("mw03", DEMO_PIN)
    person = staff.set_first_pin("mw03", PIN, PIN, needs=Permission.CALL)
    assert person.roles == {Role.COUNTER, Role.PHONE}
    with site.database.engine.begin() as connection:
        connection.execute(update(m.StaffMember).where(m.StaffMember.code == "mw03")
                           .values(roles="reception"))
    with pytest.raises(NotPermitted):
        staff.sign_in("mw03", PIN, needs=Permission.CALL)
    with pytest.raises(NotPermitted):  # nor can anyone open a counter session for them
        site.queue.counter_post("BOZ", 3, "mw03")
    assert staff.sign_in("mw03", PIN, needs=Permission.ISSUE_TICKET).roles == {Role.RECEPTION}


def test_pause_stops_calls_and_sign_out_closes_the_session(site: Site, clock: Clock) -> None:
    queue = QueueService(lambda: SqlQueueUnitOfWork(site.database),
                         SqlQueueReader(site.database), clock)
    staff = StaffService(lambda: SqlStaffUnitOfWork(site.database), HASHER, clock)
    queue.issue_ticket("BOZ", "A")
    post = queue.counter_post("BOZ", 1, "mw01")
    staff.pause(post)
    with pytest.raises(UserFacingError) as refused:
        queue.call_next(post)
    assert refused.value.message == "Balie 1 heeft pauze."
    staff.resume(post)
    called = queue.call_next(post)
    assert called is not None and called.staff_id == post.staff.id  # type: ignore[union-attr]
    staff.sign_out(post)
    with site.database.engine.connect() as connection:
        sessions = connection.execute(
            select(m.CounterSession.closed_at, m.CounterSession.paused_since)
            .where(m.CounterSession.counter_id == post.counter.id)).all()
    assert sessions == [(NOW, None)]
    with pytest.raises(UserFacingError) as gone:
        staff.pause(post)
    assert gone.value.message == "Er is niemand aangemeld aan balie 1."


def test_demo_colleagues_get_roles_and_the_demo_pin_once(site: Site, staff: StaffService,
                                                         ) -> None:
    assert site.staff.sign_in("mw06", DEMO_PIN).roles == {Role.COUNTER, Role.SUPERVISOR,
                                                         Role.ADMIN}  # from the site file
    # mw01 chose their own PIN (the staff fixture): seeding again leaves it alone.
    assert seed_demo_staff(site.database, ["mw01"], lambda: HASHER.hash(DEMO_PIN)) == 0
    assert staff.sign_in("mw01", PIN).roles == {Role.RECEPTION, Role.COUNTER}
