"""The ESC/POS codec, checked byte for byte and through the independent test decoder."""

from __future__ import annotations

import io
from datetime import UTC
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from tests.escpos_decoder import decode
from tests.unit.devices.printer import samples
from workstation.devices.printer import escpos_codec
from workstation.devices.printer.escpos_codec import PaperLayout, encode_receipt, encode_ticket
from workstation.devices.printer.model import PaperWidth, PrinterStatus

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("width", [80, 58])
def test_ticket_matches_golden_bytes(width: PaperWidth) -> None:
    """To accept an intended layout change, rewrite the golden file from ``encode_ticket`` and
    review the decoder assertions below, which say what the bytes must mean."""
    expected = (GOLDEN / f"ticket_{width}.bin").read_bytes()
    assert encode_ticket(samples.ticket(), PaperLayout.for_width(width)) == expected


@pytest.mark.parametrize(("width", "columns"), [(80, 48), (58, 32)])
def test_golden_ticket_decodes_to_the_ticket(width: int, columns: int) -> None:
    job = decode((GOLDEN / f"ticket_{width}.bin").read_bytes())
    text = "\n".join(job.texts)

    assert job.inits == 1 and job.code_pages == [19]
    assert "Gemeente Súdwest-Fryslân" in text and "Stadskantoor Sneek" in text
    assert "ĳ" not in text and "één ijsje kost € 2,50" in text.replace("\n", " ")
    assert "Bewaar dit briefje - " in text
    assert "Verwachte wachttijd: ongeveer 15" in text
    assert "12-03-2025 09:41" in text
    assert all(len(line.text) * line.width <= columns for line in job.lines)
    big = [line for line in job.lines if line.text == "A012"]
    assert len(big) == 1 and big[0].width == big[0].height >= 3 and big[0].align == 1
    assert job.qr_payloads == [samples.TICKET_ID]
    assert job.cuts == 1 and job.ends_with_cut


def test_code_page_is_selected_right_after_every_init() -> None:
    data = encode_ticket(samples.ticket(), PaperLayout.for_width(80))
    assert data.startswith(escpos_codec.INIT + escpos_codec.SELECT_CODE_PAGE)
    assert escpos_codec.SELECT_CODE_PAGE == b"\x1bt\x13"


def test_without_the_code_page_switch_the_euro_would_be_wrong() -> None:
    """Proves the decoder honours code pages: CP437 (the page after ESC @) has no euro."""
    data = encode_ticket(samples.ticket(), PaperLayout.for_width(80))
    stripped = decode(data.replace(escpos_codec.SELECT_CODE_PAGE, b"", 1))
    assert "€" not in "".join(stripped.texts)
    assert "€" in "".join(decode(data).texts)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("ĳverig Ĳmuiden", "ijverig IJmuiden"),
        ("‘zo’ “dan” „nu”", "'zo' \"dan\" \"nu\""),
        ("9–17 uur — ook zaterdag…", "9-17 uur - ook zaterdag..."),
        ("café één coördinatie naïef € 5", "café één coördinatie naïef € 5"),
        ("Łódź Dvořák", "Lódz Dvorák"),
        ("ﬁets", "fiets"),
        ("a\x1b@b\tc", "a @b c"),
        ("日本", "??"),
    ],
)
def test_printable_maps_what_the_code_page_lacks(text: str, printed: str) -> None:
    assert escpos_codec.printable(text) == printed
    escpos_codec.encode_text(text)  # never raises


def test_euro_sign_is_byte_d5_in_pc858() -> None:
    assert escpos_codec.encode_text("€") == b"\xd5"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("84.7"), "€ 84,70"),
        (Decimal("1041.255"), "€ 1.041,26"),
        (Decimal("0"), "€ 0,00"),
        (Decimal("-5"), "€ -5,00"),
        (Decimal("1234567.8"), "€ 1.234.567,80"),
    ],
)
def test_format_euro_is_dutch(amount: Decimal, text: str) -> None:
    assert escpos_codec.format_euro(amount) == text


def test_issue_time_is_shown_in_amsterdam_time() -> None:
    ticket = samples.ticket(issued_at=samples.ticket().issued_at.astimezone(UTC))
    job = decode(encode_ticket(ticket, PaperLayout.for_width(80)))
    assert "12-03-2025 09:41" in job.texts


def test_ticket_without_lines_or_footer_leaves_them_out() -> None:
    ticket = samples.ticket(lines=(), footer="")
    texts = decode(encode_ticket(ticket, PaperLayout.for_width(58))).texts
    assert not any("wachttijd" in text for text in texts)
    assert texts[-1] == "12-03-2025 09:41"


