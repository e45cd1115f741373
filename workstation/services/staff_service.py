"""Staff sign-in: code and PIN, first PIN, lockout, PIN management, pause and sign-out.

Sign-in checks the PIN against a slow salted hash (``pin_hash``); five wrong PINs in a row lock
the account for five minutes in the site database, so the lockout holds on every workstation.
A person without a PIN sets one at their first sign-in; a supervisor or admin can set or clear
another person's PIN and lift a lockout (docs/decisions/0015-staff-sign-in.md).
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime

from workstation.domain.errors import NotFound, UserFacingError
from workstation.domain.queue import SITE_TIMEZONE, utc_now
from workstation.domain.site import StaffInfo
from workstation.domain.staff import (
    LOCKOUT,
    HasRoles,
    NotPermitted,
    Permission,
    PinAttempts,
    Role,
    StaffAccount,
    check_new_pin,
    permitted,
    require,
)
from workstation.services.pin_hash import PinHasher
from workstation.services.ports import Clock
from workstation.services.queue_service import CounterPost
from workstation.services.staff_ports import StaffUnitOfWork, StaffUnitOfWorkFactory

log = logging.getLogger("loket.staff")

DEMO_PIN = "482615"
"""The PIN of every demo colleague (``--demo``; README). Never given outside demo mode."""


class WrongPin(UserFacingError):
    pass


class AccountLocked(UserFacingError):
    pass


class PinNotSet(UserFacingError):
    """The person has no PIN yet: the sign-in screen asks for a new one, twice."""


@dataclass(frozen=True, slots=True)
class SiteOperator:
    """Whoever runs the command line: they hold the site database's credentials, so they are
    its administrator already; named so that the log says who changed a PIN."""

    code: str = "command line"
    roles: frozenset[Role] = field(default=frozenset({Role.ADMIN}))


def _wrong_pin(detail: str) -> WrongPin:
    # One message for an unknown code, an inactive one and a wrong PIN: the screen must not
    # tell a guesser which staff codes exist.
    return WrongPin("Medewerkerscode of pincode klopt niet.",
                    "Probeer het opnieuw. Na 5 verkeerde pincodes gaat uw code 5 minuten "
                    "op slot.", detail=detail)


class StaffService:
    def __init__(self, unit_of_work: StaffUnitOfWorkFactory, hasher: PinHasher | None = None,
                 clock: Clock = utc_now) -> None:
        self._uow = unit_of_work
        self._hasher = hasher or PinHasher()
        self._clock = clock
        self._decoy: str | None = None

    def _decoy_hash(self) -> str:
        if self._decoy is None:
            self._decoy = self._hasher.hash(secrets.token_hex(8))
        return self._decoy

    # -- signing in ------------------------------------------------------------------------

    def sign_in(self, code: str, pin: str, *, needs: Permission | None = None) -> StaffInfo:
        """The person with this code and PIN; ``needs`` is what the workstation is for.

        Raises WrongPin, AccountLocked (with the time it opens again), PinNotSet (first
        sign-in: call :meth:`set_first_pin`) or NotPermitted (right PIN, wrong role).
        """
        with self._uow() as uow:
            try:
                account = self._account(uow, code)
            except WrongPin:
                # As slow as a wrong PIN, so timing does not tell which codes exist either.
                self._hasher.verify(pin, self._decoy_hash())
                raise
            now = self._clock()
            self._refuse_locked(account, now)
            if account.pin_hash is None:
                raise PinNotSet("U heeft nog geen pincode.",
                                "Kies een nieuwe pincode en typ die twee keer.",
                                detail=f"staff {account.code} has no PIN yet")
            if not self._hasher.verify(pin, account.pin_hash):
                attempts = account.attempts.after_failure(now)
                uow.save_attempts(account.id, attempts)
                uow.commit()
                if attempts.locked(now):
                    log.warning("wrong PIN for staff %s: locked for %s", account.code, LOCKOUT)
                    raise self._locked(attempts, account.code)
                log.warning("wrong PIN for staff %s (%d in a row)", account.code,
                            attempts.failures)
                raise _wrong_pin(f"wrong PIN for staff {account.code}")
            uow.save_attempts(account.id, PinAttempts.after_success())
            if self._hasher.outdated(account.pin_hash):
                uow.save_pin_hash(account.id, self._hasher.hash(pin))
            uow.commit()
        return self._signed_in(account, needs)

    def set_first_pin(self, code: str, new_pin: str, repeated: str, *,
                      needs: Permission | None = None) -> StaffInfo:
        """First sign-in: set the PIN of a person who has none, and sign them in."""
        check_new_pin(new_pin, repeated)
        with self._uow() as uow:
            account = self._account(uow, code)
            self._refuse_locked(account, self._clock())
            if account.pin_hash is not None:
                raise UserFacingError("U heeft al een pincode.",
                                      "Meld u aan met uw pincode.",
                                      detail=f"staff {account.code} already has a PIN")
            uow.save_pin_hash(account.id, self._hasher.hash(new_pin))
            uow.save_attempts(account.id, PinAttempts.after_success())
            uow.commit()
        log.info("staff %s set their first PIN", account.code)
        return self._signed_in(account, needs)

    def _signed_in(self, account: StaffAccount, needs: Permission | None) -> StaffInfo:
        if needs is not None and not permitted(account.roles, needs):
            raise NotPermitted(
                "U mag met uw rol niet op deze werkplek werken.",
                "Meld u aan op een werkplek voor uw rol, of vraag de beheerder.",
                detail=f"staff {account.code} lacks {needs} for this workstation",
            )
        log.info("staff %s signed in", account.code)
        return StaffInfo(account.id, account.code, account.display_name, account.roles)

    def _account(self, uow: StaffUnitOfWork, code: str) -> StaffAccount:
        try:
            account = uow.account_for_update(code)
        except NotFound:
            raise _wrong_pin("unknown staff code") from None
        if not account.active:
            raise _wrong_pin(f"staff {account.code} is not active")
        return account

    def _refuse_locked(self, account: StaffAccount, now: datetime) -> None:
        if account.attempts.locked(now):
            log.warning("sign-in refused: staff %s is locked", account.code)
            raise self._locked(account.attempts, account.code)

    def _locked(self, attempts: PinAttempts, code: str) -> AccountLocked:
        assert attempts.locked_until is not None
        until = attempts.locked_until.astimezone(SITE_TIMEZONE).strftime("%H:%M")
        return AccountLocked(
            "Te vaak een verkeerde pincode. Uw code is geblokkeerd tot {until}.",
            "Probeer het daarna opnieuw, of vraag een teamleider de blokkade op te heffen.",
            detail=f"staff {code} locked until {attempts.locked_until.isoformat()}",
            until=until,
        )

    # -- managing staff --------------------------------------------------------------------

    def set_pin(self, by: HasRoles, code: str, new_pin: str, repeated: str) -> None:
        """A supervisor or admin sets another person's PIN (and lifts their lockout)."""
        require(by, Permission.MANAGE_STAFF)
        check_new_pin(new_pin, repeated)
        with self._uow() as uow:
            account = uow.account_for_update(code)
            uow.save_pin_hash(account.id, self._hasher.hash(new_pin))
            uow.save_attempts(account.id, PinAttempts.after_success())
            uow.commit()
        log.info("PIN of staff %s set by %s", account.code, by.code)

    def clear_pin(self, by: HasRoles, code: str) -> None:
        """Forget a person's PIN: they choose a new one at their next sign-in."""
        require(by, Permission.MANAGE_STAFF)
        with self._uow() as uow:
            account = uow.account_for_update(code)
            uow.save_pin_hash(account.id, None)
            uow.save_attempts(account.id, PinAttempts.after_success())
            uow.commit()
        log.info("PIN of staff %s cleared by %s", account.code, by.code)

    def unlock(self, by: HasRoles, code: str) -> None:
        require(by, Permission.MANAGE_STAFF)
        with self._uow() as uow:
            account = uow.account_for_update(code)
            uow.save_attempts(account.id, PinAttempts.after_success())
            uow.commit()
        log.info("staff %s unlocked by %s", account.code, by.code)

    def accounts(self, by: HasRoles) -> tuple[StaffAccount, ...]:
        require(by, Permission.MANAGE_STAFF)
        with self._uow() as uow:
            return uow.accounts()

    # -- at the counter --------------------------------------------------------------------

    def pause(self, post: CounterPost) -> None:
        """"Pauze": no calls to this counter, and it does not count for expected waits."""
        self._set_paused(post, self._clock())
        log.info("counter %d paused", post.counter.number)

    def resume(self, post: CounterPost) -> None:
        self._set_paused(post, None)
        log.info("counter %d resumed", post.counter.number)

    def _set_paused(self, post: CounterPost, since: datetime | None) -> None:
        require(post.staff, Permission.CALL)
        with self._uow() as uow:
            if not uow.set_paused(post.counter.id, since):
                raise UserFacingError(
                    "Er is niemand aangemeld aan balie {number}.",
                    "Meld u opnieuw aan.",
                    detail=f"counter {post.counter.id} has no open session",
                    number=post.counter.number,
                )
            uow.announce_change(post.location.id)
            uow.commit()

    def sign_out(self, post: CounterPost) -> None:
        """Close the counter session: the counter no longer counts for expected waits."""
        with self._uow() as uow:
            uow.close_counter_session(post.counter.id, self._clock())
            uow.announce_change(post.location.id)
            uow.commit()
        who = post.staff.code if post.staff is not None else "nobody"
        log.info("staff %s signed out of counter %d", who, post.counter.number)
