"""Secure messaging (ICAO 9303 part 11, section 9.8): 3DES + retail MAC after BAC, AES + CMAC
after PACE.

Both sides are here: ``TerminalChannel`` wraps commands and unwraps responses for the reader,
``ChipChannel`` does the opposite for the emulator. Each protected command and each protected
response increments the send sequence counter (SSC) before its MAC is computed. With AES the
SSC is 16 bytes, starts at zero, and the CBC IV of each cryptogram is the SSC encrypted.
"""

from __future__ import annotations

import hmac
from typing import Any

from Crypto.Cipher import AES

from workstation.devices.cardreader import tlv
from workstation.devices.cardreader.apdu import SW_OK, CommandApdu
from workstation.devices.cardreader.bac import (
    SessionKeys,
    decrypt,
    encrypt,
    retail_mac,
)
from workstation.devices.cardreader.pace import PaceKeys, cmac

SM_CLA = 0x0C
TAG_CRYPTOGRAM = 0x87
TAG_LE = 0x97
TAG_STATUS = 0x99
TAG_MAC = 0x8E


class SecureMessagingError(Exception):
    """A protected message is malformed or its MAC does not verify."""


def pad(data: bytes, block: int) -> bytes:
    """ISO 9797-1 padding method 2: 0x80, then zeros up to a multiple of ``block`` bytes."""
    padded = data + b"\x80"
    return padded + bytes(-len(padded) % block)


def unpad(data: bytes, block: int) -> bytes:
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80") or len(data) - len(stripped) >= block:
        raise ValueError("padding method 2 not found")
    return stripped[:-1]


class _Channel:
    def __init__(self, keys: SessionKeys | PaceKeys) -> None:
        self._enc = keys.enc
        self._mac = keys.mac
        self._aes = isinstance(keys, PaceKeys)
        self.block = 16 if self._aes else 8
        self.ssc = 0 if isinstance(keys, PaceKeys) else keys.ssc
        self._ssc_bytes = b""

    def _next_ssc(self) -> bytes:
        self.ssc = (self.ssc + 1) % (1 << (8 * self.block))
        self._ssc_bytes = self.ssc.to_bytes(self.block, "big")
        return self._ssc_bytes

    def _aes_cbc(self) -> Any:
        """AES-CBC for this message: the IV is the current SSC encrypted with KS.enc."""
        iv = AES.new(self._enc, AES.MODE_ECB).encrypt(self._ssc_bytes)
        return AES.new(self._enc, AES.MODE_CBC, iv=iv)

    def _cryptogram(self, data: bytes) -> bytes:
        padded = pad(data, self.block)
        body = self._aes_cbc().encrypt(padded) if self._aes else encrypt(self._enc, padded)
        return tlv.encode(TAG_CRYPTOGRAM, b"\x01" + body)

    def _plain(self, do87_value: bytes) -> bytes:
        body = do87_value[1:]
        if not do87_value.startswith(b"\x01") or not body or len(body) % self.block:
            raise SecureMessagingError("DO'87 is not a padded cryptogram")
        plain = self._aes_cbc().decrypt(body) if self._aes else decrypt(self._enc, body)
        try:
            return unpad(plain, self.block)
        except ValueError as exc:
            raise SecureMessagingError("DO'87 padding is wrong") from exc

    def _mac_of(self, data: bytes) -> bytes:
        if self._aes:
            return cmac(self._mac, pad(data, 16))
        return retail_mac(self._mac, data)

    def _check_mac(self, mac_input: bytes, mac: bytes | None) -> None:
        if mac is None:
            raise SecureMessagingError("protected message has no DO'8E")
        if not hmac.compare_digest(self._mac_of(mac_input), mac):
            raise SecureMessagingError("DO'8E MAC does not verify")


def _le_bytes(le: int) -> bytes:
    return bytes([le % 256]) if le <= 256 else (le % 65536).to_bytes(2, "big")


