"""PACE with generic mapping on elliptic curves (ICAO 9303 part 11, section 4.4; appendix G.1).

Pure crypto and codecs, both sides: the terminal's steps for ``EmrtdReader`` and the chip's
for the emulator. Loket supports id-PACE-ECDH-GM-AES-CBC-CMAC-128/192/256 on NIST P-256,
brainpoolP256r1 and brainpoolP384r1, with the MRZ or the CAN as password. The session after
PACE uses AES secure messaging with a send sequence counter starting at zero.

The exchange, all inside GENERAL AUTHENTICATE's dynamic authentication data (7C):
chip sends the nonce encrypted with the password key (80); both send a mapping key (81/82);
the mapped generator is G' = s*G + H with H the ECDH point of the mapping keys; both send an
ephemeral key on G' (83/84); the x coordinate of their ECDH point seeds the session keys;
each proves it has them with a token, a CMAC over the other side's public key (85/86).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from Crypto.Cipher import AES
from Crypto.Hash import CMAC

from workstation.devices.cardreader import tlv
from workstation.devices.cardreader.ec import STANDARD_DOMAIN_PARAMETERS, Curve, EcError
from workstation.devices.cardreader.lds import decode_oid, encode_oid

OID_PACE = "0.4.0.127.0.7.2.2.4"
ECDH_GM_KEY_LENGTHS = {
    f"{OID_PACE}.2.2": 16,
    f"{OID_PACE}.2.3": 24,
    f"{OID_PACE}.2.4": 32,
}
"""id-PACE-ECDH-GM-AES-CBC-CMAC-128/192/256 and their AES key lengths."""

TAG_DYNAMIC_AUTH = 0x7C
TAG_NONCE = 0x80
TAG_MAP_TERMINAL = 0x81
TAG_MAP_CHIP = 0x82
TAG_KEY_TERMINAL = 0x83
TAG_KEY_CHIP = 0x84
TAG_TOKEN_TERMINAL = 0x85
TAG_TOKEN_CHIP = 0x86
TAG_PUBLIC_KEY = 0x7F49
TAG_EC_POINT = 0x86
_KDF_ENC = 1
_KDF_MAC = 2
_KDF_PASSWORD = 3


class PaceError(Exception):
    """A PACE message is malformed, a point is invalid, or a token does not verify."""


class Password(Enum):
    """The password reference of MSE:Set AT (83)."""

    MRZ = 1
    CAN = 2


@dataclass(frozen=True)
class PaceInfo:
    """One PACE protocol a chip offers in EF.CardAccess, usable by Loket."""

    oid: str
    parameter_id: int

    @property
    def curve(self) -> Curve:
        return STANDARD_DOMAIN_PARAMETERS[self.parameter_id]

    @property
    def key_length(self) -> int:
        return ECDH_GM_KEY_LENGTHS[self.oid]

    @property
    def description(self) -> str:
        return f"PACE ECDH-GM AES-{self.key_length * 8} {self.curve.name}"


@dataclass(frozen=True)
class PaceKeys:
    """AES session keys after PACE; secure messaging starts with SSC 0."""

    enc: bytes
    mac: bytes


def parse_card_access(raw: bytes) -> list[PaceInfo]:
    """The PACE protocols in EF.CardAccess (a SET of SecurityInfos) that Loket can run.

    Unknown security infos, and PACE variants other than ECDH generic mapping with AES on a
    supported curve, are skipped. Raises PaceError when the file is not a SET of SEQUENCEs.
    """
    try:
        infos = list(tlv.iterate(tlv.single(raw, 0x31)))
        usable = []
        for tag, body in infos:
            if tag != 0x30:
                raise PaceError("SecurityInfo is not a SEQUENCE")
            fields = list(tlv.iterate(body))
            if len(fields) < 3 or fields[0][0] != 0x06 or fields[2][0] != 0x02:
                continue
            oid = decode_oid(fields[0][1])
            parameter_id = int.from_bytes(fields[2][1], "big")
            if oid in ECDH_GM_KEY_LENGTHS and parameter_id in STANDARD_DOMAIN_PARAMETERS:
                usable.append(PaceInfo(oid, parameter_id))
        return usable
    except (tlv.TlvError, ValueError) as exc:
        raise PaceError(f"EF.CardAccess: {exc}") from exc


def build_card_access(infos: list[PaceInfo]) -> bytes:
    """EF.CardAccess with one PACEInfo (version 2) per protocol (for the emulator)."""
    return tlv.encode(
        0x31,
        b"".join(
            tlv.encode(0x30, encode_oid(info.oid) + _integer(2) + _integer(info.parameter_id))
            for info in infos
        ),
    )


def _integer(value: int) -> bytes:
    return tlv.encode(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def kdf(secret: bytes, counter: int, key_length: int) -> bytes:
    """ICAO 9303 part 11, 9.7.1: SHA-1 for AES-128 keys, SHA-256 for AES-192/256."""
    data = secret + counter.to_bytes(4, "big")
    if key_length == 16:
        return hashlib.sha1(data).digest()[:16]
    return hashlib.sha256(data).digest()[:key_length]


def password_key(password: Password, secret: str, key_length: int) -> bytes:
    """K-pi: from the MRZ information (SHA-1 of it) or the CAN (its digits as is)."""
    if password is Password.MRZ:
        seed = hashlib.sha1(secret.encode("ascii")).digest()
    else:
        seed = secret.encode("ascii")
    return kdf(seed, _KDF_PASSWORD, key_length)


def decrypt_nonce(k_pi: bytes, encrypted: bytes) -> bytes:
    """s = D(K-pi, z): AES-CBC with a zero IV."""
    if not encrypted or len(encrypted) % 16:
        raise PaceError("encrypted nonce is not whole AES blocks")
    return AES.new(k_pi, AES.MODE_CBC, iv=bytes(16)).decrypt(encrypted)


def encrypt_nonce(k_pi: bytes, nonce: bytes) -> bytes:
    return AES.new(k_pi, AES.MODE_CBC, iv=bytes(16)).encrypt(nonce)


def mapped_generator(curve: Curve, nonce: bytes, private_map: int, peer_map: bytes) -> Curve:
    """The curve with generator G' = s*G + H, H = private_map * peer's mapping key."""
    peer = _point(curve, peer_map)
    shared = curve.multiply(private_map, peer)
    generator = curve.add(curve.multiply(int.from_bytes(nonce, "big"), curve.g), shared)
    if shared is None or generator is None:
        raise PaceError("mapping gave the point at infinity")
    return Curve(curve.name, curve.p, curve.a, curve.b, generator, curve.n)


def _point(curve: Curve, data: bytes) -> tuple[int, int]:
    try:
        return curve.decode(data)
    except EcError as exc:
        raise PaceError(str(exc)) from exc


def public_key(curve: Curve, private: int) -> bytes:
    return curve.encode(curve.multiply(private, curve.g))


def shared_secret(curve: Curve, private: int, peer_public: bytes) -> bytes:
    """The x coordinate of private * peer's key on the mapped curve."""
    point = curve.multiply(private, _point(curve, peer_public))
    if point is None:
        raise PaceError("key agreement gave the point at infinity")
    return point[0].to_bytes(curve.size, "big")


