"""ESC/POS bytes for tickets and receipts, and the meaning of status answers. Pure: no I/O.

Why the codec builds the bytes itself instead of calling python-escpos's text methods:
python-escpos 3.1 (``MagicEncode``) picks a code page per character from a printer profile and
sends ``ESC t`` only when it thinks the page changed; after ``ESC @`` (which resets the printer
to code page 0, CP437) it does not send it again, and for ``€`` it picks a page that many
printers do not have. Either way Dutch text can come out as the wrong glyphs. Building the bytes
here makes every job self-contained and predictable, and lets tests compare exact bytes. The
backends hand the result to python-escpos's ``_raw`` and use the library only for transports.

Code page: every job starts with ``ESC @`` (initialise) followed by ``ESC t 19`` — PC858,
which is PC850 (all Western European letters: ë é è ê ï ü ö á ó ç ñ ...) plus ``€`` at 0xD5.
Page 19 is the Epson number for PC858 and is supported by Epson TM printers and by the common
ESC/POS-compatible printers; WPC1252 (page 16) also has ``€`` but is missing on many of them.
Characters PC858 lacks are mapped to a readable stand-in (``ĳ`` -> ``ij``, typographic quotes and
dashes -> ASCII, accents stripped where the bare letter exists) rather than printed as ``?``.

Layout: font A is 12 dots wide, so 80 mm paper (576 dots) holds 48 columns and 58 mm paper
(384 dots) 32; some 80 mm printers only have 512 dots (42 columns) — pass ``columns``.
"""

from __future__ import annotations

import io
import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from PIL import Image

from workstation.devices.printer.model import PaperWidth, PrinterStatus, ReceiptPrint, TicketPrint

ESC = b"\x1b"
GS = b"\x1d"
DLE = b"\x10"
EOT = b"\x04"
LF = b"\n"

CODE_PAGE_NUMBER = 19
"""``ESC t`` number of PC858 (Epson numbering)."""
CODE_PAGE_CODEC = "cp858"
INIT = ESC + b"@"
SELECT_CODE_PAGE = ESC + b"t" + bytes([CODE_PAGE_NUMBER])
ALIGN_LEFT = ESC + b"a\x00"
ALIGN_CENTER = ESC + b"a\x01"
BOLD_ON = ESC + b"E\x01"
BOLD_OFF = ESC + b"E\x00"
CUT = GS + b"V\x41\x00"
"""``GS V 65 0``: feed to the cutting position, then a full cut. Always the last command."""

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# DLE EOT n (real-time status). Answers are one byte with bits 1 and 4 set, 0 and 7 clear.
STATUS_PRINTER = 1
STATUS_OFFLINE_CAUSE = 2
STATUS_PAPER = 4
STATUS_REQUESTS = tuple(DLE + EOT + bytes([n]) for n in (1, 2, 4))
"""The three requests, in the order their one-byte answers come back."""
_STATUS_FIXED_MASK = 0x93
_STATUS_FIXED_BITS = 0x12
_ASB_FIRST_BITS = 0x10
_ASB_LENGTH = 4
_PRINTER_OFFLINE = 0x08
_CAUSE_COVER_OPEN = 0x04
_CAUSE_PAPER_END = 0x20
_PAPER_NEAR_END = 0x0C
_PAPER_END = 0x60

_MAX_QR_PAYLOAD = 500
_MAX_LOGO_HEIGHT_DOTS = 240

_REPLACEMENTS = str.maketrans(
    {
        "ĳ": "ij",
        "Ĳ": "IJ",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "…": "...",
        "•": "*",
        "·": ".",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "ı": "i",
        "œ": "oe",
        "Œ": "OE",
        "™": "TM",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
    }
)


@dataclass(frozen=True, slots=True)
class PaperLayout:
    width_mm: PaperWidth
    columns: int
    dots: int
    number_magnification: int
    qr_module_dots: int

    @classmethod
    def for_width(cls, width_mm: PaperWidth, columns: int | None = None) -> PaperLayout:
        if width_mm == 80:
            return cls(80, columns or 48, 576, number_magnification=4, qr_module_dots=6)
        return cls(58, columns or 32, 384, number_magnification=3, qr_module_dots=5)