def test_ticket_says_only_what_it_is_given_in_the_visitors_language() -> None:
    """No word of the codec's own: an English ticket has no Dutch on it."""
    ticket = samples.ticket(
        municipality="Municipality of Súdwest-Fryslân", location="City office Sneek",
        heading="Your ticket number", service="Passport and ID card",
        lines=("2 people are waiting before you.", "Expected waiting time: about 5 minutes."),
        footer="Please keep this ticket until it is your turn.",
    )
    texts = decode(encode_ticket(ticket, PaperLayout.for_width(80))).texts
    assert texts == [
        "Municipality of Súdwest-Fryslân", "City office Sneek", "Your ticket number", "A012",
        "Passport and ID card", "2 people are waiting before you.",
        "Expected waiting time: about 5 minutes.", "12-03-2025 09:41",
        "Please keep this ticket until it is your turn.",
    ]


def test_duplicate_is_marked_large_under_the_number() -> None:
    job = decode(encode_ticket(samples.ticket(duplicate_label="DUPLICAAT"),
                               PaperLayout.for_width(80)))
    index = next(i for i, line in enumerate(job.lines) if line.text == "DUPLICAAT")
    assert job.lines[index].width == job.lines[index].height == 2 and job.lines[index].bold
    assert job.lines[index - 1].text == "A012"
    assert "DUPLICAAT" not in decode(encode_ticket(samples.ticket(), PaperLayout.for_width(80))
                                     ).texts


@pytest.mark.parametrize("width", [80, 58])
def test_receipt_lines_amounts_and_total(width: PaperWidth) -> None:
    layout = PaperLayout.for_width(width)
    job = decode(encode_receipt(samples.receipt(), layout))
    texts = job.texts

    assert job.code_pages == [19] and job.ends_with_cut
    assert all(len(text) <= layout.columns for text in texts)
    assert any(t.startswith("Uittreksel BRP") and t.endswith("€ 15,30") for t in texts)
    total = next(line for line in job.lines if line.text.startswith("Totaal"))
    assert total.bold and total.text.endswith("€ 1.141,25")
    assert "Betaald met: pin" in texts
    assert "Datum: 01-07-2025 14:05" in texts  # summer time
    assert "Balie: Balie 3" in texts


def test_long_receipt_description_wraps_with_amount_on_first_row() -> None:
    texts = decode(encode_receipt(samples.receipt(), PaperLayout.for_width(58))).texts
    first = next(i for i, t in enumerate(texts) if t.startswith("Paspoort"))
    assert texts[first].endswith("€ 84,70")
    assert not texts[first + 1].endswith("€ 84,70") and "spoedlevering" in " ".join(
        texts[first : first + 3]
    )


def test_columns_override_for_42_column_printers() -> None:
    job = decode(encode_receipt(samples.receipt(), PaperLayout.for_width(80, columns=42)))
    assert max(len(text) for text in job.texts) == 42


def test_logo_becomes_a_raster_that_fits_the_paper() -> None:
    image = Image.new("RGBA", (1000, 100), (0, 0, 0, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    job = decode(encode_ticket(samples.ticket(), PaperLayout.for_width(58), buffer.getvalue()))
    assert job.images == [(384, 38)]
    assert job.qr_payloads == [samples.TICKET_ID]


def test_raster_prints_dark_pixels_only() -> None:
    image = Image.new("L", (16, 1), 255)
    image.putpixel((0, 0), 0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    raster = escpos_codec.raster_image(buffer.getvalue(), 576)
    assert raster == b"\x1dv0\x00\x02\x00\x01\x00" + b"\x80\x00"


def test_oversized_qr_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="too long"):
        escpos_codec.qr_code("x" * 501, 6)


R, OFF = 0x12, 0x1A


@pytest.mark.parametrize(
    ("answers", "status"),
    [
        (bytes([R, R, R]), PrinterStatus.READY),
        (bytes([R, R, R | 0x0C]), PrinterStatus.PAPER_LOW),
        (bytes([R, R, R | 0x04]), PrinterStatus.PAPER_LOW),
        (bytes([OFF, R | 0x20, R | 0x60]), PrinterStatus.PAPER_OUT),
        (bytes([OFF, R, R | 0x60]), PrinterStatus.PAPER_OUT),
        (bytes([OFF, R | 0x04, R]), PrinterStatus.COVER_OPEN),
        (bytes([OFF, R | 0x24, R | 0x60]), PrinterStatus.COVER_OPEN),
        (bytes([OFF, R | 0x40, R]), PrinterStatus.OFFLINE),
        (bytes([OFF]), PrinterStatus.OFFLINE),
        (bytes([R]), PrinterStatus.READY),
        (b"", PrinterStatus.OFFLINE),
        (bytes([0xFF, R, R]), PrinterStatus.OFFLINE),
        (bytes([R, 0x00, 0xFF]), PrinterStatus.READY),
    ],
)
def test_parse_status(answers: bytes, status: PrinterStatus) -> None:
    assert escpos_codec.parse_status(answers) is status


def test_status_requests_are_dle_eot_1_2_4() -> None:
    assert b"".join(escpos_codec.STATUS_REQUESTS) == b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"