def session_keys(secret: bytes, key_length: int) -> PaceKeys:
    return PaceKeys(kdf(secret, _KDF_ENC, key_length), kdf(secret, _KDF_MAC, key_length))


def token(mac_key: bytes, oid: str, peer_public: bytes) -> bytes:
    """Authentication token: CMAC over the peer's public key data object, first 8 bytes."""
    data = tlv.encode(TAG_PUBLIC_KEY, encode_oid(oid) + tlv.encode(TAG_EC_POINT, peer_public))
    return cmac(mac_key, data)


def cmac(key: bytes, data: bytes) -> bytes:
    return CMAC.new(key, data, ciphermod=AES).digest()[:8]


def random_scalar(curve: Curve, random_bytes: Callable[[int], bytes] = os.urandom) -> int:
    """A private key in [1, n-1]."""
    while True:
        value = int.from_bytes(random_bytes(curve.size + 8), "big") % curve.n
        if value:
            return value


def dynamic_auth(tag: int, value: bytes) -> bytes:
    """Dynamic authentication data: 7C wrapping one data object."""
    return tlv.encode(TAG_DYNAMIC_AUTH, tlv.encode(tag, value))


EMPTY_DYNAMIC_AUTH = tlv.encode(TAG_DYNAMIC_AUTH, b"")
"""The first GENERAL AUTHENTICATE's data: the terminal asks for the encrypted nonce."""