def printable(text: str) -> str:
    """``text`` using only characters of PC858, mapped rather than dropped.

    Control characters become spaces: a name must never smuggle a printer command in.
    """
    mapped = unicodedata.normalize("NFC", text).translate(_REPLACEMENTS)
    out: list[str] = []
    for char in mapped:
        if unicodedata.category(char) == "Cc":
            out.append(" ")
        elif _in_code_page(char):
            out.append(char)
        else:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            out.append(bare if bare and all(map(_in_code_page, bare)) else "?")
    return "".join(out)


def _in_code_page(text: str) -> bool:
    try:
        text.encode(CODE_PAGE_CODEC)
    except UnicodeEncodeError:
        return False
    return True


def encode_text(text: str) -> bytes:
    return printable(text).encode(CODE_PAGE_CODEC)


def char_size(width: int, height: int) -> bytes:
    """``GS ! n``: character magnification 1..8 in each direction."""
    if not (1 <= width <= 8 and 1 <= height <= 8):
        raise ValueError(f"magnification {width}x{height} out of range")
    return GS + b"!" + bytes([(width - 1) << 4 | (height - 1)])


def feed(lines: int) -> bytes:
    """``ESC d n``: print the buffer and feed ``n`` lines."""
    return ESC + b"d" + bytes([lines])


def format_euro(amount: Decimal) -> str:
    """Dutch notation: ``€ 1.234,56``."""
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, fraction = f"{abs(cents):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"€ {sign}{grouped},{fraction}"


