"""The visitor's mark (KTO, klanttevredenheidsonderzoek): 1-10, optionally per aspect.

Anonymous by construction: a mark knows where it was given (municipality, location, and at a
counter the counter and the visit's service) and when, never who gave it
(docs/decisions/0030-supervisor-view-and-kto.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from workstation.domain.errors import UserFacingError

LOWEST_MARK = 1
HIGHEST_MARK = 10


class Aspect(StrEnum):
    """The aspects the Benchmark Publiekszaken asks about, in the order a screen shows them."""

    WACHTTIJD = "wachttijd"
    VRIENDELIJKHEID = "vriendelijkheid"
    DESKUNDIGHEID = "deskundigheid"
    DUIDELIJKHEID = "duidelijkheid"


class MarkRefused(UserFacingError):
    pass


@dataclass(frozen=True, slots=True)
class MarkPlace:
    """Where a mark is given: a counter's customer screen (counter and the visit's service
    known) or a feedback kiosk (neither)."""

    municipality_code: str
    location_code: str
    kanaal: str = "balie"
    service_letter: str | None = None
    counter_number: int | None = None


@dataclass(frozen=True, slots=True)
class KtoMark:
    mark_id: str
    place: MarkPlace
    given_at: datetime
    mark: int
    aspects: Mapping[Aspect, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_mark(self.mark)
        for value in self.aspects.values():
            check_mark(value)


def check_mark(value: int) -> None:
    """A mark is a whole number from 1 to 10 (a screen offers nothing else; this guards the
    table's check constraint with a plain message)."""
    if isinstance(value, bool) or not isinstance(value, int) or not (
            LOWEST_MARK <= value <= HIGHEST_MARK):
        raise MarkRefused("Een rapportcijfer is een heel getal van 1 tot en met 10.",
                          "Kies een cijfer van 1 tot en met 10.",
                          detail=f"mark {value!r} out of range")
