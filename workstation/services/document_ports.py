"""The ports of the product documents: producing a signed PDF, and the BRP's gezag answer.

``workstation/documents`` implements ``DocumentMaker`` (reportlab, Ed25519); the embedded RvIG
test set and the BRP gateway implement ``GezagDirectory``. The composition root picks them.
"""

from __future__ import annotations

from typing import Protocol

from workstation.domain.gezag import GezagRelation
from workstation.domain.person import LookupPurpose
from workstation.domain.product_document import DocumentRequest, ProducedDocument


class DocumentMaker(Protocol):
    def make(self, request: DocumentRequest) -> ProducedDocument:
        """The signed PDF of ``request``; raises UserFacingError when it cannot be signed
        (the municipality has no signing key on this workstation)."""
        ...


class GezagDirectory(Protocol):
    def gezag(self, bsn: str, purpose: LookupPurpose) -> tuple[GezagRelation, ...]:
        """The gezag relations the BRP holds for ``bsn`` (empty: none registered)."""
        ...
