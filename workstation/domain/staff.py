"""Staff: roles and what each may do, the PIN policy and the lockout rule (pure, with a clock).

A role says what a person may do in the services, not only which buttons a screen shows: every
use case that needs a person names its :class:`Permission`, and :func:`require` refuses anyone
whose roles do not grant it (docs/decisions/0015-staff-sign-in.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Protocol

from workstation.domain.errors import UserFacingError


class Role(StrEnum):
    RECEPTION = "reception"
    COUNTER = "counter"
    PHONE = "phone"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(StrEnum):
    ISSUE_TICKET = "issue_ticket"
    CHECK_IN = "check_in"
    CALL = "call"  # work at a counter: sign in there, call the next visitor or a chosen one
    SERVE = "serve"  # recall, no-show, start, finish
    TRANSFER = "transfer"
    LEAVE_KIOSK = "leave_kiosk"
    CLOSE_DAY = "close_day"
    REQUEUE_STALE = "requeue_stale"
    MANAGE_STAFF = "manage_staff"  # set or reset another person's PIN, lift a lockout
    IMPORT_SITE = "import_site"
    # The KCC desk (docs/decisions/0023-desk-services.md):
    SEARCH_PERSONS = "search_persons"  # ask the BRP who a visitor or caller is, see their data
    RECORD_CONTACTS = "record_contacts"  # save a desk contact (a person's, or anonymous)
    VIEW_CONTACTS = "view_contacts"  # contact history and the team's callbacks, mark one done
    SUPERVISE = "supervise"  # the supervisor's live view: counters' services, the ticker


_COUNTER_WORK = frozenset({Permission.ISSUE_TICKET, Permission.CHECK_IN, Permission.CALL,
                           Permission.SERVE, Permission.TRANSFER})
_DESK_WORK = frozenset({Permission.SEARCH_PERSONS, Permission.RECORD_CONTACTS,
                        Permission.VIEW_CONTACTS})
GRANTS: dict[Role, frozenset[Permission]] = {
    # Reception may record an anonymous question it answered, never search the BRP.
    Role.RECEPTION: frozenset({Permission.ISSUE_TICKET, Permission.CHECK_IN,
                               Permission.LEAVE_KIOSK, Permission.RECORD_CONTACTS}),
    Role.COUNTER: _COUNTER_WORK | _DESK_WORK,
    # Phone agents register contacts; nothing in the queue is theirs to change.
    Role.PHONE: _DESK_WORK,
    # The supervisor sees contacts and callbacks, not BRP data (unless also counter/phone).
    Role.SUPERVISOR: _COUNTER_WORK | {Permission.LEAVE_KIOSK, Permission.CLOSE_DAY,
                                      Permission.REQUEUE_STALE, Permission.MANAGE_STAFF,
                                      Permission.RECORD_CONTACTS, Permission.VIEW_CONTACTS,
                                      Permission.SUPERVISE},
    Role.ADMIN: frozenset({Permission.LEAVE_KIOSK, Permission.MANAGE_STAFF,
                           Permission.IMPORT_SITE, Permission.CLOSE_DAY,
                           Permission.REQUEUE_STALE}),
}


def parse_roles(text: str) -> frozenset[Role]:
    """The roles of a comma-separated column value; ``ValueError`` names an unknown one."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    try:
        return frozenset(Role(name) for name in names)
    except ValueError as exc:
        raise ValueError(f"unknown staff role in {text!r}; known: "
                         f"{', '.join(r.value for r in Role)}") from exc


def roles_text(roles: frozenset[Role]) -> str:
    """The column value of a set of roles, in a stable order."""
    return ",".join(role.value for role in Role if role in roles)


def permitted(roles: frozenset[Role], permission: Permission) -> bool:
    return any(permission in GRANTS[role] for role in roles)


class NotSignedIn(UserFacingError):
    pass


class NotPermitted(UserFacingError):
    pass


class HasRoles(Protocol):
    """A signed-in person as far as permissions go (``StaffInfo``)."""

    @property
    def code(self) -> str: ...

    @property
    def roles(self) -> frozenset[Role]: ...


def require(person: HasRoles | None, permission: Permission) -> None:
    """Refuse a use case to nobody, or to someone whose roles do not grant it."""
    if person is None:
        raise NotSignedIn(
            "Er is niemand aangemeld op deze werkplek.",
            "Meld u aan met uw medewerkerscode en pincode.",
            detail=f"{permission} without a signed-in person",
        )
    if not permitted(person.roles, permission):
        raise NotPermitted(
            "U mag dit niet met uw rol.",
            "Vraag een teamleider of de beheerder.",
            detail=f"staff {person.code} ({roles_text(person.roles)}) lacks {permission}",
        )


# -- PIN policy -----------------------------------------------------------------------------

PIN_MIN_LENGTH = 6
PIN_MAX_LENGTH = 8
_MIN_DISTINCT_DIGITS = 3


class PinRefused(UserFacingError):
    pass


def check_new_pin(pin: str, repeated: str) -> None:
    """A new PIN: 6 to 8 digits, typed the same twice, and not one anyone would guess.

    Six digits because the lockout allows five guesses per five minutes: a four-digit PIN
    would fall to a patient guesser at an unattended workstation within a weekend.
    """
    if pin != repeated:
        raise PinRefused("De twee pincodes zijn niet gelijk.",
                         "Typ dezelfde nieuwe pincode twee keer.", detail="PINs differ")
    if not pin.isdigit() or not pin.isascii():
        raise PinRefused("Een pincode bestaat alleen uit cijfers.",
                         "Kies een pincode van {low} tot {high} cijfers.",
                         detail="PIN has non-digits", low=PIN_MIN_LENGTH, high=PIN_MAX_LENGTH)
    if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise PinRefused("Een pincode heeft {low} tot {high} cijfers.",
                         "Kies een pincode van {low} tot {high} cijfers.",
                         detail=f"PIN length {len(pin)}", low=PIN_MIN_LENGTH,
                         high=PIN_MAX_LENGTH)
    if is_trivial_pin(pin):
        raise PinRefused("Deze pincode is te makkelijk te raden.",
                         "Kies cijfers zonder vaste reeks of herhaling.",
                         detail="trivial PIN")


def is_trivial_pin(pin: str) -> bool:
    """Too few distinct digits (000000, 121212), one fixed step between all digits, also
    round the dial (123456, 654321, 890123, 246802), or a repeated block (123123)."""
    if len(set(pin)) < _MIN_DISTINCT_DIGITS:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    if len(steps) == 1:
        return True
    return any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
               for size in range(1, len(pin) // 2 + 1))


# -- lockout --------------------------------------------------------------------------------

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class PinAttempts:
    """Failed PIN attempts since the last success or lockout, and the lockout, if any."""

    failures: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime) -> PinAttempts:
        """The fifth failure in a row locks for five minutes and starts the count afresh."""
        failures = self.failures + 1
        if failures >= MAX_FAILURES:
            return PinAttempts(0, now + LOCKOUT)
        return PinAttempts(failures, None if not self.locked(now) else self.locked_until)

    @staticmethod
    def after_success() -> PinAttempts:
        return PinAttempts()


@dataclass(frozen=True, slots=True)
class StaffAccount:
    """A staff member as sign-in sees them: roles, PIN hash (None until set) and attempts."""

    id: int
    code: str
    display_name: str
    roles: frozenset[Role]
    pin_hash: str | None
    attempts: PinAttempts
    active: bool
