"""Does the identity document on the counter belong to the person in the BRP?

An order needs the visitor identified by a document that was read (MRZ or chip) and matched
to the BRP person the order is for (ADR 0025). The document gives a surname as the MRZ writes
it (capitals, fillers as spaces, ICAO 9303 transliteration: ``Ü`` as ``UE`` or ``U``), a birth
date and, on Dutch documents from before August 2021, the BSN. They match when the BSN (if
any) is the person's, the birth dates are equal and the surname is the BRP's geslachtsnaam,
with or without its voorvoegsel. When either birth date is unknown, the worker compares by
eye: the document counts as read, not matched.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from workstation.domain.order import IdentityCheck
from workstation.domain.person import Person

# ICAO 9303 part 3: letters with two transliterations (the plain letter is the other one).
_ICAO_TWO_LETTERS = str.maketrans({"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE",
                                   "Ø": "OE", "ß": "SS", "Þ": "TH", "Ĳ": "IJ"})


def identity_check(surname: str, birth_date: date | None, person: Person, *,
                   bsn: str | None = None) -> IdentityCheck:
    """The identity check for a document read at the counter against ``person``."""
    if bsn is not None and bsn != person.bsn:
        return IdentityCheck.MISMATCH
    if birth_date is None or person.geboortedatum is None:
        return IdentityCheck.DOCUMENT_READ
    if birth_date != person.geboortedatum:
        return IdentityCheck.MISMATCH
    name = person.name
    written = {name.geslachtsnaam, f"{name.voorvoegsel} {name.geslachtsnaam}"}
    candidates = {form for text in written for form in _forms(text)}
    return IdentityCheck.MATCHED if _letters(surname) in candidates else IdentityCheck.MISMATCH


def _forms(text: str) -> set[str]:
    upper = text.upper()
    return {_letters(upper), _letters(upper.translate(_ICAO_TWO_LETTERS))}


def _letters(text: str) -> str:
    """Capital letters A-Z only: accents stripped, spaces, fillers and apostrophes dropped."""
    plain = unicodedata.normalize("NFKD", text.upper())
    return "".join(char for char in plain if "A" <= char <= "Z")
