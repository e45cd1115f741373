"""What a printer would put on paper, read back from the ESC/POS bytes. Pure: no I/O.

The simulated printer uses this to show its jobs as text (logs, diagnostics) and as a PNG (a
preview in the UI). It reads the command set the codec writes; anything else is an error, so a
codec change that the preview cannot show is noticed.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass, field

import qrcode
from PIL import Image, ImageDraw, ImageFont, ImageOps
from qrcode.constants import ERROR_CORRECT_M

CODE_PAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858"}
"""``ESC t`` numbers (Epson numbering) this preview can show."""

_ALIGN_NAMES = {0: "left", 1: "center", 2: "right"}


@dataclass(frozen=True)
class TextLine:
    text: str
    width: int = 1
    height: int = 1
    align: str = "left"
    bold: bool = False


@dataclass(frozen=True)
class QrCode:
    payload: str
    module_dots: int
    align: str


@dataclass(frozen=True)
class Raster:
    row_bytes: int
    height: int
    bits: bytes
    align: str


@dataclass(frozen=True)
class Cut:
    pass


Element = TextLine | QrCode | Raster | Cut


@dataclass
class _State:
    code_page: str = "cp437"
    width: int = 1
    height: int = 1
    align: str = "left"
    bold: bool = False
    pending: bytearray = field(default_factory=bytearray)
    qr_module: int = 3
    qr_data: bytes = b""


def parse(data: bytes) -> list[Element]:
    """The printed elements of ``data``, top to bottom. Raises ``ValueError`` on unknown input."""
    state = _State()
    out: list[Element] = []
    i = 0

    def flush_line() -> None:
        text = bytes(state.pending).decode(state.code_page)
        out.append(TextLine(text, state.width, state.height, state.align, state.bold))
        state.pending.clear()

    while i < len(data):
        byte = data[i]
        if byte == 0x0A:
            flush_line()
            i += 1
        elif byte == 0x1B:
            i = _escape(data, i, state, out)
        elif byte == 0x1D:
            i = _group_separator(data, i, state, out)
        elif byte == 0x10 and data[i + 1 : i + 2] == b"\x04":
            i += 3  # real-time status request: prints nothing
        elif byte < 0x20:
            raise ValueError(f"unexpected control byte 0x{byte:02x} at {i}")
        else:
            state.pending.append(byte)
            i += 1
    if state.pending:
        flush_line()
    return out


def _escape(data: bytes, i: int, state: _State, out: list[Element]) -> int:
    command = data[i + 1 : i + 2]
    if command == b"@":
        vars(state).update(vars(_State()))  # initialise: buffer and settings to defaults
        return i + 2
    argument = data[i + 2]
    if command == b"t":
        if argument not in CODE_PAGES:
            raise ValueError(f"code page {argument} not supported by the preview")
        state.code_page = CODE_PAGES[argument]
    elif command == b"a":
        state.align = _ALIGN_NAMES[argument % 48]
    elif command == b"E":
        state.bold = bool(argument & 1)
    elif command == b"d":
        out.extend(TextLine("", align=state.align) for _ in range(argument))
    else:
        raise ValueError(f"unknown command ESC {command!r} at {i}")
    return i + 3


def _group_separator(data: bytes, i: int, state: _State, out: list[Element]) -> int:
    command = data[i + 1 : i + 2]
    if command == b"!":
        size = data[i + 2]
        state.width, state.height = (size >> 4) + 1, (size & 0x0F) + 1
        return i + 3
    if command == b"V":
        out.append(Cut())
        return i + (4 if data[i + 2] in (65, 66) else 3)
    if command == b"(" and data[i + 2 : i + 3] == b"k":
        length = int.from_bytes(data[i + 3 : i + 5], "little")
        body = data[i + 5 : i + 5 + length]
        function = body[1:2]
        if function == b"C":
            state.qr_module = body[2]
        elif function == b"P":
            state.qr_data = body[3:]
        elif function == b"Q":
            out.append(QrCode(state.qr_data.decode("utf-8"), state.qr_module, state.align))
        return i + 5 + length
    if command == b"v" and data[i + 2 : i + 3] == b"0":
        row_bytes = int.from_bytes(data[i + 4 : i + 6], "little")
        height = int.from_bytes(data[i + 6 : i + 8], "little")
        end = i + 8 + row_bytes * height
        out.append(Raster(row_bytes, height, data[i + 8 : end], state.align))
        return end
    raise ValueError(f"unknown command GS {command!r} at {i}")


def render_text(elements: list[Element], columns: int) -> str:
    """A plain-text picture of the paper, ``columns`` wide."""
    rows: list[str] = []
    for element in elements:
        if isinstance(element, TextLine):
            text = (" " * (element.width - 1)).join(element.text)
            rows.append(_aligned(text, element.align, columns))
        elif isinstance(element, QrCode):
            rows.append(_aligned(f"[QR: {element.payload}]", element.align, columns))
        elif isinstance(element, Raster):
            rows.append(_aligned(f"[logo {element.row_bytes * 8}x{element.height}]",
                                 element.align, columns))
        else:
            rows.append("-" * columns)
    return "\n".join(row.rstrip() for row in rows) + "\n"


def _aligned(text: str, align: str, columns: int) -> str:
    if align == "center":
        return text.center(columns)
    if align == "right":
        return text.rjust(columns)
    return text


_FONT_PX = 20
"""A monospace font at 20 px advances about 12 dots per character, like font A."""
_MONOSPACE_FONTS = ("DejaVuSansMono.ttf", "consola.ttf", "cour.ttf", "Menlo.ttc")
_LINE_GAP_PX = 6


def render_png(elements: list[Element], width_dots: int) -> bytes:
    """A PNG picture of the paper at printer resolution (``width_dots`` wide)."""
    pieces = [_piece(element, width_dots) for element in elements]
    height = sum(piece.height + _LINE_GAP_PX for piece, _ in pieces) + _LINE_GAP_PX
    paper = Image.new("L", (width_dots, height), 255)
    y = _LINE_GAP_PX
    for piece, align in pieces:
        if align == "center":
            x = (width_dots - piece.width) // 2
        elif align == "right":
            x = width_dots - piece.width
        else:
            x = 0
        paper.paste(piece, (max(0, x), y))
        y += piece.height + _LINE_GAP_PX
    buffer = io.BytesIO()
    paper.save(buffer, format="PNG")
    return buffer.getvalue()


def _piece(element: Element, width_dots: int) -> tuple[Image.Image, str]:
    if isinstance(element, TextLine):
        return _text_image(element), element.align
    if isinstance(element, QrCode):
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=element.module_dots,
                             border=0)
        code.add_data(element.payload)
        image = code.make_image().get_image().convert("L")
        return image, element.align
    if isinstance(element, Raster):
        packed = Image.frombytes("1", (element.row_bytes * 8, element.height), element.bits)
        return ImageOps.invert(packed.convert("L")), element.align
    line = Image.new("L", (width_dots, 3), 255)
    ImageDraw.Draw(line).line([(0, 1), (width_dots, 1)], fill=0, width=1)
    return line, "left"


@functools.cache
def _font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in _MONOSPACE_FONTS:
        try:
            return ImageFont.truetype(name, _FONT_PX)
        except OSError:
            continue
    return ImageFont.load_default(_FONT_PX)


def _text_image(line: TextLine) -> Image.Image:
    """The line in the base font, then magnified like the printer does (``GS !``)."""
    font = _font()
    left, _top, right, bottom = (int(edge) for edge in font.getbbox(line.text or " "))
    image = Image.new("L", (max(1, right - left) + 2, bottom + 4), 255)
    ImageDraw.Draw(image).text(
        (-left, 0), line.text, font=font, fill=0, stroke_width=1 if line.bold else 0, stroke_fill=0
    )
    if line.width == line.height == 1:
        return image
    size = (image.width * line.width, image.height * line.height)
    return image.resize(size, Image.Resampling.NEAREST)
