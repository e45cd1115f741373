"""The ``DocumentMaker`` port: a request in, a signed PDF with a new document number out."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable

from workstation.documents.content import SignedContent, content_for
from workstation.documents.layout import layout
from workstation.documents.logo import load_logo
from workstation.documents.render import QR_MAX_BYTES, render_pdf
from workstation.documents.signing import SigningKey
from workstation.domain.product_document import DocumentRequest, ProducedDocument

log = logging.getLogger("loket.documents")

# Crockford's base32 without look-alikes (no I, L, O, U): read aloud and typed back safely.
_NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def document_number(municipality_code: str, request: DocumentRequest) -> str:
    """``<code>-<yyyymmdd>-<8 random characters>``: 40 random bits, unique without a
    central counter (every workstation mints its own, offline too)."""
    random_part = "".join(secrets.choice(_NUMBER_ALPHABET) for _ in range(8))
    return f"{municipality_code}-{request.issued_on:%Y%m%d}-{random_part}"


class SignedDocumentMaker:
    """Produces the BRP extracts, signed with the issuing municipality's key.

    ``signing_key`` gives the key for a municipality code (raising UserFacingError when this
    workstation has none). ``demo``: every document is a SPECIMEN, whatever the person; test
    persons (``Person.test_data``) always are.
    """

    def __init__(self, signing_key: Callable[[str], SigningKey], *, demo: bool) -> None:
        self._signing_key = signing_key
        self._demo = demo

    def make(self, request: DocumentRequest) -> ProducedDocument:
        code = request.municipality.code
        key = self._signing_key(code)
        specimen = self._demo or key.demo or request.person.test_data
        number = document_number(code, request)
        content = content_for(request, number, specimen)
        signed_text = content.signed_text(key.key_id)
        signed = SignedContent(content, key.key_id, key.sign(signed_text))
        pdf = render_pdf(layout(content), carried_text=signed.text(),
                         qr_text=signed.qr_text(QR_MAX_BYTES),
                         title=f"{content.title} {number}", author=content.municipality_name,
                         logo=load_logo(request.municipality.logo_resource))
        log.info("document %s made: %s for municipality %s, key %s%s", number,
                 request.kind.value, code, key.key_id, " (specimen)" if specimen else "")
        return ProducedDocument(number, request.kind, pdf, specimen)
