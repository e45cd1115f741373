"""A document's QR code, read off the rendered page as a phone camera would (zbarimg)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from tests.documents_helpers import demo_maker, gezag_of_a_parent, request
from tests.requirements import require
from workstation.documents.render import METADATA_KEY
from workstation.domain.product_document import DocumentKind


def _read_qr(pdf: bytes, folder: Path) -> str:
    """Page 1 at 150 dpi on white paper, decoded by zbar."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    page = document.render(0, QSize(1240, 1754))
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    image = folder / "page.png"
    paper.save(str(image))
    done = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True,
                          timeout=60, check=True)
    return done.stdout.decode("utf-8").removesuffix("\n")


def test_the_qr_code_carries_the_signed_text(qapp: object, tmp_path: Path) -> None:
    require(shutil.which("zbarimg") is not None, "zbarimg (Debian package zbar-tools)")
    pdf = demo_maker().make(request()).pdf

    carried = str(PdfReader(io.BytesIO(pdf)).metadata[METADATA_KEY])
    assert _read_qr(pdf, tmp_path) == carried
    assert "Voornamen: Łucja Suzanne" in carried  # UTF-8, announced to the reader (ECI 26)


def test_a_long_document_keeps_its_first_facts_and_signature_in_the_qr_code(
        qapp: object, tmp_path: Path) -> None:
    require(shutil.which("zbarimg") is not None, "zbarimg (Debian package zbar-tools)")
    pdf = demo_maker().make(request(DocumentKind.UITTREKSEL_BRP_GEZAG,
                                    gezag=gezag_of_a_parent(6))).pdf

    carried = str(PdfReader(io.BytesIO(pdf)).metadata[METADATA_KEY]).split("\n")
    read = _read_qr(pdf, tmp_path).split("\n")
    assert read[:5] == carried[:5] and read[-2:] == carried[-2:]
    assert read[-3].startswith("... en nog ") and len(read) < len(carried)
