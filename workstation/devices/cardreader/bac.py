"""Basic Access Control (ICAO 9303 part 11, section 4.3 and appendix D).

Pure crypto: key seed from the MRZ information, key derivation, the mutual authentication
cryptograms of both sides (terminal and chip; the chip side serves the emulator) and the
session keys with their send sequence counter. 3DES two-key CBC with a zero IV and the
ISO 9797-1 MAC algorithm 3 ("retail MAC") with padding method 2, as BAC prescribes.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from Crypto.Cipher import DES, DES3
from Crypto.Hash import SHA1

BLOCK = 8
_ZERO_IV = bytes(BLOCK)
_KDF_ENC = 1
_KDF_MAC = 2
_WEIGHTS = (7, 3, 1)


class BacError(Exception):
    """Mutual authentication failed (wrong MAC or nonce in a cryptogram)."""


def check_digit(field: str) -> str:
    """ICAO 9303 part 3 check digit: weights 7-3-1, digits as is, A-Z = 10-35, '<' = 0."""
    total = 0
    for index, char in enumerate(field):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == "<":
            value = 0
        else:
            raise ValueError(f"character {char!r} cannot occur in an MRZ")
        total += value * _WEIGHTS[index % 3]
    return str(total % 10)


def mrz_information(document_number: str, birth_date: str, expiry_date: str) -> str:
    """Document number, birth date (YYMMDD), expiry (YYMMDD), each followed by its check digit.

    Document numbers shorter than 9 characters are padded with '<' as in the MRZ.
    """
    number = document_number.ljust(9, "<")
    return (
        number
        + check_digit(number)
        + birth_date
        + check_digit(birth_date)
        + expiry_date
        + check_digit(expiry_date)
    )


def mrz_information_from_lines(lines: list[str]) -> str:
    """The BAC MRZ information from an MRZ as printed (TD1, TD2 or TD3).

    Only the three fields BAC needs are taken, with their printed check digits, which are
    verified; raises ValueError for anything that is not a usable MRZ. A TD1 or TD2 long
    document number (check digit '<', rest in the optional data) is joined back together: the
    BAC key is computed over the whole number and its check digit.
    """
    cleaned = [line.strip().upper() for line in lines if line.strip()]
    widths = tuple(len(line) for line in cleaned)
    if widths == (30, 30, 30):
        number, digit = _long_number(cleaned[0][5:14], cleaned[0][14], cleaned[0][15:30])
        birth, expiry = cleaned[1][0:7], cleaned[1][8:15]
    elif widths == (36, 36):
        number, digit = _long_number(cleaned[1][0:9], cleaned[1][9], cleaned[1][28:35])
        birth, expiry = cleaned[1][13:20], cleaned[1][21:28]
    elif widths == (44, 44):
        number, digit = cleaned[1][0:9], cleaned[1][9]
        birth, expiry = cleaned[1][13:20], cleaned[1][21:28]
    else:
        raise ValueError(f"MRZ line lengths {widths} are not TD1, TD2 or TD3")
    for field, printed in ((number, digit), (birth[:6], birth[6]), (expiry[:6], expiry[6])):
        if check_digit(field) != printed:
            raise ValueError("MRZ check digit does not match")
    return number + digit + birth + expiry


def _long_number(field: str, digit: str, optional_data: str) -> tuple[str, str]:
    """(document number, check digit), joining a long number's overflow from optional data."""
    if digit != "<":
        return field, digit
    extension = optional_data.split("<", 1)[0]
    if len(extension) < 2:
        raise ValueError("long document number without its check digit")
    return field + extension[:-1], extension[-1]


def pad(data: bytes) -> bytes:
    """ISO 9797-1 padding method 2: 0x80, then zeros up to a multiple of 8 bytes."""
    padded = data + b"\x80"
    return padded + bytes(-len(padded) % BLOCK)


def unpad(data: bytes) -> bytes:
    """Remove padding method 2; raises ValueError when it is not there."""
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80") or len(data) - len(stripped) >= BLOCK:
        raise ValueError("padding method 2 not found")
    return stripped[:-1]


def adjust_parity(key: bytes) -> bytes:
    """Set the DES odd-parity bit (the lowest bit) of every key byte."""
    out = bytearray()
    for byte in key:
        high = byte & 0xFE
        out.append(high | (bin(high).count("1") + 1) % 2)
    return bytes(out)


def key_seed(mrz_info: str) -> bytes:
    """K.seed: the first 16 bytes of SHA-1 over the MRZ information."""
    return SHA1.new(mrz_info.encode("ascii")).digest()[:16]