def _parse_objects(data: bytes) -> list[tuple[int, bytes, bytes]]:
    """(tag, value, encoded TLV) of each data object; raises SecureMessagingError."""
    objects: list[tuple[int, bytes, bytes]] = []
    offset = 0
    try:
        while offset < len(data):
            tag, start, length = tlv.read_header(data, offset)
            end = start + length
            if end > len(data):
                raise SecureMessagingError(f"DO'{tag:X} runs past the end of the message")
            objects.append((tag, data[start:end], data[offset:end]))
            offset = end
    except tlv.TlvError as exc:
        raise SecureMessagingError(str(exc)) from exc
    return objects


class TerminalChannel(_Channel):
    """The reader's side of a BAC secure messaging session."""

    def wrap(self, command: CommandApdu) -> bytes:
        header = bytes([command.cla | SM_CLA, command.ins, command.p1, command.p2])
        ssc = self._next_ssc()
        body = b""
        if command.data:
            body += self._cryptogram(command.data)
        if command.le is not None:
            body += tlv.encode(TAG_LE, _le_bytes(command.le))
        mac = self._mac_of(ssc + pad(header, self.block) + body)
        body += tlv.encode(TAG_MAC, mac)
        return header + bytes([len(body)]) + body + b"\x00"

    def unwrap(self, data: bytes, sw: int) -> tuple[bytes, int]:
        """Verify and decrypt a protected response; returns (plain data, status word).

        A chip answers an error it detects before secure messaging (and SM errors such as
        69 88) with a bare status word; that comes back unchanged, unauthenticated.
        """
        ssc = self._next_ssc()
        if not data:
            if sw == SW_OK:
                raise SecureMessagingError("9000 without secure messaging objects")
            return b"", sw
        mac_input = ssc
        mac: bytes | None = None
        cryptogram: bytes | None = None
        status: bytes | None = None
        for tag, value, encoded in _parse_objects(data):
            if mac is not None:
                raise SecureMessagingError("data after DO'8E")
            if tag == TAG_CRYPTOGRAM:
                cryptogram = value
                mac_input += encoded
            elif tag == TAG_STATUS:
                status = value
                mac_input += encoded
            elif tag == TAG_MAC:
                mac = value
            else:
                raise SecureMessagingError(f"unexpected DO'{tag:X} in response")
        self._check_mac(mac_input, mac)
        if status is None or len(status) != 2:
            raise SecureMessagingError("protected response has no DO'99")
        plain = self._plain(cryptogram) if cryptogram is not None else b""
        return plain, int.from_bytes(status, "big")


class ChipChannel(_Channel):
    """The chip's side of a BAC secure messaging session (used by the emulator)."""

    def unwrap(self, raw: bytes) -> CommandApdu:
        ssc = self._next_ssc()
        try:
            outer = CommandApdu.parse(raw)
        except ValueError as exc:
            raise SecureMessagingError(str(exc)) from exc
        if outer.cla & SM_CLA != SM_CLA:
            raise SecureMessagingError("command is not protected")
        header = bytes([outer.cla, outer.ins, outer.p1, outer.p2])
        mac_input = ssc + pad(header, self.block)
        mac: bytes | None = None
        data = b""
        le: int | None = None
        for tag, value, encoded in _parse_objects(outer.data):
            if tag == TAG_CRYPTOGRAM:
                data = self._plain(value)
                mac_input += encoded
            elif tag == TAG_LE:
                if len(value) not in (1, 2):
                    raise SecureMessagingError("DO'97 has a wrong length")
                le = int.from_bytes(value, "big") or 256 ** len(value)
                mac_input += encoded
            elif tag == TAG_MAC:
                mac = value
            else:
                raise SecureMessagingError(f"unexpected DO'{tag:X} in command")
        self._check_mac(mac_input, mac)
        return CommandApdu(outer.cla & ~SM_CLA & 0xFF, outer.ins, outer.p1, outer.p2, data, le)

    def wrap(self, data: bytes, sw: int) -> bytes:
        """The protected response APDU (data objects and status word)."""
        ssc = self._next_ssc()
        body = self._cryptogram(data) if data else b""
        body += tlv.encode(TAG_STATUS, sw.to_bytes(2, "big"))
        mac = self._mac_of(ssc + body)
        return body + tlv.encode(TAG_MAC, mac) + sw.to_bytes(2, "big")
