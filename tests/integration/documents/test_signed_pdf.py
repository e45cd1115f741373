"""The PDF itself: its text as a PDF reader extracts it, and verify on genuine and tampered
copies (an edited name in the content stream, an overlaid name, edited metadata)."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, NameObject
from reportlab.pdfgen.canvas import Canvas

from tests.documents_helpers import (
    BERGEN_OP_ZOOM,
    demo_maker,
    demo_trust,
    gezag_of_a_parent,
    maker_with,
    request,
)
from workstation.documents.render import ATTACHMENT_NAME, METADATA_KEY
from workstation.documents.signing import KeyFolder, TrustedKeys, trusted_keys
from workstation.documents.verify import Verdict, verify_pdf
from workstation.domain.errors import UserFacingError
from workstation.domain.product_document import DocumentKind


@pytest.fixture(scope="module")
def specimen_pdf() -> bytes:
    return demo_maker().make(request()).pdf


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_reads_as_the_extract_with_specimen_across_it(specimen_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(specimen_pdf))
    text = _text(specimen_pdf)
    box = reader.pages[0].mediabox

    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    for expected in ("Gemeente Bergen op Zoom", "Uittreksel Basisregistratie Personen",
                     "Burgerservicenummer", "999993653", "Łucja Suzanne", "Moulin", "van der",
                     "3 mei 1985", "Grote Markt 1", "4611 NT BERGEN OP ZOOM",
                     "SPECIMEN: testgegevens, geen geldig document", "Echtheid controleren",
                     "pagina 1 van 1"):
        assert expected in text
    assert text.count("SPECIMEN") == 2  # the note under the title and the word across the page
    assert reader.metadata.title.startswith("Uittreksel Basisregistratie Personen 0748-")


def test_every_document_has_its_own_number(specimen_pdf: bytes) -> None:
    numbers = {demo_maker().make(request()).number for _ in range(5)}
    assert len(numbers) == 5
    assert all(number.startswith("0748-20261130-") and len(number) == 22 for number in numbers)


def test_the_signed_text_is_embedded_twice_and_is_what_the_qr_code_says(
        specimen_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(specimen_pdf))
    carried = reader.metadata[METADATA_KEY]
    assert reader.attachments[ATTACHMENT_NAME] == [carried.encode("utf-8")]
    assert carried.startswith("Uittreksel Basisregistratie Personen\nGemeente Bergen op Zoom\n")


def test_a_specimen_from_the_demo_key_is_genuine_in_the_demo(specimen_pdf: bytes) -> None:
    result = verify_pdf(specimen_pdf, demo_trust())
    assert result.verdict is Verdict.GENUINE
    assert result.demo_key and result.specimen
    assert "demosleutel" in result.message and "SPECIMEN" in result.message


def test_outside_the_demo_the_demo_key_is_unknown(specimen_pdf: bytes) -> None:
    result = verify_pdf(specimen_pdf, TrustedKeys())
    assert result.verdict is Verdict.UNCHECKABLE
    assert "niet bekend" in result.message


def test_a_municipalitys_own_key_signs_a_real_document(tmp_path: Path) -> None:
    folder = KeyFolder(tmp_path / "keys")
    _private, public = folder.generate("0748")
    document = maker_with(folder.signing_key("0748")).make(request(test_data=False))

    assert not document.specimen and "SPECIMEN" not in _text(document.pdf)
    configured = trusted_keys({"0748": [public]}, None, demo=False)
    result = verify_pdf(document.pdf, configured)
    assert result.verdict is Verdict.GENUINE
    assert result.message.startswith(f"ECHT: document {document.number} is ondertekend door "
                                     "Gemeente Bergen op Zoom")
    # Another municipality's key never vouches for Bergen op Zoom.
    elsewhere = trusted_keys({"0777": [public]}, None, demo=False)
    assert verify_pdf(document.pdf, elsewhere).verdict is Verdict.UNCHECKABLE


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_keys_are_owner_only_and_a_readable_key_is_refused(tmp_path: Path) -> None:
    folder = KeyFolder(tmp_path / "keys")
    private, _public = folder.generate("0748")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    private.chmod(0o644)
    with pytest.raises(UserFacingError) as readable:
        folder.signing_key("0748")
    with pytest.raises(UserFacingError) as second:
        folder.generate("0748")
    with pytest.raises(UserFacingError) as missing:
        folder.signing_key("0777")

    assert "leesbaar voor anderen" in readable.value.message
    assert "heeft al een ondertekensleutel" in second.value.message
    assert "geen ondertekensleutel voor gemeente 0777" in missing.value.message


@pytest.mark.parametrize(("kind", "language", "relations", "pages"), [
    (DocumentKind.UITTREKSEL_BRP, "en", 0, 1),
    (DocumentKind.UITTREKSEL_BRP_GEZAG, "nl", 2, 1),
    (DocumentKind.UITTREKSEL_BRP_GEZAG, "en", 12, 2),
])
def test_every_kind_and_language_verifies_over_one_or_more_pages(
        kind: DocumentKind, language: str, relations: int, pages: int) -> None:
    document = demo_maker().make(request(kind, language=language,
                                         gezag=gezag_of_a_parent(relations)))
    assert len(PdfReader(io.BytesIO(document.pdf)).pages) == pages
    assert verify_pdf(document.pdf, demo_trust()).verdict is Verdict.GENUINE
    if pages > 1:
        assert "Kind 11 van der Moulin" in _text(document.pdf)


def _rewritten(pdf: bytes, change) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _swap_shown_texts(first: str, second: str):
    """Edit the first page's content stream: the string shown as ``first`` is shown where
    ``second`` was and the other way round (same font, so both stay valid glyphs)."""
    def change(writer: PdfWriter) -> None:
        page = writer.pages[0]
        shown: list[str] = []
        page.extract_text(visitor_text=lambda text, *_: shown.append(text.rstrip("\n")))
        shown = [text for text in shown if text]
        content = ContentStream(page.get_contents(), writer)
        operators = [operands for operands, operator in content.operations if operator == b"Tj"]
        a, b = operators[shown.index(first)], operators[shown.index(second)]
        a[0], b[0] = b[0], a[0]
        page.replace_contents(content)
    return change


def test_an_edited_name_in_the_content_stream_is_altered(specimen_pdf: bytes) -> None:
    tampered = _rewritten(specimen_pdf, _swap_shown_texts("Moulin", "Amsterdam"))
    result = verify_pdf(tampered, demo_trust())

    assert result.verdict is Verdict.ALTERED
    assert result.message.startswith("GEWIJZIGD: op pagina 1 staat 'Amsterdam' waar 'Moulin' "
                                     "hoort.")


def test_a_name_laid_over_the_page_is_altered(specimen_pdf: bytes) -> None:
    overlay = io.BytesIO()
    canvas = Canvas(overlay, pagesize=(595.2756, 841.8898))
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(240, 640, 200, 14, fill=1, stroke=0)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("Helvetica", 10.5)
    canvas.drawString(282, 645, "Jansen")
    canvas.save()

    def change(writer: PdfWriter) -> None:
        writer.pages[0].merge_page(PdfReader(overlay).pages[0])

    result = verify_pdf(_rewritten(specimen_pdf, change), demo_trust())
    assert result.verdict is Verdict.ALTERED
    assert "Jansen" in result.message


def test_edited_metadata_is_altered(specimen_pdf: bytes) -> None:
    def edit_metadata_only(writer: PdfWriter) -> None:
        carried = str(writer.metadata[METADATA_KEY])
        writer.add_metadata({METADATA_KEY: carried.replace("Moulin", "Jansen")})

    def edit_both_copies(writer: PdfWriter) -> None:
        carried = str(writer.metadata[METADATA_KEY]).replace("Moulin", "Jansen")
        writer.add_metadata({METADATA_KEY: carried})
        writer._root_object[NameObject("/Names")].get_object().pop(NameObject("/EmbeddedFiles"))
        writer.add_attachment(ATTACHMENT_NAME, carried.encode("utf-8"))

    one = verify_pdf(_rewritten(specimen_pdf, edit_metadata_only), demo_trust())
    both = verify_pdf(_rewritten(specimen_pdf, edit_both_copies), demo_trust())

    assert one.verdict is Verdict.ALTERED and "twee plaatsen" in one.message
    assert both.verdict is Verdict.ALTERED and "handtekening klopt niet" in both.message


def test_what_is_no_loket_document_cannot_be_checked() -> None:
    plain = io.BytesIO()
    canvas = Canvas(plain)
    canvas.drawString(72, 720, "Uittreksel")
    canvas.save()

    assert verify_pdf(plain.getvalue(), demo_trust()).verdict is Verdict.UNCHECKABLE
    assert verify_pdf(b"not a pdf at all", demo_trust()).verdict is Verdict.UNCHECKABLE


def test_a_missing_logo_leaves_the_logo_off(specimen_pdf: bytes) -> None:
    from dataclasses import replace

    from workstation.domain.product_document import DocumentRequest

    base = request()
    without_logo = DocumentRequest(base.kind, base.person,
                                   replace(BERGEN_OP_ZOOM, logo_resource="demo/logos/gone.svg"),
                                   base.issued_on)
    document = demo_maker().make(without_logo)
    assert verify_pdf(document.pdf, demo_trust()).verdict is Verdict.GENUINE


def test_a_document_made_by_an_earlier_build_still_verifies() -> None:
    """Made once and kept (format loket/1, two pages, demo key): a change of layout, fonts,
    reportlab's metrics or pypdf's text extraction that would break every issued document
    fails here."""
    kept = (Path(__file__).parent / "data" / "uittreksel-gezag-loket1.pdf").read_bytes()
    result = verify_pdf(kept, demo_trust())
    assert result.verdict is Verdict.GENUINE, result.message
    assert len(PdfReader(io.BytesIO(kept)).pages) == 2


def test_the_shipped_demo_public_key_is_the_demo_signing_keys_half(tmp_path: Path) -> None:
    from importlib import resources

    from workstation.documents.signing import demo_public_key, key_id, read_public_key

    shipped = tmp_path / "demo.pub.pem"
    shipped.write_bytes((resources.files("resources.demo.documents")
                         / "demo_document_signing_public.pem").read_bytes())
    assert key_id(read_public_key(shipped)) == key_id(demo_public_key())


def _page_content(data: bytes):
    def change(writer: PdfWriter) -> None:
        page = writer.pages[0]
        content = ContentStream(page.get_contents(), writer)
        content.set_data(data)
        page.replace_contents(content)
    return change


def test_a_damaged_page_is_altered_not_a_crash(specimen_pdf: bytes) -> None:
    unknown_font = _rewritten(specimen_pdf, _page_content(b"BT /F9 10 Tf (x) Tj ET"))
    broken = _rewritten(specimen_pdf, _page_content(b"BT /F1 10 Tf [(x) 5 Tj ET ((( "))

    assert verify_pdf(unknown_font, demo_trust()).verdict is Verdict.ALTERED
    unreadable = verify_pdf(broken, demo_trust())
    assert unreadable.verdict is Verdict.ALTERED
    assert "tekst op de pagina's is niet te lezen" in unreadable.message