def derive_key(seed: bytes, counter: int) -> bytes:
    """The 9303 KDF for 3DES: SHA-1(seed || counter), first 16 bytes, parity adjusted."""
    digest = SHA1.new(seed + counter.to_bytes(4, "big")).digest()
    return adjust_parity(digest[:16])


def encrypt(key: bytes, data: bytes) -> bytes:
    """3DES (two keys) CBC with a zero IV; ``data`` must be block aligned."""
    return DES3.new(key, DES3.MODE_CBC, iv=_ZERO_IV).encrypt(data)


def decrypt(key: bytes, data: bytes) -> bytes:
    return DES3.new(key, DES3.MODE_CBC, iv=_ZERO_IV).decrypt(data)


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO 9797-1 MAC algorithm 3 with padding method 2 (``data`` is padded here).

    Single DES CBC with the first key half over all blocks, then decrypt with the second
    half and encrypt with the first half again on the last block.
    """
    ka, kb = key[:BLOCK], key[BLOCK : 2 * BLOCK]
    chain = DES.new(ka, DES.MODE_CBC, iv=_ZERO_IV).encrypt(pad(data))[-BLOCK:]
    chain = DES.new(kb, DES.MODE_ECB).decrypt(chain)
    return DES.new(ka, DES.MODE_ECB).encrypt(chain)


@dataclass(frozen=True)
class AccessKeys:
    """K.enc and K.mac, derived from the MRZ information."""

    enc: bytes
    mac: bytes

    @classmethod
    def from_mrz_information(cls, mrz_info: str) -> AccessKeys:
        seed = key_seed(mrz_info)
        return cls(derive_key(seed, _KDF_ENC), derive_key(seed, _KDF_MAC))


@dataclass(frozen=True)
class SessionKeys:
    """KS.enc, KS.mac and the initial send sequence counter after mutual authentication."""

    enc: bytes
    mac: bytes
    ssc: int

    @classmethod
    def derive(cls, k_ifd: bytes, k_ic: bytes, rnd_ic: bytes, rnd_ifd: bytes) -> SessionKeys:
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
        ssc = int.from_bytes(rnd_ic[-4:] + rnd_ifd[-4:], "big")
        return cls(derive_key(seed, _KDF_ENC), derive_key(seed, _KDF_MAC), ssc)


def _seal(keys: AccessKeys, plain: bytes) -> bytes:
    ciphertext = encrypt(keys.enc, plain)
    return ciphertext + retail_mac(keys.mac, ciphertext)


def _open(keys: AccessKeys, cryptogram: bytes) -> bytes:
    if len(cryptogram) != 40:
        raise BacError(f"cryptogram is {len(cryptogram)} bytes, expected 40")
    ciphertext, mac = cryptogram[:32], cryptogram[32:]
    if not hmac.compare_digest(retail_mac(keys.mac, ciphertext), mac):
        raise BacError("cryptogram MAC does not verify")
    return decrypt(keys.enc, ciphertext)


def terminal_cryptogram(keys: AccessKeys, rnd_ic: bytes, rnd_ifd: bytes, k_ifd: bytes) -> bytes:
    """E.IFD || M.IFD, the EXTERNAL AUTHENTICATE data: S = RND.IFD || RND.IC || K.IFD."""
    return _seal(keys, rnd_ifd + rnd_ic + k_ifd)


def finish_terminal(
    keys: AccessKeys, rnd_ic: bytes, rnd_ifd: bytes, k_ifd: bytes, chip_answer: bytes
) -> SessionKeys:
    """Check the chip's E.IC || M.IC (R = RND.IC || RND.IFD || K.IC) and derive session keys."""
    plain = _open(keys, chip_answer)
    if plain[:8] != rnd_ic or plain[8:16] != rnd_ifd:
        raise BacError("chip answer does not carry our nonces")
    return SessionKeys.derive(k_ifd, plain[16:32], rnd_ic, rnd_ifd)


def chip_answer(
    keys: AccessKeys, rnd_ic: bytes, k_ic: bytes, terminal: bytes
) -> tuple[bytes, SessionKeys]:
    """The chip side: verify E.IFD || M.IFD against our RND.IC, answer E.IC || M.IC."""
    plain = _open(keys, terminal)
    rnd_ifd, echoed_rnd_ic, k_ifd = plain[:8], plain[8:16], plain[16:32]
    if echoed_rnd_ic != rnd_ic:
        raise BacError("terminal cryptogram does not carry our challenge")
    answer = _seal(keys, rnd_ic + rnd_ifd + k_ic)
    return answer, SessionKeys.derive(k_ifd, k_ic, rnd_ic, rnd_ifd)
