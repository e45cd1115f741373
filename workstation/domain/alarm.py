"""The alarm of a counter (aggression): who raised it, who is coming, who may close it.

An alarm stays open until the person who raised it, a colleague at the same counter, or a
supervisor (team lead) closes it; a colleague pressing "Ik kom" only says who is coming.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SUPERVISOR_ROLE = "supervisor"
# Without any response an alarm alerts the other workstations again after this long.
REALERT_SECONDS = 60


@dataclass(frozen=True, slots=True)
class AlarmResponder:
    """A colleague on the way: a name and a counter for the one who raised the alarm."""

    name: str
    counter_number: int | None
    responded_at: datetime


@dataclass(frozen=True, slots=True)
class AlarmFacts:
    """What closing or answering an alarm needs to know about it."""

    counter_id: int
    raised_by_id: int | None
    closed: bool


@dataclass(frozen=True, slots=True)
class OpenAlarm:
    alarm_id: int
    counter_id: int
    counter_number: int
    raised_at: datetime
    raised_by_id: int | None
    raised_by: str
    responders: tuple[AlarmResponder, ...] = ()

    def has_response(self) -> bool:
        return bool(self.responders)


def may_close(alarm_counter_id: int, raised_by_id: int | None, closer_counter_id: int | None,
              closer_staff_id: int | None, closer_roles: frozenset[str]) -> bool:
    """The raiser, whoever sits at the raising counter, or a supervisor may close an alarm."""
    if SUPERVISOR_ROLE in closer_roles:
        return True
    if closer_staff_id is not None and closer_staff_id == raised_by_id:
        return True
    return closer_counter_id is not None and closer_counter_id == alarm_counter_id


def parse_roles(text: str) -> frozenset[str]:
    """``staff_member.roles`` is a comma-separated list."""
    return frozenset(part.strip().lower() for part in text.split(",") if part.strip())
