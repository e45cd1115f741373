"""Does the document in front of the desk belong to the person the BRP returned?

The MRZ writes names in upper case A-Z only (ICAO 9303 transliterates accents and drops
punctuation), with the voorvoegsel as part of the surname: "DE BRUIJN" for BRP voorvoegsel "de",
geslachtsnaam "Bruijn". Both sides are brought to that form before they are compared. A BSN is
compared only when the document carries one (Dutch documents issued before August 2021).
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass

from workstation.domain.identify import DocumentIdentity
from workstation.domain.person import Person


class Mismatch(enum.StrEnum):
    BSN = "bsn"
    SURNAME = "surname"
    BIRTH_DATE = "birth_date"


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    """What differs between the document and the BRP; nothing differs: it matches."""

    mismatches: tuple[Mismatch, ...]

    @property
    def matches(self) -> bool:
        return not self.mismatches


def mrz_form(text: str) -> str:
    """``text`` as an MRZ writes it: accents removed, upper case, letters only, one space
    between words (the MRZ's ``<``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c if c.isascii() and c.isalpha() else " "
                      for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.upper().split())


def match_document(holder: DocumentIdentity, person: Person) -> DocumentMatch:
    mismatches: list[Mismatch] = []
    if holder.bsn is not None and holder.bsn != person.bsn:
        mismatches.append(Mismatch.BSN)
    brp_surname = mrz_form(f"{person.name.voorvoegsel} {person.name.geslachtsnaam}")
    document_surname = mrz_form(holder.surname)
    # A married name on the document ("JANSEN EPOUSE DE VRIES") still starts with the own name.
    if not document_surname.startswith(brp_surname):
        mismatches.append(Mismatch.SURNAME)
    if holder.birth_date is not None and holder.birth_date != person.geboortedatum:
        mismatches.append(Mismatch.BIRTH_DATE)
    return DocumentMatch(tuple(mismatches))
