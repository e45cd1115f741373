"""The BRP's Haal Centraal Personen API as the domain sees it: the fields Loket asks for, the
request body of a query and the person in an answer. Shared by the gateway client and the
embedded directory of RvIG test persons, which must not load httpx (DESIGN.md §2)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from workstation.domain.person import (
    ByBsn,
    ByNameAndBirthDate,
    ByPostcodeAndNumber,
    Person,
    PersonName,
    PersonQuery,
    PersonWarnings,
)

# RaadpleegMetBurgerservicenummer answers a full Persoon.
FIELDS_BY_BSN = (
    "burgerservicenummer", "naam.voornamen", "naam.voorvoegsel", "naam.geslachtsnaam",
    "naam.adellijkeTitelPredicaat", "naam.volledigeNaam", "geslacht", "geboorte.datum",
    "geboorte.plaats", "geboorte.land", "adressering.adresregel1", "adressering.adresregel2",
    "adressering.adresregel3", "adressering.land", "gemeenteVanInschrijving",
    "overlijden.datum",
)
# The Zoek* queries answer a PersoonBeperkt: fewer fields are allowed.
FIELDS_SEARCH = (
    "burgerservicenummer", "naam.voornamen", "naam.voorvoegsel", "naam.geslachtsnaam",
    "naam.adellijkeTitelPredicaat", "naam.volledigeNaam", "geslacht", "geboorte.datum",
    "adressering.adresregel1", "adressering.adresregel2", "adressering.adresregel3",
    "adressering.land",
)


def request_body(query: PersonQuery, own_municipality: str = "") -> dict[str, Any]:
    """The JSON body of ``POST /personen`` for one query (``gemeenteVanInschrijving`` when
    the municipality may only see its own inhabitants)."""
    body = _query_body(query)
    if own_municipality:
        body["gemeenteVanInschrijving"] = own_municipality
    return body


def _query_body(query: PersonQuery) -> dict[str, Any]:
    match query:
        case ByBsn(bsn=bsn):
            return {"type": query.type.value, "fields": list(FIELDS_BY_BSN),
                    "burgerservicenummer": [bsn]}
        case ByNameAndBirthDate():
            body: dict[str, Any] = {
                "type": query.type.value, "fields": list(FIELDS_SEARCH),
                "geslachtsnaam": query.surname, "geboortedatum": query.birth_date.isoformat(),
                "inclusiefOverledenPersonen": True,
            }
            if query.voorvoegsel:
                body["voorvoegsel"] = query.voorvoegsel
            return body
        case ByPostcodeAndNumber():
            body = {"type": query.type.value, "fields": list(FIELDS_SEARCH),
                    "postcode": query.postcode, "huisnummer": query.huisnummer,
                    "inclusiefOverledenPersonen": True}
            if query.huisletter:
                body["huisletter"] = query.huisletter
            if query.toevoeging:
                body["huisnummertoevoeging"] = query.toevoeging
            return body


def person_from_api(persoon: Mapping[str, Any], *, test_data: bool = False) -> Person:
    """A ``Persoon`` / ``PersoonBeperkt`` as the domain's Person (warnings included)."""
    naam = persoon.get("naam", {})
    geboorte = persoon.get("geboorte", {})
    adressering = persoon.get("adressering", {})
    lines = tuple(adressering[key] for key in ("adresregel1", "adresregel2", "adresregel3")
                  if adressering.get(key))
    if adressering.get("land", {}).get("omschrijving"):
        lines += (adressering["land"]["omschrijving"],)
    investigated = tuple(
        group for group, key in (("naam", "naam"), ("geboorte", "geboorte"),
                                 ("adres", "adressering"), ("overlijden", "overlijden"))
        if "inOnderzoek" in persoon.get(key, {}))
    warnings = PersonWarnings(
        geheimhouding=bool(persoon.get("geheimhoudingPersoonsgegevens", False)),
        overleden_op=_full_date(persoon.get("overlijden", {}).get("datum")),
        opschorting_reden=persoon.get("opschortingBijhouding", {}).get("reden", {}).get(
            "omschrijving", ""),
        rni=bool(persoon.get("rni")),
        in_onderzoek=investigated,
    )
    return Person(
        bsn=persoon["burgerservicenummer"],
        name=PersonName(
            voornamen=naam.get("voornamen", ""), geslachtsnaam=naam.get("geslachtsnaam", ""),
            voorvoegsel=naam.get("voorvoegsel", ""),
            adellijke_titel_predicaat=naam.get("adellijkeTitelPredicaat", {}).get(
                "omschrijving", ""),
            volledige_naam=naam.get("volledigeNaam", ""),
        ),
        geboortedatum=_full_date(geboorte.get("datum")),
        geslacht=persoon.get("geslacht", {}).get("omschrijving", ""),
        geboorteplaats=geboorte.get("plaats", {}).get("omschrijving", ""),
        geboorteland=geboorte.get("land", {}).get("omschrijving", ""),
        adresregels=lines,
        gemeente_van_inschrijving=persoon.get("gemeenteVanInschrijving", {}).get("code", ""),
        warnings=warnings,
        test_data=test_data,
    )


def _full_date(datum: Mapping[str, Any] | None) -> date | None:
    if not datum or datum.get("type") != "Datum":
        return None
    return date.fromisoformat(datum["datum"])
