"""An eMRTD chip emulator (LDS1 with BAC and/or PACE), so the real reading code runs without a card.

It answers the APDUs Loket's reader sends: READ BINARY of EF.CardAccess (when it offers PACE),
MSE:Set AT and GENERAL AUTHENTICATE (PACE, generic mapping, AES secure messaging), SELECT of
the LDS1 application and of EFs, GET CHALLENGE and EXTERNAL AUTHENTICATE (BAC, 3DES secure
messaging), READ BINARY by offset or short EF identifier with a length limit. ``access`` makes
it a BAC-only, PACE-only or both chip. Faults seen on real chips can be switched on: card pulled
after N APDUs, malformed protected responses, short EF identifiers refused with a bare status
word that ends the session. A wrong key needs no switch: the chip then rejects the terminal's
MAC or token (63 00). A plain command during a session ends the session, as on real chips.

The files are built from an MRZ: EF.COM, EF.DG1, optional other data groups (DG2: the face)
and an EF.SOD with a real hash list, signed when the document has a signer (``emulator_pki``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from workstation.devices.cardreader import apdu, bac, lds, pace, tlv
from workstation.devices.cardreader._protocol import CardRemovedError
from workstation.devices.cardreader.apdu import CommandApdu
from workstation.devices.cardreader.secure_messaging import (
    SM_CLA,
    ChipChannel,
    SecureMessagingError,
)

NL_SPECIMEN_MRZ = (
    "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<",
    "SPECI20212NLD6503101F3108022999999990<<<<<84",
)
"""The Dutch specimen passport (Rijksdienst voor Identiteitsgegevens), MRZ as printed."""

ICAO_SPECIMEN_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C<3UTO6908061F9406236ZE184226B<<<<<14",
)
"""The ICAO 9303 part 11 worked-example document (MRZ information L898902C<369080619406236)."""

SPECIMENS = {"nl_specimen": NL_SPECIMEN_MRZ, "icao_specimen": ICAO_SPECIMEN_MRZ}

DEFAULT_MAX_READ = 0xE7
"""The largest READ BINARY whose protected answer still fits a short response (256 bytes)."""

_SFI = {0x1E: apdu.FID_EF_COM, 0x1D: apdu.FID_EF_SOD, **{n: 0x0100 + n for n in range(1, 17)}}
DEFAULT_PACE = pace.PaceInfo("0.4.0.127.0.7.2.2.4.2.2", 13)
"""PACE ECDH generic mapping, AES-128, brainpoolP256r1: what most European ID cards offer."""
Access = Literal["bac", "pace", "both"]
_FID_BY_DATA_GROUP = {number: 0x0100 + number for number in range(1, 17)}


def contactless_atr(historical: bytes = b"\x80\x31\x80\x65\xb0\x83\x11\x00\xc8\x83\x00") -> bytes:
    """An ATR as PC/SC part 3 builds it for a contactless ISO 14443-4 card (T=1)."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes([tck])


@dataclass(frozen=True)
class ChipDocument:
    """What the emulated chip holds: DG1 from an MRZ, optional other data groups as raw files."""

    mrz_lines: tuple[str, ...]
    other_data_groups: dict[int, bytes] = field(default_factory=dict)
    hash_algorithm: str = "sha256"
    lds_version: str = "0107"
    signer: lds.SodSigner | None = None
    """Signs EF.SOD (a test country's Document Signer); None leaves it unsigned."""
    can: str = "123456"
    """The card access number printed on the document (PACE's other password)."""

    def files(self) -> dict[int, bytes]:
        groups = {1: lds.build_dg1(list(self.mrz_lines)), **self.other_data_groups}
        files = {_FID_BY_DATA_GROUP[number]: content for number, content in groups.items()}
        files[apdu.FID_EF_COM] = lds.build_ef_com(list(groups), self.lds_version)
        files[apdu.FID_EF_SOD] = lds.build_sod(groups, self.hash_algorithm, self.signer)
        return files


