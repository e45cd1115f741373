"""Printing a product document on an A4 printer (here Qt's PDF printer), and saving it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from tests.documents_helpers import demo_maker, gezag_of_a_parent, request
from workstation.domain.errors import UserFacingError
from workstation.domain.product_document import DocumentKind, ProducedDocument
from workstation.ui.document_print import DocumentOutput, print_or_save, print_pdf, save_pdf


@pytest.fixture(scope="module")
def document() -> ProducedDocument:
    return demo_maker().make(request(DocumentKind.UITTREKSEL_BRP_GEZAG,
                                     gezag=gezag_of_a_parent(12)))


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def test_every_page_goes_to_the_printer_on_a4(qapp: object, tmp_path: Path,
                                             document: ProducedDocument) -> None:
    printed = tmp_path / "printed.pdf"

    pages = print_pdf(document.pdf, _pdf_printer(printed), document.file_name)

    reader = PdfReader(io.BytesIO(printed.read_bytes()))
    assert pages == len(reader.pages) == 2
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        images = page.images
        assert len(images) == 1 and images[0].image.width >= 2400  # the page, at 300 dpi


def test_print_or_save_prints_when_given_a_printer(qapp: object, tmp_path: Path,
                                                   document: ProducedDocument) -> None:
    printed = tmp_path / "printed.pdf"
    output = print_or_save(document.pdf, document.file_name, tmp_path / "saved",
                           _pdf_printer(printed))

    assert output == DocumentOutput(printer=str(printed))
    assert printed.exists() and not (tmp_path / "saved").exists()
    assert output.describe() == f"Afgedrukt op {printed}."


def test_without_any_print_queue_the_document_is_saved(qapp: object, tmp_path: Path,
                                                       document: ProducedDocument) -> None:
    folder = tmp_path / "Loket"
    output = print_or_save(document.pdf, document.file_name, folder, find_printer=lambda: None)

    assert output == DocumentOutput(path=folder / document.file_name)
    assert output.path is not None and output.path.read_bytes() == document.pdf
    assert output.describe() == f"Opgeslagen als {folder / document.file_name}."


def test_a_damaged_pdf_is_not_printed(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        print_pdf(b"%PDF-1.4 broken", _pdf_printer(tmp_path / "x.pdf"), "broken.pdf")
    assert "beschadigd" in caught.value.message


def test_saving_writes_the_file_and_never_overwrites_one(tmp_path: Path,
                                                         document: ProducedDocument) -> None:
    folder = tmp_path / "Documenten" / "Loket"

    first = save_pdf(document.pdf, folder, document.file_name)
    second = save_pdf(b"%PDF-other", folder, document.file_name)

    assert first == folder / document.file_name and first.read_bytes() == document.pdf
    assert second == folder / f"{Path(document.file_name).stem}-2.pdf"
    assert sorted(path.name for path in folder.iterdir()) == sorted([first.name, second.name])


def test_a_folder_that_cannot_be_written_is_a_plain_message(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    with pytest.raises(UserFacingError) as caught:
        save_pdf(b"%PDF", blocked, "doc.pdf")
    assert caught.value.message == f"Het document kan niet worden opgeslagen in {blocked}."
