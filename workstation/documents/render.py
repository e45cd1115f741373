"""A laid-out document as an A4 PDF: logo, text runs, QR code, SPECIMEN, embedded signed text.

The signed text travels twice inside the file besides the QR code: as the document information
entry ``/LoketDocument`` and as the attached file ``loket-document.txt``, so ``document verify``
reads it without decoding the QR image, and a PDF reader shows it under attachments.
"""

from __future__ import annotations

import io

import qrcode
import qrcode.constants
from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from workstation.documents.layout import (
    LOGO_BOX,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    QR_BOX,
    DocumentLayout,
    TextRun,
)
from workstation.documents.logo import Logo

METADATA_KEY = "/LoketDocument"
QR_MAX_BYTES = 2331  # version 40 at error correction M, in byte mode
ATTACHMENT_NAME = "loket-document.txt"

_INK = Color(0.10, 0.10, 0.12)
_COLOURS = {
    "label": Color(0.33, 0.33, 0.36),
    "note": Color(0.25, 0.25, 0.28),
    "footer": Color(0.40, 0.40, 0.43),
    "specimen": Color(0.80, 0.08, 0.10, alpha=0.28),
}
_SPECIMEN_NOTE_COLOUR = Color(0.75, 0.05, 0.08)
_RULE = Color(0.70, 0.70, 0.72)


def render_pdf(layout: DocumentLayout, *, carried_text: str, qr_text: str, title: str,
               author: str, logo: Logo | None) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    canvas.setTitle(title)
    canvas.setSubject(title)
    canvas.setAuthor(author)
    canvas.setCreator("Loket")
    for page in range(layout.pages):
        if page == 0:
            if logo is not None:
                logo.draw(canvas, *LOGO_BOX)
            _qr(canvas, qr_text)
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.6)
        for rule in layout.rules:
            if rule.page == page:
                canvas.line(MARGIN, rule.y, PAGE_WIDTH - MARGIN, rule.y)
        for run in layout.drawing_order():
            if run.page == page:
                _draw(canvas, run)
        canvas.showPage()
    canvas.save()
    return _with_carried_text(buffer.getvalue(), carried_text)


def _draw(canvas: Canvas, run: TextRun) -> None:
    canvas.setFont(run.font, run.size)
    if run.angle:
        canvas.saveState()
        canvas.setFillColor(_COLOURS["specimen"])
        canvas.translate(run.x, run.y)
        canvas.rotate(run.angle)
        canvas.drawString(0, 0, run.text)
        canvas.restoreState()
        return
    colour = _SPECIMEN_NOTE_COLOUR if run.role == "specimen" else _COLOURS.get(run.role, _INK)
    canvas.setFillColor(colour)
    canvas.drawString(run.x, run.y, run.text)


def _qr(canvas: Canvas, text: str) -> None:
    """``text`` as a QR code (UTF-8 bytes, error correction M), dark modules drawn as one
    path. The ``qrcode`` encoder picks the best mask in ~80 ms where reportlab's own
    (``reportlab.graphics.barcode.qr``) takes ~300 ms for a code this size."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    matrix = code.get_matrix()
    x, y, size = QR_BOX
    module = size / len(matrix)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (row + 1) * module
        column = 0
        while column < len(cells):
            if not cells[column]:
                column += 1
                continue
            start = column
            while column < len(cells) and cells[column]:
                column += 1
            path.rect(x + start * module, top, (column - start) * module, module)
    canvas.setFillColor(Color(0, 0, 0))
    canvas.drawPath(path, stroke=0, fill=1)


def _with_carried_text(pdf: bytes, carried_text: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({METADATA_KEY: carried_text})
    writer.add_attachment(ATTACHMENT_NAME, carried_text.encode("utf-8"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
