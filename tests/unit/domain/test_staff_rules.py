"""Roles and permissions, the PIN policy and the lockout rule (pure; a clock passed in)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workstation.domain.site import StaffInfo
from workstation.domain.staff import (
    LOCKOUT,
    MAX_FAILURES,
    NotPermitted,
    NotSignedIn,
    Permission,
    PinAttempts,
    PinRefused,
    Role,
    check_new_pin,
    is_trivial_pin,
    parse_roles,
    permitted,
    require,
    roles_text,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_roles_round_trip_through_the_column_text() -> None:
    roles = parse_roles(" Counter, supervisor ,")
    assert roles == {Role.COUNTER, Role.SUPERVISOR}
    assert roles_text(roles) == "counter,supervisor"
    assert parse_roles("") == frozenset()
    with pytest.raises(ValueError, match="cook"):
        parse_roles("counter,cook")


@pytest.mark.parametrize(("roles", "allowed", "refused"), [
    ({Role.RECEPTION}, {Permission.ISSUE_TICKET, Permission.CHECK_IN, Permission.LEAVE_KIOSK,
                        Permission.RECORD_CONTACTS},
     {Permission.CALL, Permission.SERVE, Permission.CLOSE_DAY, Permission.MANAGE_STAFF,
      Permission.SEARCH_PERSONS, Permission.VIEW_CONTACTS}),
    ({Role.COUNTER}, {Permission.ISSUE_TICKET, Permission.CALL, Permission.SERVE,
                      Permission.TRANSFER},
     {Permission.LEAVE_KIOSK, Permission.CLOSE_DAY, Permission.REQUEUE_STALE,
      Permission.MANAGE_STAFF, Permission.IMPORT_SITE}),
    ({Role.PHONE}, {Permission.SEARCH_PERSONS, Permission.RECORD_CONTACTS,
                    Permission.VIEW_CONTACTS},
     set(Permission) - {Permission.SEARCH_PERSONS, Permission.RECORD_CONTACTS,
                        Permission.VIEW_CONTACTS}),
    ({Role.SUPERVISOR}, {Permission.CALL, Permission.CLOSE_DAY, Permission.REQUEUE_STALE,
                         Permission.MANAGE_STAFF, Permission.LEAVE_KIOSK,
                         Permission.VIEW_CONTACTS, Permission.RECORD_CONTACTS},
     {Permission.IMPORT_SITE, Permission.SEARCH_PERSONS}),
    ({Role.ADMIN}, {Permission.IMPORT_SITE, Permission.MANAGE_STAFF, Permission.CLOSE_DAY},
     {Permission.CALL, Permission.SERVE, Permission.SEARCH_PERSONS,
      Permission.RECORD_CONTACTS, Permission.VIEW_CONTACTS}),
])
def test_each_role_grants_its_use_cases_and_no_others(
        roles: set[Role], allowed: set[Permission], refused: set[Permission]) -> None:
    for permission in allowed:
        assert permitted(frozenset(roles), permission), permission
    for permission in refused:
        assert not permitted(frozenset(roles), permission), permission


def test_roles_add_up() -> None:
    both = frozenset({Role.RECEPTION, Role.ADMIN})
    assert permitted(both, Permission.CHECK_IN) and permitted(both, Permission.IMPORT_SITE)
    assert not permitted(both, Permission.CALL)


def test_require_refuses_nobody_and_the_wrong_role_in_plain_dutch() -> None:
    with pytest.raises(NotSignedIn) as nobody:
        require(None, Permission.CALL)
    assert nobody.value.message == "Er is niemand aangemeld op deze werkplek."
    receptionist = StaffInfo(1, "ont1", "Ruud", frozenset({Role.RECEPTION}))
    with pytest.raises(NotPermitted) as refused:
        require(receptionist, Permission.CALL)
    assert refused.value.message == "U mag dit niet met uw rol."
    assert "ont1" in refused.value.detail and "call" in refused.value.detail
    require(receptionist, Permission.ISSUE_TICKET)


@pytest.mark.parametrize("pin", ["000000", "111111", "121212", "123456", "654321", "890123",
                                 "246802", "123123", "12341234", "112211"])
def test_trivial_pins_are_recognised(pin: str) -> None:
    assert is_trivial_pin(pin)


@pytest.mark.parametrize("pin", ["482615", "135790", "975310", "27182818", "9051733"])
def test_ordinary_pins_are_not_trivial(pin: str) -> None:
    assert not is_trivial_pin(pin)
    check_new_pin(pin, pin)


@pytest.mark.parametrize(("pin", "repeated", "message"), [
    ("482615", "482616", "niet gelijk"),
    ("48261a", "48261a", "alleen uit cijfers"),
    ("４８２６１５", "４８２６１５", "alleen uit cijfers"),  # full-width: isdigit() says yes
    ("48261", "48261", "6 tot 8 cijfers"),
    ("482615937", "482615937", "6 tot 8 cijfers"),
    ("123456", "123456", "te makkelijk"),
])
def test_new_pins_are_refused_with_a_reason(pin: str, repeated: str, message: str) -> None:
    with pytest.raises(PinRefused) as refused:
        check_new_pin(pin, repeated)
    assert message in refused.value.message


def test_five_failures_in_a_row_lock_for_five_minutes() -> None:
    attempts = PinAttempts()
    for _ in range(MAX_FAILURES - 1):
        attempts = attempts.after_failure(NOW)
        assert not attempts.locked(NOW)
    assert attempts.failures == 4
    attempts = attempts.after_failure(NOW)
    assert attempts.locked(NOW)
    assert attempts.locked(NOW + LOCKOUT - timedelta(seconds=1))
    assert not attempts.locked(NOW + LOCKOUT)
    assert timedelta(minutes=5) == LOCKOUT


def test_after_a_lockout_the_count_starts_afresh() -> None:
    attempts = PinAttempts()
    for _ in range(MAX_FAILURES):
        attempts = attempts.after_failure(NOW)
    later = NOW + LOCKOUT
    attempts = attempts.after_failure(later)
    assert attempts.failures == 1 and not attempts.locked(later)


def test_a_success_clears_the_failures() -> None:
    attempts = PinAttempts().after_failure(NOW).after_failure(NOW)
    assert attempts.failures == 2
    assert PinAttempts.after_success() == PinAttempts(0, None)