class EmulatedChip:
    """One emulated eMRTD. ``process`` takes a command APDU and returns the response APDU."""

    def __init__(
        self,
        document: ChipDocument,
        *,
        access: Access = "bac",
        pace_info: pace.PaceInfo = DEFAULT_PACE,
        pulled_after: int | None = None,
        malformed: bool = False,
        max_read: int = DEFAULT_MAX_READ,
        exact_length_hint: bool = False,
        short_ef_ids: bool = True,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        """``access``: BAC only, PACE only (GET CHALLENGE refused), or both.
        ``pulled_after``: the card leaves after answering that many APDUs.
        ``malformed``: protected responses are cut short. ``max_read``: the largest READ
        BINARY answered; beyond it the chip says 67 00, or 6C xx with ``exact_length_hint``.
        ``short_ef_ids=False``: READ BINARY by short EF identifier gets a bare 6A 86 and the
        secure messaging session ends, as some chips do.
        """
        self.files = document.files()
        """The chip's files by file identifier (a test may alter one to play a forged chip)."""
        self._mrz_information = bac.mrz_information_from_lines(list(document.mrz_lines))
        self._keys = bac.AccessKeys.from_mrz_information(self._mrz_information)
        self._can = document.can
        self._access = access
        self._pace_info = pace_info
        self.card_access = pace.build_card_access([pace_info]) if access != "bac" else None
        self._short_ef_ids = short_ef_ids
        self.sessions = 0
        """How many times a terminal authenticated (BAC or PACE) since the chip was made."""
        self._pulled_after = pulled_after
        self._malformed = malformed
        self._max_read = max_read
        self._exact_length_hint = exact_length_hint
        self._random = random_bytes
        self.atr = contactless_atr()
        self.apdu_count = 0
        self.present = True
        self.reset()

    def reset(self) -> None:
        """Power cycle: nothing selected, no challenge, no session."""
        self._app_selected = False
        self._current: int | None = None
        self._challenge: bytes | None = None
        self._channel: ChipChannel | None = None
        self._pace: pace.ChipPace | None = None
        self._pace_step = 0

    def process(self, raw: bytes) -> bytes:
        if not self.present:
            raise CardRemovedError("card is no longer in the field")
        if self._pulled_after is not None and self.apdu_count >= self._pulled_after:
            self.present = False
            raise CardRemovedError(f"card pulled after {self.apdu_count} APDUs")
        self.apdu_count += 1
        if self._channel is not None and len(raw) >= 4 and raw[0] & SM_CLA == SM_CLA:
            return self._protected(raw)
        self._channel = None  # a plain command ends a secure messaging session
        try:
            command = CommandApdu.parse(raw)
        except ValueError:
            return _sw(apdu.SW_WRONG_LENGTH)
        data, sw = self._plain(command)
        return data + _sw(sw)

    def _plain(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.ins == apdu.INS_SELECT and command.p1 == 0x04:
            return self._select_application(command)
        if command.ins == apdu.INS_READ_BINARY and command.p1 == 0x80 | apdu.SFI_CARD_ACCESS:
            return self._read_card_access(command)
        if command.ins == apdu.INS_MSE:
            return self._set_authentication_template(command)
        if command.ins == apdu.INS_GENERAL_AUTHENTICATE:
            return self._general_authenticate(command)
        if not self._app_selected:
            return b"", apdu.SW_CONDITIONS_NOT_SATISFIED
        if command.ins == apdu.INS_GET_CHALLENGE:
            if self._access == "pace":
                return b"", apdu.SW_SECURITY_STATUS
            self._challenge = self._random(8)
            return self._challenge, apdu.SW_OK
        if command.ins == apdu.INS_EXTERNAL_AUTHENTICATE:
            return self._external_authenticate(command)
        return b"", apdu.SW_SECURITY_STATUS

    def _read_card_access(self, command: CommandApdu) -> tuple[bytes, int]:
        if self.card_access is None:
            return b"", apdu.SW_FILE_NOT_FOUND
        chunk = self.card_access[command.p2 : command.p2 + (command.le or apdu.MAX_SHORT_LE)]
        return chunk, apdu.SW_OK if len(chunk) == command.le else apdu.SW_END_OF_FILE

    def _set_authentication_template(self, command: CommandApdu) -> tuple[bytes, int]:
        self._pace = None
        if self._access == "bac" or (command.p1, command.p2) != (0xC1, 0xA4):
            return b"", apdu.SW_INS_NOT_SUPPORTED if self._access == "bac" else apdu.SW_WRONG_P1P2
        try:
            fields = tlv.as_dict(command.data)
        except tlv.TlvError:
            return b"", apdu.SW_WRONG_DATA
        expected = pace.set_at_data(self._pace_info, pace.Password.MRZ)
        if fields.get(0x80) != tlv.as_dict(expected)[0x80] or fields.get(0x83) not in (
            b"\x01",
            b"\x02",
        ):
            return b"", apdu.SW_WRONG_DATA
        if 0x84 in fields and fields[0x84] != bytes([self._pace_info.parameter_id]):
            return b"", apdu.SW_WRONG_DATA
        password = pace.Password(fields[0x83][0])
        secret = self._mrz_information if password is pace.Password.MRZ else self._can
        k_pi = pace.password_key(password, secret, self._pace_info.key_length)
        self._pace = pace.ChipPace(self._pace_info, k_pi, self._random)
        self._pace_step = 0
        return b"", apdu.SW_OK

    def _general_authenticate(self, command: CommandApdu) -> tuple[bytes, int]:
        chip, step = self._pace, self._pace_step
        if chip is None:
            return b"", apdu.SW_CONDITIONS_NOT_SATISFIED
        last = not command.cla & 0x10
        if last != (step == 3):
            self._pace = None
            return b"", apdu.SW_CONDITIONS_NOT_SATISFIED
        try:
            if step == 0:
                answer = chip.encrypted_nonce()
            elif step == 1:
                answer = chip.map_nonce(command.data)
            elif step == 2:
                answer = chip.agree(command.data)
            else:
                answer = chip.authenticate(command.data)
        except pace.PaceError:
            self._pace = None
            return b"", apdu.SW_AUTH_FAILED
        self._pace_step += 1
        if last:
            assert chip.keys is not None
            self._pace = None
            self._channel = ChipChannel(chip.keys)
            self._app_selected = False
            self.sessions += 1
        return answer, apdu.SW_OK

    def _select_application(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.data != apdu.LDS1_AID:
            return b"", apdu.SW_FILE_NOT_FOUND
        self._app_selected = True
        self._current = None
        return b"", apdu.SW_OK

    def _external_authenticate(self, command: CommandApdu) -> tuple[bytes, int]:
        challenge, self._challenge = self._challenge, None
        if challenge is None:
            return b"", apdu.SW_CONDITIONS_NOT_SATISFIED
        try:
            answer, session = bac.chip_answer(self._keys, challenge, self._random(16), command.data)
        except bac.BacError:
            return b"", apdu.SW_AUTH_FAILED
        self._channel = ChipChannel(session)
        self.sessions += 1
        return answer, apdu.SW_OK

    def _protected(self, raw: bytes) -> bytes:
        assert self._channel is not None
        try:
            command = self._channel.unwrap(raw)
        except SecureMessagingError:
            # An SM error ends the session; the answer is a bare status word.
            self._channel = None
            return _sw(apdu.SW_SM_DATA_INCORRECT)
        if command.ins == apdu.INS_READ_BINARY and command.p1 & 0x80 and not self._short_ef_ids:
            self._channel = None
            return _sw(0x6A86)
        data, sw = self._execute(command)
        response = self._channel.wrap(data, sw)
        if self._malformed:
            return response[: len(response) // 2] + _sw(apdu.SW_OK)
        return response

    def _execute(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.ins == apdu.INS_SELECT and command.p1 == 0x04:
            return self._select_application(command)
        if command.ins == apdu.INS_SELECT and command.p1 == 0x02:
            fid = int.from_bytes(command.data, "big")
            if fid not in self.files:
                return b"", apdu.SW_FILE_NOT_FOUND
            self._current = fid
            return b"", apdu.SW_OK
        if command.ins == apdu.INS_READ_BINARY:
            return self._read_binary(command)
        return b"", apdu.SW_INS_NOT_SUPPORTED

    def _read_binary(self, command: CommandApdu) -> tuple[bytes, int]:
        if command.p1 & 0x80:
            fid = _SFI.get(command.p1 & 0x1F)
            if fid is None or fid not in self.files:
                return b"", apdu.SW_FILE_NOT_FOUND
            self._current, offset = fid, command.p2
        else:
            offset = (command.p1 << 8) | command.p2
        if self._current is None:
            return b"", 0x6986  # command not allowed: no current EF
        length = command.le or apdu.MAX_SHORT_LE
        if length > self._max_read:
            hint = 0x6C00 | self._max_read
            return b"", hint if self._exact_length_hint else apdu.SW_WRONG_LENGTH
        content = self.files[self._current]
        if offset >= len(content):
            return b"", apdu.SW_WRONG_P1P2
        chunk = content[offset : offset + length]
        return chunk, apdu.SW_OK if len(chunk) == length else apdu.SW_END_OF_FILE


class EmulatorPort:
    """A ``CardPort`` straight onto an emulated chip (no reader in between)."""

    def __init__(self, chip: EmulatedChip) -> None:
        self.chip = chip

    def transmit(self, apdu_bytes: bytes) -> tuple[bytes, int]:
        return apdu.split_response(self.chip.process(apdu_bytes))


def _sw(sw: int) -> bytes:
    return sw.to_bytes(2, "big")
