"""From what the desk reads or the worker types to a BRP query (pure).

Sources, fastest first (kcc-desk.md §3.4):

- an ID document's MRZ: Dutch passports and ID cards issued before August 2021 carry the BSN in
  the optional data (the MRZ parser in ``devices.idreader.mrz`` finds it and checks its
  11-proef); that BSN is asked for directly. Without one (newer or foreign documents) the
  query is the MRZ surname and birth date;
- the BSN QR code on the back of Dutch documents issued since August 2021. Its exact content
  is not published; the Kamerbrief (2019-10) says it is an ordinary, unencrypted QR code with
  the BSN that is also printed beside it. ASSUMPTION (ADR 0023): the payload holds the BSN as
  nine digits, possibly in groups and possibly with a label ("BSN: 999993653"); exactly one
  nine-digit number that passes the 11-proef is the BSN, anything else is refused;
- typed, validated as KISS does (``PersoonZoeker.vue``/``validation.ts``): a BSN (9 digits,
  11-proef), postcode ``^([1-9]\\d{3}) *([A-Za-z]{2})$`` + huisnummer (+ huisletter,
  toevoeging), or surname ``^[a-zA-Z0-9À-ž .\\-']{3,199}$`` + birth date ``ddmmyyyy`` or
  ``d-m-yyyy``/``d/m/yyyy`` that is a real date.

Doing better than KISS: a typed or read surname starting with a Dutch voorvoegsel ("van der
Berg") is split into the BRP's voorvoegsel and geslachtsnaam, so it is found; like KISS, the
surname gets a trailing ``*`` (the MRZ truncates long names, and callers abbreviate).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workstation.domain.bsn import BSN_SHAPE, is_valid_bsn
from workstation.domain.desk import DeskInputError
from workstation.domain.person import ByBsn, ByNameAndBirthDate, ByPostcodeAndNumber, PersonQuery

SURNAME = re.compile(r"^[a-zA-Z0-9\u00c0-\u017e .\-']{3,199}$")
POSTCODE = re.compile(r"^([1-9]\d{3}) *([A-Za-z]{2})$")
HUISNUMMER = re.compile(r"^[1-9][0-9]{0,4}$")
HUISLETTER = re.compile(r"^[a-zA-Z]$")
TOEVOEGING = re.compile(r"^[a-zA-Z0-9 -]{1,4}$")
_DATE_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_DATE_SEPARATED = re.compile(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$")

# Voorvoegsels as the BRP writes them (GBA tabel 36, the common ones), longest first so
# "van der" wins over "van".
VOORVOEGSELS = tuple(sorted((
    "van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "uit", "la", "le",
    "van de", "van der", "van den", "van het", "van 't", "van ter", "van ten", "in de",
    "in den", "in der", "in het", "in 't", "op de", "op den", "op der", "op het", "op 't",
    "uit de", "uit den", "uit het", "uit 't", "de la", "de le", "d'", "du", "di", "da", "del",
    "della", "von", "von der", "zu", "el", "al", "bin", "ben",
), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class DocumentIdentity:
    """What an ID document says about its holder, from its MRZ or its chip's DG1."""

    issuing_state: str  # ICAO code, "NLD"
    surname: str  # as the MRZ writes it: capitals, spaces for fillers
    birth_date: date | None
    bsn: str | None = None  # Dutch documents issued before August 2021 only


def document_query(identity: DocumentIdentity) -> PersonQuery:
    """The one query that finds the holder: by BSN when the document has one, else by
    surname and birth date (a document without a full birth date cannot be looked up)."""
    if identity.bsn is not None and is_valid_bsn(identity.bsn):
        return ByBsn(identity.bsn)
    if identity.birth_date is None:
        raise DeskInputError(
            "document", "Dit document heeft geen volledige geboortedatum.",
            "Zoek de klant op met het BSN of met postcode en huisnummer.",
            detail="MRZ birth date unknown")
    surname = " ".join(identity.surname.split())
    if len(surname.replace(" ", "")) < 3:
        raise DeskInputError(
            "document", "De achternaam op dit document is te kort om mee te zoeken.",
            "Zoek de klant op met het BSN of met postcode en huisnummer.",
            detail="MRZ surname shorter than 3 characters")
    voorvoegsel, geslachtsnaam = split_voorvoegsel(surname)
    return ByNameAndBirthDate(_wildcard(geslachtsnaam), identity.birth_date, voorvoegsel)


def bsn_from_qr(payload: str) -> str:
    """The BSN in a scanned BSN QR code (see the module docstring for the assumption)."""
    valid = _valid_bsns(payload)
    if len(valid) != 1:
        raise DeskInputError(
            "qr", "In deze QR-code staat geen BSN dat Loket kan lezen.",
            "Scan de QR-code op de achterkant van het document opnieuw, of typ het BSN.",
            detail=f"QR payload of {len(payload)} characters holds {len(valid)} valid BSNs")
    return valid[0]


