"""The order service's documents come from the documents module: the catalogue's kind becomes
a signed PDF that verifies, the extract with gezag carries the BRP's gezag answer, and what
cannot be made is refused in plain Dutch."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from workstation.documents.verify import Verdict, verify_pdf
from workstation.domain.errors import UserFacingError
from workstation.domain.order import DocumentRequest
from workstation.domain.product_document import DocumentKind
from workstation.settings import Settings
from workstation.sync.embedded_gezag import EmbeddedGezagDirectory
from workstation.wiring.documents import (
    SPECIMEN_PURPOSE,
    document_maker_from,
    gezag_directory_from,
    specimen_request,
    trusted_keys_from,
)
from workstation.wiring.order_documents import OrderDocuments

BSN = "999993653"
MINOR_BSN = "999970021"  # an RvIG test child: eenhoofdig ouderlijk gezag of Manon Maasland


def _settings(tmp_path: Path) -> Settings:
    return Settings(demo=True, data_dir=str(tmp_path))


def _order_request(kind: str, bsn: str = BSN) -> DocumentRequest:
    demo = specimen_request(bsn, DocumentKind.UITTREKSEL_BRP, "0748", "nl",
                            date(2026, 11, 30))
    return DocumentRequest(kind, demo.person, demo.municipality, demo.issued_on)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_an_uittreksel_brp_is_a_signed_pdf_with_the_makers_number(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    documents = OrderDocuments(document_maker_from(settings), gezag_directory_from(settings),
                               SPECIMEN_PURPOSE)
    produced = documents.produce(_order_request("uittreksel-brp"))
    assert produced.kind == "uittreksel-brp"
    assert produced.document_number.startswith("0748-20261130-")
    verification = verify_pdf(produced.pdf, trusted_keys_from(settings))
    assert verification.verdict is Verdict.GENUINE
    assert verification.number == produced.document_number
    assert "Gezag" not in _text(produced.pdf)


def test_the_extract_with_gezag_carries_the_brp_gezag_answer(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    documents = OrderDocuments(document_maker_from(settings), EmbeddedGezagDirectory(),
                               SPECIMEN_PURPOSE)
    produced = documents.produce(_order_request("uittreksel-brp-gezag", MINOR_BSN))
    assert produced.kind == "uittreksel-brp-gezag"
    assert "Manon Maasland" in _text(produced.pdf)
    assert verify_pdf(produced.pdf, trusted_keys_from(settings)).verdict is Verdict.GENUINE


def test_no_gezag_source_refuses_the_extract_with_gezag(tmp_path: Path) -> None:
    documents = OrderDocuments(document_maker_from(_settings(tmp_path)), None,
                               SPECIMEN_PURPOSE)
    with pytest.raises(UserFacingError) as raised:
        documents.produce(_order_request("uittreksel-brp-gezag", MINOR_BSN))
    assert "met gezag" in raised.value.message_template
    assert raised.value.detail == "no gezag directory configured"


def test_a_kind_the_documents_module_does_not_know_is_refused(tmp_path: Path) -> None:
    documents = OrderDocuments(document_maker_from(_settings(tmp_path)), None,
                               SPECIMEN_PURPOSE)
    with pytest.raises(UserFacingError) as raised:
        documents.produce(_order_request("paspoort"))
    assert raised.value.detail == "no document kind 'paspoort'"
