"""The order service's ``DocumentProducer`` port on the documents module's ``DocumentMaker``.

The catalogue names a product's document by its kind as written in the catalogue
("uittreksel-brp", "uittreksel-brp-gezag"); the documents module wants its ``DocumentKind``,
and, for the extract with gezag, the BRP's gezag answer for the person. Without a gezag
source (a BRP gateway whose gezag Loket does not ask yet) the extract with gezag is refused
rather than printed without it.
"""

from __future__ import annotations

from workstation.domain.errors import UserFacingError
from workstation.domain.gezag import GezagRelation
from workstation.domain.order import DocumentRequest as OrderDocumentRequest
from workstation.domain.person import LookupPurpose
from workstation.domain.product_document import DocumentKind, DocumentRequest
from workstation.services.document_ports import DocumentMaker, GezagDirectory
from workstation.services.order_service import ProducedDocument


class OrderDocuments:
    """``purpose``: why the gezag is asked (the workstation's doelbinding and verwerking)."""

    def __init__(self, maker: DocumentMaker, gezag: GezagDirectory | None,
                 purpose: LookupPurpose) -> None:
        self._maker = maker
        self._gezag = gezag
        self._purpose = purpose

    def produce(self, request: OrderDocumentRequest) -> ProducedDocument:
        try:
            kind = DocumentKind(request.kind)
        except ValueError as exc:
            raise UserFacingError(
                "Loket kan dit document niet maken.",
                "Vraag de beheerder de producten in de catalogus na te kijken.",
                detail=f"no document kind {request.kind!r}") from exc
        gezag: tuple[GezagRelation, ...] = ()
        if kind is DocumentKind.UITTREKSEL_BRP_GEZAG:
            if self._gezag is None:
                raise UserFacingError(
                    "Een uittreksel met gezag kan op deze werkplek nog niet gemaakt worden.",
                    "Maak een uittreksel zonder gezag, of verwijs de klant naar MijnOverheid.",
                    detail="no gezag directory configured")
            gezag = self._gezag.gezag(request.person.bsn, self._purpose)
        made = self._maker.make(DocumentRequest(
            kind, request.person, request.municipality, request.issued_on, request.language,
            gezag))
        return ProducedDocument(document_number=made.number, kind=made.kind.value, pdf=made.pdf)
