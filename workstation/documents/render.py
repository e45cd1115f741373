"""A laid-out document as an A4 PDF: logo, text runs, QR code, SPECIMEN, embedded signed text.

The signed text travels twice inside the file besides the QR code: as the document information
entry ``/LoketDocument`` and as the attached file ``loket-document.txt``, so ``document verify``
reads it without decoding the QR image, and a PDF reader shows it under attachments.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
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
# At most version 25 (117 modules; 0.4 mm each in the 46 mm box) so that a phone camera reads
# it off paper: 1,273 bytes at error correction M; a longer text keeps its first facts.
QR_MAX_BYTES = 1250
QR_MASK_PATTERN = 0
UTF8_ECI = 26
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
    # Binary (compressed) streams: reportlab's default wraps them in ASCII85 as well, a quarter
    # larger and a tenth of the time of a whole document. Loket uses reportlab for nothing else.
    rl_config.useA85 = 0
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
    """``text`` as a QR code: UTF-8 bytes, error correction M, the smallest version it fits,
    dark modules drawn as one vector path (sharp on any printer).

    The mask pattern is fixed: every mask is valid QR, and choosing the "best" one by the
    standard's penalty score costs reportlab ~300 ms for a code this size, past the budget of
    a whole document (docs/decisions/0026)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QRECI(UTF8_ECI))  # tells the reader the bytes are UTF-8 (Ł, ş)
    code.addData(qrencoder.QR8bitByte(text.encode("utf-8")))
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK_PATTERN)
    count = code.getModuleCount()
    x, y, size = QR_BOX
    canvas.saveState()
    # Module units from the top-left corner: each dark run is a rectangle of whole numbers.
    canvas.translate(x, y + size)
    canvas.scale(size / count, -size / count)
    path = canvas.beginPath()
    for row in range(count):
        column = 0
        while column < count:
            if not code.isDark(row, column):
                column += 1
                continue
            start = column
            while column < count and code.isDark(row, column):
                column += 1
            path.rect(start, row, column - start, 1)
    canvas.setFillColor(Color(0, 0, 0))
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _with_carried_text(pdf: bytes, carried_text: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({METADATA_KEY: carried_text})
    writer.add_attachment(ATTACHMENT_NAME, carried_text.encode("utf-8"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
