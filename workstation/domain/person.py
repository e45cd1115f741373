"""A person as the BRP (Haal Centraal BRP Personen 2.x) describes them, for identification.

Only what a KCC worker needs to recognise someone and the warnings they must see. Names keep
the BRP's parts (voorvoegsel, adellijke titel or predicaat) next to the form the BRP itself
writes (``volledige_naam``, aanschrijfwijze), so screens never rebuild a name by hand.
A Person never reaches a log or the site database (DESIGN.md §7).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from workstation.domain.bsn import is_valid_bsn


class PersonQueryType(enum.StrEnum):
    """The BRP query types (``type`` in ``POST /personen``) a KCC uses."""

    BY_BSN = "RaadpleegMetBurgerservicenummer"
    BY_NAME_AND_BIRTH_DATE = "ZoekMetGeslachtsnaamEnGeboortedatum"
    BY_POSTCODE_AND_NUMBER = "ZoekMetPostcodeEnHuisnummer"


@dataclass(frozen=True, slots=True)
class ByBsn:
    bsn: str

    type = PersonQueryType.BY_BSN

    def __post_init__(self) -> None:
        if not is_valid_bsn(self.bsn):
            raise ValueError("not a valid BSN")


@dataclass(frozen=True, slots=True)
class ByNameAndBirthDate:
    """Surname (a trailing ``*`` after at least 3 characters is a wildcard) and birth date."""

    surname: str
    birth_date: date
    voorvoegsel: str = ""

    type = PersonQueryType.BY_NAME_AND_BIRTH_DATE


@dataclass(frozen=True, slots=True)
class ByPostcodeAndNumber:
    postcode: str  # "3077AW"
    huisnummer: int
    huisletter: str = ""
    toevoeging: str = ""

    type = PersonQueryType.BY_POSTCODE_AND_NUMBER


PersonQuery = ByBsn | ByNameAndBirthDate | ByPostcodeAndNumber


@dataclass(frozen=True, slots=True)
class LookupPurpose:
    """Why and by whom a lookup is made: the gateway headers and the audit record carry it.

    ``doelbinding`` (e.g. "BRPACT-AlgemeneTaken"), ``verwerking`` (e.g. "Algemeen@KCC"),
    ``gebruiker`` the signed-in staff code. Never empty: a lookup without a purpose is refused.
    """

    doelbinding: str
    verwerking: str
    gebruiker: str

    def __post_init__(self) -> None:
        if not (self.doelbinding and self.verwerking and self.gebruiker):
            raise ValueError("a person lookup needs doelbinding, verwerking and gebruiker")


@dataclass(frozen=True, slots=True)
class PersonName:
    voornamen: str
    geslachtsnaam: str
    voorvoegsel: str = ""
    adellijke_titel_predicaat: str = ""  # omschrijving, e.g. "baron", "jonkheer"
    volledige_naam: str = ""  # as the BRP writes it, naamgebruik applied


@dataclass(frozen=True, slots=True)
class PersonWarnings:
    """What KISS warns about, for good reason; shown on every person panel."""

    geheimhouding: bool = False  # geheimhoudingPersoonsgegevens: do not disclose the address
    overleden_op: date | None = None
    # opschortingBijhouding.reden omschrijving ("overlijden", "emigratie", ...)
    opschorting_reden: str = ""
    rni: bool = False  # registered as a non-resident (Registratie Niet-Ingezetenen)
    in_onderzoek: tuple[str, ...] = ()  # which parts are under investigation ("naam", "adres", ...)


@dataclass(frozen=True, slots=True)
class Person:
    bsn: str
    name: PersonName
    geboortedatum: date | None
    geslacht: str = ""  # omschrijving: "man", "vrouw", "onbekend"
    geboorteplaats: str = ""
    geboorteland: str = ""
    adresregels: tuple[str, ...] = ()  # adressering.adresregel1..3 (and land)
    gemeente_van_inschrijving: str = ""  # CBS code, 4 digits
    warnings: PersonWarnings = field(default_factory=PersonWarnings)
    # True for the embedded RvIG test persons: every screen marks them as test data.
    test_data: bool = False
