"""The face image in DG2 (ICAO 9303 part 10; ISO/IEC 19794-5 facial record inside CBEFF).

Pure codec: ``parse_dg2`` finds the first face's image (JPEG or JPEG 2000) for the reader,
``build_dg2`` wraps an image for the emulator. The image is personal data: ``FaceImage`` keeps
its bytes out of ``repr``, and nothing here logs or stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workstation.devices.cardreader import tlv

TAG_DG2 = 0x75
TAG_BIOMETRIC_GROUP = 0x7F61
TAG_BIOMETRIC_TEMPLATE = 0x7F60
TAG_BIOMETRIC_HEADER = 0xA1
TAG_BIOMETRIC_DATA = 0x5F2E
TAG_BIOMETRIC_DATA_ENCIPHERED = 0x7F2E
_FORMAT = b"FAC\x00"
_GENERAL_HEADER = 14
_FACE_HEADER = 20
_FEATURE_POINT = 8
_IMAGE_INFO = 12
JPEG = "image/jpeg"
JPEG_2000 = "image/jp2"
_IMAGE_TYPES = {0: JPEG, 1: JPEG_2000}


class FaceError(ValueError):
    """DG2 does not hold a face image Loket can find."""


@dataclass(frozen=True)
class FaceImage:
    data: bytes = field(repr=False)
    mime_type: str
    width: int
    height: int


def parse_dg2(raw: bytes) -> FaceImage:
    """The first face image in DG2; raises FaceError."""
    try:
        group = tlv.single(tlv.single(raw, TAG_DG2), TAG_BIOMETRIC_GROUP)
        template = tlv.as_dict(group)[TAG_BIOMETRIC_TEMPLATE]
        objects = tlv.as_dict(template)
    except (tlv.TlvError, KeyError) as exc:
        raise FaceError(f"DG2 structure: {exc}") from exc
    record = objects.get(TAG_BIOMETRIC_DATA, objects.get(TAG_BIOMETRIC_DATA_ENCIPHERED))
    if record is None:
        raise FaceError("DG2 has no biometric data block")
    return _parse_facial_record(record)


def _parse_facial_record(record: bytes) -> FaceImage:
    if not record.startswith(_FORMAT) or len(record) < _GENERAL_HEADER + _FACE_HEADER:
        raise FaceError("biometric data is not an ISO/IEC 19794-5 facial record")
    face = _GENERAL_HEADER
    block_length = int.from_bytes(record[face : face + 4], "big")
    feature_points = int.from_bytes(record[face + 4 : face + 6], "big")
    info = face + _FACE_HEADER + feature_points * _FEATURE_POINT
    image = info + _IMAGE_INFO
    end = face + block_length
    if end > len(record) or image >= end:
        raise FaceError("facial record is shorter than its header says")
    image_type = record[info + 1]
    if image_type not in _IMAGE_TYPES:
        raise FaceError(f"face image data type {image_type} is neither JPEG nor JPEG 2000")
    width = int.from_bytes(record[info + 2 : info + 4], "big")
    height = int.from_bytes(record[info + 4 : info + 6], "big")
    return FaceImage(record[image:end], _IMAGE_TYPES[image_type], width, height)


def build_dg2(image: bytes, *, jpeg_2000: bool = False, width: int = 0, height: int = 0) -> bytes:
    """DG2 with one facial record around ``image`` (for the emulator)."""
    block_length = _FACE_HEADER + _IMAGE_INFO + len(image)
    face_header = block_length.to_bytes(4, "big") + bytes(16)
    image_info = (
        bytes([1, 1 if jpeg_2000 else 0])
        + width.to_bytes(2, "big")
        + height.to_bytes(2, "big")
        + bytes(6)
    )
    record = (
        _FORMAT
        + b"010\x00"
        + (_GENERAL_HEADER + block_length).to_bytes(4, "big")
        + (1).to_bytes(2, "big")
        + face_header
        + image_info
        + image
    )
    template = tlv.encode(
        TAG_BIOMETRIC_TEMPLATE,
        tlv.encode(TAG_BIOMETRIC_HEADER, tlv.encode(0x80, b"\x01\x01"))
        + tlv.encode(TAG_BIOMETRIC_DATA, record),
    )
    return tlv.encode(
        TAG_DG2, tlv.encode(TAG_BIOMETRIC_GROUP, tlv.encode(0x02, b"\x01") + template)
    )
