"""What the desk needs of a read MRZ to find its holder (domain.identify.DocumentIdentity)."""

from __future__ import annotations

from workstation.devices.idreader.mrz import MrzDocument
from workstation.domain.identify import DocumentIdentity


def identity_of(document: MrzDocument) -> DocumentIdentity:
    return DocumentIdentity(issuing_state=document.issuing_state, surname=document.surname,
                            birth_date=document.birth_date, bsn=document.bsn)
