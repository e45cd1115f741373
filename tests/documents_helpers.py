"""Requests, persons and keys for the document tests (and the documents benchmark)."""

from __future__ import annotations

from datetime import date

from workstation.documents.maker import SignedDocumentMaker
from workstation.documents.signing import SigningKey, TrustedKeys, demo_public_key, demo_signing_key
from workstation.domain.gezag import GezagPerson, GezagRelation, GezagSoort
from workstation.domain.person import Person, PersonName, PersonWarnings
from workstation.domain.product_document import DocumentKind, DocumentRequest
from workstation.domain.site import MunicipalityInfo

BERGEN_OP_ZOOM = MunicipalityInfo("0748", "Gemeente Bergen op Zoom", "001710011", "#B0182F",
                                  "#F2C200", "demo/logos/bergen-op-zoom.svg")
ISSUED_ON = date(2026, 11, 30)


def person(*, test_data: bool = True, **changes: object) -> Person:
    fields: dict[str, object] = {
        "bsn": "999993653",
        "name": PersonName("Łucja Suzanne", "Moulin", "van der", "",
                           "Łucja Suzanne van der Moulin"),
        "geboortedatum": date(1985, 5, 3), "geslacht": "vrouw", "geboorteplaats": "Amsterdam",
        "geboorteland": "Nederland",
        "adresregels": ("Grote Markt 1", "4611 NT  BERGEN OP ZOOM"),
        "gemeente_van_inschrijving": "0748", "warnings": PersonWarnings(), "test_data": test_data,
    }
    fields.update(changes)
    return Person(**fields)  # type: ignore[arg-type]


def request(kind: DocumentKind = DocumentKind.UITTREKSEL_BRP, *, language: str = "nl",
            gezag: tuple[GezagRelation, ...] = (), **person_changes: object) -> DocumentRequest:
    return DocumentRequest(kind, person(**person_changes), BERGEN_OP_ZOOM, ISSUED_ON, language,
                           gezag)


def gezag_of_a_parent(children: int) -> tuple[GezagRelation, ...]:
    parent = GezagPerson("999993653", "Łucja Suzanne van der Moulin")
    return tuple(
        GezagRelation(GezagSoort.GEZAMENLIJK_OUDERLIJK,
                      GezagPerson(f"99997{index:04d}", f"Kind {index} van der Moulin"),
                      (parent, GezagPerson("999970410", "Peterjan Pluym")))
        for index in range(children))


def demo_maker() -> SignedDocumentMaker:
    key = demo_signing_key()
    return SignedDocumentMaker(lambda _code: key, demo=True)


def maker_with(key: SigningKey) -> SignedDocumentMaker:
    return SignedDocumentMaker(lambda _code: key, demo=False)


def demo_trust() -> TrustedKeys:
    return TrustedKeys({}, (demo_public_key(),))
