"""The product documents as the settings choose them: signing keys, trusted keys, gezag.

Beside ``app.py`` (docs/decisions/0012): it picks the concrete adapters (``documents`` for the
signed PDFs, ``sync`` for the gezag answer) behind the services' ports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workstation.documents.maker import SignedDocumentMaker
from workstation.documents.signing import KeyFolder, SigningKey, TrustedKeys, demo_signing_key
from workstation.documents.signing import trusted_keys as _trusted_keys
from workstation.domain.errors import UserFacingError
from workstation.domain.person import ByBsn, LookupPurpose
from workstation.domain.product_document import DocumentKind, DocumentRequest
from workstation.domain.site import MunicipalityInfo
from workstation.services.document_ports import DocumentMaker, GezagDirectory
from workstation.settings import Settings

SPECIMEN_PURPOSE = LookupPurpose("BRPACT-AlgemeneTaken", "Specimen@Loket", "demo")


def document_maker_from(settings: Settings) -> DocumentMaker:
    """Signs with the municipality's key from the key folder; the demo signs every
    municipality's documents with the bundled demo key (and marks them SPECIMEN)."""
    if settings.demo:
        demo_key = demo_signing_key()

        def signing_key(_code: str) -> SigningKey:
            return demo_key

        return SignedDocumentMaker(signing_key, demo=True)
    return SignedDocumentMaker(KeyFolder(settings.document_key_path).signing_key, demo=False)


def trusted_keys_from(settings: Settings) -> TrustedKeys:
    configured = {code: [Path(path) for path in paths]
                  for code, paths in settings.documents.public_keys.items()}
    return _trusted_keys(configured, KeyFolder(settings.document_key_path), demo=settings.demo)


def gezag_directory_from(settings: Settings) -> GezagDirectory | None:
    """The embedded RvIG test set's gezag in demo mode without a BRP gateway; None otherwise
    (the gateway's gezag is not asked yet: Loket then makes no extract with gezag)."""
    if settings.demo and not settings.brp.url:
        from workstation.sync.embedded_gezag import EmbeddedGezagDirectory

        return EmbeddedGezagDirectory()
    return None


def specimen_request(bsn: str, kind: DocumentKind, municipality_code: str, language: str,
                     issued_on: date) -> DocumentRequest:
    """A demo request: an RvIG test person (and their gezag) from the embedded set, issued by
    one of the demo site's municipalities (``document specimen``, the rendered pages in docs)."""
    from workstation.demo_seed import demo_site
    from workstation.sync.embedded_brp import EmbeddedPersonDirectory
    from workstation.sync.embedded_gezag import EmbeddedGezagDirectory

    municipality = next((spec for spec in demo_site().municipalities
                         if spec.code == municipality_code), None)
    if municipality is None:
        raise UserFacingError("De demo kent gemeente {code} niet.",
                              "Kies 0748, 0777, 1674 of 1709.",
                              detail=f"no demo municipality {municipality_code}",
                              code=municipality_code)
    try:
        query = ByBsn(bsn)
    except ValueError as exc:
        raise UserFacingError("{bsn} is geen geldig BSN.", detail=str(exc), bsn=bsn) from exc
    found = EmbeddedPersonDirectory().find(query, SPECIMEN_PURPOSE)
    if not found:
        raise UserFacingError("Er is geen testpersoon met BSN {bsn}.",
                              "Kies een BSN uit de RvIG-testset.", detail="no test person",
                              bsn=bsn)
    gezag = (EmbeddedGezagDirectory().gezag(bsn, SPECIMEN_PURPOSE)
             if kind is DocumentKind.UITTREKSEL_BRP_GEZAG else ())
    info = MunicipalityInfo(municipality.code, municipality.name, municipality.rsin,
                            municipality.primary_colour, municipality.accent_colour,
                            municipality.logo)
    return DocumentRequest(kind, found[0], info, issued_on, language, gezag)
