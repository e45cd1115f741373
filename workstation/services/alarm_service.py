"""The counter alarm: raise, respond ("Ik kom"), close, and the open alarms with responders.

Alarm writes never wait behind other database work: the store behind ``AlarmUnitOfWork``
uses a connection of its own (not the queue's pool or the SQLite writers' queue) with short
timeouts, and the screens run these calls on a worker thread of their own
(docs/decisions/0016-alarm-delivery.md). A failure is a ``StoreUnavailable``: the screen then
says plainly that the alarm was NOT delivered and which number to call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from workstation.domain.alarm import AlarmFacts, OpenAlarm, may_close
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import utc_now
from workstation.domain.site import CounterInfo, LocationInfo, StaffInfo
from workstation.services.ports import Clock

log = logging.getLogger("loket.queue")


class AlarmUnitOfWork(Protocol):
    """One short transaction on the alarm's own connection; rolled back unless committed."""

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...

    def commit(self) -> None: ...

    def add_alarm(self, location_id: int, counter_id: int, staff_id: int | None,
                  now: datetime) -> int: ...

    def alarm(self, alarm_id: int) -> AlarmFacts:
        """The alarm's facts; ``NotFound`` when it does not exist."""
        ...

    def add_response(self, alarm_id: int, staff_id: int | None, counter_id: int | None,
                     now: datetime) -> None: ...

    def staff_roles(self, staff_id: int) -> frozenset[str]: ...

    def close_alarm(self, alarm_id: int, staff_id: int | None, now: datetime) -> None: ...

    def announce_change(self, location_id: int) -> None: ...


class AlarmReader(Protocol):
    def open_alarms(self, location_id: int) -> tuple[OpenAlarm, ...]: ...


class AlarmService:
    def __init__(self, unit_of_work: Callable[[], AlarmUnitOfWork], reader: AlarmReader,
                 clock: Clock = utc_now) -> None:
        self._uow = unit_of_work
        self._reader = reader
        self._clock = clock

    def raise_alarm(self, location: LocationInfo, counter: CounterInfo,
                    staff: StaffInfo | None) -> int:
        with self._uow() as uow:
            alarm_id = uow.add_alarm(location.id, counter.id, _id(staff), self._clock())
            uow.announce_change(location.id)
            uow.commit()
        log.warning("ALARM raised at counter %d (alarm %d)", counter.number, alarm_id)
        return alarm_id

    def respond(self, location: LocationInfo, alarm_id: int, staff: StaffInfo | None,
                counter: CounterInfo | None) -> None:
        """Say "Ik kom": the one who raised the alarm sees the name and counter."""
        with self._uow() as uow:
            if uow.alarm(alarm_id).closed:
                raise _closed_already()
            uow.add_response(alarm_id, _id(staff), counter.id if counter else None,
                             self._clock())
            uow.announce_change(location.id)
            uow.commit()
        log.warning("alarm %d: a colleague is coming (%s)", alarm_id,
                    f"counter {counter.number}" if counter else "reception")

    def close(self, location: LocationInfo, alarm_id: int, staff: StaffInfo | None,
              counter: CounterInfo | None) -> None:
        """Close an alarm: only its raiser, the raising counter or a supervisor may."""
        with self._uow() as uow:
            facts = uow.alarm(alarm_id)
            if facts.closed:
                return
            roles = uow.staff_roles(staff.id) if staff is not None else frozenset()
            if not may_close(facts.counter_id, facts.raised_by_id,
                             counter.id if counter else None, _id(staff), roles):
                raise UserFacingError(
                    "Alleen wie het alarm gaf of een teamleider kan het alarm sluiten.",
                    "Ga erheen en laat uw collega het alarm sluiten als alles veilig is.",
                    detail=f"alarm {alarm_id}: close refused for staff {_id(staff)}",
                )
            uow.close_alarm(alarm_id, _id(staff), self._clock())
            uow.announce_change(location.id)
            uow.commit()
        log.warning("alarm %d closed at %s", alarm_id, location.code)

    def open_alarms(self, location_id: int) -> tuple[OpenAlarm, ...]:
        return self._reader.open_alarms(location_id)


def _closed_already() -> UserFacingError:
    return UserFacingError(
        "Dit alarm is al gesloten.", "Er is geen hulp meer nodig.", detail="alarm closed",
    )


def _id(staff: StaffInfo | None) -> int | None:
    return staff.id if staff is not None else None
