"""BER-TLV / DER tag-length-value coding, as used by secure messaging, the LDS and CMS.

Pure codec. Tags are returned as integers holding all tag bytes (``0x5F1F``, ``0x61``).
"""

from __future__ import annotations

from collections.abc import Iterator


class TlvError(ValueError):
    """The bytes are not well-formed TLV."""


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def encode(tag: int, value: bytes) -> bytes:
    tag_bytes = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")
    return tag_bytes + encode_length(len(value)) + value


def read_header(data: bytes, offset: int = 0) -> tuple[int, int, int]:
    """Return (tag, value offset, value length) of the TLV starting at ``offset``.

    The value may extend past the end of ``data``: a caller that read only the first bytes
    of a file uses this to learn how long the file is.
    """
    try:
        tag = data[offset]
        offset += 1
        if tag & 0x1F == 0x1F:
            while True:
                byte = data[offset]
                offset += 1
                tag = (tag << 8) | byte
                if not byte & 0x80:
                    break
        first = data[offset]
        offset += 1
    except IndexError as exc:
        raise TlvError("TLV header truncated") from exc
    if first < 0x80:
        return tag, offset, first
    count = first & 0x7F
    if count == 0 or count > 3:
        raise TlvError(f"unsupported length form {first:02X}")
    if offset + count > len(data):
        raise TlvError("TLV length truncated")
    return tag, offset + count, int.from_bytes(data[offset : offset + count], "big")


def iterate(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield (tag, value) of each TLV in ``data``; the last one must end exactly at the end."""
    offset = 0
    while offset < len(data):
        tag, start, length = read_header(data, offset)
        end = start + length
        if end > len(data):
            raise TlvError(f"TLV {tag:X} runs past the end of its container")
        yield tag, data[start:end]
        offset = end


def single(data: bytes, expected_tag: int) -> bytes:
    """The value of ``data`` that must be exactly one TLV with ``expected_tag``."""
    items = list(iterate(data))
    if len(items) != 1 or items[0][0] != expected_tag:
        raise TlvError(f"expected exactly one TLV {expected_tag:X}")
    return items[0][1]


def as_dict(data: bytes) -> dict[int, bytes]:
    """The TLVs of ``data`` keyed by tag (first occurrence wins)."""
    found: dict[int, bytes] = {}
    for tag, value in iterate(data):
        found.setdefault(tag, value)
    return found
