"""The Logical Data Structure files Loket reads (ICAO 9303 part 10): EF.COM, EF.DG1, EF.SOD.

Pure codec: parsers for the reader and builders for the chip emulator.

``SecurityObject.matches`` compares a data group with the hash list in EF.SOD's
LDSSecurityObject; the signature over that list and its certificate chain are checked in
``passive_auth``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol

from workstation.devices.cardreader import tlv

TAG_EF_COM = 0x60
TAG_EF_DG1 = 0x61
TAG_EF_SOD = 0x77
TAG_MRZ = 0x5F1F
TAG_LDS_VERSION = 0x5F01
TAG_UNICODE_VERSION = 0x5F36
TAG_TAG_LIST = 0x5C

_DER_INTEGER = 0x02
_DER_OCTET_STRING = 0x04
_DER_NULL = 0x05
_DER_OID = 0x06
_DER_SEQUENCE = 0x30
_DER_SET = 0x31
_DER_EXPLICIT_0 = 0xA0

OID_SIGNED_DATA = "1.2.840.113549.1.7.2"
OID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1"

HASH_OIDS = {
    "1.3.14.3.2.26": "sha1",
    "2.16.840.1.101.3.4.2.4": "sha224",
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}
_OIDS_BY_HASH = {name: oid for oid, name in HASH_OIDS.items()}

# Data group number -> the tag its file starts with (ICAO 9303 part 10, table 33).
DATA_GROUP_TAGS = {
    1: 0x61, 2: 0x75, 3: 0x63, 4: 0x76, 5: 0x65, 6: 0x66, 7: 0x67, 8: 0x68,
    9: 0x69, 10: 0x6A, 11: 0x6B, 12: 0x6C, 13: 0x6D, 14: 0x6E, 15: 0x6F, 16: 0x70,
}  # fmt: skip
_DATA_GROUPS_BY_TAG = {tag: number for number, tag in DATA_GROUP_TAGS.items()}

# MRZ length in DG1 -> characters per line (TD1 3x30, TD2 2x36, TD3 2x44).
_LINE_LENGTHS = {90: 30, 72: 36, 88: 44}


class LdsError(ValueError):
    """An LDS file does not have the structure ICAO 9303 prescribes."""


@dataclass(frozen=True)
class EfCom:
    lds_version: str
    unicode_version: str
    data_groups: tuple[int, ...]


@dataclass(frozen=True)
class SecurityObject:
    """The LDSSecurityObject inside EF.SOD: hash algorithm and hash per data group."""

    hash_algorithm: str
    hashes: dict[int, bytes]

    def matches(self, data_group: int, content: bytes) -> bool:
        """True when ``content`` (the whole file as read) hashes to the listed value."""
        expected = self.hashes.get(data_group)
        if expected is None:
            return False
        return hashlib.new(self.hash_algorithm, content).digest() == expected


# --- parsing -------------------------------------------------------------------------------


def _single(data: bytes, tag: int, what: str) -> bytes:
    try:
        return tlv.single(data, tag)
    except tlv.TlvError as exc:
        raise LdsError(f"{what}: {exc}") from exc


def _children(data: bytes, what: str) -> list[tuple[int, bytes]]:
    try:
        return list(tlv.iterate(data))
    except tlv.TlvError as exc:
        raise LdsError(f"{what}: {exc}") from exc


def file_length(head: bytes) -> int:
    """Total length of an LDS file from its first bytes (its outer TLV header)."""
    try:
        _tag, start, length = tlv.read_header(head)
    except tlv.TlvError as exc:
        raise LdsError(f"file header: {exc}") from exc
    return start + length


def parse_ef_com(raw: bytes) -> EfCom:
    fields = dict(_children(_single(raw, TAG_EF_COM, "EF.COM"), "EF.COM"))
    try:
        tags = fields[TAG_TAG_LIST]
        groups = tuple(sorted(_DATA_GROUPS_BY_TAG[tag] for tag in tags))
        return EfCom(
            fields[TAG_LDS_VERSION].decode("ascii"),
            fields[TAG_UNICODE_VERSION].decode("ascii"),
            groups,
        )
    except (KeyError, UnicodeDecodeError) as exc:
        raise LdsError(f"EF.COM field missing or unknown: {exc}") from exc


def parse_dg1(raw: bytes) -> str:
    """The MRZ text stored in DG1, one string without line breaks."""
    mrz = _single(_single(raw, TAG_EF_DG1, "EF.DG1"), TAG_MRZ, "EF.DG1 MRZ")
    try:
        text = mrz.decode("ascii")
    except UnicodeDecodeError as exc:
        raise LdsError("EF.DG1 MRZ is not ASCII") from exc
    if len(text) not in _LINE_LENGTHS:
        raise LdsError(f"EF.DG1 MRZ has {len(text)} characters")
    return text


def mrz_lines(mrz_text: str) -> list[str]:
    """Split DG1's MRZ text into its printed lines."""
    width = _LINE_LENGTHS[len(mrz_text)]
    return [mrz_text[i : i + width] for i in range(0, len(mrz_text), width)]