def is_bsn_qr(payload: str) -> bool:
    """Whether a scanned code is a BSN QR code ``bsn_from_qr`` reads (scanners that type or
    send a line use it to send the code to the desk)."""
    return len(_valid_bsns(payload)) == 1


def _valid_bsns(payload: str) -> list[str]:
    candidates = {re.sub(r"\D", "", match.group(0)) for match in BSN_SHAPE.finditer(payload)}
    return sorted(number for number in candidates if is_valid_bsn(number))


def typed_bsn(text: str) -> ByBsn:
    number = re.sub(r"[\s.\-]", "", text)
    if not (number.isascii() and number.isdigit() and len(number) == 9):
        raise DeskInputError("bsn", "Een BSN heeft negen cijfers.",
                             "Controleer het nummer.", detail="typed BSN not nine digits")
    if not is_valid_bsn(number):
        raise DeskInputError("bsn", "Dit is geen geldig BSN.",
                             "Controleer het nummer; er is waarschijnlijk een tikfout.",
                             detail="typed BSN fails the 11-proef")
    return ByBsn(number)


def typed_address(postcode: str, huisnummer: str, huisletter: str = "",
                  toevoeging: str = "") -> ByPostcodeAndNumber:
    found = POSTCODE.match(postcode.strip())
    if found is None:
        raise DeskInputError("postcode", "Dit is geen geldige postcode.",
                             "Typ vier cijfers en twee letters, zoals 3077 AW.",
                             detail="postcode does not match")
    if not HUISNUMMER.match(huisnummer.strip()):
        raise DeskInputError("huisnummer", "Dit is geen geldig huisnummer.",
                             "Typ alleen het nummer, zonder letter of toevoeging.",
                             detail="huisnummer does not match")
    letter, extra = huisletter.strip(), toevoeging.strip()
    if letter and not HUISLETTER.match(letter):
        raise DeskInputError("huisletter", "Een huisletter is een enkele letter.",
                             detail="huisletter does not match")
    if extra and not TOEVOEGING.match(extra):
        raise DeskInputError("toevoeging",
                             "Een toevoeging heeft hoogstens vier letters of cijfers.",
                             detail="toevoeging does not match")
    return ByPostcodeAndNumber(f"{found.group(1)}{found.group(2).upper()}",
                               int(huisnummer.strip()), letter.upper(), extra)


def typed_name(achternaam: str, geboortedatum: str) -> ByNameAndBirthDate:
    surname = " ".join(achternaam.split()).rstrip("*")  # the wildcard is always added
    if not SURNAME.match(surname):
        raise DeskInputError(
            "achternaam", "Typ minstens drie letters van de achternaam.",
            "Gebruik alleen letters, spaties, punten, streepjes en apostrofs.",
            detail="surname does not match")
    born = parse_birth_date(geboortedatum)
    voorvoegsel, geslachtsnaam = split_voorvoegsel(surname)
    if len(geslachtsnaam) < 3:
        raise DeskInputError("achternaam", "Typ minstens drie letters van de achternaam.",
                             detail="surname after voorvoegsel shorter than 3")
    return ByNameAndBirthDate(_wildcard(geslachtsnaam), born, voorvoegsel)


def parse_birth_date(text: str) -> date:
    """``ddmmyyyy``, ``d-m-yyyy`` or ``d/m/yyyy``; it must be a real date, not in the future
    is left to the BRP (it finds nobody)."""
    value = text.strip()
    found = _DATE_COMPACT.match(value) or _DATE_SEPARATED.match(value)
    if found is None:
        raise DeskInputError("geboortedatum", "Typ de geboortedatum als dd-mm-jjjj.",
                             "Bijvoorbeeld 01-12-1985 of 01121985.",
                             detail="birth date shape does not match")
    day, month, year = (int(part) for part in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DeskInputError("geboortedatum", "Deze geboortedatum bestaat niet.",
                             "Controleer dag en maand.", detail="not a calendar date") from None


def split_voorvoegsel(surname: str) -> tuple[str, str]:
    """("van der", "Berg") from "van der Berg"; ("", surname) when it starts with none."""
    lowered = surname.lower()
    for voorvoegsel in VOORVOEGSELS:
        if voorvoegsel.endswith("'"):
            if lowered.startswith(voorvoegsel) and len(surname) > len(voorvoegsel):
                return surname[:len(voorvoegsel)].lower(), surname[len(voorvoegsel):].strip()
            continue
        if lowered.startswith(voorvoegsel + " ") and surname[len(voorvoegsel):].strip():
            return voorvoegsel, surname[len(voorvoegsel):].strip()
    return "", surname


def _wildcard(geslachtsnaam: str) -> str:
    return geslachtsnaam if geslachtsnaam.endswith("*") else geslachtsnaam + "*"
