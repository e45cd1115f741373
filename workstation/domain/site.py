"""Site facts as the queue rules and screens see them (read from the site database)."""

from __future__ import annotations

from dataclasses import dataclass, field

from workstation.domain.staff import Role


@dataclass(frozen=True, slots=True)
class MunicipalityInfo:
    code: str
    name: str
    rsin: str
    primary_colour: str
    accent_colour: str
    logo_resource: str | None


@dataclass(frozen=True, slots=True)
class LocationInfo:
    id: int
    code: str
    name: str
    municipality: MunicipalityInfo
    ticker_text: str = ""
    no_show_after_calls: int = 3
    checkin_late_minutes: int = 15
    ticker_text_en: str = ""  # empty: the English display shows the Dutch ticker

    def ticker(self, language: str) -> str:
        """The hall display's ticker line in ``language`` ("nl" or "en")."""
        return self.ticker_text_en if language == "en" and self.ticker_text_en else self.ticker_text


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    id: int
    location_id: int
    letter: str
    name_nl: str
    name_en: str
    norm_minutes: int
    is_appointment: bool

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nl


@dataclass(frozen=True, slots=True)
class CounterInfo:
    id: int
    location_id: int
    number: int
    service_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class StaffInfo:
    id: int
    code: str
    display_name: str
    roles: frozenset[Role] = field(default=frozenset())
