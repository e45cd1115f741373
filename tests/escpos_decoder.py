"""A small, strict ESC/POS decoder: the test oracle for the printer codec.

Deliberately independent of ``workstation.devices.printer.preview``: it knows the code pages by
their ESC t numbers from the Epson manual, honours ESC @ (which resets the code page to 0, CP437,
like a real printer) and decodes text with whatever code page is active, so a job that forgets
to select its code page after ESC @ decodes wrongly here too. Unknown commands raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CODE_PAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858"}


@dataclass
class Line:
    text: str
    width: int
    height: int
    align: int
    bold: bool


@dataclass
class Decoded:
    lines: list[Line] = field(default_factory=list)
    qr_payloads: list[str] = field(default_factory=list)
    images: list[tuple[int, int]] = field(default_factory=list)
    """(width in dots, height in dots) of each raster image."""
    code_pages: list[int] = field(default_factory=list)
    """Every ESC t argument, in order."""
    inits: int = 0
    cuts: int = 0
    status_requests: list[int] = field(default_factory=list)
    ends_with_cut: bool = False

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines if line.text]


def decode(data: bytes) -> Decoded:
    out = Decoded()
    page, width, height, align, bold = 0, 1, 1, 0, False
    text = bytearray()
    qr_store = b""
    i = 0
    while i < len(data):
        b = data[i]
        two = data[i : i + 2]
        if b == 0x0A:
            out.lines.append(Line(text.decode(CODE_PAGES[page]), width, height, align, bold))
            text.clear()
            i += 1
        elif two == b"\x1b@":
            out.inits += 1
            page, width, height, align, bold = 0, 1, 1, 0, False
            text.clear()
            i += 2
        elif two == b"\x1bt":
            page = data[i + 2]
            if page not in CODE_PAGES:
                raise AssertionError(f"unknown code page {page}")
            out.code_pages.append(page)
            i += 3
        elif two == b"\x1ba":
            align = data[i + 2]
            i += 3
        elif two == b"\x1bE":
            bold = data[i + 2] == 1
            i += 3
        elif two == b"\x1bd":
            out.lines.extend(Line("", width, height, align, bold) for _ in range(data[i + 2]))
            i += 3
        elif two == b"\x1d!":
            width, height = (data[i + 2] >> 4) + 1, (data[i + 2] & 0xF) + 1
            i += 3
        elif two == b"\x1dV":
            out.cuts += 1
            i += 4 if data[i + 2] in (65, 66) else 3
            out.ends_with_cut = i == len(data)
        elif data[i : i + 3] == b"\x1d(k":
            length = data[i + 3] | data[i + 4] << 8
            body = data[i + 5 : i + 5 + length]
            if body[:2] == b"1P":
                qr_store = body[3:]
            elif body[:2] == b"1Q":
                out.qr_payloads.append(qr_store.decode("ascii"))
            i += 5 + length
        elif data[i : i + 3] == b"\x1dv0":
            row_bytes = data[i + 4] | data[i + 5] << 8
            rows = data[i + 6] | data[i + 7] << 8
            out.images.append((row_bytes * 8, rows))
            i += 8 + row_bytes * rows
        elif two == b"\x10\x04":
            out.status_requests.append(data[i + 2])
            i += 3
        elif b < 0x20:
            raise AssertionError(f"unknown command {data[i:i + 3]!r} at {i}")
        else:
            text.append(b)
            i += 1
    if text:
        raise AssertionError(f"text without a line feed at the end: {bytes(text)!r}")
    return out
