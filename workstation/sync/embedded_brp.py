"""PersonDirectory without a gateway: the RvIG test persons, for the demo and small setups.

Answers exactly what the gateway would (same ``fields``, same mapping to Person), with
``test_data=True`` on every person so every screen marks them as test data.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from workstation.domain.person import (
    ByBsn,
    ByNameAndBirthDate,
    ByPostcodeAndNumber,
    LookupPurpose,
    Person,
    PersonQuery,
)
from workstation.domain.registry_errors import RegistryRejected
from workstation.sync.brp_mapping import FIELDS_BY_BSN, FIELDS_SEARCH, person_from_api
from workstation.sync.brp_testdata import mock_records, select_fields, to_persoon


def matches(record: Mapping[str, Any], query: PersonQuery) -> bool:
    """The gateway's matching rules for the three query types Loket uses (shared with the
    reference server): surnames case-insensitive with a trailing ``*`` wildcard, postcodes
    without their space; searches include deceased persons only when asked."""
    match query:
        case ByBsn(bsn=bsn):
            return bool(record["burgerservicenummer"] == bsn)
        case ByNameAndBirthDate():
            naam = record.get("naam", {})
            return (_surname_matches(naam.get("geslachtsnaam", ""), query.surname)
                    and record.get("geboorte", {}).get("datum") == f"{query.birth_date:%Y%m%d}"
                    and (not query.voorvoegsel
                         or naam.get("voorvoegsel", "").casefold()
                         == query.voorvoegsel.casefold()))
        case ByPostcodeAndNumber():
            place = record.get("verblijfplaats", {})
            return (place.get("postcode", "").casefold()
                    == query.postcode.replace(" ", "").casefold()
                    and str(place.get("huisnummer", "")) == str(query.huisnummer)
                    and (not query.huisletter or place.get("huisletter", "").casefold()
                         == query.huisletter.casefold())
                    and (not query.toevoeging or place.get("huisnummertoevoeging", "")
                         .casefold() == query.toevoeging.casefold()))


def _surname_matches(surname: str, wanted: str) -> bool:
    if wanted.endswith("*"):
        return surname.casefold().startswith(wanted[:-1].casefold())
    return surname.casefold() == wanted.casefold()


class EmbeddedPersonDirectory:
    """The RvIG test set as a person directory (no I/O beyond reading the vendored file)."""

    def find(self, query: PersonQuery, purpose: LookupPurpose) -> tuple[Person, ...]:
        if (isinstance(query, ByNameAndBirthDate) and query.surname.endswith("*")
                and len(query.surname.rstrip("*")) < 3):
            raise RegistryRejected(  # what the gateway answers (400): the same for the demo
                "Het personenregister (BRP) weigert deze vraag.",
                "Controleer wat u hebt ingevuld; blijft het zo, bel dan IT.",
                detail="wildcard after fewer than 3 letters")
        fields = FIELDS_BY_BSN if isinstance(query, ByBsn) else FIELDS_SEARCH
        return tuple(person_from_api(select_fields(to_persoon(record), fields), test_data=True)
                     for record in self._matching(query))

    @staticmethod
    def _matching(query: PersonQuery) -> Iterator[Mapping[str, Any]]:
        for record in mock_records():
            if matches(record, query):
                yield record
