"""A produced document (PDF bytes) to the office A4 printer, or saved to a folder; no dialog.

The order screen calls ``print_or_save``: the system's default print queue (CUPS on Linux, the
Windows spooler) when there is one, else the document is saved where the worker can find it.
Qt prints a PDF by painting its pages: QtPdf renders each page at (at most) 300 dpi onto the
printer, so every printer driver gets what it understands. Painting on a ``QPrinter`` is allowed
off the GUI thread: run these in the window's ``TaskRunner`` (docs/decisions/0006), they take a
few hundred milliseconds a page.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from workstation.domain.errors import UserFacingError

log = logging.getLogger("loket.ui")

MAX_DPI = 300  # finer than an office laser prints text from an image; 35 MB a page at most


@dataclass(frozen=True, slots=True)
class DocumentOutput:
    """Where a document went: the printer's name, or the file it was saved to."""

    printer: str = ""
    path: Path | None = None

    def describe(self) -> str:
        if self.printer:
            return QCoreApplication.translate("DocumentPrint", "Afgedrukt op %1.").replace(
                "%1", self.printer)
        return QCoreApplication.translate("DocumentPrint", "Opgeslagen als %1.").replace(
            "%1", str(self.path))


def default_printer() -> QPrinter | None:
    """A printer on the system's default queue, A4, or None when the system has none."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_pdf(pdf: bytes, printer: QPrinter, job_name: str) -> int:
    """Paint every page of ``pdf`` on ``printer`` (full page, keeping the aspect ratio);
    returns the number of pages. UserFacingError when the PDF or the printer fails."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise UserFacingError("Het document kan niet worden afgedrukt: het bestand is "
                              "beschadigd.", "Maak het document opnieuw.",
                              detail=f"QPdfDocument status {document.status()}, "
                                     f"error {document.error()}")
    pages = document.pageCount()
    printer.setDocName(job_name)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserFacingError("De A4-printer {printer} neemt het document niet aan.",
                              "Controleer of de A4-printer aan staat en papier heeft, en "
                              "probeer het opnieuw; of sla het document op.",
                              detail=f"QPainter.begin failed on {printer.printerName()!r}",
                              printer=printer.printerName() or "?")
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            _paint_page(document, page, printer, painter)
    finally:
        painter.end()
        document.close()
    log.info("document %s sent to printer %r (%d pages)", job_name, printer.printerName(),
             pages)
    return pages


def _paint_page(document: QPdfDocument, page: int, printer: QPrinter,
                painter: QPainter) -> None:
    target = painter.viewport()
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), MAX_DPI)
    image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                        round(points.height() / 72 * dpi)))
    scale = min(target.width() / image.width(), target.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    painter.drawImage(QRect(target.x() + (target.width() - width) // 2, target.y(), width,
                            height), image)


def save_pdf(pdf: bytes, folder: Path, file_name: str) -> Path:
    """Write ``pdf`` as ``folder/file_name`` (created if needed) without ever leaving half a
    file: a temporary file in the same folder, then renamed. An existing file is kept and the
    new one gets a numbered name."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = _free_name(folder / file_name)
        descriptor, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(descriptor, "wb") as out:
            out.write(pdf)
        os.replace(temporary, path)
    except OSError as exc:
        raise UserFacingError("Het document kan niet worden opgeslagen in {folder}.",
                              "Kies een map waarin u mag schrijven, of vraag IT de map "
                              "[documents] save_folder aan te passen.",
                              detail=f"saving {file_name} in {folder}: {exc}",
                              folder=folder) from exc
    log.info("document saved as %s", path)
    return path


def _free_name(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def print_or_save(pdf: bytes, file_name: str, folder: Path, printer: QPrinter | None = None,
                  *, find_printer: Callable[[], QPrinter | None] = default_printer,
                  ) -> DocumentOutput:
    """Print on ``printer`` (default: ``find_printer()``, the system's default queue); with no
    printer at all, save in ``folder`` instead. A printer that fails raises UserFacingError:
    the worker then chooses to try again or to save."""
    printer = printer or find_printer()
    if printer is None:
        return DocumentOutput(path=save_pdf(pdf, folder, file_name))
    print_pdf(pdf, printer, file_name)
    return DocumentOutput(printer=printer.printerName() or printer.outputFileName())