def format_local_time(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


def qr_code(payload: str, module_dots: int) -> bytes:
    """``GS ( k``: QR model 2, module size, error correction M, store data, print."""
    data = payload.encode("utf-8")
    if len(data) > _MAX_QR_PAYLOAD:
        raise ValueError(f"QR payload of {len(data)} bytes is too long for a ticket")
    store_length = (len(data) + 3).to_bytes(2, "little")
    return b"".join(
        (
            GS + b"(k\x04\x00\x31\x41\x32\x00",
            GS + b"(k\x03\x00\x31\x43" + bytes([module_dots]),
            GS + b"(k\x03\x00\x31\x45\x31",
            GS + b"(k" + store_length + b"\x31\x50\x30" + data,
            GS + b"(k\x03\x00\x31\x51\x30",
        )
    )


def raster_image(image_file: bytes, max_width_dots: int) -> bytes:
    """``GS v 0``: the image as a 1-bit raster, scaled to fit, dark pixels printed."""
    with Image.open(io.BytesIO(image_file)) as source:
        rgba = source.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(white, rgba).convert("L")
    scale = min(1.0, max_width_dots / grey.width, _MAX_LOGO_HEIGHT_DOTS / grey.height)
    if scale < 1.0:
        size = (max(1, int(grey.width * scale)), max(1, int(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    row_bytes = (grey.width + 7) // 8
    padded = Image.new("L", (row_bytes * 8, grey.height), 255)
    padded.paste(grey, (0, 0))
    # In mode "1" a set bit is white; ESC/POS prints set bits, so dark pixels become 255.
    bits = padded.point(lambda value: 255 if value < 128 else 0).convert("1").tobytes()
    header = GS + b"v0\x00" + row_bytes.to_bytes(2, "little") + grey.height.to_bytes(2, "little")
    return header + bits


def _wrapped(text: str, columns: int) -> list[str]:
    return textwrap.wrap(printable(text), width=columns) or [""]


def _lines(text: str, columns: int) -> bytes:
    return b"".join(encode_text(line) + LF for line in _wrapped(text, columns))


def _start() -> bytes:
    return INIT + SELECT_CODE_PAGE


def encode_ticket(ticket: TicketPrint, layout: PaperLayout, logo: bytes | None = None) -> bytes:
    """A queue ticket. ``logo`` is the contents of an image file (the ticket's logo, loaded).

    Only layout here: every word on it comes from the ticket, in the visitor's language.
    """
    cols = layout.columns
    big = layout.number_magnification
    parts: list[bytes] = [_start(), ALIGN_CENTER]
    if logo is not None:
        parts += [raster_image(logo, layout.dots), LF]
    parts += [
        BOLD_ON,
        char_size(1, 2),
        _lines(ticket.municipality, cols),
        char_size(1, 1),
        BOLD_OFF,
        _lines(ticket.location, cols),
        LF,
        _lines(ticket.heading, cols),
        char_size(big, big),
        _lines(ticket.number, cols // big),
        char_size(1, 1),
    ]
    if ticket.duplicate_label:
        parts += [BOLD_ON, char_size(2, 2), _lines(ticket.duplicate_label, cols // 2),
                  char_size(1, 1), BOLD_OFF]
    parts += [BOLD_ON, _lines(ticket.service, cols), BOLD_OFF]
    parts += [_lines(line, cols) for line in ticket.lines]
    parts += [_lines(format_local_time(ticket.issued_at), cols), LF]
    parts += [qr_code(ticket.qr_payload, layout.qr_module_dots), LF]
    if ticket.footer:
        parts.append(_lines(ticket.footer, cols))
    parts += [feed(3), CUT]
    return b"".join(parts)


def _amount_rows(description: str, amount: str, columns: int) -> bytes:
    """Description left, amount right-aligned on the first row; long descriptions wrap."""
    room = columns - len(amount) - 1
    rows = _wrapped(description, room)
    first = rows[0].ljust(room) + " " + amount
    return b"".join(encode_text(row) + LF for row in [first, *rows[1:]])


def encode_receipt(receipt: ReceiptPrint, layout: PaperLayout) -> bytes:
    cols = layout.columns
    rule = encode_text("-" * cols) + LF
    parts: list[bytes] = [
        _start(),
        ALIGN_CENTER,
        BOLD_ON,
        char_size(1, 2),
        _lines(receipt.municipality, cols),
        char_size(1, 1),
        _lines("Kwitantie", cols),
        BOLD_OFF,
        LF,
        ALIGN_LEFT,
        _lines(f"Datum: {format_local_time(receipt.paid_at)}", cols),
        _lines(f"Balie: {receipt.counter}", cols),
    ]
    if receipt.reference:
        parts.append(_lines(f"Bestelnummer: {receipt.reference}", cols))
    parts += [rule]
    parts += [_amount_rows(line.description, format_euro(line.amount), cols) for line in
              receipt.lines]
    parts += [
        rule,
        BOLD_ON,
        _amount_rows("Totaal", format_euro(receipt.total), cols),
        BOLD_OFF,
        _lines(f"Betaald met: {receipt.payment_method}", cols),
    ]
    if receipt.notes:
        parts += [LF, *(_lines(note, cols) for note in receipt.notes)]
    parts += [feed(3), CUT]
    return b"".join(parts)


def _status_byte(answer: int | None) -> int | None:
    if answer is None or answer & _STATUS_FIXED_MASK != _STATUS_FIXED_BITS:
        return None
    return answer


def status_answers(received: bytes) -> bytes:
    """The one-byte DLE EOT answers in ``received``, in order, without ASB blocks.

    A printer with automatic status back (ASB) on sends a 4-byte status block by itself when it
    connects and whenever its state changes, in between the answers. Its first byte has bit 4
    set and bits 0, 1 and 7 clear (``xxx1xx00``), which no DLE EOT answer (``0xx1xx10``) has;
    its other three bytes have bit 4 clear, which every DLE EOT answer has set. So the stream
    separates without knowing what the printer was asked.
    """
    answers = bytearray()
    i = 0
    while i < len(received):
        byte = received[i]
        if byte & _STATUS_FIXED_MASK == _ASB_FIRST_BITS:
            i += _ASB_LENGTH  # an ASB block (possibly cut off at the end: then it is all skipped)
        elif byte & _STATUS_FIXED_MASK == _STATUS_FIXED_BITS:
            answers.append(byte)
            i += 1
        else:
            i += 1  # a stray byte (the rest of an ASB block, line noise): not an answer
    return bytes(answers)


def parse_status(answers: Iterable[int | None]) -> PrinterStatus:
    """The printer's state from its answers to :data:`STATUS_REQUESTS` (``None``: no answer).

    No valid answer to the printer-status request means the printer is offline or not there.
    """
    printer, cause, paper = (_status_byte(a) for a in (*answers, None, None, None)[:3])
    if printer is None:
        return PrinterStatus.OFFLINE
    if cause is not None and cause & _CAUSE_COVER_OPEN:
        return PrinterStatus.COVER_OPEN
    if (cause is not None and cause & _CAUSE_PAPER_END) or (
        paper is not None and paper & _PAPER_END
    ):
        return PrinterStatus.PAPER_OUT
    if printer & _PRINTER_OFFLINE:
        return PrinterStatus.OFFLINE
    if paper is not None and paper & _PAPER_NEAR_END:
        return PrinterStatus.PAPER_LOW
    return PrinterStatus.READY