def from_dynamic_auth(data: bytes, tag: int) -> bytes:
    """The data object ``tag`` inside a 7C; raises PaceError when it is not there."""
    try:
        found = tlv.as_dict(tlv.single(data, TAG_DYNAMIC_AUTH))
    except tlv.TlvError as exc:
        raise PaceError(f"dynamic authentication data: {exc}") from exc
    if tag not in found:
        raise PaceError(f"dynamic authentication data lacks {tag:02X}")
    return found[tag]


def set_at_data(info: PaceInfo, password: Password) -> bytes:
    """MSE:Set AT data: protocol (80), password reference (83), domain parameters (84)."""
    return (
        tlv.encode(0x80, encode_oid(info.oid)[2:])
        + tlv.encode(0x83, bytes([password.value]))
        + tlv.encode(0x84, bytes([info.parameter_id]))
    )


def check_token(expected: bytes, received: bytes) -> None:
    if not hmac.compare_digest(expected, received):
        raise PaceError("authentication token does not verify")


class ChipPace:
    """The chip's side of one PACE run (the emulator's); one method per GENERAL AUTHENTICATE."""

    def __init__(
        self,
        info: PaceInfo,
        k_pi: bytes,
        random_bytes: Callable[[int], bytes] = os.urandom,
        *,
        nonce: bytes | None = None,
        private_keys: tuple[int, int] | None = None,
    ) -> None:
        """``nonce`` and ``private_keys`` (mapping, ephemeral) fix the chip's secrets (tests)."""
        self.info = info
        self._random = random_bytes
        self._nonce = nonce if nonce is not None else random_bytes(16)
        self._encrypted_nonce = encrypt_nonce(k_pi, self._nonce)
        curve = info.curve
        self._private_map, self._private_key = private_keys or (
            random_scalar(curve, random_bytes),
            random_scalar(curve, random_bytes),
        )
        self._curve = curve
        self._terminal_key = b""
        self._own_key = b""
        self.keys: PaceKeys | None = None

    def encrypted_nonce(self) -> bytes:
        return dynamic_auth(TAG_NONCE, self._encrypted_nonce)

    def map_nonce(self, command: bytes) -> bytes:
        terminal_map = from_dynamic_auth(command, TAG_MAP_TERMINAL)
        self._curve = mapped_generator(self._curve, self._nonce, self._private_map, terminal_map)
        own_map = public_key(self.info.curve, self._private_map)
        return dynamic_auth(TAG_MAP_CHIP, own_map)

    def agree(self, command: bytes) -> bytes:
        self._terminal_key = from_dynamic_auth(command, TAG_KEY_TERMINAL)
        self._own_key = public_key(self._curve, self._private_key)
        if self._own_key == self._terminal_key:
            raise PaceError("terminal echoed the chip's ephemeral key")
        secret = shared_secret(self._curve, self._private_key, self._terminal_key)
        self.keys = session_keys(secret, self.info.key_length)
        return dynamic_auth(TAG_KEY_CHIP, self._own_key)

    def authenticate(self, command: bytes) -> bytes:
        """Check the terminal's token; answer with the chip's. Raises PaceError."""
        if self.keys is None:
            raise PaceError("token before key agreement")
        received = from_dynamic_auth(command, TAG_TOKEN_TERMINAL)
        check_token(token(self.keys.mac, self.info.oid, self._own_key), received)
        return dynamic_auth(TAG_TOKEN_CHIP, token(self.keys.mac, self.info.oid, self._terminal_key))
