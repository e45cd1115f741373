"""Sign-in, first PIN, lockout, PIN management, pause and sign-out on an in-memory store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.unit.services.fake_queue_store import COUNTERS, LOCATION, STAFF
from tests.unit.services.fake_staff_store import MemoryStaffStore
from workstation.domain.errors import UserFacingError
from workstation.domain.staff import NotPermitted, NotSignedIn, Permission, PinRefused, Role
from workstation.services.pin_hash import PinHasher, ScryptCost
from workstation.services.queue_service import CounterPost
from workstation.services.staff_service import (
    AccountLocked,
    PinNotSet,
    SiteOperator,
    StaffService,
    WrongPin,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam
PIN = "482615"
HASHER = PinHasher(ScryptCost(n=2**8, r=8, p=1))


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store() -> MemoryStaffStore:
    store = MemoryStaffStore()
    store.add("mw01", {Role.COUNTER}, HASHER.hash(PIN))
    store.add("ont1", {Role.RECEPTION}, HASHER.hash(PIN))
    store.add("new1", {Role.COUNTER})
    store.add("tl01", {Role.SUPERVISOR}, HASHER.hash(PIN))
    store.add("old1", {Role.COUNTER}, HASHER.hash(PIN), active=False)
    return store


@pytest.fixture
def staff(store: MemoryStaffStore, clock: Clock) -> StaffService:
    return StaffService(store.unit_of_work, HASHER, clock)


def test_right_pin_signs_in_with_roles(staff: StaffService, store: MemoryStaffStore) -> None:
    person = staff.sign_in("mw01", PIN, needs=Permission.CALL)
    assert (person.code, person.roles) == ("mw01", frozenset({Role.COUNTER}))
    assert person.id == store.accounts["mw01"].id


@pytest.mark.parametrize(("code", "pin"), [("mw01", "918273"), ("nobody", PIN),
                                           ("old1", PIN)])
def test_wrong_pin_unknown_and_inactive_codes_get_one_message(
        staff: StaffService, code: str, pin: str) -> None:
    with pytest.raises(WrongPin) as refused:
        staff.sign_in(code, pin)
    assert refused.value.message == "Medewerkerscode of pincode klopt niet."


def test_wrong_pins_are_counted_and_the_fifth_locks_until_a_time(
        staff: StaffService, store: MemoryStaffStore, clock: Clock) -> None:
    for count in range(1, 5):
        with pytest.raises(WrongPin):
            staff.sign_in("mw01", "918273")
        assert store.accounts["mw01"].attempts.failures == count
    with pytest.raises(AccountLocked) as locked:
        staff.sign_in("mw01", "918273")
    assert locked.value.message == ("Te vaak een verkeerde pincode. "
                                    "Uw code is geblokkeerd tot 10:05.")
    # Locked: even the right PIN is refused, and attempts while locked are not checked.
    clock.now = NOW + timedelta(minutes=4, seconds=59)
    with pytest.raises(AccountLocked):
        staff.sign_in("mw01", PIN)
    clock.now = NOW + timedelta(minutes=5)
    assert staff.sign_in("mw01", PIN).code == "mw01"
    assert store.accounts["mw01"].attempts.failures == 0


def test_a_success_resets_the_count(staff: StaffService, store: MemoryStaffStore) -> None:
    for _ in range(4):
        with pytest.raises(WrongPin):
            staff.sign_in("mw01", "918273")
    staff.sign_in("mw01", PIN)
    with pytest.raises(WrongPin):  # a fifth failure, but not five in a row: no lockout
        staff.sign_in("mw01", "918273")
    assert store.accounts["mw01"].attempts.failures == 1


def test_first_sign_in_sets_the_pin(staff: StaffService, store: MemoryStaffStore) -> None:
    with pytest.raises(PinNotSet):
        staff.sign_in("new1", "")
    with pytest.raises(PinRefused):
        staff.set_first_pin("new1", "123456", "123456")
    with pytest.raises(PinRefused):
        staff.set_first_pin("new1", "482615", "482651")
    person = staff.set_first_pin("new1", "739105", "739105", needs=Permission.CALL)
    assert person.code == "new1"
    stored = store.accounts["new1"].pin_hash
    assert stored is not None and HASHER.verify("739105", stored)
    with pytest.raises(UserFacingError, match="already has a PIN"):
        staff.set_first_pin("new1", "582915", "582915")  # not a way to change someone's PIN
    assert staff.sign_in("new1", "739105").code == "new1"


def test_a_right_pin_with_the_wrong_role_is_refused(staff: StaffService,
                                                   store: MemoryStaffStore) -> None:
    with pytest.raises(NotPermitted) as refused:
        staff.sign_in("ont1", PIN, needs=Permission.CALL)
    assert refused.value.message == "U mag met uw rol niet op deze werkplek werken."
    assert store.accounts["ont1"].attempts.failures == 0  # not a wrong PIN


def test_an_outdated_hash_is_replaced_at_sign_in(store: MemoryStaffStore, clock: Clock) -> None:
    stronger = PinHasher(ScryptCost(n=2**9, r=8, p=1))
    StaffService(store.unit_of_work, stronger, clock).sign_in("mw01", PIN)
    stored = store.accounts["mw01"].pin_hash
    assert stored is not None and not stronger.outdated(stored)


def test_supervisor_sets_clears_and_unlocks_but_counter_staff_may_not(
        staff: StaffService, store: MemoryStaffStore) -> None:
    supervisor = staff.sign_in("tl01", PIN)
    colleague = staff.sign_in("mw01", PIN)
    for action in (lambda: staff.set_pin(colleague, "ont1", "739105", "739105"),
                   lambda: staff.clear_pin(colleague, "ont1"),
                   lambda: staff.unlock(colleague, "ont1"),
                   lambda: staff.accounts(colleague)):
        with pytest.raises(NotPermitted):
            action()
    for _ in range(5):
        with pytest.raises((WrongPin, AccountLocked)):
            staff.sign_in("ont1", "918273")
    staff.unlock(supervisor, "ont1")
    assert staff.sign_in("ont1", PIN).code == "ont1"
    staff.set_pin(supervisor, "ont1", "739105", "739105")
    assert staff.sign_in("ont1", "739105").code == "ont1"
    staff.clear_pin(supervisor, "ont1")
    with pytest.raises(PinNotSet):
        staff.sign_in("ont1", "739105")
    assert [a.code for a in staff.accounts(supervisor)][:2] == ["mw01", "new1"]


def test_the_command_line_acts_as_site_administrator(staff: StaffService) -> None:
    staff.set_pin(SiteOperator(), "new1", "739105", "739105")
    assert staff.sign_in("new1", "739105").code == "new1"


def _post(staff_code: str | None) -> CounterPost:
    return CounterPost(LOCATION, COUNTERS[1], STAFF[staff_code] if staff_code else None)


def test_pause_and_resume_mark_the_open_session(staff: StaffService, store: MemoryStaffStore,
                                                clock: Clock) -> None:
    store.sessions[COUNTERS[1].id] = None
    staff.pause(_post("mw01"))
    assert store.sessions[COUNTERS[1].id] == NOW
    assert store.announced == [LOCATION.id]
    staff.resume(_post("mw01"))
    assert store.sessions[COUNTERS[1].id] is None


def test_pause_needs_someone_signed_in_at_an_open_counter(staff: StaffService) -> None:
    with pytest.raises(NotSignedIn):
        staff.pause(_post(None))
    with pytest.raises(UserFacingError) as no_session:
        staff.pause(_post("mw01"))
    assert no_session.value.message == "Er is niemand aangemeld aan balie 1."


def test_sign_out_closes_the_counter_session(staff: StaffService,
                                            store: MemoryStaffStore) -> None:
    store.sessions[COUNTERS[1].id] = None
    staff.sign_out(_post("mw01"))
    assert COUNTERS[1].id not in store.sessions
    assert store.announced == [LOCATION.id]


class CountingHasher(PinHasher):
    def __init__(self) -> None:
        super().__init__(HASHER.cost)
        self.verified = 0

    def verify(self, pin: str, stored: str) -> bool:
        self.verified += 1
        return super().verify(pin, stored)


def test_an_unknown_code_costs_a_hash_check_like_a_wrong_pin(store: MemoryStaffStore,
                                                              clock: Clock) -> None:
    hasher = CountingHasher()
    staff = StaffService(store.unit_of_work, hasher, clock)
    for code in ("nobody", "old1", "mw01"):
        with pytest.raises(WrongPin):
            staff.sign_in(code, "918273")
    assert hasher.verified == 3