def decode_oid(body: bytes) -> str:
    if not body:
        raise LdsError("empty OID")
    parts = [body[0] // 40, body[0] % 40] if body[0] < 80 else [2, body[0] - 80]
    value = 0
    for byte in body[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(str(p) for p in parts)


def _expect(item: tuple[int, bytes], tag: int, what: str) -> bytes:
    if item[0] != tag:
        raise LdsError(f"{what}: tag {item[0]:X} where {tag:X} belongs")
    return item[1]


def parse_sod(raw: bytes) -> SecurityObject:
    """Hash algorithm and data group hashes from EF.SOD (CMS SignedData, RFC 5652)."""
    content_info = _children(
        _single(_single(raw, TAG_EF_SOD, "EF.SOD"), _DER_SEQUENCE, "ContentInfo"), "ContentInfo"
    )
    if (
        len(content_info) != 2
        or decode_oid(_expect(content_info[0], _DER_OID, "ContentInfo type")) != OID_SIGNED_DATA
    ):
        raise LdsError("EF.SOD is not CMS SignedData")
    signed_data = _children(
        _single(_expect(content_info[1], _DER_EXPLICIT_0, "content"), _DER_SEQUENCE, "SignedData"),
        "SignedData",
    )
    if len(signed_data) < 3:
        raise LdsError("SignedData too short")
    encap = _children(_expect(signed_data[2], _DER_SEQUENCE, "EncapContentInfo"), "encap")
    if (
        len(encap) != 2
        or decode_oid(_expect(encap[0], _DER_OID, "eContentType")) != OID_LDS_SECURITY_OBJECT
    ):
        raise LdsError("EF.SOD does not hold an LDSSecurityObject")
    e_content = _single(_expect(encap[1], _DER_EXPLICIT_0, "eContent"), _DER_OCTET_STRING, "eC")
    return parse_security_object(e_content)


def parse_security_object(der: bytes) -> SecurityObject:
    fields = _children(_single(der, _DER_SEQUENCE, "LDSSecurityObject"), "LDSSecurityObject")
    if len(fields) < 3:
        raise LdsError("LDSSecurityObject too short")
    algorithm = _children(_expect(fields[1], _DER_SEQUENCE, "hashAlgorithm"), "hashAlgorithm")
    if not algorithm:
        raise LdsError("hashAlgorithm empty")
    oid = decode_oid(_expect(algorithm[0], _DER_OID, "hashAlgorithm OID"))
    if oid not in HASH_OIDS:
        raise LdsError(f"unknown hash algorithm {oid}")
    hashes: dict[int, bytes] = {}
    for item in _children(_expect(fields[2], _DER_SEQUENCE, "hash list"), "hash list"):
        pair = _children(_expect(item, _DER_SEQUENCE, "DataGroupHash"), "DataGroupHash")
        if len(pair) != 2:
            raise LdsError("DataGroupHash needs a number and a hash")
        number = int.from_bytes(_expect(pair[0], _DER_INTEGER, "dataGroupNumber"), "big")
        hashes[number] = _expect(pair[1], _DER_OCTET_STRING, "dataGroupHashValue")
    return SecurityObject(HASH_OIDS[oid], hashes)


# --- building (for the emulator) -----------------------------------------------------------


def encode_oid(dotted: str) -> bytes:
    numbers = [int(part) for part in dotted.split(".")]
    body = bytearray([numbers[0] * 40 + numbers[1]])
    for number in numbers[2:]:
        chunk = [number & 0x7F]
        rest = number >> 7
        while rest:
            chunk.append(0x80 | (rest & 0x7F))
            rest >>= 7
        body.extend(reversed(chunk))
    return tlv.encode(_DER_OID, bytes(body))


def _integer(value: int) -> bytes:
    return tlv.encode(_DER_INTEGER, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def build_ef_com(data_groups: list[int], lds_version: str = "0107") -> bytes:
    tags = bytes(DATA_GROUP_TAGS[number] for number in sorted(data_groups))
    return tlv.encode(
        TAG_EF_COM,
        tlv.encode(TAG_LDS_VERSION, lds_version.encode("ascii"))
        + tlv.encode(TAG_UNICODE_VERSION, b"040000")
        + tlv.encode(TAG_TAG_LIST, tags),
    )


def build_dg1(lines: list[str]) -> bytes:
    text = "".join(lines)
    if len(text) not in _LINE_LENGTHS:
        raise ValueError(f"an MRZ has 72, 88 or 90 characters, not {len(text)}")
    return tlv.encode(TAG_EF_DG1, tlv.encode(TAG_MRZ, text.encode("ascii")))


class SodSigner(Protocol):
    """Signs an LDSSecurityObject as a Document Signer (the emulator's test PKI)."""

    def certificate(self) -> bytes:
        """The DS certificate (DER) that goes into EF.SOD."""
        ...

    def signer_info(self, security_object: bytes, hash_algorithm: str) -> bytes:
        """The DER SignerInfo over ``security_object`` (signed attributes, signature)."""
        ...


def build_security_object(data_groups: dict[int, bytes], hash_algorithm: str = "sha256") -> bytes:
    """The DER LDSSecurityObject: version 0, hash algorithm, hash per data group."""
    algorithm = algorithm_identifier(hash_algorithm)
    hash_list = b"".join(
        tlv.encode(
            _DER_SEQUENCE,
            _integer(number)
            + tlv.encode(_DER_OCTET_STRING, hashlib.new(hash_algorithm, content).digest()),
        )
        for number, content in sorted(data_groups.items())
    )
    return tlv.encode(_DER_SEQUENCE, _integer(0) + algorithm + tlv.encode(_DER_SEQUENCE, hash_list))


def algorithm_identifier(hash_algorithm: str) -> bytes:
    return tlv.encode(
        _DER_SEQUENCE, encode_oid(_OIDS_BY_HASH[hash_algorithm]) + tlv.encode(_DER_NULL, b"")
    )


def build_sod(
    data_groups: dict[int, bytes],
    hash_algorithm: str = "sha256",
    signer: SodSigner | None = None,
) -> bytes:
    """EF.SOD: the hash list in a CMS SignedData, signed by ``signer`` or unsigned (no signer)."""
    security_object = build_security_object(data_groups, hash_algorithm)
    encap = tlv.encode(
        _DER_SEQUENCE,
        encode_oid(OID_LDS_SECURITY_OBJECT)
        + tlv.encode(_DER_EXPLICIT_0, tlv.encode(_DER_OCTET_STRING, security_object)),
    )
    certificates = b""
    signer_infos = b""
    if signer is not None:
        certificates = tlv.encode(_DER_EXPLICIT_0, signer.certificate())
        signer_infos = signer.signer_info(security_object, hash_algorithm)
    signed_data = tlv.encode(
        _DER_SEQUENCE,
        _integer(3)
        + tlv.encode(_DER_SET, algorithm_identifier(hash_algorithm))
        + encap
        + certificates
        + tlv.encode(_DER_SET, signer_infos),
    )
    content_info = tlv.encode(
        _DER_SEQUENCE, encode_oid(OID_SIGNED_DATA) + tlv.encode(_DER_EXPLICIT_0, signed_data)
    )
    return tlv.encode(TAG_EF_SOD, content_info)
